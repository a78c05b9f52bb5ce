import { describe, expect, it } from 'vitest';
import { applyRetention, mergeHistory } from '../../src/model/history.js';
import { makeUsageRecord } from '../support/records.js';

describe('mergeHistory', () => {
  const day1 = makeUsageRecord({ date: '2026-01-01', quantity: 5 });
  const day2 = makeUsageRecord({ date: '2026-01-02', quantity: 7 });

  it('upserts by (date, app, feature): a correction replaces, new days are added, old days are kept', () => {
    const corrected = { ...day2, quantity: 8 };
    const day3 = makeUsageRecord({ date: '2026-01-03' });
    const result = mergeHistory([day1, day2], [corrected, day3]);
    expect(result.records).toEqual([day1, corrected, day3]);
    expect({ added: result.added, changed: result.changed, unchanged: result.unchanged }).toEqual({
      added: 1,
      changed: 1,
      unchanged: 0,
    });
  });

  it('is idempotent: merging the same records again changes nothing', () => {
    const once = mergeHistory([], [day2, day1]).records;
    const twice = mergeHistory(once, [day1, day2]);
    expect(twice.records).toEqual(once);
    expect(twice.unchanged).toBe(2);
  });

  it('keeps features and apps apart', () => {
    const other = makeUsageRecord({ date: '2026-01-01', featureId: 'md-complex' });
    const otherApp = makeUsageRecord({ date: '2026-01-01', appId: 'app-2' });
    expect(mergeHistory([day1], [other, otherApp]).records).toHaveLength(3);
  });

  it('retention drops only records older than keepDays', () => {
    expect(applyRetention([day1, day2], 2, '2026-01-03').map((r) => r.date)).toEqual(['2026-01-02']);
  });
});
