/**
 * One pass over the history → small indexes that every other part of the model works from (per app, per month,
 * per day), so a two-year, hundred-app history (584,000 records) stays fast. Pure.
 */
import type { DateRange } from './dates.js';
import { HistoryTable, type HistoryRows } from './history-table.js';
import type { UsageRecord } from './records.js';

/** The fields of a record the index reads. */
type RowView = Omit<UsageRecord, 'charged'>;

/** A feature's use by one app in the period and the previous period. */
export interface FeatureTotals {
  featureId: string;
  featureName: string;
  api: string;
  unit: string;
  quantity: number;
  tokens: number;
  /** Some row in the period has a token figure. */
  hasTokens: boolean;
  estimated: boolean;
  previousQuantity: number;
  previousTokens: number;
}

export interface AppHistory {
  id: string;
  /** The newest record's name (apps get renamed). */
  name: string;
  /** Tokens per day, over all history (rows without a figure add nothing). */
  byDay: Map<string, number>;
  firstDay: string;
  lastDay: string;
  totalTokens: number;
  /** Features used in the period or the previous period. */
  features: Map<string, FeatureTotals>;
  /** Names of features used in the report month (up to its as-of day) without a token figure. */
  monthUnrated: Set<string>;
  /** Some row in the report month has a token figure. */
  monthRated: boolean;
}

export interface MonthIndex {
  apps: Map<string, { tokens: number; quantity: number; name: string }>;
  /** An API stays `null` ("units only") until one of its rows has a token figure. */
  apis: Map<string, number | null>;
  days: Set<string>;
}

/** Units per day of one feature in the report month, for Free-tier caps. */
export interface FeatureUnits {
  api: string;
  unit: string;
  byDay: Map<string, number>;
}

export interface HistoryIndex {
  apps: Map<string, AppHistory>;
  totalByDay: Map<string, number>;
  months: Map<string, MonthIndex>;
  /** Report month, by feature id (filled only when caps are configured). */
  featureUnits: Map<string, FeatureUnits>;
  /** API → feature id → unit, over all history (filled only when caps are configured). */
  apiFeatures: Map<string, Map<string, string>>;
  firstDay: string | undefined;
  lastDay: string | undefined;
}

export interface IndexWindows {
  period: DateRange;
  previous: DateRange;
  /** The report month up to its as-of day: month-to-date figures and caps. */
  month: DateRange;
  withCaps: boolean;
}

export function indexHistory(rows: HistoryRows, windows: IndexWindows): HistoryIndex {
  // Any order gives the same result; an array is indexed in its own order (the same additions in the same order).
  const table = rows instanceof HistoryTable ? rows : HistoryTable.from(rows);
  const index: HistoryIndex = {
    apps: new Map(),
    totalByDay: new Map(),
    months: new Map(),
    featureUnits: new Map(),
    apiFeatures: new Map(),
    firstDay: undefined,
    lastDay: undefined,
  };
  const { period, previous, month, withCaps } = windows;
  // History arrives sorted by day, app and feature, so records come in runs sharing a day and an app: the
  // day's and the app's lookups are done once per run and their sums carried in locals. Any order gives the
  // same result (a run is just shorter).
  let day = '';
  let dayTotal = 0;
  let where: 'period' | 'previous' | 'other' = 'other';
  let inMonth = false;
  let monthIndex: MonthIndex | undefined;
  let app: AppHistory | undefined;
  let appDay = 0;
  let monthApp: { tokens: number; quantity: number; name: string } | undefined;
  const endApp = (): void => {
    if (app) app.byDay.set(day, appDay);
    app = undefined;
  };
  // One row view, refilled from the columns for each row: no object per record.
  const r: RowView = {
    date: '',
    appId: '',
    appName: '',
    api: '',
    featureId: '',
    featureName: '',
    unit: '',
    quantity: 0,
    tokens: null,
    tokensEstimated: false,
  };
  let dayNumber = NaN;
  for (let i = 0; i < table.length; i++) {
    if (table.day[i] !== dayNumber) {
      dayNumber = table.day[i]!;
      r.date = table.date(i);
    }
    const a = table.apps[table.app[i]!]!;
    r.appId = a.id;
    r.appName = a.name;
    const f = table.features[table.feature[i]!]!;
    r.api = f.api;
    r.featureId = f.id;
    r.featureName = f.name;
    r.unit = f.unit;
    r.quantity = table.quantity[i]!;
    r.tokens = table.tokensAt(i);
    r.tokensEstimated = table.estimated(i);
    if (r.date !== day) {
      endApp();
      if (day) index.totalByDay.set(day, dayTotal);
      day = r.date;
      if (index.firstDay === undefined || day < index.firstDay) index.firstDay = day;
      if (index.lastDay === undefined || day > index.lastDay) index.lastDay = day;
      dayTotal = index.totalByDay.get(day) ?? 0;
      monthIndex = monthOfDay(index.months, day);
      monthIndex.days.add(day);
      inMonth = day >= month.from && day <= month.to;
      where =
        day >= period.from && day <= period.to
          ? 'period'
          : day >= previous.from && day <= previous.to
            ? 'previous'
            : 'other';
    }
    if (r.appId !== app?.id) {
      endApp();
      app = appOf(index.apps, r, day);
      appDay = app.byDay.get(day) ?? 0;
      monthApp = monthIndex!.apps.get(r.appId);
      if (!monthApp) monthIndex!.apps.set(r.appId, (monthApp = { tokens: 0, quantity: 0, name: r.appName }));
    }
    if (day >= app.lastDay) {
      app.name = r.appName;
      app.lastDay = day;
    }
    if (day < app.firstDay) app.firstDay = day;
    const tokens = r.tokens ?? 0;
    app.totalTokens += tokens;
    appDay += tokens;
    dayTotal += tokens;
    monthApp!.tokens += tokens;
    monthApp!.quantity += r.quantity;
    const apiTokens = monthIndex!.apis.get(r.api) ?? null;
    monthIndex!.apis.set(r.api, r.tokens === null ? apiTokens : (apiTokens ?? 0) + r.tokens);
    if (inMonth) {
      if (r.tokens !== null) app.monthRated = true;
      else if (r.quantity !== 0) app.monthUnrated.add(r.featureName);
    }
    if (withCaps) addUnits(index, r, inMonth);
    if (where !== 'other') addFeature(app, r, where === 'period');
  }
  endApp();
  if (day) index.totalByDay.set(day, dayTotal);
  return index;
}

function monthOfDay(months: Map<string, MonthIndex>, day: string): MonthIndex {
  const m = day.slice(0, 7);
  let found = months.get(m);
  if (!found) months.set(m, (found = { apps: new Map(), apis: new Map(), days: new Set() }));
  return found;
}

function appOf(apps: Map<string, AppHistory>, r: RowView, day: string): AppHistory {
  let app = apps.get(r.appId);
  if (!app) {
    app = {
      id: r.appId,
      name: r.appName,
      byDay: new Map(),
      firstDay: day,
      lastDay: day,
      totalTokens: 0,
      features: new Map(),
      monthUnrated: new Set(),
      monthRated: false,
    };
    apps.set(r.appId, app);
  }
  return app;
}

function addFeature(app: AppHistory, r: RowView, inPeriod: boolean): void {
  let f = app.features.get(r.featureId);
  if (!f) {
    f = {
      featureId: r.featureId,
      featureName: r.featureName,
      api: r.api,
      unit: r.unit,
      quantity: 0,
      tokens: 0,
      hasTokens: false,
      estimated: false,
      previousQuantity: 0,
      previousTokens: 0,
    };
    app.features.set(r.featureId, f);
  }
  const tokens = r.tokens ?? 0;
  if (inPeriod) {
    f.quantity += r.quantity;
    f.tokens += tokens;
    if (r.tokens !== null) f.hasTokens = true;
    if (r.tokensEstimated) f.estimated = true;
  } else {
    f.previousQuantity += r.quantity;
    f.previousTokens += tokens;
  }
}

function addUnits(index: HistoryIndex, r: RowView, inMonth: boolean): void {
  let features = index.apiFeatures.get(r.api);
  if (!features) index.apiFeatures.set(r.api, (features = new Map()));
  features.set(r.featureId, r.unit);
  if (!inMonth) return;
  let f = index.featureUnits.get(r.featureId);
  if (!f) index.featureUnits.set(r.featureId, (f = { api: r.api, unit: r.unit, byDay: new Map() }));
  f.byDay.set(r.date, (f.byDay.get(r.date) ?? 0) + r.quantity);
}
