/**
 * Budgets, month-end forecasts and spikes → alerts. Pure; the rules are documented in the README ("Alerts: the
 * rules") and tested with hand-checked numbers.
 */
import type { Coverage } from './coverage.js';
import { addDays, daysInMonth, eachDay, isWeekend, monthOf, monthStart } from './dates.js';
import { mad, median, sum } from './stats.js';
import type { Alert, MonthStatus, Spike } from './types.js';

/** Days of run rate used for the month-end forecast. */
export const FORECAST_WINDOW = 14;
/** Days before a day that define the app's typical day for the spike rule… */
export const SPIKE_WINDOW = 28;
/** …of which at least this many must be covered by data, or no spike is raised for that day. */
export const SPIKE_MIN_COVERED = 14;
/** A spike is at least this many times the typical day… */
export const SPIKE_MIN_RATIO = 3;
/** …and above the typical day by this many robust standard deviations (1.4826 × MAD)… */
export const SPIKE_MIN_SIGMAS = 5;
/** …and at least this many tokens (ignores noise on idle apps). */
export const SPIKE_MIN_TOKENS = 5;

/** Daily values for a run of days (missing days are 0: call it for covered days only). */
export function dailyValues(byDay: ReadonlyMap<string, number>, from: string, to: string): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(byDay.get(d) ?? 0);
  return out;
}

/**
 * Month-end forecast: month-to-date plus the mean of the last 14 days (ending `asOf`, reaching into the previous
 * month when the month is young, never before the data begins) times the days left.
 */
export function forecastMonthEnd(
  byDay: ReadonlyMap<string, number>,
  asOf: string,
  firstDay?: string,
): number {
  const month = monthOf(asOf);
  const mtd = sum(dailyValues(byDay, monthStart(month), asOf));
  const left = daysInMonth(month) - Number(asOf.slice(8, 10));
  let windowStart = addDays(asOf, -(FORECAST_WINDOW - 1));
  if (firstDay && windowStart < firstDay) windowStart = firstDay <= asOf ? firstDay : asOf;
  const window = dailyValues(byDay, windowStart, asOf);
  const rate = window.length ? sum(window) / window.length : 0;
  return mtd + rate * left;
}

export interface MonthUsage {
  byDay: ReadonlyMap<string, number>;
  firstDay?: string | undefined;
  /** Features used this month without a token figure. */
  unrated?: readonly string[];
  /** Some of this month's usage has a token figure. */
  rated?: boolean;
}

/** Month to date as of `asOf`, its forecast and its budget use. */
export function monthStatus(usage: MonthUsage, asOf: string, budget?: number): MonthStatus {
  const month = monthOf(asOf);
  const unrated = [...(usage.unrated ?? [])].sort();
  const known = unrated.length === 0 || usage.rated !== false;
  const tokens = sum(dailyValues(usage.byDay, monthStart(month), asOf));
  const forecast = forecastMonthEnd(usage.byDay, asOf, usage.firstDay);
  const status: MonthStatus = {
    month,
    asOf,
    daysElapsed: Number(asOf.slice(8, 10)),
    daysInMonth: daysInMonth(month),
    tokens: known ? tokens : null,
    forecast: known ? forecast : null,
    unrated,
    previousMonth: null,
  };
  if (budget) {
    status.budget = budget;
    // Usage without a token figure makes the budget's use unknowable: no percentage, so no alert either way.
    if (unrated.length === 0) {
      status.budgetPercent = (tokens / budget) * 100;
      status.forecastPercent = (forecast / budget) * 100;
    }
  }
  return status;
}

/**
 * Budget alerts: the highest threshold crossed by month-to-date use (critical at ≥ 100 %), else a forecast alert
 * when the month-end forecast is over budget. Nothing when the use cannot be known (unrated usage).
 */
export function budgetAlerts(
  status: MonthStatus,
  thresholds: readonly number[],
  who: { appId: string | null; appName: string },
): Alert[] {
  if (!status.budget || status.budgetPercent === undefined) return [];
  if (status.tokens === null || status.forecast === null) return [];
  const crossed = [...thresholds].sort((a, b) => b - a).find((t) => status.budgetPercent! >= t);
  if (crossed !== undefined) {
    return [
      {
        kind: 'budget',
        severity: crossed >= 100 ? 'critical' : 'warning',
        ...who,
        month: status.month,
        value: status.tokens,
        limit: status.budget,
        percent: status.budgetPercent,
        threshold: crossed,
      },
    ];
  }
  if (status.forecast > status.budget) {
    return [
      {
        kind: 'forecast',
        severity: 'warning',
        ...who,
        month: status.month,
        value: status.forecast,
        limit: status.budget,
        percent: status.forecastPercent!,
      },
    ];
  }
  return [];
}

/**
 * Spike rule: a day is a spike when its tokens are at least 3× the typical day, exceed it by 5 robust standard
 * deviations (1.4826 × MAD), and are at least 5 tokens. The typical day is the median of the app's covered days of
 * the same kind (weekday or weekend) among the 28 before it; with fewer than 14 covered days before a day, no spike
 * is raised for it. Days before the data begins are unknown, not zeros; comparing weekdays with weekdays keeps a
 * weekly rhythm from ever looking like a spike; median and MAD ignore one-off outliers, so a single earlier spike
 * does not hide the next one.
 */
export function findSpikes(
  byDay: ReadonlyMap<string, number>,
  days: readonly string[],
  app: { appId: string; appName: string },
  coverage: Coverage | null,
): Spike[] {
  const spikes: Spike[] = [];
  const inside = days.filter((d) => coverage !== null && d >= coverage.from && d <= coverage.to);
  if (!coverage || inside.length === 0) return spikes;
  // The calendar from the first window's start to the last day, once: a two-year period of a hundred apps would
  // otherwise step through 28 calendar days for each of 73,000 days.
  let first = inside[0]!;
  let last = first;
  for (const d of inside) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const start = addDays(first, -SPIKE_WINDOW);
  const calendar = eachDay({ from: start, to: last });
  const values = calendar.map((d) => byDay.get(d) ?? 0);
  const weekend = calendar.map(isWeekend);
  const position = new Map(calendar.map((d, i) => [d, i]));
  const coveredFrom = position.get(coverage.from) ?? (coverage.from < start ? 0 : calendar.length);
  for (const date of inside) {
    const tokens = byDay.get(date) ?? 0;
    if (tokens < SPIKE_MIN_TOKENS) continue;
    const i = position.get(date)!;
    const from = Math.max(i - SPIKE_WINDOW, coveredFrom);
    if (i - from < SPIKE_MIN_COVERED) continue;
    const same: number[] = [];
    for (let j = from; j < i; j++) if (weekend[j] === weekend[i]) same.push(values[j]!);
    const typical = median(same);
    const sigma = 1.4826 * mad(same);
    if (typical > 0 && tokens >= SPIKE_MIN_RATIO * typical && tokens > typical + SPIKE_MIN_SIGMAS * sigma) {
      spikes.push({ ...app, date, tokens, typical, ratio: tokens / typical });
    }
  }
  return spikes;
}

export function spikeAlert(s: Spike): Alert {
  return {
    kind: 'spike',
    severity: 'warning',
    appId: s.appId,
    appName: s.appName,
    month: monthOf(s.date),
    value: s.tokens,
    limit: s.typical,
    date: s.date,
    percent: s.ratio * 100,
  };
}

const KIND_ORDER = { balance: 0, uncharged: 1, budget: 2, cap: 3, forecast: 4, spike: 5, expiry: 6 } as const;

/** Critical first, then balance, uncharged, budget, cap, forecast, spike, expiry; then by day and app. */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    (a.appName < b.appName ? -1 : a.appName > b.appName ? 1 : 0)
  );
}
