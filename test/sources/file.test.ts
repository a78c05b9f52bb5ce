import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { formatExportCsv, formatExportJson } from '../../src/model/export-format.js';
import { compareRecords } from '../../src/model/records.js';
import { buildSite } from '../../src/site.js';
import { generateDemoRecords, DEMO_APPS } from '../../src/sources/demo-data.js';
import { fileSource } from '../../src/sources/file.js';
import { globToRegExp } from '../../src/sources/glob.js';
import { tempDir, testDeps } from '../support/memory.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
const all = generateDemoRecords().sort(compareRecords);
const range = { from: '2026-10-22', to: '2026-11-20' };

beforeAll(async () => {
  dir = await tempDir();
  // Three "matrix jobs", each fetching some of the apps, each uploading its export as an artifact.
  const groups = [DEMO_APPS.slice(0, 2), DEMO_APPS.slice(2, 4), DEMO_APPS.slice(4)];
  for (const [i, apps] of groups.entries()) {
    const ids = new Set(apps.map((a) => a.id));
    const mine = all.filter((r) => ids.has(r.appId));
    await mkdir(join(dir.path, `artifacts/job-${i}`), { recursive: true });
    await writeFile(
      join(dir.path, `artifacts/job-${i}`, i === 2 ? 'usage.json' : 'usage.csv'),
      i === 2 ? formatExportJson(mine) : formatExportCsv(mine),
    );
  }
  await writeFile(join(dir.path, 'all.csv'), formatExportCsv(all));
});
afterAll(() => dir.cleanup());

async function fetchFiles(file: string | string[]) {
  const config = configSchema.parse({ source: 'file', file });
  return fileSource.fetch({ config, range, history: [], baseDir: dir.path }, testDeps());
}

describe('source: file', () => {
  it('reads the charged column and writes it back into the site history unchanged', async () => {
    const flagged = all.filter((r) => r.date >= '2026-11-01').slice(0, 40);
    const rows = [
      ...flagged.map((r, i) =>
        i % 4 === 0 ? { ...r, charged: false } : i % 4 === 1 ? { ...r, charged: true } : r,
      ),
    ].sort(compareRecords);
    const text = formatExportCsv(rows);
    expect(text.split('\n')[0]!.endsWith(',tokens_estimated,charged')).toBe(true);
    await writeFile(join(dir.path, 'flagged.csv'), text);
    const read = await fetchFiles('flagged.csv');
    expect(read.records.toArray()).toEqual(rows);
    const site = await buildSite({
      config: configSchema.parse({ source: 'file', file: 'flagged.csv' }),
      fetched: read,
      range,
      asOf: range.to,
    });
    expect(site.files.get('data/usage-2026-11.csv')).toBe(text);
  });

  it('merges three export files (a matrix of fetch jobs) into exactly what one run over all reads', async () => {
    const merged = await fetchFiles('artifacts/*/usage.{csv,json}');
    const single = await fetchFiles('all.csv');
    expect(merged.records.toArray()).toEqual(single.records.toArray());
    expect(merged.records).toHaveLength(all.length);
    const config = configSchema.parse({ source: 'file', file: 'x' });
    const siteA = await buildSite({
      config,
      fetched: merged,
      range,
      asOf: range.to,
    });
    const siteB = await buildSite({
      config,
      fetched: single,
      range,
      asOf: range.to,
    });
    expect(siteA.model.totals).toEqual(siteB.model.totals);
    expect(siteA.files.get('data/usage-2026-11.csv')).toBe(siteB.files.get('data/usage-2026-11.csv'));
  });

  it('accepts an explicit list of files', async () => {
    const list = await fetchFiles(['artifacts/job-0/usage.csv', 'artifacts/job-1/usage.csv']);
    expect(new Set(list.records.toArray().map((r) => r.appId)).size).toBe(4);
  });

  it('names the pattern that matched nothing, and the file that is missing', async () => {
    await expect(fetchFiles('nothing/*.csv')).rejects.toThrow(
      /^file: expected a pattern matching at least one file, got "nothing\/\*\.csv" \(no match in \//,
    );
    await expect(fetchFiles('missing.csv')).rejects.toThrow(
      /^file: expected an existing usage file, got "missing\.csv" \(nothing at \/.*\/missing\.csv\)$/,
    );
    await expect(fetchFiles(['artifacts/job-0/usage.csv', 'artifacts'])).rejects.toThrow(
      /^file\[1\]: expected an existing usage file, got "artifacts"/,
    );
  });

  it('names file and line of a bad row', async () => {
    await writeFile(
      join(dir.path, 'bad.csv'),
      (await readFile(join(dir.path, 'all.csv'), 'utf8')).replace(/\n2026-04-01,/, '\n2026-04-31,'),
    );
    await expect(fetchFiles('bad.csv')).rejects.toThrow(/bad\.csv:2: bad date "2026-04-31"/);
  });
});

describe('source: file, a file of several MB (read as a stream, in pieces of 1 MB)', () => {
  // 1,000 apps × 30 days, one feature: 30,000 rows, about 2.6 MB. Names quoted (a comma, doubled quotes) and with
  // characters of three UTF-8 bytes, so pieces cut rows, quoted fields and characters.
  const header = 'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated';
  const lines: string[] = [header];
  for (let d = 1; d <= 30; d++)
    for (let a = 0; a < 1000; a++)
      lines.push(
        `2026-11-${String(d).padStart(2, '0')},app-${String(a).padStart(4, '0')},"App ""${a}"", アプリ",` +
          'Model Derivative,f,Feature,jobs,1.5,3,false',
      );
  const text = lines.join('\n') + '\n';

  it('reads every row whole: 30,000 rows of 1.5 units, each app with its name', async () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(2.5 * 2 ** 20);
    await writeFile(join(dir.path, 'big.csv'), text);
    const read = await fetchFiles('big.csv');
    expect(read.records.length).toBe(30_000);
    let units = 0;
    for (let i = 0; i < read.records.length; i++) units += read.records.quantity[i]!;
    expect(units).toBe(45_000);
    expect(read.apps).toHaveLength(1000);
    expect(read.apps[999]).toEqual({ id: 'app-0999', name: 'App "999", アプリ', status: 'ok' });
  });

  it('says in the log how many MB it read, a line per MB when the injected clock moves 6 s a reading', async () => {
    await writeFile(join(dir.path, 'big.csv'), text);
    let now = Date.parse('2026-11-25T06:00:00Z');
    const deps = testDeps({ clock: { now: () => new Date((now += 6000)) } });
    const config = configSchema.parse({ source: 'file', file: 'big.csv' });
    await fileSource.fetch({ config, range, history: [], baseDir: dir.path }, deps);
    // About 2.7 MB: 3 MB in all, rounded up, the last one counted at the end; then the closing line.
    const lines = deps.logger.lines
      .filter((l) => l.startsWith('info: usage files: '))
      .map((l) => l.replace(/ after \d+ s$/, ''));
    expect(lines).toEqual([
      'info: usage files: 1 of 3 MB read (33 %)',
      'info: usage files: 2 of 3 MB read (66 %)',
      'info: usage files: 3 of 3 MB read (100 %)',
      'info: usage files: 3 of 3 MB read, done',
    ]);
  });

  it('reads a character of two bytes cut between pieces after pieces of plain ASCII', async () => {
    // Rows of ASCII past the first piece, then an app name whose "é" starts on the last byte of the second piece.
    const ascii = [header];
    for (let a = 0, size = header.length; size < 2 ** 21 - 300; a++) {
      const row = `2026-11-01,app-${String(a).padStart(5, '0')},App ${a},Model Derivative,f,Feature,jobs,1,2,false`;
      ascii.push(row);
      size += row.length + 1;
    }
    const before = ascii.join('\n') + '\n' + '2026-11-01,app-zzzzz,';
    const name = 'x'.repeat(2 ** 21 - 1 - Buffer.byteLength(before)) + 'é ü';
    const mixed = `${before}${name},Model Derivative,f,Feature,jobs,1,2,false\n`;
    expect(
      Buffer.from(mixed)
        .subarray(2 ** 21 - 1, 2 ** 21 + 1)
        .toString(),
    ).toBe('é');
    await writeFile(join(dir.path, 'mixed.csv'), mixed);
    const read = await fetchFiles('mixed.csv');
    expect(read.records.length).toBe(ascii.length);
    expect(read.apps.at(-1)).toEqual({ id: 'app-zzzzz', name, status: 'ok' });
    expect(read.apps[0]).toEqual({ id: 'app-00000', name: 'App 0', status: 'ok' });
  });

  it('names the line of a bad row past the first MB', async () => {
    // Line 25,001 is the 25,000th row: day 25, app 0.
    const bad = [...lines];
    bad[25_000] = bad[25_000]!.replace('2026-11-25', '2026-11-31');
    await writeFile(join(dir.path, 'big-bad.csv'), bad.join('\n') + '\n');
    await expect(fetchFiles('big-bad.csv')).rejects.toThrow(/big-bad\.csv:25001: bad date "2026-11-31"/);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.csv', 'a.csv', true],
    ['*.csv', 'd/a.csv', false],
    ['**/*.csv', 'a.csv', true],
    ['**/*.csv', 'd/e/a.csv', true],
    ['usage-{2025,2026}-??.csv', 'usage-2026-01.csv', true],
    ['usage-{2025,2026}-??.csv', 'usage-2024-01.csv', false],
    ['a.b', 'axb', false],
  ])('%s vs %s → %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});
