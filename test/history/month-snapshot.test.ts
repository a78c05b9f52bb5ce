/**
 * Month snapshots (`data/cache/usage-YYYY-MM.snapshot`): a month CSV whose bytes have not changed is read from its
 * snapshot instead of being parsed; a snapshot of other bytes, of another version or damaged is never used, and is
 * written again from the CSV. Real files in a temporary folder, the real folder store and site build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFolderStore, MANIFEST_FILE } from '../../src/history/folder-store.js';
import {
  EMPTY_HISTORY,
  historyFileContents,
  readHistoryDir,
  type StoredHistory,
} from '../../src/history/history-files.js';
import { isOwnedSitePath } from '../../src/history/site-tree.js';
import { asTable, type HistoryTable } from '../../src/model/history-table.js';
import {
  csvKey,
  encodeMonthSnapshot,
  snapshotPath,
  SNAPSHOT_VERSION,
  snapshotRowCount,
} from '../../src/model/month-snapshot.js';
import type { UsageRecord } from '../../src/model/records.js';
import { buildSite } from '../../src/site.js';
import { tempDir, testDeps } from '../support/memory.js';
import { makeUsageRecord } from '../support/records.js';
import { demoConfig } from '../support/site.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.cleanup());

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** One run of the pipeline's store and build: read the folder, merge `records`, save. */
async function run(site: string, records: UsageRecord[] = []): Promise<StoredHistory> {
  const store = await openFolderStore({ dir: site, data: 'real' }, testDeps());
  try {
    const stored = await store.read();
    const built = await buildSite({
      config: demoConfig({ apps: [] }),
      stored,
      fetched: { records, apps: [{ id: 'a', name: 'A', status: 'ok' }] },
      range: { from: '2026-11-01', to: '2026-11-30' },
      asOf: '2026-11-30',
    });
    await store.save({ files: built.files, unchanged: built.unchanged });
    return stored;
  } finally {
    await store.close();
  }
}

const rec = (date: string, tokens: number) =>
  makeUsageRecord({ date, appId: 'a', appName: 'A', quantity: tokens, tokens });

/** October: 2 + 3 + 4 = 9 tokens; November: 5. */
const HISTORY = [rec('2026-10-01', 2), rec('2026-10-02', 3), rec('2026-10-03', 4), rec('2026-11-01', 5)];

/** Tokens per month of a stored history. */
function tokensByMonth(stored: StoredHistory): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of stored.records) out[r.date.slice(0, 7)] = (out[r.date.slice(0, 7)] ?? 0) + r.tokens!;
  return out;
}

const fromSnapshot = (stored: StoredHistory) =>
  Object.fromEntries([...stored.months].map(([m, s]) => [m, s.snapshot]));

async function freshSite(name: string): Promise<string> {
  const site = join(dir.path, name);
  await run(site, HISTORY);
  return site;
}

const snapshotFile = (site: string, month: string) => join(site, snapshotPath(month));

describe('month snapshots', () => {
  it('are written beside each month, owned (in the manifest), never offered for download, and then used', async () => {
    const site = await freshSite('written');
    const manifest = JSON.parse(await readFile(join(site, MANIFEST_FILE), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('data/cache/usage-2026-10.snapshot');
    expect(manifest.files).toContain('data/cache/usage-2026-11.snapshot');
    expect(isOwnedSitePath('data/cache/usage-2026-10.snapshot')).toBe(true);
    for (const page of ['index.html', 'months/2026-10.html', 'apps/a.html'].filter((p) =>
      manifest.files.includes(p),
    ))
      expect(await readFile(join(site, page), 'utf8')).not.toMatch(/snapshot|data\/cache/);
    // Keyed by the CSV's bytes.
    const csv = await readFile(join(site, 'data/usage-2026-10.csv'));
    expect(await readFile(snapshotFile(site, '2026-10'), 'utf8')).toContain(`\ncsv ${sha256(csv)}\n`);
    const stored = await readHistoryDir(site);
    expect(fromSnapshot(stored)).toEqual({ '2026-10': true, '2026-11': true });
    expect(tokensByMonth(stored)).toEqual({ '2026-10': 9, '2026-11': 5 });
  });

  it('are what is read for a CSV whose bytes they were made from (the CSV is not parsed again)', async () => {
    const site = await freshSite('trusted');
    // A snapshot of other figures (October: 20 + 30 + 40 = 90) keyed by the bytes of the CSV beside it.
    const csv = await readFile(join(site, 'data/usage-2026-10.csv'));
    const other = asTable(HISTORY.slice(0, 3).map((r) => ({ ...r, tokens: r.tokens! * 10 })));
    await writeFile(snapshotFile(site, '2026-10'), encodeMonthSnapshot(other, 0, 3, '2026-10', sha256(csv)));
    expect(tokensByMonth(await readHistoryDir(site))['2026-10']).toBe(90);
  });

  it('a hand-edited CSV (valid, other figures): the figures come from the CSV, and the snapshot is written again', async () => {
    const site = await freshSite('edited');
    const path = join(site, 'data/usage-2026-10.csv');
    const edited = (await readFile(path, 'utf8')).replace(
      /^(2026-10-02,[^\n]*?,)3,3,false$/m,
      '$130,30,false',
    );
    expect(edited).toMatch(/,30,30,false/);
    await writeFile(path, edited);

    const read = await run(site);
    expect(fromSnapshot(read)).toEqual({ '2026-10': false, '2026-11': true });
    // 2 + 30 + 4
    expect(tokensByMonth(read)).toEqual({ '2026-10': 36, '2026-11': 5 });
    // The CSV is kept as edited; its snapshot is now keyed by the edited bytes, and used.
    expect(await readFile(path, 'utf8')).toBe(edited);
    expect(await readFile(snapshotFile(site, '2026-10'), 'utf8')).toContain(`\ncsv ${sha256(edited)}\n`);
    const again = await readHistoryDir(site);
    expect(fromSnapshot(again)).toEqual({ '2026-10': true, '2026-11': true });
    expect(tokensByMonth(again)).toEqual({ '2026-10': 36, '2026-11': 5 });
  });

  it('a truncated, damaged or missing snapshot is rebuilt from the CSV, without an error, with the same figures', async () => {
    const site = await freshSite('damaged');
    const oct = await readFile(snapshotFile(site, '2026-10'));
    await writeFile(snapshotFile(site, '2026-10'), oct.subarray(0, oct.length >> 1));
    const nov = await readFile(snapshotFile(site, '2026-11'), 'utf8');
    // One base64 character of the tokens column changed: a different figure, caught by the checksum.
    const at = nov.indexOf('\ntokens ') + 9;
    await writeFile(
      snapshotFile(site, '2026-11'),
      nov.slice(0, at) + (nov[at] === 'A' ? 'B' : 'A') + nov.slice(at + 1),
    );
    const read = await run(site);
    expect(fromSnapshot(read)).toEqual({ '2026-10': false, '2026-11': false });
    expect(tokensByMonth(read)).toEqual({ '2026-10': 9, '2026-11': 5 });
    expect(await readFile(snapshotFile(site, '2026-10'))).toEqual(oct);
    expect(await readFile(snapshotFile(site, '2026-11'), 'utf8')).toBe(nov);

    await rm(snapshotFile(site, '2026-10'));
    const missing = await run(site);
    expect(fromSnapshot(missing)).toEqual({ '2026-10': false, '2026-11': true });
    expect(await readFile(snapshotFile(site, '2026-10'))).toEqual(oct);
  });

  it('size the history table from their row counts, a false count only a bounded hint that changes no figure', async () => {
    // 20 days of October and 5 of November: 25 rows, a table sized for 25 (doubling from 16 would give 32).
    const days = (month: string, n: number) =>
      Array.from({ length: n }, (_, i) => rec(`${month}-${String(i + 1).padStart(2, '0')}`, 1));
    const many = join(dir.path, 'counts-many');
    await run(many, [...days('2026-10', 20), ...days('2026-11', 5)]);
    const stored = await readHistoryDir(many);
    expect([stored.records.length, stored.records.day.length]).toEqual([25, 25]);
    expect(fromSnapshot(stored)).toEqual({ '2026-10': true, '2026-11': true });

    const site = await freshSite('counts');
    const oct = await readFile(snapshotFile(site, '2026-10'));
    const nov = await readFile(snapshotFile(site, '2026-11'));
    expect([snapshotRowCount(oct), snapshotRowCount(nov)]).toEqual([3, 1]);
    // A count far beyond the file (damaged): bounded by a row's least size, 20 bytes; the snapshot is not used.
    const huge = Buffer.from(oct.toString('latin1').replace('\nrows 3\n', '\nrows 900000000000\n'), 'latin1');
    expect(snapshotRowCount(huge)).toBe(Math.floor(huge.length / 20));
    expect(snapshotRowCount(Buffer.from('no count here\n'))).toBe(0);
    expect(snapshotRowCount(Buffer.from('x\nrows -4\n'))).toBe(0);
    await writeFile(snapshotFile(site, '2026-10'), huge);
    const read = await run(site);
    expect(fromSnapshot(read)).toEqual({ '2026-10': false, '2026-11': true });
    expect(tokensByMonth(read)).toEqual({ '2026-10': 9, '2026-11': 5 });
    expect(read.records.length).toBe(4);
  });

  it('a snapshot of another format version is ignored, even one that is whole and keyed by the CSV', async () => {
    const site = await freshSite('version');
    const csv = await readFile(join(site, 'data/usage-2026-10.csv'));
    const other = asTable(HISTORY.slice(0, 3).map((r) => ({ ...r, tokens: r.tokens! * 10 })));
    const current = encodeMonthSnapshot(other, 0, 3, '2026-10', sha256(csv));
    const body = current
      .slice(0, current.indexOf('\ncheck ') + 1)
      .replace(`\nversion ${SNAPSHOT_VERSION} `, `\nversion ${SNAPSHOT_VERSION + 1} `);
    await writeFile(snapshotFile(site, '2026-10'), `${body}check ${sha256(body)}\n`);
    const read = await run(site);
    expect(fromSnapshot(read)['2026-10']).toBe(false);
    expect(tokensByMonth(read)['2026-10']).toBe(9);
    expect(await readFile(snapshotFile(site, '2026-10'), 'utf8')).toMatch(
      new RegExp(`\\nversion ${SNAPSHOT_VERSION} `),
    );
  });

  it('a whole, current snapshot whose count or values do not fit its columns is ignored, the table left as it was', async () => {
    const site = await freshSite('lying');
    const csv = await readFile(join(site, 'data/usage-2026-10.csv'));
    const good = encodeMonthSnapshot(asTable(HISTORY.slice(0, 3)), 0, 3, '2026-10', sha256(csv));
    const rechecked = (edit: (body: string) => string) => {
      const body = edit(good.slice(0, good.indexOf('\ncheck ') + 1));
      return `${body}check ${sha256(body)}\n`;
    };
    // 3 rows of 1-byte days are 4 base64 characters; a day column of the same length for a count of 900000000000
    // would be 1.2 TB: the count is not believed, nothing is sized by it.
    const lies = [
      rechecked((b) => b.replace('\nrows 3\n', '\nrows 900000000000\n')),
      rechecked((b) => b.replace('\nrows 3\n', '\nrows 4\n')),
      // The first row's app index 0 → 9: there is one app text.
      rechecked((b) => b.replace(/\napp (\S)/, (_m, c: string) => `\napp ${c === 'A' ? 'C' : 'A'}`)),
    ];
    for (const lie of lies) {
      await writeFile(snapshotFile(site, '2026-10'), lie);
      const read = await run(site);
      expect(fromSnapshot(read)).toEqual({ '2026-10': false, '2026-11': true });
      expect(tokensByMonth(read)).toEqual({ '2026-10': 9, '2026-11': 5 });
      expect([read.records.length, read.records.apps.length]).toEqual([4, 1]);
      expect(await readFile(snapshotFile(site, '2026-10'), 'utf8')).toBe(good);
    }
  });

  it('a month the run does not change keeps its snapshot bytes; the changed month gets a new one', async () => {
    const site = await freshSite('daily');
    const oct = await readFile(snapshotFile(site, '2026-10'));
    const nov = await readFile(snapshotFile(site, '2026-11'));
    await run(site, [rec('2026-11-02', 6)]);
    expect(await readFile(snapshotFile(site, '2026-10'))).toEqual(oct);
    expect(await readFile(snapshotFile(site, '2026-11'))).not.toEqual(nov);
    expect(tokensByMonth(await readHistoryDir(site))).toEqual({ '2026-10': 9, '2026-11': 11 });
  });
});

/** A small deterministic generator (mulberry32), so a failing case can be run again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Viewer',
  'a,b',
  'say "hi"',
  'line\nbreak',
  '',
  ' padded ',
  '設計ポータル',
  '=1+2',
  '😀 app',
  'lone \ud800 half',
];

function randomRecords(next: () => number): UsageRecord[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const byKey = new Map<string, UsageRecord>();
  const count = 1 + Math.floor(next() * 300);
  for (let i = 0; i < count; i++) {
    const month = pick(['2025-12', '2026-01', '2026-02']);
    const day = 1 + Math.floor(next() * (month === '2026-02' ? 28 : 31));
    const tokens = next() < 0.3 ? null : Math.round(next() * 1e6) / pick([1, 10, 1000, 3]);
    const charged = pick([undefined, true, false]);
    const r = makeUsageRecord({
      date: `${month}-${String(day).padStart(2, '0')}`,
      appId: pick(['app-1', 'app-2', 'Xq3"x', 'z,z']),
      appName: pick(NAMES),
      api: pick(['Model Derivative', 'Automation API']),
      featureId: pick(['md-simple', 'da-revit', 'f,3']),
      featureName: pick(NAMES),
      unit: pick(['job', 'processing hour']),
      quantity: pick([0, -0, 1, 0.5, 12, 1 / 3, 123456.789, Math.round(next() * 1e4) / 100]),
      tokens,
      tokensEstimated: tokens !== null && next() < 0.5,
      ...(charged === undefined ? {} : { charged }),
    });
    // One row per day, app and feature: the store's rule.
    byKey.set(`${r.date} ${r.appId} ${r.featureId}`, r);
  }
  return [...byKey.values()];
}

function columns(table: HistoryTable) {
  const n = table.length;
  return {
    length: n,
    day: [...table.day.subarray(0, n)],
    app: [...table.app.subarray(0, n)],
    feature: [...table.feature.subarray(0, n)],
    quantity: [...table.quantity.subarray(0, n)],
    tokens: [...table.tokens.subarray(0, n)],
    flags: [...table.flags.subarray(0, n)],
    apps: table.apps,
    features: table.features,
    appIds: table.appIds,
  };
}

describe('month snapshots on random histories', () => {
  it('read the same history as parsing the CSVs: every column and every text', async () => {
    const next = random(15);
    for (let round = 0; round < 25; round++) {
      const site = join(dir.path, `random-${round}`);
      await mkdir(join(site, 'data/cache'), { recursive: true });
      const table = asTable(randomRecords(next));
      const { files, snapshots } = historyFileContents(table, EMPTY_HISTORY, () => false);
      for (const [path, content] of files) {
        const text = typeof content === 'function' ? content() : content;
        await writeFile(join(site, path), text);
        const snapshot = snapshots.get(path)!;
        await writeFile(join(site, snapshot.path), snapshot.content(csvKey(text)));
      }
      const viaSnapshots = await readHistoryDir(site);
      expect(Object.values(fromSnapshot(viaSnapshots)).every(Boolean)).toBe(true);
      await rm(join(site, 'data/cache'), { recursive: true });
      const viaCsv = await readHistoryDir(site);
      expect(Object.values(fromSnapshot(viaCsv)).some(Boolean)).toBe(false);
      expect(columns(viaSnapshots.records)).toEqual(columns(viaCsv.records));
      expect(viaSnapshots.records.toArray()).toEqual(viaCsv.records.toArray());
    }
  });
});
