/**
 * Usage in the APIs' own rate-sheet units over time, as the portal's API usage tab shows it: one chart per
 * (API, unit) — two units never share an axis — stacked by feature for one app, or by app for the whole team.
 * Uncharged usage (after the team ran out of tokens) is its own series. Buckets outside the data's coverage are
 * unknown, not zero. Pure.
 */
import { bucketOf, round2 } from './aggregate.js';
import { eachDay, monthOf, rangeLength, type DateRange } from './dates.js';
import { dayNumber, dayText, HistoryTable } from './history-table.js';
import type { UsageRecord } from './records.js';

/** The series key of uncharged usage (every feature or app together). */
export const UNCHARGED_KEY = '__uncharged__';
/** The series key of the apps folded after the top ones. */
export const OTHER_APPS_KEY = '__others__';
/** Days a chart is drawn day by day; a longer period is drawn by week. */
export const DAILY_UNIT_DAYS = 92;

export interface UnitSeries {
  /** Feature id or app id, `UNCHARGED_KEY` or `OTHER_APPS_KEY`. */
  key: string;
  label: string;
  /** Units of this series over the range (uncharged units excluded, they are their own series). */
  quantity: number;
}

export interface UnitBucket {
  /** First day of the bucket. */
  date: string;
  /** Every day of the bucket (inside the range) is covered by data. */
  covered: boolean;
  /** No day of it is: its figures are unknown. */
  unknown: boolean;
  /** Units by series key; keys without usage are left out. */
  values: Record<string, number>;
}

export interface UnitChart {
  api: string;
  unit: string;
  granularity: 'day' | 'week';
  /** By quantity, largest first; the uncharged series last. */
  series: UnitSeries[];
  buckets: UnitBucket[];
  total: number;
  /** Units used after the team ran out of tokens; `null` when no row of this chart says whether it was charged. */
  uncharged: number | null;
}

export interface Covered {
  from: string;
  to: string;
}

export function unitGranularity(range: DateRange): 'day' | 'week' {
  return rangeLength(range) <= DAILY_UNIT_DAYS ? 'day' : 'week';
}

/** One chart per (API, unit) of one app, stacked by feature. */
export function appUnitCharts(
  records: readonly UsageRecord[],
  range: DateRange,
  coverage: Covered | null,
): UnitChart[] {
  const table = HistoryTable.from(records);
  return appUnitChartsOfRows(table, allRows(table), range, coverage);
}

/** `appUnitCharts` of the rows `rows` (indexes, in table order) of `table`: no object per row. */
export function appUnitChartsOfRows(
  table: HistoryTable,
  rows: ArrayLike<number>,
  range: DateRange,
  coverage: Covered | null,
): UnitChart[] {
  const { features, feature } = table;
  return unitCharts(table, rows, range, [coverage], (i) => features[feature[i]!]!);
}

/**
 * One chart per (API, unit) over every app, stacked by app: the `topApps` with the most units by name, the rest
 * as one "others" series (labelled `othersLabel`). A bucket is known when some app's data covers it.
 */
export function teamUnitCharts(
  records: readonly UsageRecord[],
  range: DateRange,
  coverages: readonly (Covered | null)[],
  topApps: number,
  othersLabel: string,
): UnitChart[] {
  const table = HistoryTable.from(records);
  return teamUnitChartsOfRows(table, allRows(table), range, coverages, topApps, othersLabel);
}

/** `teamUnitCharts` of the rows `rows` (indexes, in table order) of `table`: no object per row. */
export function teamUnitChartsOfRows(
  table: HistoryTable,
  rows: ArrayLike<number>,
  range: DateRange,
  coverages: readonly (Covered | null)[],
  topApps: number,
  othersLabel: string,
): UnitChart[] {
  const { apps, app } = table;
  return unitCharts(table, rows, range, coverages, (i) => apps[app[i]!]!, { top: topApps, othersLabel });
}

function allRows(table: HistoryTable): number[] {
  return Array.from({ length: table.length }, (_, i) => i);
}

function unitCharts(
  table: HistoryTable,
  rows: ArrayLike<number>,
  range: DateRange,
  coverages: readonly (Covered | null)[],
  seriesOf: (i: number) => { id: string; name: string },
  fold?: { top: number; othersLabel: string },
): UnitChart[] {
  const granularity = unitGranularity(range);
  const days = eachDay(range);
  const covered = (day: string): boolean => coverages.some((c) => !!c && day >= c.from && day <= c.to);
  const layout = new Map<string, { covered: number; days: number }>();
  for (const day of days) {
    const b = bucketOf(day, granularity);
    const entry = layout.get(b) ?? { covered: 0, days: 0 };
    entry.days++;
    if (covered(day)) entry.covered++;
    layout.set(b, entry);
  }
  interface Chart {
    api: string;
    unit: string;
    series: Map<string, UnitSeries>;
    values: Map<string, Record<string, number>>;
    flagged: boolean;
    uncharged: number;
  }
  const charts = new Map<string, Chart>();
  // A feature's chart and a day's bucket, found once each rather than once per row.
  const chartOfFeature: (Chart | undefined)[] = [];
  const bucketOfDay = new Map<number, string>();
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  for (let n = 0; n < rows.length; n++) {
    const i = rows[n]!;
    const day = table.day[i]!;
    if (day < from || day > to) continue;
    const f = table.feature[i]!;
    let chart = chartOfFeature[f];
    if (!chart) {
      const { api, unit } = table.features[f]!;
      const chartKey = `${api}\u0000${unit}`;
      chart = charts.get(chartKey);
      if (!chart) {
        chart = { api, unit, series: new Map(), values: new Map(), flagged: false, uncharged: 0 };
        charts.set(chartKey, chart);
      }
      chartOfFeature[f] = chart;
    }
    const own = seriesOf(i);
    const charged = table.charged(i);
    const uncharged = charged === false;
    if (charged !== undefined) chart.flagged = true;
    const key = uncharged ? UNCHARGED_KEY : own.id;
    const quantity = table.quantity[i]!;
    let series = chart.series.get(key);
    if (!series) chart.series.set(key, (series = { key, label: uncharged ? '' : own.name, quantity: 0 }));
    // The newest name wins (rows come oldest first).
    else if (!uncharged) series.label = own.name;
    series.quantity += quantity;
    if (uncharged) chart.uncharged += quantity;
    let bucket = bucketOfDay.get(day);
    if (bucket === undefined) bucketOfDay.set(day, (bucket = bucketOf(dayText(day), granularity)));
    let values = chart.values.get(bucket);
    if (!values) chart.values.set(bucket, (values = {}));
    values[key] = (values[key] ?? 0) + quantity;
  }
  return [...charts.values()]
    .sort((a, b) => cmp(a.api, b.api) || cmp(a.unit, b.unit))
    .map((c) => {
      const series = [...c.series.values()]
        .map((s) => ({ ...s, quantity: round2(s.quantity) }))
        .sort(
          (a, b) =>
            Number(a.key === UNCHARGED_KEY) - Number(b.key === UNCHARGED_KEY) ||
            b.quantity - a.quantity ||
            cmp(a.key, b.key),
        );
      // Series past the top few folded into one as each bucket is made: a hub's bucket holds a value for each of
      // thousands of apps, and making it whole to fold it afterwards took seconds at 10,000 apps.
      const folded = fold && foldSeries(series, fold.top, fold.othersLabel);
      const buckets = [...layout].map(([date, l]) => {
        const entries = Object.entries(c.values.get(date) ?? {});
        let values: Record<string, number>;
        if (folded) {
          values = {};
          for (const [k, v] of entries) {
            const key = folded.rest.has(k) ? OTHER_APPS_KEY : k;
            values[key] = round2((values[key] ?? 0) + round2(v));
          }
        } else {
          values = Object.fromEntries(entries.map(([k, v]) => [k, round2(v)]));
        }
        return { date, covered: l.covered === l.days, unknown: l.covered === 0, values };
      });
      return {
        api: c.api,
        unit: c.unit,
        granularity,
        series: folded ? folded.series : series,
        buckets,
        total: round2(series.reduce((n, s) => n + s.quantity, 0)),
        uncharged: c.flagged ? round2(c.uncharged) : null,
      };
    });
}

/**
 * The `top` largest series (the uncharged one always) and one for the rest, and the keys folded into it;
 * undefined when there are no more than `top`.
 */
function foldSeries(
  series: UnitSeries[],
  top: number,
  othersLabel: string,
): { series: UnitSeries[]; rest: Set<string> } | undefined {
  const own = series.filter((s) => s.key !== UNCHARGED_KEY);
  if (own.length <= top) return undefined;
  const others: UnitSeries = {
    key: OTHER_APPS_KEY,
    label: othersLabel,
    quantity: round2(own.slice(top).reduce((n, s) => n + s.quantity, 0)),
  };
  return {
    series: [...own.slice(0, top), others, ...series.filter((s) => s.key === UNCHARGED_KEY)],
    rest: new Set(own.slice(top).map((s) => s.key)),
  };
}

export interface FeatureUnits {
  api: string;
  featureId: string;
  featureName: string;
  unit: string;
  quantity: number;
  /** Of `quantity`, used after the team ran out of tokens; `null` when no row said. */
  uncharged: number | null;
}

/** Units per feature in each calendar month (`YYYY-MM`), by API then feature. */
export function monthFeatureUnits(records: Iterable<UsageRecord>): Map<string, FeatureUnits[]> {
  const table = HistoryTable.from(records);
  const months = new FeatureUnitsByMonth(table);
  for (let i = 0; i < table.length; i++) months.month(monthOf(table.date(i))).add(i);
  return months.result();
}

/** Units per feature over `range`, by API then feature. */
export function rangeFeatureUnits(records: readonly UsageRecord[], range: DateRange): FeatureUnits[] {
  const table = HistoryTable.from(records.filter((r) => r.date >= range.from && r.date <= range.to));
  const sums = new FeatureUnitsByMonth(table).month('');
  for (let i = 0; i < table.length; i++) sums.add(i);
  return sums.result();
}

/**
 * Units per feature of a table's rows, per group (a month), added one row at a time: the same additions in the
 * same order as summing records, without an object per row. A feature is its (API, id, unit); its newest name wins.
 */
export class FeatureUnitsByMonth {
  /** Feature text index → one number per distinct (API, feature id, unit). */
  private readonly slotOf: number[];
  private readonly groups = new Map<string, FeatureSums>();

  constructor(private readonly table: HistoryTable) {
    const slots = new Map<string, number>();
    this.slotOf = table.features.map((f) => {
      const key = `${f.api}\u0000${f.id}\u0000${f.unit}`;
      let slot = slots.get(key);
      if (slot === undefined) slots.set(key, (slot = slots.size));
      return slot;
    });
  }

  month(month: string): FeatureSums {
    let sums = this.groups.get(month);
    if (!sums) this.groups.set(month, (sums = new FeatureSums(this.table, this.slotOf)));
    return sums;
  }

  /** Each group's units, groups in order. */
  result(): Map<string, FeatureUnits[]> {
    return new Map([...this.groups].sort(([a], [b]) => cmp(a, b)).map(([m, sums]) => [m, sums.result()]));
  }
}

/** One group of `FeatureUnitsByMonth`. */
export class FeatureSums {
  private readonly bySlot: (FeatureUnits | undefined)[] = [];
  /** In order of first row: the sort below keeps that order for ties. */
  private readonly features: FeatureUnits[] = [];

  constructor(
    private readonly table: HistoryTable,
    private readonly slotOf: readonly number[],
  ) {}

  add(i: number): void {
    const t = this.table;
    const text = t.features[t.feature[i]!]!;
    const slot = this.slotOf[t.feature[i]!]!;
    let f = this.bySlot[slot];
    if (!f) {
      f = {
        api: text.api,
        featureId: text.id,
        featureName: text.name,
        unit: text.unit,
        quantity: 0,
        uncharged: null,
      };
      this.bySlot[slot] = f;
      this.features.push(f);
    }
    f.featureName = text.name;
    const quantity = t.quantity[i]!;
    f.quantity += quantity;
    const charged = t.charged(i);
    if (charged !== undefined) f.uncharged = (f.uncharged ?? 0) + (charged ? 0 : quantity);
  }

  result(): FeatureUnits[] {
    return this.features
      .map((f) => ({
        ...f,
        quantity: round2(f.quantity),
        uncharged: f.uncharged === null ? null : round2(f.uncharged),
      }))
      .sort(
        (a, b) => cmp(a.api, b.api) || cmp(a.featureName, b.featureName) || cmp(a.featureId, b.featureId),
      );
  }
}

export interface UnchargedUse {
  appId: string;
  appName: string;
  month: string;
  /** Days of the month (to the report's day) with uncharged usage. */
  days: number;
  first: string;
}

/** Apps with uncharged usage in the month of `reportDay`, up to it: the team is out of tokens. */
export function unchargedUse(records: Iterable<UsageRecord>, reportDay: string): UnchargedUse[] {
  const table = HistoryTable.from(records);
  const tally = new UnchargedTally(table, reportDay);
  for (let i = 0; i < table.length; i++) tally.add(i, table.date(i));
  return tally.result();
}

/** `unchargedUse` over a table's rows, added one at a time with the row's day. */
export class UnchargedTally {
  private readonly month: string;
  private readonly from: string;
  private readonly byApp = new Map<string, { name: string; days: Set<string>; first: string }>();

  constructor(
    private readonly table: HistoryTable,
    private readonly reportDay: string,
  ) {
    this.month = monthOf(reportDay);
    this.from = `${this.month}-01`;
  }

  add(i: number, date: string): void {
    const t = this.table;
    if (t.charged(i) !== false || t.quantity[i]! <= 0 || date < this.from || date > this.reportDay) return;
    const a = t.apps[t.app[i]!]!;
    const app = this.byApp.get(a.id) ?? { name: a.name, days: new Set<string>(), first: date };
    app.days.add(date);
    if (date < app.first) app.first = date;
    app.name = a.name;
    this.byApp.set(a.id, app);
  }

  result(): UnchargedUse[] {
    return [...this.byApp]
      .sort(([a], [b]) => cmp(a, b))
      .map(([appId, a]) => ({
        appId,
        appName: a.name,
        month: this.month,
        days: a.days.size,
        first: a.first,
      }));
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
