/**
 * Units over time: one chart per (API, unit), stacked by feature for an app and by app for the team, uncharged
 * usage as its own series, buckets outside the data unknown. Expected figures are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { HistoryTable } from '../../src/model/history-table.js';
import type { UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';
import {
  appUnitCharts,
  appUnitChartsOfRows,
  monthFeatureUnits,
  OTHER_APPS_KEY,
  rangeFeatureUnits,
  teamUnitCharts,
  UNCHARGED_KEY,
  unchargedUse,
} from '../../src/model/units.js';

const RANGE = { from: '2026-11-01', to: '2026-11-03' };
const COVERED = { from: '2026-10-01', to: '2026-11-03' };

const ENGINES = [
  ['automation-revit', 'Automation API - Revit'],
  ['automation-autocad', 'Automation API - AutoCAD'],
  ['automation-inventor', 'Automation API - Inventor'],
] as const;

function da(date: string, engine: number, quantity: number, extra: Partial<UsageRecord> = {}): UsageRecord {
  const [featureId, featureName] = ENGINES[engine]!;
  return makeUsageRecord({
    date,
    api: 'Automation API',
    unit: 'processing hour',
    featureId,
    featureName,
    quantity,
    ...extra,
  });
}

function md(date: string, complex: boolean, quantity: number, extra: Partial<UsageRecord> = {}): UsageRecord {
  return makeUsageRecord({
    date,
    api: 'Model Derivative',
    unit: 'job',
    featureId: complex ? 'md-complex' : 'md-simple',
    featureName: complex ? 'Model Derivative - complex job' : 'Model Derivative - simple job',
    quantity,
    ...extra,
  });
}

const APP = [
  da('2026-11-01', 0, 2),
  da('2026-11-01', 1, 0.5),
  da('2026-11-02', 2, 1.25),
  da('2026-11-03', 0, 3),
  md('2026-11-01', false, 10),
  md('2026-11-02', true, 4),
  md('2026-11-03', false, 6),
  // Outside the period: not drawn.
  md('2026-10-31', false, 100),
];

describe('appUnitChartsOfRows (rows of a table, no record objects)', () => {
  it("draws only the rows it is given: one app's rows of a table of two", () => {
    // The other app's rows come between this app's: Revit 7 and jobs 50 are not this app's.
    const other = { appId: 'other', appName: 'Other' };
    const table = HistoryTable.from([
      da('2026-11-01', 0, 2),
      da('2026-11-01', 0, 7, other),
      md('2026-11-02', true, 4),
      md('2026-11-02', false, 50, other),
      da('2026-11-03', 0, 3),
    ]);
    const charts = appUnitChartsOfRows(table, [0, 2, 4], RANGE, COVERED);
    expect(charts.map((c) => [c.api, c.total])).toEqual([
      ['Automation API', 5],
      ['Model Derivative', 4],
    ]);
    expect(charts[0]!.buckets.map((b) => [b.date, b.values])).toEqual([
      ['2026-11-01', { 'automation-revit': 2 }],
      ['2026-11-02', {}],
      ['2026-11-03', { 'automation-revit': 3 }],
    ]);
  });
});

describe('appUnitCharts', () => {
  it('draws Automation API in processing hours by engine and Model Derivative in jobs, simple vs complex', () => {
    const charts = appUnitCharts(APP, RANGE, COVERED);
    expect(charts.map((c) => [c.api, c.unit])).toEqual([
      ['Automation API', 'processing hour'],
      ['Model Derivative', 'job'],
    ]);
    const [automation, derivative] = charts;
    // Revit 2 + 3 = 5, Inventor 1.25, AutoCAD 0.5: largest first.
    expect(automation!.series).toEqual([
      { key: 'automation-revit', label: 'Automation API - Revit', quantity: 5 },
      { key: 'automation-inventor', label: 'Automation API - Inventor', quantity: 1.25 },
      { key: 'automation-autocad', label: 'Automation API - AutoCAD', quantity: 0.5 },
    ]);
    expect(automation!.total).toBe(6.75);
    expect(automation!.granularity).toBe('day');
    expect(automation!.buckets.map((b) => [b.date, b.values])).toEqual([
      ['2026-11-01', { 'automation-revit': 2, 'automation-autocad': 0.5 }],
      ['2026-11-02', { 'automation-inventor': 1.25 }],
      ['2026-11-03', { 'automation-revit': 3 }],
    ]);
    // Simple 10 + 6 = 16, complex 4.
    expect(derivative!.series.map((s) => [s.key, s.quantity])).toEqual([
      ['md-simple', 16],
      ['md-complex', 4],
    ]);
    expect(derivative!.total).toBe(20);
    expect(charts.every((c) => c.uncharged === null)).toBe(true);
  });

  it('marks buckets outside the coverage unknown, and draws by week past 92 days', () => {
    const charts = appUnitCharts(APP, RANGE, { from: '2026-11-02', to: '2026-11-03' });
    expect(charts[0]!.buckets.map((b) => [b.date, b.unknown, b.covered])).toEqual([
      ['2026-11-01', true, false],
      ['2026-11-02', false, true],
      ['2026-11-03', false, true],
    ]);
    // 2026-08-03 (a Monday) to 2026-11-03 is 93 days: weekly buckets from that Monday.
    const long = appUnitCharts(
      APP,
      { from: '2026-08-03', to: '2026-11-03' },
      { from: '2026-10-01', to: '2026-11-03' },
    );
    const chart = long.find((c) => c.api === 'Model Derivative')!;
    expect(chart.granularity).toBe('week');
    expect(chart.buckets[0]).toMatchObject({ date: '2026-08-03', unknown: true });
    // The week of Mon 26 Oct to Sun 1 Nov: Oct 31's 100 and Nov 1's 10 simple jobs; half covered days? All covered.
    expect(chart.buckets.find((b) => b.date === '2026-10-26')).toEqual({
      date: '2026-10-26',
      covered: true,
      unknown: false,
      values: { 'md-simple': 110 },
    });
    // Sep 28 – Oct 4: only Oct 1–4 covered.
    expect(chart.buckets.find((b) => b.date === '2026-09-28')).toMatchObject({
      covered: false,
      unknown: false,
    });
  });

  it('puts uncharged units in their own series, and says how many there were', () => {
    const flagged = [
      md('2026-11-01', false, 7, { charged: true }),
      md('2026-11-01', false, 3, { charged: false }),
      md('2026-11-02', true, 4, { charged: false }),
    ];
    const [chart] = appUnitCharts(flagged, RANGE, COVERED);
    expect(chart!.series).toEqual([
      { key: 'md-simple', label: 'Model Derivative - simple job', quantity: 7 },
      { key: UNCHARGED_KEY, label: '', quantity: 7 },
    ]);
    expect(chart!.uncharged).toBe(3 + 4);
    expect(chart!.total).toBe(14);
    expect(chart!.buckets.map((b) => b.values)).toEqual([
      { 'md-simple': 7, [UNCHARGED_KEY]: 3 },
      { [UNCHARGED_KEY]: 4 },
      {},
    ]);
  });
});

describe('teamUnitCharts', () => {
  it('stacks one API by app, the top apps by name and the rest folded', () => {
    const records = [
      md('2026-11-01', false, 5, { appId: 'a', appName: 'A' }),
      md('2026-11-01', true, 1, { appId: 'b', appName: 'B' }),
      md('2026-11-02', false, 2, { appId: 'c', appName: 'C' }),
      md('2026-11-03', false, 3, { appId: 'b', appName: 'B' }),
    ];
    const [chart] = teamUnitCharts(records, RANGE, [COVERED], 1, 'Others');
    // A 5, B 1 + 3 = 4, C 2: A by name, B and C folded into 6.
    expect(chart!.series).toEqual([
      { key: 'a', label: 'A', quantity: 5 },
      { key: OTHER_APPS_KEY, label: 'Others', quantity: 6 },
    ]);
    expect(chart!.buckets.map((b) => b.values)).toEqual([
      { a: 5, [OTHER_APPS_KEY]: 1 },
      { [OTHER_APPS_KEY]: 2 },
      { [OTHER_APPS_KEY]: 3 },
    ]);
    expect(chart!.total).toBe(11);
  });
});

describe('feature units per month and period', () => {
  it('sums each feature in its unit, and the uncharged part only when rows said', () => {
    const records = [
      md('2026-10-31', false, 100),
      md('2026-11-01', false, 7, { charged: true }),
      md('2026-11-01', false, 3, { charged: false }),
      da('2026-11-02', 0, 1.5),
    ];
    const months = monthFeatureUnits(records);
    expect([...months.keys()]).toEqual(['2026-10', '2026-11']);
    expect(months.get('2026-10')).toEqual([
      {
        api: 'Model Derivative',
        featureId: 'md-simple',
        featureName: 'Model Derivative - simple job',
        unit: 'job',
        quantity: 100,
        uncharged: null,
      },
    ]);
    expect(months.get('2026-11')!.map((f) => [f.featureId, f.quantity, f.unit, f.uncharged])).toEqual([
      ['automation-revit', 1.5, 'processing hour', null],
      ['md-simple', 10, 'job', 3],
    ]);
    expect(rangeFeatureUnits(records, RANGE).map((f) => [f.featureId, f.quantity])).toEqual([
      ['automation-revit', 1.5],
      ['md-simple', 10],
    ]);
  });
});

describe('unchargedUse', () => {
  it('finds apps with uncharged usage this month, up to the report day, and nothing without flags', () => {
    const records = [
      md('2026-10-30', false, 1, { charged: false, appId: 'a', appName: 'A' }),
      md('2026-11-02', false, 1, { charged: false, appId: 'a', appName: 'A' }),
      md('2026-11-02', true, 2, { charged: false, appId: 'a', appName: 'A' }),
      md('2026-11-03', false, 1, { charged: false, appId: 'a', appName: 'A' }),
      md('2026-11-05', false, 1, { charged: false, appId: 'b', appName: 'B' }),
      md('2026-11-03', false, 9, { charged: true, appId: 'b', appName: 'B' }),
    ];
    // Oct 30 is another month, Nov 5 after the report day: A on Nov 2 and 3.
    expect(unchargedUse(records, '2026-11-04')).toEqual([
      { appId: 'a', appName: 'A', month: '2026-11', days: 2, first: '2026-11-02' },
    ]);
    expect(unchargedUse(APP, '2026-11-04')).toEqual([]);
  });
});
