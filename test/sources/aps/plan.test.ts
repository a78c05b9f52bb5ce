import { describe, expect, it } from 'vitest';
import { rangeLength } from '../../../src/model/dates.js';
import { makeUsageRecord } from '../../support/records.js';
import { newestDayByApp, planWindows, rangeFromNewest } from '../../../src/sources/aps/plan.js';

const RANGE = { from: '2026-09-01', to: '2026-11-21' };

describe('newestDayByApp + rangeFromNewest (the incremental range)', () => {
  const history = [
    makeUsageRecord({ appId: 'a', date: '2026-11-18' }),
    makeUsageRecord({ appId: 'a', date: '2026-10-01' }),
    makeUsageRecord({ appId: 'b', date: '2026-09-03' }),
    makeUsageRecord({ appId: 'c', date: '2026-12-30' }),
    makeUsageRecord({ appId: 'd', date: '2026-08-31' }),
  ];
  const newest = newestDayByApp(RANGE, history);
  const forApp = (id: string, trailingDays = 7) => rangeFromNewest(RANGE, newest.get(id), trailingDays);

  it("finds each app's newest day inside the range in one pass", () => {
    expect([...newest]).toEqual([
      ['a', '2026-11-18'],
      ['b', '2026-09-03'],
    ]);
  });
  it('starts trailingDays before the newest stored day', () => {
    expect(forApp('a')).toEqual({ from: '2026-11-11', to: '2026-11-21' });
  });
  it('never starts before range.from', () => {
    expect(forApp('b')).toEqual(RANGE);
  });
  it('asks for the whole range when nothing is stored inside it', () => {
    expect(forApp('c')).toEqual(RANGE);
    expect(forApp('d')).toEqual(RANGE);
    expect(forApp('e')).toEqual(RANGE);
  });
  it('with trailingDays 0, re-fetches the newest stored day itself', () => {
    expect(forApp('a', 0)).toEqual({ from: '2026-11-18', to: '2026-11-21' });
  });
});

describe('planWindows', () => {
  it('cuts a long range into windows of at most 200 days', () => {
    const plan = planWindows({ from: '2024-11-22', to: '2026-11-21' }, { includeV1: false, hub: false });
    expect(plan.v1).toEqual([]);
    expect(plan.v2.map(rangeLength)).toEqual([200, 200, 200, 130]);
  });
  it('with includeV1, sends days before 2025-12-07 to v1 only', () => {
    const plan = planWindows({ from: '2025-11-01', to: '2025-12-31' }, { includeV1: true, hub: false });
    expect(plan).toEqual({
      v1: [{ from: '2025-11-01', to: '2025-12-06' }],
      v2: [{ from: '2025-12-07', to: '2025-12-31' }],
    });
  });
  it('a range wholly before 2025-12-07 is v1 only (with includeV1), v2 as is (without)', () => {
    const range = { from: '2025-01-01', to: '2025-03-01' };
    expect(planWindows(range, { includeV1: true, hub: false })).toEqual({ v1: [range], v2: [] });
    expect(planWindows(range, { includeV1: false, hub: false })).toEqual({ v1: [], v2: [range] });
  });
  it('never asks the hub for days before 2025-12-07', () => {
    expect(planWindows({ from: '2025-01-01', to: '2025-12-08' }, { includeV1: false, hub: true })).toEqual({
      v1: [],
      v2: [{ from: '2025-12-07', to: '2025-12-08' }],
    });
    expect(planWindows({ from: '2025-01-01', to: '2025-03-01' }, { includeV1: false, hub: true })).toEqual({
      v1: [],
      v2: [],
    });
  });
});
