import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { buildModel, OTHERS_KEY } from '../../src/model/build.js';
import { applyRates } from '../../src/model/rates.js';
import { describeNegativeUsage } from '../../src/model/negative-usage.js';
import { HistoryTable } from '../../src/model/history-table.js';
import type { UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';

function config(extra: object = {}) {
  return configSchema.parse({ source: 'demo', ...extra });
}

function rec(
  date: string,
  appId: string,
  tokens: number | null,
  extra: Partial<UsageRecord> = {},
): UsageRecord {
  return makeUsageRecord({
    date,
    appId,
    appName: appId.toUpperCase(),
    tokens,
    quantity: tokens ?? 3,
    ...extra,
  });
}

describe('buildModel', () => {
  const range = { from: '2026-03-06', to: '2026-03-10' };
  const records = [
    // previous period (03-01..03-05): a=10, b=0; the history begins on 03-01, so it is covered
    rec('2026-03-01', 'a', 10),
    // this period: a=30, b=10, c units only
    rec('2026-03-06', 'a', 20),
    rec('2026-03-10', 'a', 10),
    rec('2026-03-08', 'b', 10),
    rec('2026-03-09', 'c', null, { featureId: 'aec-out', featureName: 'AEC out', api: 'AEC Data Model' }),
  ];

  // Fetched this run: their data stands for every day up to the as-of day.
  const fetched = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), status: 'ok' as const }));

  it('totals, change vs the previous period and shares (hand-checked)', () => {
    const model = buildModel({ records, range, asOf: '2026-03-10', statuses: fetched, config: config() });
    expect(model.totals).toMatchObject({ tokens: 40 });
    // 40 against 10 over a fully covered 5-day baseline: +300 %, +30 tokens.
    expect(model.totals.comparison).toEqual({ previous: 10, change: 3, delta: 30, covered: 5, days: 5 });
    const a = model.apps.find((x) => x.id === 'a')!;
    expect(a).toMatchObject({ tokens: 30, share: 0.75, coverage: { from: '2026-03-01', to: '2026-03-10' } });
    expect(a.comparison).toEqual({ previous: 10, change: 2, delta: 20, covered: 5, days: 5 });
    // b's data begins on 03-08: none of its baseline is covered — new, not +10 against an invented 0.
    const b = model.apps.find((x) => x.id === 'b')!;
    expect(b).toMatchObject({ tokens: 10, share: 0.25, coverage: { from: '2026-03-08', to: '2026-03-10' } });
    expect(b.comparison).toEqual({ previous: null, change: null, delta: null, covered: 0, days: 5 });
    expect(model.month).toMatchObject({ month: '2026-03', tokens: 50, daysElapsed: 10, daysInMonth: 31 });
  });

  it('lists a feature with neither API tokens nor a rate as unrated, never as 0 tokens', () => {
    const model = buildModel({ records, range, asOf: '2026-03-10', statuses: [], config: config() });
    expect(model.unrated).toEqual([expect.objectContaining({ featureId: 'aec-out', quantity: 3 })]);
    const c = model.apps.find((x) => x.id === 'c')!;
    expect(c.apis[0]!.features[0]!.tokens).toBeNull();
    expect(c.apis[0]!.tokens).toBeNull();
    expect(model.apis.find((x) => x.api === 'AEC Data Model')!.tokens).toBeNull();
    expect(model.months[0]!.apis.find((x) => x.api === 'AEC Data Model')!.tokens).toBeNull();
  });

  it('folds apps beyond top N into "others" in the stacked series', () => {
    const cfg = config({ report: { topApps: 1 } });
    const model = buildModel({ records, range, asOf: '2026-03-10', statuses: [], config: cfg });
    const keys = new Set(model.stacked.map((p) => p.key));
    expect(keys).toEqual(new Set(['a', OTHERS_KEY]));
    // every day of the period is present for each series, zeros included
    expect(model.stacked.filter((p) => p.key === 'a')).toHaveLength(5);
  });

  it('keeps the app order stable (ranked by all-history tokens) and holds no colours', () => {
    const m1 = buildModel({ records, range, asOf: '2026-03-10', statuses: [], config: config() });
    const m2 = buildModel({
      records,
      range: { from: '2026-03-01', to: '2026-03-05' },
      asOf: '2026-03-10',
      statuses: [],
      config: config(),
    });
    // The model holds no colours (render picks them by position): the order is what stays stable.
    expect(m1.apps.map((a) => a.id)).toEqual(m2.apps.map((a) => a.id));
    expect(m1.apps.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(JSON.stringify(m1)).not.toMatch(/#[0-9A-Fa-f]{6}/);
  });

  it('marks failed apps and keeps configured apps without data', () => {
    const model = buildModel({
      records,
      range,
      asOf: '2026-03-10',
      statuses: [{ id: 'b', name: 'B', status: 'failed', error: '403 Forbidden' }],
      config: config({ apps: [{ id: 'z', name: 'Quiet app' }] }),
    });
    expect(model.apps.find((a) => a.id === 'b')).toMatchObject({ status: 'failed', error: '403 Forbidden' });
    expect(model.apps.find((a) => a.id === 'z')).toMatchObject({ name: 'Quiet app', tokens: 0 });
  });
});

describe('describeNegativeUsage', () => {
  it('names the first negative row (app, day, feature) and counts the rest, once', () => {
    const rows = [
      makeUsageRecord({ date: '2026-11-03', appId: 'a1', appName: 'Viewer', quantity: 2 }),
      makeUsageRecord({ date: '2026-11-04', appId: 'a1', appName: 'Viewer', quantity: -5, tokens: -30 }),
      makeUsageRecord({ date: '2026-11-05', appId: 'a1', appName: 'Viewer', quantity: 1, tokens: -1 }),
    ];
    expect(describeNegativeUsage(rows)).toBe(
      'APS reported negative usage, kept as reported (it may be a correction): Viewer (a1) on 2026-11-04, md-simple: quantity -5, tokens -30; and 1 more row',
    );
    expect(describeNegativeUsage(rows.slice(0, 1))).toBeUndefined();
    // The file source hands over a table: its columns are scanned, with the same message.
    expect(describeNegativeUsage(HistoryTable.from(rows))).toBe(
      'APS reported negative usage, kept as reported (it may be a correction): Viewer (a1) on 2026-11-04, md-simple: quantity -5, tokens -30; and 1 more row',
    );
    expect(describeNegativeUsage(HistoryTable.from(rows.slice(0, 1)))).toBeUndefined();
  });
});

describe('applyRates', () => {
  it('estimates tokens from the rate table, keeps API figures, leaves unrated rows null', () => {
    const rated = applyRates(
      [
        makeUsageRecord({ featureId: 'md-complex', quantity: 4 }),
        makeUsageRecord({ featureId: 'md-simple', quantity: 4, tokens: 9 }),
        makeUsageRecord({ featureId: 'unknown', quantity: 4 }),
      ],
      { 'md-complex': { tokensPerUnit: 1.5 }, 'md-simple': { tokensPerUnit: 100 } },
    );
    expect(rated.map((r) => [r.tokens, r.tokensEstimated])).toEqual([
      [6, true],
      [9, false],
      [null, false],
    ]);
  });

  it('removes an estimate whose rate is gone, and keeps an unchanged estimate as the same object', () => {
    const kept = makeUsageRecord({ featureId: 'md-complex', quantity: 4, tokens: 6, tokensEstimated: true });
    const gone = makeUsageRecord({ featureId: 'md-simple', quantity: 4, tokens: 0.2, tokensEstimated: true });
    const [a, b] = applyRates([kept, gone], { 'md-complex': { tokensPerUnit: 1.5 } });
    expect(a).toBe(kept);
    expect([b!.tokens, b!.tokensEstimated]).toEqual([null, false]);
  });

  it('treats feature ids named like Object members (constructor, __proto__, toString) as unrated', () => {
    const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const rates = configSchema.parse({ source: 'demo', rates: { other: { tokensPerUnit: 2 } } }).rates;
    const rated = applyRates(
      ids.map((featureId) => makeUsageRecord({ featureId, quantity: 3 })),
      rates,
    );
    expect(rated.map((r) => [r.featureId, r.tokens, r.tokensEstimated])).toEqual(
      ids.map((id) => [id, null, false]),
    );
    // A rate configured for one of them applies to it only.
    const own = configSchema.parse({ source: 'demo', rates: { constructor: { tokensPerUnit: 2 } } }).rates;
    expect(
      applyRates(
        ids.map((featureId) => makeUsageRecord({ featureId, quantity: 3 })),
        own,
      ).map((r) => r.tokens),
    ).toEqual([6, null, null, null, null]);
  });
});
