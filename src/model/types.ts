/**
 * The report model: everything the templates show, and what `data/report.json` holds. Built by pure functions
 * from the merged history; no rendering concerns beyond stable colours and slugs.
 */
import type { DateRange } from './dates.js';

export type Granularity = 'day' | 'week' | 'month';

export interface SeriesPoint {
  /** First day of the bucket (`YYYY-MM-DD`). */
  date: string;
  tokens: number;
}

export interface StackedPoint extends SeriesPoint {
  /** App id, or `__others__` for the folded tail. */
  key: string;
  label: string;
}

export interface FeatureSummary {
  featureId: string;
  featureName: string;
  api: string;
  unit: string;
  quantity: number;
  /** `null` when no figure is known ("units only — no rate configured"). */
  tokens: number | null;
  /** Some of the tokens were estimated from the rate table. */
  estimated: boolean;
  previousQuantity: number;
}

export interface ApiSummary {
  api: string;
  /** `null` when none of its features has a token figure ("units only"), never a silent 0. */
  tokens: number | null;
  estimated: boolean;
  /** Features of this API with units but no token figure. */
  unrated: number;
  features: FeatureSummary[];
}

export interface MonthStatus {
  month: string;
  daysElapsed: number;
  daysInMonth: number;
  tokens: number;
  /** Month-end forecast from the month so far (see `forecastMonthEnd`). */
  forecast: number;
  budget?: number;
  /** Month-to-date / budget, in percent. */
  budgetPercent?: number;
  forecastPercent?: number;
}

export interface AppSummary {
  id: string;
  slug: string;
  name: string;
  color: string;
  status: 'ok' | 'failed' | 'history';
  error?: string;
  tokens: number;
  previousTokens: number;
  /** Relative change vs the previous period; `null` when there is nothing to compare with. */
  change: number | null;
  /** Share of all tokens in the period, 0..1. */
  share: number;
  estimated: boolean;
  month: MonthStatus;
  apis: ApiSummary[];
  /** Token usage over all stored history, aggregated to `historyGranularity`. */
  history: SeriesPoint[];
  historyGranularity: Granularity;
  /** Daily tokens in the period. */
  daily: SeriesPoint[];
  /** Cumulative month-to-date tokens per day, for the burn-down chart. */
  burn: SeriesPoint[];
  spikes: Spike[];
}

export interface Spike {
  appId: string;
  appName: string;
  date: string;
  tokens: number;
  /** Median of the app's previous 28 days. */
  typical: number;
  /** tokens / typical. */
  ratio: number;
}

export type AlertKind = 'budget' | 'forecast' | 'spike' | 'cap';

export interface Alert {
  kind: AlertKind;
  severity: 'warning' | 'critical';
  /** `null` for the whole team (total budget) or an API cap. */
  appId: string | null;
  appName: string;
  /** For caps: the API. */
  api?: string;
  month: string;
  /** Figures for the message; rendered per locale by the templates. */
  value: number;
  limit?: number;
  percent?: number;
  threshold?: number;
  date?: string;
  /** Day the cap is forecast to be reached. */
  reachDate?: string;
}

export interface CapStatus {
  api: string;
  unit: string;
  unitsPerMonth: number;
  used: number;
  percent: number;
  forecast: number;
  /** Forecast day the cap is reached this month, if it is. */
  reachDate?: string;
}

export interface MonthSummary {
  month: string;
  tokens: number;
  days: number;
  apps: { id: string; name: string; slug: string; color: string; tokens: number; quantity: number }[];
  /** `tokens` is `null` for an API with units but no token figure. */
  apis: { api: string; tokens: number | null }[];
  previousTokens: number | null;
  change: number | null;
  /** Same month a year earlier, where history allows. */
  yearAgoTokens: number | null;
}

export interface Mover {
  kind: 'app' | 'feature';
  id: string;
  name: string;
  tokens: number;
  previousTokens: number;
  delta: number;
}

export interface ReportModel {
  title: string;
  locale: 'en' | 'ja';
  asOf: string;
  period: DateRange & { days: number };
  previousPeriod: DateRange;
  granularity: Granularity;
  totals: {
    tokens: number;
    previousTokens: number;
    change: number | null;
    estimated: boolean;
    records: number;
  };
  month: MonthStatus;
  apps: AppSummary[];
  /** Period tokens stacked by app (top N + others), aggregated to `granularity`. */
  stacked: StackedPoint[];
  apis: ApiSummary[];
  topFeatures: FeatureSummary[];
  unrated: { featureId: string; featureName: string; api: string; unit: string; quantity: number }[];
  alerts: Alert[];
  spikes: Spike[];
  caps: CapStatus[];
  months: MonthSummary[];
  movers: Mover[];
  history: { from: string; to: string; days: number } | null;
}
