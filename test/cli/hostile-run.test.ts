/**
 * Hostile ids and names through the whole CLI (`source: file` → `run`): the render tests check the pages of a
 * hostile model; this checks what reaches the disk — paths, escaping, and a history that reads back unchanged.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createMemoryLogger } from '../support/memory.js';
import { formatExportCsv, parseExportCsv } from '../../src/model/export-format.js';
import { compareRecords, type UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';
import { byId, findAll, parseHtml, textOf } from '../support/html.js';
import { HOSTILE_NAMES } from '../support/hostile.js';
import { tempDir } from '../support/memory.js';

const IDS = [
  '../../outside',
  'a/b',
  '..',
  '.git',
  ' spaced id ',
  'アプリ 🚀',
  'x'.repeat(5000),
  'CON',
  '__proto__',
  ...HOSTILE_NAMES,
];

let dir: Awaited<ReturnType<typeof tempDir>>;
let records: UsageRecord[];
const out = () => join(dir.path, 'site');

async function run(): Promise<{ code: number; text: string }> {
  const logger = createMemoryLogger();
  const code = await main(['run', '--config', join(dir.path, 'c.yml'), '--out', out()], {}, logger);
  return { code, text: logger.lines.join('\n') };
}

beforeAll(async () => {
  dir = await tempDir();
  records = IDS.flatMap((id, i) =>
    ['2026-01-05', '2026-01-06'].map((date) =>
      makeUsageRecord({
        date,
        appId: id,
        appName: i === 6 ? `${id} ${'n'.repeat(2000)}` : HOSTILE_NAMES[i % HOSTILE_NAMES.length]!,
        api: HOSTILE_NAMES[(i + 3) % HOSTILE_NAMES.length]!,
        featureId: id,
        featureName: HOSTILE_NAMES[(i + 1) % HOSTILE_NAMES.length]!,
        quantity: i + 1,
        tokens: i,
      }),
    ),
  ).sort(compareRecords);
  await writeFile(join(dir.path, 'in.csv'), formatExportCsv(records));
  await writeFile(
    join(dir.path, 'c.yml'),
    'source: file\nfile: in.csv\nperiod: { from: 2026-01-01, to: 2026-01-07 }\nreport: { title: "<b>t</b>" }\n',
  );
});
afterAll(() => dir.cleanup());

describe('hostile ids and names through `run`', () => {
  it('writes every file inside the output folder under a safe name, and nothing beside it', async () => {
    const { code, text } = await run();
    expect(code, text).toBe(0);
    const written = (await readdir(out(), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(out().length + 1))
      .sort();
    for (const path of written)
      expect(path).toMatch(
        /^(\.aps-usage-report\.json|index\.html|digest\.html|summary\.md|data\/(report\.json|(excel-)?usage-2026-01\.csv|cache\/(usage-2026-01\.snapshot|files\.json))|(apps|months)\/[a-z0-9_-]+\.html)$/,
      );
    expect(written.filter((p) => p.startsWith('apps/'))).toHaveLength(IDS.length);
    expect((await readdir(dir.path)).sort()).toEqual(['c.yml', 'in.csv', 'site']);
  });

  it('shows every name as text in the HTML', async () => {
    const root = parseHtml(await readFile(join(out(), 'index.html'), 'utf8'));
    expect(root.problems).toEqual([]);
    expect(findAll(root.root, 'script')).toEqual([]);
    expect(findAll(root.root, (e) => Object.keys(e.attrs).some((a) => a.startsWith('on')))).toEqual([]);
    const table = textOf(byId(root.root, 'apps-table')!);
    for (const name of HOSTILE_NAMES.filter((n) => !/\s/.test(n))) expect(table).toContain(name);
  });

  it('stores the history byte for byte as read, and a re-run changes no file', async () => {
    const stored = await readFile(join(out(), 'data/usage-2026-01.csv'), 'utf8');
    expect(parseExportCsv(stored, 'stored.csv')).toEqual(records);
    const again = await run();
    expect(again.code).toBe(0);
    expect(again.text).toMatch(/\(0 of \d+ files changed/);
  });
});
