import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, HistoryParseError } from '../../src/model/export-format.js';
import { historyFiles, readHistoryDir, unchangedHistoryFiles } from '../../src/history/history-files.js';
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
    expect((await readHistoryDir(site)).records.toArray().map((r) => [r.date, r.appId])).toEqual([
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

describe('readHistoryDir: the history as a table', () => {
  it('puts a hand-edited month file out of order into storage order, and writes that month again sorted', async () => {
    const text = `${HEADER}\n${row('2026-04-02')}\n${row('2026-04-01', 'b')}\n${row('2026-04-01')}\n`;
    const sorted = `${HEADER}\n${row('2026-04-01')}\n${row('2026-04-01', 'b')}\n${row('2026-04-02')}\n`;
    const site = await siteWith('unsorted', {
      'usage-2026-04.csv': text,
      'usage-2026-05.csv': `${HEADER}\n`,
    });
    const stored = await readHistoryDir(site);
    expect(stored.records.toArray().map((r) => [r.date, r.appId])).toEqual([
      ['2026-04-01', 'a'],
      ['2026-04-01', 'b'],
      ['2026-04-02', 'a'],
    ]);
    // The month whose file was out of order keeps no text: it is formatted again, sorted, even when untouched.
    expect(stored.months.get('2026-04')?.text).toBeUndefined();
    const files = historyFiles(stored.records, stored, () => true);
    expect(files.get('data/usage-2026-04.csv')).toBe(sorted);
    expect(unchangedHistoryFiles(files, stored).has('data/usage-2026-04.csv')).toBe(false);
  });

  it('keeps the text of an untouched month and formats a touched one from the table', async () => {
    // Not the canonical spelling (`1.50`), but valid: an untouched month keeps the bytes read.
    const text = `${HEADER}\n2026-06-01,a,A,X,f,F,job,1.50,,false\n`;
    const site = await siteWith('kept', { 'usage-2026-06.csv': text });
    const stored = await readHistoryDir(site);
    expect(historyFiles(stored.records, stored, () => true).get('data/usage-2026-06.csv')).toBe(text);
    expect(historyFiles(stored.records, stored, () => false).get('data/usage-2026-06.csv')).toBe(
      `${HEADER}\n2026-06-01,a,A,X,f,F,job,1.5,,false\n`,
    );
  });

  it('reads a kept month again when it is needed, and refuses one whose bytes changed since it was parsed', async () => {
    const text = `${HEADER}\n2026-07-01,a,A,X,f,F,job,1.50,,false\n`;
    const site = await siteWith('reread', { 'usage-2026-07.csv': text });
    const stored = await readHistoryDir(site);
    const file = join(site, 'data/usage-2026-07.csv');
    // Same length, one byte different: the digest, not the size, tells them apart.
    await writeFile(file, text.replace('1.50', '1.51'));
    expect(() => historyFiles(stored.records, stored, () => true)).toThrow(
      `${file} changed while this run was building the site (another program wrote or removed it); nothing was published from this run: run it again`,
    );
    await writeFile(file, text);
    expect(historyFiles(stored.records, stored, () => true).get('data/usage-2026-07.csv')).toBe(text);
  });
});
