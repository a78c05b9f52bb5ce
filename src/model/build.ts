/**
 * History → report model: index the history once, then apps, features, months, movers and alerts from the
 * indexes. Pure.
 */
import type { Config } from '../config/schema.js';
import type { AppStatus } from '../sources/types.js';
import { bucketSeries, granularityFor, round2 } from './aggregate.js';
import { budgetAlerts, compareAlerts, monthStatus, spikeAlert } from './alerts.js';
import { summarizeApp, roundMonth, type AppContext, type AppFacts } from './apps.js';
import { capAlerts, capStatuses } from './caps.js';
import { appCoverage, compareOver, type Coverage } from './coverage.js';
import { monthOf, monthStart, previousRange, rangeLength, type DateRange } from './dates.js';
import { mergeFeatures, ratedZeroFeatures, summarizeApis, topFeatures, unratedFeatures } from './features.js';
import { indexHistory, type AppHistory, type HistoryIndex } from './index-history.js';
import { summarizeMonths } from './months.js';
import { findMovers } from './movers.js';
import { HistoryTable, type HistoryRows } from './history-table.js';
import { usageExtras, withMonthUnits } from './usage-extras.js';
import { sum } from './stats.js';
import type { Alert, AppSummary, ReportModel, StackedPoint } from './types.js';

export const OTHERS_KEY = '__others__';

export interface BuildInput {
  /** The full merged history, rates applied: a table, or records in any order. */
  records: HistoryRows;
  range: DateRange;
  /** The newest day the data stands for (decided once, by the pipeline). */
  asOf: string;
  statuses: readonly AppStatus[];
  config: Pick<Config, 'apps' | 'budget' | 'caps' | 'rates'> &
    Partial<Pick<Config, 'balance'>> & {
      report: Pick<Config['report'], 'title' | 'locale' | 'topApps'>;
    };
}

export function buildModel(input: BuildInput): ReportModel {
  const { range, asOf, config } = input;
  // An array is read in its own order (the same additions in the same order), as a table.
  const records = input.records instanceof HistoryTable ? input.records : HistoryTable.from(input.records);
  const previous = previousRange(range);
  // A past or fixed period reports on its own last month, as of its last day.
  const reportDay = range.to < asOf ? range.to : asOf;
  const index = indexHistory(records, {
    period: range,
    previous,
    month: { from: monthStart(monthOf(reportDay)), to: reportDay },
    withCaps: Object.keys(config.caps).length > 0,
  });
  const team: Coverage | null =
    index.firstDay === undefined
      ? null
      : { from: index.firstDay, to: index.lastDay! > asOf ? index.lastDay! : asOf };
  const historyRange = team ?? { from: asOf, to: asOf };
  const ctx: AppContext = {
    range,
    previous,
    reportDay,
    historyRange,
    historyGranularity: granularityFor(historyRange),
    rates: config.rates,
  };

  const results = rankApps(index, input.statuses, config, asOf).map((facts) => summarizeApp(facts, ctx));
  const periodTokens = sum(results.map((r) => r.tokens));
  for (const r of results) r.summary.share = periodTokens > 0 ? r.tokens / periodTokens : 0;
  const apps = results.map((r) => r.summary);
  const appFeatures = results.flatMap((r) => r.features);
  const features = mergeFeatures(appFeatures);
  const used = appFeatures.some((f) => f.quantity !== 0);
  const rated = appFeatures.some((f) => f.hasTokens);
  const previousTokens = sum(appFeatures.map((f) => f.previousTokens));

  const month = monthStatus(
    {
      byDay: index.totalByDay,
      firstDay: index.firstDay,
      unrated: [...new Set(results.flatMap((r) => [...r.summary.month.unrated]))],
      rated: [...index.apps.values()].some((a) => a.monthRated) || index.apps.size === 0,
    },
    reportDay,
    config.budget.monthly,
  );
  const months = summarizeMonths(index, team, new Map(apps.map((a) => [a.id, a.coverage])));
  month.previousMonth = months.find((m) => m.month === month.month)?.previousMonth ?? null;
  const caps = capStatuses(config.caps, index, reportDay, index.firstDay);
  const spikes = apps.flatMap((a) => a.spikes);
  const thresholds = config.budget.thresholds;
  const extras = usageExtras({
    records,
    range,
    reportDay,
    apps,
    totalByDay: index.totalByDay,
    balance: config.balance,
    topApps: config.report.topApps,
  });
  for (const a of apps) a.units = extras.appUnits.get(a.id) ?? [];
  withMonthUnits(months, extras.monthUnits);
  const alerts: Alert[] = [
    ...apps.flatMap((a) => budgetAlerts(a.month, thresholds, { appId: a.id, appName: a.name })),
    ...budgetAlerts(month, thresholds, { appId: null, appName: '' }),
    ...spikes.map(spikeAlert),
    ...capAlerts(caps, month.month),
    ...extras.alerts,
  ];
  const undecided: ReportModel['undecided'] = [
    ...apps.filter((a) => undecidedBudget(a.month)).map((a) => a.id),
    ...(undecidedBudget(month) ? [null] : []),
  ].flatMap((appId) => [
    { kind: 'budget' as const, appId },
    { kind: 'forecast' as const, appId },
  ]);

  const granularity = granularityFor(range);
  return {
    ...(config.report.title ? { title: config.report.title } : {}),
    locale: config.report.locale,
    asOf,
    period: { ...range, days: rangeLength(range) },
    previousPeriod: previous,
    granularity,
    thresholds: [...thresholds].sort((a, b) => a - b),
    totals: {
      tokens: used && !rated ? null : round2(periodTokens),
      comparison: compareOver(periodTokens, previousTokens, previous, team),
      estimated: appFeatures.some((f) => f.estimated),
      records: records.length,
    },
    coverage: team,
    month: roundMonth(month),
    apps,
    stacked: stackByApp(apps, index, range, granularity, config.report.topApps),
    apis: summarizeApis(features, ctx),
    topFeatures: topFeatures(features, ctx),
    unrated: unratedFeatures(features),
    ratedZero: ratedZeroFeatures(features, config.rates),
    alerts: alerts.sort(compareAlerts),
    undecided,
    spikes,
    caps,
    months,
    apiUnits: extras.apiUnits,
    periodUnits: extras.periodUnits,
    balance: extras.balance,
    movers: findMovers(apps, features, previous),
    history:
      index.firstDay === undefined
        ? null
        : {
            from: index.firstDay,
            to: index.lastDay!,
            days: rangeLength({ from: index.firstDay, to: index.lastDay! }),
          },
  };
}

/** A budget is set but usage without a token figure keeps its use unknown. */
function undecidedBudget(m: ReportModel['month']): boolean {
  return m.budget !== undefined && m.budgetPercent === undefined;
}

/**
 * Every app in the history, the run's statuses or the config, ranked by all-history tokens (ties by id): a stable
 * order as days are added, so a colour given by position lasts.
 */
function rankApps(
  index: HistoryIndex,
  statuses: readonly AppStatus[],
  config: BuildInput['config'],
  asOf: string,
): AppFacts[] {
  const configApps = new Map(config.apps.map((a) => [a.id, a]));
  const byStatus = new Map(statuses.map((s) => [s.id, s]));
  const histories = new Map(index.apps);
  for (const s of statuses) if (!histories.has(s.id)) histories.set(s.id, emptyHistory(s.id, s.name));
  for (const a of config.apps)
    if (!histories.has(a.id)) histories.set(a.id, emptyHistory(a.id, a.name ?? a.id));
  const ranked = [...histories.values()].sort(
    (a, b) => b.totalTokens - a.totalTokens || (a.id < b.id ? -1 : 1),
  );
  return ranked.map((h) => {
    const cfg = configApps.get(h.id);
    const status = byStatus.get(h.id);
    const stored = index.apps.has(h.id);
    return {
      history: h,
      name: cfg?.name ?? (h.name || h.id),
      status: status ? status.status : 'history',
      error: status?.error,
      hint: status?.hint,
      budget: cfg?.monthlyBudget,
      coverage: stored ? appCoverage(h.firstDay, h.lastDay, asOf, status?.status === 'ok') : null,
    };
  });
}

function emptyHistory(id: string, name: string): AppHistory {
  return {
    id,
    name,
    byDay: new Map(),
    firstDay: '',
    lastDay: '',
    totalTokens: 0,
    features: new Map(),
    monthUnrated: new Set(),
    monthRated: false,
  };
}

function stackByApp(
  apps: readonly AppSummary[],
  index: HistoryIndex,
  range: DateRange,
  granularity: ReportModel['granularity'],
  topN: number,
): StackedPoint[] {
  const active = apps.filter((a) => (a.tokens ?? 0) > 0).sort((a, b) => b.tokens! - a.tokens!);
  const top = active.slice(0, topN);
  const rest = active.slice(topN);
  const out: StackedPoint[] = [];
  for (const a of top) {
    for (const p of bucketSeries(index.apps.get(a.id)!.byDay, range, granularity))
      out.push({ ...p, key: a.id, label: a.name });
  }
  if (rest.length > 0) {
    const others = new Map<string, number>();
    for (const a of rest)
      for (const [d, v] of index.apps.get(a.id)!.byDay) others.set(d, (others.get(d) ?? 0) + v);
    for (const p of bucketSeries(others, range, granularity)) out.push({ ...p, key: OTHERS_KEY, label: '' });
  }
  return out;
}
