import { describe, expect, it } from 'vitest';
import { configSchema, type ConfigInput } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build.js';
import { eachDay, isWeekend } from '../../src/model/dates.js';
import { type UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';
import type { AppStatus } from '../../src/sources/types.js';

function config(extra: Partial<ConfigInput> = {}) {
  return configSchema.parse({ source: 'file', ...extra });
}

const ok = (...ids: string[]): AppStatus[] => ids.map((id) => ({ id, name: id, status: 'ok' }));

/** One record per day: `tokens(day)` tokens of one feature. */
function daily(appId: string, from: string, to: string, tokens: (day: string) => number): UsageRecord[] {
  return eachDay({ from, to }).map((date) =>
    makeUsageRecord({ date, appId, appName: appId, tokens: tokens(date), quantity: tokens(date) }),
  );
}

/** 20 tokens on weekdays, 1 at weekends. */
const weekly = (day: string): number => (isWeekend(day) ? 1 : 20);

describe('spikes', () => {
  it('a regular weekday/weekend app over its first 30 days raises none', () => {
    // November 2026, the app's first 30 days; before Nov 1 nothing is known (not zeros).
    const model = buildModel({
      records: daily('steady', '2026-11-01', '2026-11-30', weekly),
      range: { from: '2026-11-01', to: '2026-11-30' },
      asOf: '2026-11-30',
      statuses: ok('steady'),
      config: config(),
    });
    expect(model.spikes).toEqual([]);
    expect(model.alerts.filter((a) => a.kind === 'spike')).toEqual([]);
  });

  it('a weekend-heavy rhythm raises none either (weekdays are compared with weekdays)', () => {
    const model = buildModel({
      records: daily('weekend', '2026-09-01', '2026-11-30', (d) => (isWeekend(d) ? 20 : 1)),
      range: { from: '2026-11-01', to: '2026-11-30' },
      asOf: '2026-11-30',
      statuses: ok('weekend'),
      config: config(),
    });
    expect(model.spikes).toEqual([]);
  });

  it('a genuine 10× day after 28 covered days raises exactly one', () => {
    // Nov 2 (Mon) to Nov 29 (Sun): 28 covered days; Nov 30 is a Monday with 200 tokens. The weekdays among the 28
    // are all 20, so the typical weekday is 20 (MAD 0): 200 ≥ 3 × 20 and > 20 + 5 × 0 → a spike, ratio 200 / 20.
    const records = daily('app', '2026-11-02', '2026-11-30', (d) => (d === '2026-11-30' ? 200 : weekly(d)));
    const model = buildModel({
      records,
      range: { from: '2026-11-01', to: '2026-11-30' },
      asOf: '2026-11-30',
      statuses: ok('app'),
      config: config(),
    });
    expect(model.spikes).toEqual([
      { appId: 'app', appName: 'app', date: '2026-11-30', tokens: 200, typical: 20, ratio: 10 },
    ]);
    expect(model.alerts.filter((a) => a.kind === 'spike')).toHaveLength(1);
  });

  it('raises none for a day with fewer than 14 covered days before it', () => {
    // Data from Nov 18 (Wed); Nov 30 (Mon) has 12 covered days before it — too few, however large it is.
    const records = daily('app', '2026-11-18', '2026-11-30', (d) => (d === '2026-11-30' ? 500 : weekly(d)));
    const model = buildModel({
      records,
      range: { from: '2026-11-01', to: '2026-11-30' },
      asOf: '2026-11-30',
      statuses: ok('app'),
      config: config(),
    });
    expect(model.spikes).toEqual([]);
  });
});

describe('coverage and comparisons', () => {
  // A first 30-day fetch: Oct 22 – Nov 20, nothing stored before.
  const range = { from: '2026-10-22', to: '2026-11-20' };
  const records = [
    ...daily('a', '2026-10-22', '2026-11-20', () => 10),
    ...daily('b', '2026-11-11', '2026-11-20', () => 5),
  ];
  const model = buildModel({ records, range, asOf: '2026-11-20', statuses: ok('a', 'b'), config: config() });

  it('knows each app’s covered days', () => {
    expect(model.apps.map((a) => [a.id, a.coverage])).toEqual([
      ['a', { from: '2026-10-22', to: '2026-11-20' }],
      ['b', { from: '2026-11-11', to: '2026-11-20' }],
    ]);
    expect(model.coverage).toEqual({ from: '2026-10-22', to: '2026-11-20' });
  });

  it('compares nothing against the uncovered previous period', () => {
    // The previous period is Sep 22 – Oct 21: not one day of it is covered.
    const none = { previous: null, change: null, delta: null, covered: 0, days: 30 };
    expect(model.totals.comparison).toEqual(none);
    expect(model.apps.map((a) => a.comparison)).toEqual([none, none]);
    // Movers: both apps are new (ranked by their tokens: a 300, b 50), none with a delta.
    expect(model.movers.filter((m) => m.kind === 'app').map((m) => [m.id, m.tokens, m.comparison])).toEqual([
      ['a', 300, none],
      ['b', 50, none],
    ]);
  });

  it('says how much of a partly covered baseline is covered', () => {
    // Period Nov 6–20 (15 days); previous Oct 22 – Nov 5 is covered for a, from Nov 11 for b (0 days).
    const later = buildModel({
      records,
      range: { from: '2026-11-06', to: '2026-11-20' },
      asOf: '2026-11-20',
      statuses: ok('a', 'b'),
      config: config(),
    });
    const a = later.apps.find((x) => x.id === 'a')!;
    // a: 15 × 10 = 150 against 15 × 10 = 150.
    expect(a.comparison).toEqual({ previous: 150, change: 0, delta: 0, covered: 15, days: 15 });
    // A period of Nov 1–20 has a previous period of Oct 12–31, of which Oct 22–31 (10 of 20 days) is covered.
    const partly = buildModel({
      records,
      range: { from: '2026-11-01', to: '2026-11-20' },
      asOf: '2026-11-20',
      statuses: ok('a', 'b'),
      config: config(),
    });
    expect(partly.totals.comparison).toEqual({
      previous: null,
      change: null,
      delta: null,
      covered: 10,
      days: 20,
    });
  });

  it('compares an unfinished month with the same days of the previous month, on covered days only', () => {
    const nov = model.months.find((m) => m.month === '2026-11')!;
    // November 1–20 with October 1–20: October's data begins on the 22nd, so none of it is covered.
    expect(nov.previousMonth).toBeNull();
    expect(nov).toMatchObject({ coveredDays: 20, daysInMonth: 30, through: '2026-11-20' });
    const oct = model.months.find((m) => m.month === '2026-10')!;
    expect(oct).toMatchObject({ coveredDays: 10, daysInMonth: 31, through: '2026-10-31' });

    // With October covered from the 1st: Nov 1–20 (a 200 + b 50 = 250) vs Oct 1–20 (a 200) → +25 %.
    const longer = buildModel({
      records: [...daily('a', '2026-10-01', '2026-10-21', () => 10), ...records],
      range,
      asOf: '2026-11-20',
      statuses: ok('a', 'b'),
      config: config(),
    });
    const month = longer.months.find((m) => m.month === '2026-11')!;
    expect(month.previousMonth).toEqual({
      month: '2026-10',
      from: '2026-10-01',
      to: '2026-10-20',
      currentFrom: '2026-11-01',
      currentTo: '2026-11-20',
      sameDays: true,
      tokens: 250,
      comparison: { previous: 200, change: 0.25, delta: 50, covered: 20, days: 20 },
    });
    // The overview's month figure is the same comparison.
    expect(longer.month.previousMonth).toEqual(month.previousMonth);
    // Per app: b's coverage begins Nov 11, so against October it is new; a: 200 vs 200.
    expect(month.apps.find((x) => x.id === 'b')!.previousMonth).toMatchObject({ previous: null, covered: 0 });
    expect(month.apps.find((x) => x.id === 'a')!.previousMonth).toMatchObject({ previous: 200, change: 0 });
  });
});

describe('a past or fixed period', () => {
  it('reports on its own last month, never on a month it has no data for', () => {
    // Run on Dec 1 over Oct 1–31; the data ends on Oct 31.
    const records = daily('a', '2026-10-01', '2026-10-31', () => 10);
    const model = buildModel({
      records,
      range: { from: '2026-10-01', to: '2026-10-31' },
      asOf: '2026-11-30',
      statuses: ok('a'),
      config: config({ apps: [{ id: 'a', monthlyBudget: 1000 }] }),
    });
    // October as of its last day: 31 × 10 = 310 tokens, the month is over so the forecast is what was used.
    expect(model.month).toMatchObject({
      month: '2026-10',
      asOf: '2026-10-31',
      tokens: 310,
      forecast: 310,
      daysElapsed: 31,
    });
    expect(model.apps[0]!.month).toMatchObject({ month: '2026-10', tokens: 310, budgetPercent: 31 });
    expect(model.apps[0]!.burn.at(-1)).toEqual({ date: '2026-10-31', tokens: 310 });
  });
});

describe('usage without a rate', () => {
  const records = eachDay({ from: '2026-11-01', to: '2026-11-20' }).map((date) =>
    makeUsageRecord({
      date,
      appId: 'a',
      appName: 'A',
      featureId: 'aec-out',
      featureName: 'AEC out',
      quantity: 2,
    }),
  );
  const model = buildModel({
    records,
    range: { from: '2026-11-01', to: '2026-11-20' },
    asOf: '2026-11-20',
    statuses: ok('a'),
    config: config({ apps: [{ id: 'a', monthlyBudget: 100 }], budget: { monthly: 500 } }),
  });

  it('is never 0 tokens: totals, app, month and budget are unknown', () => {
    expect(model.totals.tokens).toBeNull();
    expect(model.apps[0]!.tokens).toBeNull();
    expect(model.month).toMatchObject({ tokens: null, forecast: null, unrated: ['AEC out'], budget: 500 });
    expect(model.month.budgetPercent).toBeUndefined();
    expect(model.apps[0]!.month.budgetPercent).toBeUndefined();
  });

  it('neither raises nor clears a budget alert', () => {
    expect(model.alerts).toEqual([]);
    expect(model.undecided).toEqual([
      { kind: 'budget', appId: 'a' },
      { kind: 'forecast', appId: 'a' },
      { kind: 'budget', appId: null },
      { kind: 'forecast', appId: null },
    ]);
  });

  it('lists a feature rated at 0 on purpose, apart from the unrated ones', () => {
    const rated = buildModel({
      records,
      range: { from: '2026-11-01', to: '2026-11-20' },
      asOf: '2026-11-20',
      statuses: ok('a'),
      config: config({ rates: { 'aec-out': { tokensPerUnit: 0 } } }),
    });
    // applyRates is not run here: the rows have no figure, so the feature is unrated and also rated at 0 by the
    // config; with rates applied (the pipeline), its rows carry 0 tokens — see the render test.
    expect(rated.ratedZero.map((f) => f.featureId)).toEqual(['aec-out']);
  });
});
