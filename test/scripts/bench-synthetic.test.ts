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
