import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, HistoryParseError } from '../../src/model/export-format.js';
import { readHistoryDir } from '../../src/history/history-files.js';
import { tempDir } from '../support/memory.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.cleanup());

const HEADER = EXPORT_COLUMNS.join(',');
const row = (date: string, app = 'a') => `${date},${app},A,X,f,F,job,1,,false`;

async function siteWith(name: string, files: Record<string, string>): Promise<string> {
  const site = join(dir.path, name);
  await mkdir(join(site, 'data'), { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(site, 'data', file), text);
  return site;
}

describe('readHistoryDir', () => {
  it('names file and line of a day outside its month file, and leaves the file as it was', async () => {
    const text = `${HEADER}\n${row('2026-01-30')}\n${row('2026-02-01')}\n`;
    const site = await siteWith('stray', { 'usage-2026-01.csv': text });
    const error = await readHistoryDir(site).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryParseError);
    expect((error as Error).message).toContain(
      `${join(site, 'data/usage-2026-01.csv')}:3: a record dated 2026-02-01 in the file of 2026-01; expected only days of 2026-01. The file was left untouched and nothing was published`,
    );
    expect(await readFile(join(site, 'data/usage-2026-01.csv'), 'utf8')).toBe(text);
  });

  it('reads a header-only month, CRLF line ends and a BOM; refuses a day stored twice', async () => {
    const site = await siteWith('variants', {
      'usage-2026-01.csv': `${HEADER}\n`,
      'usage-2026-02.csv': `\ufeff${HEADER}\r\n${row('2026-02-01')}\r\n${row('2026-02-01', 'b')}\r\n\r\n`,
    });
    expect((await readHistoryDir(site)).records.map((r) => [r.date, r.appId])).toEqual([
      ['2026-02-01', 'a'],
      ['2026-02-01', 'b'],
    ]);
    const twice = await siteWith('twice', {
      'usage-2026-03.csv': `${HEADER}\n${row('2026-03-01')}\n${row('2026-03-01')}\n`,
    });
    await expect(readHistoryDir(twice)).rejects.toThrow(
      /usage-2026-03\.csv:3: the same day, app and feature as line 2/,
    );
  });
});
