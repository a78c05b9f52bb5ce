/**
 * One app's summary: its period figures against a covered baseline, the month so far and its budget, its APIs and
 * features, its series for the charts and its spikes. Pure.
 */
import { bucketSeries, round2 } from './aggregate.js';
import { findSpikes, monthStatus } from './alerts.js';
import { compareOver, type Coverage } from './coverage.js';
import { eachDay, monthOf, monthStart, type DateRange } from './dates.js';
import { summarizeApis, type CoveredFeature, type FeatureContext } from './features.js';
import type { AppHistory } from './index-history.js';
import type { AppErrorHint } from '../sources/types.js';
import { appSlug } from './slug.js';
import { sum } from './stats.js';
import type { AppSummary, Granularity, SeriesPoint } from './types.js';

export interface AppContext extends FeatureContext {
  range: DateRange;
  /** The day month-to-date figures are as of: the period's end or the data's as-of day, whichever is first. */
  reportDay: string;
  historyRange: DateRange;
  historyGranularity: Granularity;
}

export interface AppFacts {
  history: AppHistory;
  name: string;
  status: AppSummary['status'];
  error?: string | undefined;
  hint?: AppErrorHint | undefined;
  budget?: number | undefined;
  coverage: Coverage | null;
}

export interface AppResult {
  summary: AppSummary;
  /** The app's features in the period and the previous period, with its coverage. */
  features: CoveredFeature[];
  /** Period tokens, unrounded (for shares and totals). */
  tokens: number;
}

export function summarizeApp(app: AppFacts, ctx: AppContext): AppResult {
  const h = app.history;
  const features: CoveredFeature[] = [...h.features.values()].map((f) => ({ ...f, coverage: app.coverage }));
  const tokens = sum(features.map((f) => f.tokens));
  const previous = sum(features.map((f) => f.previousTokens));
  const used = features.some((f) => f.quantity !== 0);
  const rated = features.some((f) => f.hasTokens);
  const month = monthStatus(
    { byDay: h.byDay, firstDay: h.firstDay, unrated: [...h.monthUnrated], rated: h.monthRated },
    ctx.reportDay,
    app.budget,
  );
  const summary: AppSummary = {
    id: h.id,
    slug: appSlug(h.id),
    name: app.name,
    status: app.status,
    coverage: app.coverage,
    tokens: used && !rated ? null : round2(tokens),
    comparison: compareOver(tokens, previous, ctx.previous, app.coverage),
    share: 0,
    estimated: features.some((f) => f.estimated),
    month: roundMonth(month),
    apis: summarizeApis(features, ctx),
    history: bucketSeries(h.byDay, ctx.historyRange, ctx.historyGranularity),
    historyGranularity: ctx.historyGranularity,
    daily: bucketSeries(h.byDay, ctx.range, 'day'),
    burn: burnDown(h.byDay, monthStart(monthOf(ctx.reportDay)), ctx.reportDay),
    spikes: findSpikes(h.byDay, eachDay(ctx.range), { appId: h.id, appName: app.name }, app.coverage),
    // Filled from the records by the report builder (usage-extras).
    units: [],
  };
  if (app.error) summary.error = app.error;
  if (app.hint) summary.hint = app.hint;
  return { summary, features, tokens };
}

export function roundMonth<T extends { tokens: number | null; forecast: number | null }>(m: T): T {
  return {
    ...m,
    tokens: m.tokens === null ? null : round2(m.tokens),
    forecast: m.forecast === null ? null : round2(m.forecast),
  };
}

function burnDown(byDay: ReadonlyMap<string, number>, from: string, to: string): SeriesPoint[] {
  let acc = 0;
  return eachDay({ from, to }).map((date) => {
    acc += byDay.get(date) ?? 0;
    return { date, tokens: round2(acc) };
  });
}
