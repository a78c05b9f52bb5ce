/**
 * `source: file` reads the last of many usage files on a helper thread: the table must be the one the main thread
 * reads alone, row for row and text for text, and a bad file read there must fail the run with the message the
 * main thread would give. The thread runs as it does in the bundle: its entry bundled by esbuild, in a real worker.
 */
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { UserError } from '../../src/errors.js';
import { formatExportCsv } from '../../src/model/export-format.js';
import { HistoryTable } from '../../src/model/history-table.js';
import type { UsageRecord } from '../../src/model/records.js';
import { fileReaderAt } from '../../src/page-helper.js';
import { fileSource, helperShare, readUsageFilesInto } from '../../src/sources/file.js';
import type { StartFileReader } from '../../src/sources/types.js';
import { BUNDLE_OPTIONS } from '../../scripts/bundle-options.mjs';
import { tempDir, testDeps } from '../support/memory.js';
import { syntheticRecords } from '../support/site.js';

const MB = 1_000_000;
const FEATURES = ['md-simple', 'md-complex', 'automation-revit', 'automation-autocad'].map((id) => ({
  id,
  name: `Feature ${id}`,
  api: id.startsWith('md') ? 'Model Derivative' : 'Automation API',
}));

let dir: Awaited<ReturnType<typeof tempDir>>;
let script: string;
/** Four files of about 4.6 MB each, the last two with an app renamed in Japanese. */
let files: string[];
let bytes: number;

const rows = (table: HistoryTable): UsageRecord[] => table.toArray();

async function readAlone(paths: readonly string[]): Promise<HistoryTable> {
  const table = new HistoryTable();
  await readUsageFilesInto(table, paths, () => {});
  return table;
}

beforeAll(async () => {
  dir = await tempDir();
  await build({
    ...BUNDLE_OPTIONS,
    entryPoints: { 'page-helper': 'src/page-helper-entry.ts' },
    outdir: dir.path,
  });
  script = join(dir.path, 'page-helper.js');
  const english = syntheticRecords({ apps: 100, days: 440, end: '2026-11-20', features: FEATURES });
  const japanese = syntheticRecords({
    apps: 100,
    days: 440,
    end: '2026-11-20',
    features: FEATURES,
    appName: (i) => (i === 5 ? 'アプリ 5 ＝ 試験' : `App ${i}`),
  });
  const days = [...new Set(english.map((r) => r.date))];
  const quarter = (k: number) => new Set(days.slice(k * 110, (k + 1) * 110));
  files = [];
  bytes = 0;
  for (let k = 0; k < 4; k++) {
    const part = (k < 2 ? english : japanese).filter((r) => quarter(k).has(r.date));
    const text = formatExportCsv(part);
    const file = join(dir.path, `usage-${k}.csv`);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
}, 60_000);

afterAll(() => dir.cleanup());

describe('helperShare', () => {
  it('gives the helper the last files when that ends the reading soonest, none when it would not', () => {
    // Below 16 MB in all, or a single file: no helper.
    expect(helperShare([])).toBe(0);
    expect(helperShare([8 * MB, 7 * MB])).toBe(2);
    expect(helperShare([40 * MB])).toBe(1);
    // Two equal files: one each (ends at 10 MB for us, 11 MB counted for the helper; alone: 20).
    expect(helperShare([10 * MB, 10 * MB])).toBe(1);
    // Five of 4 MB: the last two (we read 12, the helper 8 × 1.1 = 8.8); the last three would end at 13.2.
    expect(helperShare([4, 4, 4, 4, 4].map((m) => m * MB))).toBe(3);
    // A last file bigger than all the others together: the helper alone on it would end later than reading all.
    expect(helperShare([1 * MB, 30 * MB])).toBe(2);
  });
});

describe('the file reader thread', () => {
  it('reads its files into the table the main thread reads, telling each byte read', async () => {
    const theirs = files.slice(2);
    let size = 0;
    for (const file of theirs) size += (await stat(file)).size;
    let told = 0;
    const reader = await fileReaderAt(script)({ files: theirs, bytes: size }, (n) => (told += n));
    try {
      const table = HistoryTable.fromColumns(await reader.table());
      expect(rows(table)).toEqual(rows(await readAlone(theirs)));
      expect(table.apps.some((a) => a.name === 'アプリ 5 ＝ 試験')).toBe(true);
      expect(told).toBe(size);
    } finally {
      await reader.close();
    }
  });

  it('fails with the message the main thread gives for a bad file, as a UserError', async () => {
    const bad = join(dir.path, 'bad-usage.csv');
    const good = formatExportCsv(syntheticRecords({ apps: 2, days: 3, end: '2026-11-20' })).split('\n');
    good[3] = good[3]!.replace(/,[^,]*,[^,]*,[^,]*$/, ',lots,1,false');
    await writeFile(bad, good.join('\n'));
    const alone = await readAlone([bad]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(alone).toBeInstanceOf(UserError);
    const reader = await fileReaderAt(script)({ files: [files[3]!, bad], bytes: 1 }, () => {});
    try {
      const error = await reader.table().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toBe((alone as Error).message);
      expect((error as Error).message).toContain('bad-usage.csv:4');
    } finally {
      await reader.close();
    }
  });
});

describe('source: file with a file reader', () => {
  it('reads the last files on the thread, to the records the main thread reads alone', async () => {
    const config = configSchema.parse({ source: 'file', file: 'usage-*.csv' });
    const request = {
      config,
      range: { from: '2026-10-22', to: '2026-11-20' },
      history: [],
      baseDir: dir.path,
    };
    const asked: string[][] = [];
    const real = fileReaderAt(script);
    const startFileReader: StartFileReader = (job, onRead) => {
      asked.push([...job.files]);
      return real(job, onRead);
    };
    expect(bytes).toBeGreaterThan(16 * MB);
    const alone = await fileSource.fetch(request, testDeps());
    const helped = await fileSource.fetch(request, testDeps({ startFileReader }));
    // Four files of about the same size: the last two on the thread.
    expect(asked).toEqual([files.slice(2)]);
    expect(rows(helped.records)).toEqual(rows(alone.records));
    expect(helped.records.apps).toEqual(alone.records.apps);
    expect(helped.records.features).toEqual(alone.records.features);
    expect(helped.apps).toEqual(alone.apps);
    expect(alone.records.length).toBe(100 * 440 * 4);
  });
});
