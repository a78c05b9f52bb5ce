/**
 * History → report model. One pass indexes the records; everything else works on the small indexes, so a
 * two-year, hundred-app history stays fast. Pure.
 */
import type { Config } from '../config/schema.js';
import type { AppStatus } from '../sources/types.js';
import { bucketSeries, granularityFor, round2 } from './aggregate.js';
import { budgetAlerts, capAlerts, capStatus, findSpikes, monthStatus } from './alerts.js';
import {
  addMonths,
  eachDay,
  monthOf,
  monthStart,
  previousRange,
  rangeLength,
  type DateRange,
} from './dates.js';
import type { UsageRecord } from './records.js';
import { appSlug } from './slug.js';
import { relativeChange, sum } from './stats.js';
import type {
  Alert,
  ApiSummary,
  AppSummary,
  FeatureSummary,
  MonthSummary,
  Mover,
  ReportModel,
  SeriesPoint,
  StackedPoint,
} from './types.js';

export const OTHERS_KEY = '__others__';

/** Colour-blind-safe palette (Okabe–Ito and Tableau-like extras); "others" is grey. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#7F3C8D',
  '#11A579',
  '#3969AC',
  '#F2B701',
  '#E73F74',
];
export const OTHERS_COLOR = '#9AA0A6';

export interface BuildInput {
  /** The full merged history, rates applied. */
  records: readonly UsageRecord[];
  range: DateRange;
  asOf: string;
  statuses: readonly AppStatus[];
  config: Pick<Config, 'apps' | 'budget' | 'caps'> & {
    report: Pick<Config['report'], 'title' | 'locale' | 'topApps'>;
  };
}

interface FeatureAcc {
  featureId: string;
  featureName: string;
  api: string;
  unit: string;
  quantity: number;
  tokens: number;
  hasTokens: boolean;
  estimated: boolean;
  previousQuantity: number;
  previousTokens: number;
}

interface AppIndex {
  id: string;
  name: string;
  byDay: Map<string, number>;
  firstDay: string;
  features: Map<string, FeatureAcc>;
  periodTokens: number;
  previousTokens: number;
  estimated: boolean;
  totalTokens: number;
}

export function buildModel(input: BuildInput): ReportModel {
  const { records, range, asOf, config } = input;
  const previous = previousRange(range);
  const month = monthOf(asOf);
  const monthFrom = monthStart(month);
  const apps = new Map<string, AppIndex>();
  const totalByDay = new Map<string, number>();
  const monthApp = new Map<string, Map<string, { tokens: number; quantity: number; name: string }>>();
  const monthApi = new Map<string, Map<string, number | null>>();
  const monthDays = new Map<string, Set<string>>();
  const capUnits = new Map<string, { unit: string; byDay: Map<string, number> }>();
  const capApis = new Set(Object.keys(config.caps));
  let firstDay = records[0]?.date ?? asOf;
  let lastDay = records[0]?.date ?? asOf;
  let estimatedAny = false;

  // History arrives sorted by day, app and feature: runs of records share a day and an app, so the per-day and
  // per-app lookups are done once per run, and day sums are carried in locals between them — a two-year,
  // hundred-app history is 584,000 records. Any order gives the same result (a run is just shorter), with the
  // same additions in the same order.
  let day = '';
  let dayTotal = 0;
  let inPeriod = false;
  let inPrevious = false;
  let inCapMonth = false;
  let ma = new Map<string, { tokens: number; quantity: number; name: string }>();
  let mapi = new Map<string, number | null>();
  let app: AppIndex | undefined;
  let appDayTokens = 0;
  let mae: { tokens: number; quantity: number; name: string } | undefined;
  const endApp = (): void => {
    if (app) app.byDay.set(day, appDayTokens);
    app = undefined;
  };
  const endDay = (): void => {
    endApp();
    if (day) totalByDay.set(day, dayTotal);
  };
  for (const r of records) {
    if (r.date !== day) {
      endDay();
      day = r.date;
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
      dayTotal = totalByDay.get(day) ?? 0;
      const m = day.slice(0, 7);
      let next = monthApp.get(m);
      if (!next) monthApp.set(m, (next = new Map()));
      ma = next;
      let md = monthDays.get(m);
      if (!md) monthDays.set(m, (md = new Set()));
      md.add(day);
      let nextApi = monthApi.get(m);
      if (!nextApi) monthApi.set(m, (nextApi = new Map()));
      mapi = nextApi;
      inCapMonth = capApis.size > 0 && day >= monthFrom && day <= asOf;
      inPeriod = day >= range.from && day <= range.to;
      inPrevious = day >= previous.from && day <= previous.to;
    }
    if (r.appId !== app?.id) {
      endApp();
      app = apps.get(r.appId);
      if (!app) {
        app = {
          id: r.appId,
          name: r.appName,
          byDay: new Map(),
          firstDay: day,
          features: new Map(),
          periodTokens: 0,
          previousTokens: 0,
          estimated: false,
          totalTokens: 0,
        };
        apps.set(r.appId, app);
      }
      appDayTokens = app.byDay.get(day) ?? 0;
      mae = ma.get(r.appId);
      if (!mae) ma.set(r.appId, (mae = { tokens: 0, quantity: 0, name: r.appName }));
    }
    // The newest record's name wins (apps get renamed).
    if (day >= app.firstDay) app.name = r.appName;
    if (day < app.firstDay) app.firstDay = day;
    const tokens = r.tokens ?? 0;
    app.totalTokens += tokens;
    appDayTokens += tokens;
    dayTotal += tokens;
    mae!.tokens += tokens;
    mae!.quantity += r.quantity;
    // An API stays null ("units only") until one of its rows has a token figure.
    const apiTokens = mapi.get(r.api) ?? null;
    mapi.set(r.api, r.tokens === null ? apiTokens : (apiTokens ?? 0) + r.tokens);

    if (inCapMonth && capApis.has(r.api)) {
      let cu = capUnits.get(r.api);
      if (!cu) capUnits.set(r.api, (cu = { unit: r.unit, byDay: new Map() }));
      cu.byDay.set(day, (cu.byDay.get(day) ?? 0) + r.quantity);
    }

    if (!inPeriod && !inPrevious) continue;
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
    if (inPeriod) {
      f.quantity += r.quantity;
      f.tokens += tokens;
      if (r.tokens !== null) f.hasTokens = true;
      if (r.tokensEstimated) {
        f.estimated = app.estimated = estimatedAny = true;
      }
      app.periodTokens += tokens;
    } else {
      f.previousQuantity += r.quantity;
      f.previousTokens += tokens;
      app.previousTokens += tokens;
    }
  }
  endDay();

  // Apps known from config or from the source but without records still get a row.
  const configApps = new Map(config.apps.map((a) => [a.id, a]));
  for (const s of input.statuses) ensureApp(apps, s.id, s.name, asOf);
  for (const a of config.apps) ensureApp(apps, a.id, a.name ?? a.id, asOf);
  const statuses = new Map(input.statuses.map((s) => [s.id, s]));

  // Stable colours: rank by all-history tokens, ties by id.
  const ranked = [...apps.values()].sort((a, b) => b.totalTokens - a.totalTokens || (a.id < b.id ? -1 : 1));
  const colors = new Map(ranked.map((a, i) => [a.id, PALETTE[i % PALETTE.length]!]));

  const granularity = granularityFor(range);
  const periodTokens = sum([...apps.values()].map((a) => a.periodTokens));
  const previousTokens = sum([...apps.values()].map((a) => a.previousTokens));
  const historyRange = { from: firstDay, to: lastDay > asOf ? lastDay : asOf };
  const historyGranularity = granularityFor(historyRange);
  const periodDays = eachDay(range);
  const alerts: Alert[] = [];
  const thresholds = config.budget.thresholds;

  const appSummaries: AppSummary[] = ranked.map((a) => {
    const cfg = configApps.get(a.id);
    const status = statuses.get(a.id);
    const name = cfg?.name ?? (a.name || a.id);
    const ms = monthStatus(a.byDay, asOf, cfg?.monthlyBudget, a.firstDay);
    alerts.push(...budgetAlerts(ms, thresholds, { appId: a.id, appName: name }));
    const spikes = findSpikes(a.byDay, periodDays, { appId: a.id, appName: name });
    const summary: AppSummary = {
      id: a.id,
      slug: appSlug(a.id),
      name,
      color: colors.get(a.id)!,
      status: status ? status.status : 'history',
      tokens: round2(a.periodTokens),
      previousTokens: round2(a.previousTokens),
      change: relativeChange(a.periodTokens, a.previousTokens),
      share: periodTokens > 0 ? a.periodTokens / periodTokens : 0,
      estimated: a.estimated,
      month: roundMonth(ms),
      apis: summarizeApis([...a.features.values()]),
      history: bucketSeries(a.byDay, historyRange, historyGranularity),
      historyGranularity,
      daily: bucketSeries(a.byDay, range, 'day'),
      burn: burnDown(a.byDay, monthFrom, asOf),
      spikes,
    };
    if (status?.error) summary.error = status.error;
    return summary;
  });

  const totalMonth = monthStatus(totalByDay, asOf, config.budget.monthly, firstDay);
  alerts.push(...budgetAlerts(totalMonth, thresholds, { appId: null, appName: '' }));
  const spikes = appSummaries.flatMap((a) => a.spikes);
  for (const s of spikes) {
    alerts.push({
      kind: 'spike',
      severity: 'warning',
      appId: s.appId,
      appName: s.appName,
      month: monthOf(s.date),
      value: s.tokens,
      limit: s.typical,
      date: s.date,
      percent: s.ratio * 100,
    });
  }
  const caps = Object.entries(config.caps).map(([api, c]) => {
    const cu = capUnits.get(api);
    return capStatus(api, cu?.unit ?? '', c.unitsPerMonth, cu?.byDay ?? new Map(), asOf, firstDay);
  });
  alerts.push(...capAlerts(caps, month));

  const allFeatures = mergeFeatures([...apps.values()].flatMap((a) => [...a.features.values()]));
  const apis = summarizeApis(allFeatures);
  const topFeatures = allFeatures
    .filter((f) => f.quantity > 0)
    .map(toFeatureSummary)
    .sort((a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || b.quantity - a.quantity)
    .slice(0, 10);
  const unrated = allFeatures
    .filter((f) => !f.hasTokens && f.quantity > 0)
    .map((f) => ({
      featureId: f.featureId,
      featureName: f.featureName,
      api: f.api,
      unit: f.unit,
      quantity: f.quantity,
    }));

  return {
    title: config.report.title,
    locale: config.report.locale,
    asOf,
    period: { ...range, days: rangeLength(range) },
    previousPeriod: previous,
    granularity,
    totals: {
      tokens: round2(periodTokens),
      previousTokens: round2(previousTokens),
      change: relativeChange(periodTokens, previousTokens),
      estimated: estimatedAny,
      records: records.length,
    },
    month: roundMonth(totalMonth),
    apps: appSummaries,
    stacked: stackByApp(appSummaries, apps, range, granularity, config.report.topApps),
    apis,
    topFeatures,
    unrated,
    alerts: alerts.sort(compareAlerts),
    spikes,
    caps,
    months: summarizeMonths(monthApp, monthApi, monthDays, colors),
    movers: findMovers([...apps.values()], allFeatures, configApps),
    history: records.length
      ? { from: firstDay, to: lastDay, days: rangeLength({ from: firstDay, to: lastDay }) }
      : null,
  };
}

function ensureApp(apps: Map<string, AppIndex>, id: string, name: string, asOf: string): void {
  if (apps.has(id)) return;
  apps.set(id, {
    id,
    name,
    byDay: new Map(),
    firstDay: asOf,
    features: new Map(),
    periodTokens: 0,
    previousTokens: 0,
    estimated: false,
    totalTokens: 0,
  });
}

function roundMonth<T extends { tokens: number; forecast: number }>(m: T): T {
  return { ...m, tokens: round2(m.tokens), forecast: round2(m.forecast) };
}

function toFeatureSummary(f: FeatureAcc): FeatureSummary {
  return {
    featureId: f.featureId,
    featureName: f.featureName,
    api: f.api,
    unit: f.unit,
    quantity: round2(f.quantity),
    tokens: f.hasTokens ? round2(f.tokens) : null,
    estimated: f.estimated,
    previousQuantity: round2(f.previousQuantity),
  };
}

/** The same feature across apps → one row. */
function mergeFeatures(features: readonly FeatureAcc[]): FeatureAcc[] {
  const byId = new Map<string, FeatureAcc>();
  for (const f of features) {
    const m = byId.get(f.featureId);
    if (!m) byId.set(f.featureId, { ...f });
    else {
      m.quantity += f.quantity;
      m.tokens += f.tokens;
      m.hasTokens ||= f.hasTokens;
      m.estimated ||= f.estimated;
      m.previousQuantity += f.previousQuantity;
      m.previousTokens += f.previousTokens;
    }
  }
  return [...byId.values()];
}

function summarizeApis(features: readonly FeatureAcc[]): ApiSummary[] {
  const byApi = new Map<string, FeatureAcc[]>();
  for (const f of features) {
    if (f.quantity === 0 && f.tokens === 0) continue;
    const list = byApi.get(f.api) ?? [];
    list.push(f);
    byApi.set(f.api, list);
  }
  return [...byApi]
    .map(([api, list]) => ({
      api,
      tokens: list.some((f) => f.hasTokens) ? round2(sum(list.map((f) => f.tokens))) : null,
      estimated: list.some((f) => f.estimated),
      unrated: list.filter((f) => !f.hasTokens).length,
      features: list
        .map(toFeatureSummary)
        .sort((a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || b.quantity - a.quantity),
    }))
    .sort((a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || (a.api < b.api ? -1 : 1));
}

function burnDown(byDay: ReadonlyMap<string, number>, from: string, to: string): SeriesPoint[] {
  let acc = 0;
  return eachDay({ from, to }).map((date) => {
    acc += byDay.get(date) ?? 0;
    return { date, tokens: round2(acc) };
  });
}

function stackByApp(
  summaries: readonly AppSummary[],
  index: ReadonlyMap<string, AppIndex>,
  range: DateRange,
  granularity: ReportModel['granularity'],
  topN: number,
): StackedPoint[] {
  const active = summaries.filter((a) => a.tokens > 0).sort((a, b) => b.tokens - a.tokens);
  const top = active.slice(0, topN);
  const rest = active.slice(topN);
  const out: StackedPoint[] = [];
  for (const a of top) {
    for (const p of bucketSeries(index.get(a.id)!.byDay, range, granularity))
      out.push({ ...p, key: a.id, label: a.name });
  }
  if (rest.length > 0) {
    const others = new Map<string, number>();
    for (const a of rest)
      for (const [d, v] of index.get(a.id)!.byDay) others.set(d, (others.get(d) ?? 0) + v);
    for (const p of bucketSeries(others, range, granularity)) out.push({ ...p, key: OTHERS_KEY, label: '' });
  }
  return out;
}

function summarizeMonths(
  monthApp: ReadonlyMap<string, Map<string, { tokens: number; quantity: number; name: string }>>,
  monthApi: ReadonlyMap<string, Map<string, number | null>>,
  monthDays: ReadonlyMap<string, ReadonlySet<string>>,
  colors: ReadonlyMap<string, string>,
): MonthSummary[] {
  const months = [...monthApp.keys()].sort();
  const totals = new Map(months.map((m) => [m, sum([...monthApp.get(m)!.values()].map((v) => v.tokens))]));
  return months.map((m) => {
    const tokens = totals.get(m)!;
    const prev = totals.get(addMonths(m, -1));
    const yearAgo = totals.get(addMonths(m, -12));
    return {
      month: m,
      tokens: round2(tokens),
      days: monthDays.get(m)?.size ?? 0,
      apps: [...monthApp.get(m)!]
        .map(([id, v]) => ({
          id,
          name: v.name,
          slug: appSlug(id),
          color: colors.get(id) ?? OTHERS_COLOR,
          tokens: round2(v.tokens),
          quantity: round2(v.quantity),
        }))
        .sort((a, b) => b.tokens - a.tokens),
      apis: [...(monthApi.get(m) ?? new Map<string, number | null>())]
        .map(([api, t]) => ({ api, tokens: t === null ? null : round2(t) }))
        .sort((a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || (a.api < b.api ? -1 : 1)),
      previousTokens: prev === undefined ? null : round2(prev),
      change: prev === undefined ? null : relativeChange(tokens, prev),
      yearAgoTokens: yearAgo === undefined ? null : round2(yearAgo),
    };
  });
}

/** The biggest absolute changes vs the previous period, apps and features, five of each at most. */
function findMovers(
  apps: readonly AppIndex[],
  features: readonly FeatureAcc[],
  configApps: ReadonlyMap<string, { name?: string | undefined }>,
): Mover[] {
  const appMovers: Mover[] = apps.map((a) => ({
    kind: 'app',
    id: a.id,
    name: configApps.get(a.id)?.name ?? a.name,
    tokens: round2(a.periodTokens),
    previousTokens: round2(a.previousTokens),
    delta: round2(a.periodTokens - a.previousTokens),
  }));
  const featureMovers: Mover[] = features.map((f) => ({
    kind: 'feature',
    id: f.featureId,
    name: f.featureName,
    tokens: round2(f.tokens),
    previousTokens: round2(f.previousTokens),
    delta: round2(f.tokens - f.previousTokens),
  }));
  const top = (list: Mover[]): Mover[] =>
    list
      .filter((m) => m.delta !== 0)
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
      .slice(0, 5);
  return [...top(appMovers), ...top(featureMovers)];
}

const KIND_ORDER = { budget: 0, cap: 1, forecast: 2, spike: 3 } as const;

function compareAlerts(a: Alert, b: Alert): number {
  return (
    (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    (a.appName < b.appName ? -1 : a.appName > b.appName ? 1 : 0)
  );
}
