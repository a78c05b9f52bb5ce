// The bench's synthetic data must be the same on every run and machine, or its figures cannot be compared.
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { formatExportCsv } from '../../src/model/export-format.js';
import {
  syntheticApps,
  syntheticDay,
  syntheticRecords,
  type SyntheticOptions,
} from '../../scripts/bench/synthetic.js';

const small: SyntheticOptions = { apps: 4, days: 40, features: 8, end: '2026-03-05', seed: 6 };
const digest = (o: SyntheticOptions): string =>
  createHash('sha256')
    .update(formatExportCsv(syntheticRecords(o)))
    .digest('hex');

test('the same options give the same bytes; another seed gives others', () => {
  expect(digest(small)).toBe(digest({ ...small }));
  expect(digest({ ...small, seed: 7 })).not.toBe(digest(small));
  const records = syntheticRecords(small);
  expect(records).toHaveLength(4 * 40 * 8);
  expect(records[0]!.date).toBe('2026-01-25');
  expect(records.at(-1)!.date).toBe('2026-03-05');
});

test('one day generated on its own equals that day of the whole set (the incremental case relies on it)', () => {
  const apps = syntheticApps(small);
  const day = syntheticDay(apps, '2026-02-10', 16, small.days, small.seed);
  expect(day).toEqual(syntheticRecords(small).filter((r) => r.date === '2026-02-10'));
});

test('the month-by-month writer writes the bytes of the whole set', async () => {
  const { mkdtemp, readFile, readdir, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { writeSyntheticHistory, writeSyntheticMonths } = await import('../../scripts/bench/synthetic.js');
  const dir = await mkdtemp(join(tmpdir(), 'bench-synth-'));
  try {
    const streamed = await writeSyntheticHistory(small, join(dir, 'a'));
    await writeSyntheticMonths(syntheticRecords(small), join(dir, 'b'));
    expect(streamed.records).toBe(4 * 40 * 8);
    const names = (await readdir(join(dir, 'b'))).sort();
    expect(names).toEqual(['usage-2026-01.csv', 'usage-2026-02.csv', 'usage-2026-03.csv']);
    expect((await readdir(join(dir, 'a'))).sort()).toEqual(names);
    for (const n of names)
      expect(await readFile(join(dir, 'a', n), 'utf8')).toBe(await readFile(join(dir, 'b', n), 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
