/**
 * The report model: everything the templates show, and what `data/report.json` holds. Built by pure functions
 * from the merged history. Facts only: no colours or other presentation (render chooses those), and every figure
 * knows which days it stands on (`coverage`), so a reader can tell a zero from an unknown.
 */
import type { AppErrorHint } from '../sources/types.js';
import type { Coverage } from './coverage.js';
import type { BalanceStatus } from './balance.js';
import type { DateRange } from './dates.js';
import type { FeatureUnits, UnitChart } from './units.js';

export type { Coverage } from './coverage.js';

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

/**
 * A figure against its baseline. The baseline counts only when every one of its days is covered by data:
 * `previous` and `change` are `null` otherwise, and `covered` of `days` says how much of it was ("new" when 0).
 */
export interface Comparison {
  /** The baseline's tokens; `null` unless the baseline is fully covered. */
  previous: number | null;
  /** Relative change; `null` when `previous` is `null` or 0. */
  change: number | null;
  /** current − previous; `null` when `previous` is `null`. */
  delta: number | null;
  /** Days of the baseline inside the data's coverage, of `days`. */
  covered: number;
  days: number;
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
  /** Rated explicitly at 0 tokens per unit (`rates: { id: { tokensPerUnit: 0 } }`). */
  ratedZero: boolean;
  previousQuantity: number;
  /** The feature's quantity against the previous period (the baseline's coverage is its app's). */
  quantityChange: Comparison;
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
  /** The day the month is reported as of (its last day once the month is over). */
  asOf: string;
  daysElapsed: number;
  daysInMonth: number;
  /** Month-to-date tokens; `null` when the month's usage has no token figure at all ("units only"). */
  tokens: number | null;
  /** Month-end forecast from the month so far (see `forecastMonthEnd`); `null` with `tokens`. */
  forecast: number | null;
  /** Features used this month without a token figure: the token figures leave them out. */
  unrated: string[];
  budget?: number;
  /**
   * Month-to-date / budget, in percent. Absent when usage without a token figure makes it unknowable: a budget is
   * then neither crossed nor cleared.
   */
  budgetPercent?: number;
  forecastPercent?: number;
  /** The month so far against the same days of the previous month. */
  previousMonth: MonthComparison | null;
}

export interface AppSummary {
  id: string;
  slug: string;
  name: string;
  status: 'ok' | 'failed' | 'history';
  error?: string;
  hint?: AppErrorHint;
  /** The days this app's data covers; `null` when there is none. */
  coverage: Coverage | null;
  /** `null` when the app used units in the period but none has a token figure ("units only"). */
  tokens: number | null;
  /** Against the previous period. */
  comparison: Comparison;
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
  /** Units over the period, one chart per (API, unit), stacked by feature. */
  units: UnitChart[];
}

export interface Spike {
  appId: string;
  appName: string;
  date: string;
  tokens: number;
  /** Median of the app's covered days of the same kind (weekday or weekend) among the previous 28. */
  typical: number;
  /** tokens / typical. */
  ratio: number;
}

export type AlertKind = 'budget' | 'forecast' | 'spike' | 'cap' | 'uncharged' | 'balance' | 'expiry';

export interface Alert {
  kind: AlertKind;
  severity: 'warning' | 'critical';
  /** `null` for the whole team (total budget) or a cap. */
  appId: string | null;
  appName: string;
  /** For caps: the cap's key (an API or a feature id). */
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
  /** For caps: the unit of `value` and `limit`. */
  unit?: string;
  /** For balance and expiry: days from the report's day to `date` (negative: it is past). */
  days?: number;
  /** For balance: it already ran out (on `date`). */
  exhausted?: boolean;
}

export interface CapStatus {
  /** The cap's key as configured: an API (all its features share `unit`) or a feature id. */
  api: string;
  scope: 'api' | 'feature';
  unit: string;
  unitsPerMonth: number;
  used: number;
  percent: number;
  forecast: number;
  /** Forecast day the cap is reached this month, if it is. */
  reachDate?: string;
}

/** A month (or its first days, while it is unfinished) against the same days of another month. */
export interface MonthComparison {
  month: string;
  /** The other month's days compared… */
  from: string;
  to: string;
  /** …with these days of this month. */
  currentFrom: string;
  currentTo: string;
  /** Only the first days of the month are compared (an unfinished month). */
  sameDays: boolean;
  /** This month's tokens over the same days of the month. */
  tokens: number;
  comparison: Comparison;
}

export interface MonthSummary {
  month: string;
  tokens: number;
  /** Days with any rows. */
  days: number;
  daysInMonth: number;
  /** Days of the month inside the data's coverage. */
  coveredDays: number;
  /** The last day the month's figures stand for (before its end while it is unfinished). */
  through: string;
  apps: {
    id: string;
    name: string;
    slug: string;
    tokens: number;
    quantity: number;
    /** Against the same days of the previous month, over this app's coverage. */
    previousMonth: Comparison | null;
  }[];
  /** `tokens` is `null` for an API with units but no token figure. */
  apis: { api: string; tokens: number | null }[];
  previousMonth: MonthComparison | null;
  /** Same month a year earlier, where history allows. */
  yearAgo: MonthComparison | null;
  /** Units per feature in the month, each in its own unit. */
  features: FeatureUnits[];
}

export interface Mover {
  kind: 'app' | 'feature';
  id: string;
  name: string;
  tokens: number;
  /** Against the previous period: "new" when none of the baseline is covered. */
  comparison: Comparison;
}

export interface ReportModel {
  /** `report.title`; when unset, render uses the locale's default title. */
  title?: string;
  locale: 'en' | 'ja';
  /** The newest day the data stands for; month to date, forecasts, caps and alerts are as of this day. */
  asOf: string;
  period: DateRange & { days: number };
  previousPeriod: DateRange;
  granularity: Granularity;
  /** Budget thresholds (percent), so that the display never rounds across one. */
  thresholds: number[];
  totals: {
    /** `null` when usage in the period has no token figure at all ("units only"). */
    tokens: number | null;
    comparison: Comparison;
    estimated: boolean;
    records: number;
  };
  /** The team's coverage: from the first stored day of any app to `asOf`. */
  coverage: Coverage | null;
  month: MonthStatus;
  /**
   * Apps ranked by all-history tokens (ties by id): the order is stable as days are added, so render can give
   * each app a lasting colour from its position.
   */
  apps: AppSummary[];
  /** Period tokens stacked by app (top N + others), aggregated to `granularity`. */
  stacked: StackedPoint[];
  apis: ApiSummary[];
  topFeatures: FeatureSummary[];
  unrated: { featureId: string; featureName: string; api: string; unit: string; quantity: number }[];
  /** Features rated at 0 tokens per unit on purpose. */
  ratedZero: { featureId: string; featureName: string; api: string; unit: string; quantity: number }[];
  alerts: Alert[];
  /**
   * Alerts that could not be decided this run (budget or forecast with usage that has no token figure): an open
   * alert issue for them is neither closed nor updated.
   */
  undecided: { kind: AlertKind; appId: string | null }[];
  spikes: Spike[];
  caps: CapStatus[];
  months: MonthSummary[];
  movers: Mover[];
  history: { from: string; to: string; days: number } | null;
  /** Each API and unit over the period across all apps, stacked by app. */
  apiUnits: UnitChart[];
  /** Units per feature over the period. */
  periodUnits: FeatureUnits[];
  /** The configured token balance against the usage since it was read; `null` when none is configured. */
  balance: BalanceStatus | null;
}
