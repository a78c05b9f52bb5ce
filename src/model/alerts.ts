/**
 * Budgets, month-end forecasts, spikes and Free-tier caps → alerts. Pure; the rules are documented in the README
 * ("Alerts") and tested with hand-checked numbers.
 */
import { addDays, daysInMonth, eachDay, monthOf, monthStart } from './dates.js';
import { mad, median, sum } from './stats.js';
import type { Alert, CapStatus, MonthStatus, Spike } from './types.js';

/** Days of run rate used for the month-end forecast. */
export const FORECAST_WINDOW = 14;
/** Days before a day that define the app's typical day for the spike rule. */
export const SPIKE_WINDOW = 28;
/** A spike is at least this many times the typical day… */
export const SPIKE_MIN_RATIO = 3;
/** …and above the typical day by this many robust standard deviations (1.4826 × MAD). */
export const SPIKE_MIN_SIGMAS = 5;
/** …and at least this many tokens (ignores noise on idle apps). */
export const SPIKE_MIN_TOKENS = 5;

/** Daily values for a run of days (missing days are 0). */
export function dailyValues(byDay: ReadonlyMap<string, number>, from: string, to: string): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(byDay.get(d) ?? 0);
  return out;
}

/**
 * Month-end forecast: month-to-date plus the mean of the last 14 days (ending `asOf`, reaching into the previous
 * month when the month is young) times the days left.
 */
export function forecastMonthEnd(
  byDay: ReadonlyMap<string, number>,
  asOf: string,
  firstDay?: string,
): number {
  const month = monthOf(asOf);
  const mtd = sum(dailyValues(byDay, monthStart(month), asOf));
  const elapsed = Number(asOf.slice(8, 10));
  const left = daysInMonth(month) - elapsed;
  let windowStart = addDays(asOf, -(FORECAST_WINDOW - 1));
  // Do not count days before the data begins as zeros.
  if (firstDay && windowStart < firstDay) windowStart = firstDay <= asOf ? firstDay : asOf;
  const window = dailyValues(byDay, windowStart, asOf);
  const rate = window.length ? sum(window) / window.length : 0;
  return mtd + rate * left;
}

export function monthStatus(
  byDay: ReadonlyMap<string, number>,
  asOf: string,
  budget?: number,
  firstDay?: string,
): MonthStatus {
  const month = monthOf(asOf);
  const tokens = sum(dailyValues(byDay, monthStart(month), asOf));
  const forecast = forecastMonthEnd(byDay, asOf, firstDay);
  const status: MonthStatus = {
    month,
    daysElapsed: Number(asOf.slice(8, 10)),
    daysInMonth: daysInMonth(month),
    tokens,
    forecast,
  };
  if (budget) {
    status.budget = budget;
    status.budgetPercent = (tokens / budget) * 100;
    status.forecastPercent = (forecast / budget) * 100;
  }
  return status;
}

/**
 * Budget alerts: the highest threshold crossed by month-to-date use (critical at ≥ 100 %), else a forecast alert
 * when the month-end forecast is over budget.
 */
export function budgetAlerts(
  status: MonthStatus,
  thresholds: readonly number[],
  who: { appId: string | null; appName: string },
): Alert[] {
  if (!status.budget || status.budgetPercent === undefined) return [];
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
 * Spike rule: a day is a spike when its tokens are at least 3× the median of the app's previous 28 days, exceed
 * that median by 5 robust standard deviations (1.4826 × MAD), and are at least 5 tokens. Median and MAD ignore
 * one-off outliers, so a single earlier spike does not hide the next one.
 */
export function findSpikes(
  byDay: ReadonlyMap<string, number>,
  days: readonly string[],
  app: { appId: string; appName: string },
): Spike[] {
  const spikes: Spike[] = [];
  if (days.length === 0) return spikes;
  // Every day's value from the window before the first day to the last, once: a two-year period of a hundred
  // apps would otherwise walk 28 calendar days for each of 73,000 days.
  let first = days[0]!;
  let last = first;
  for (const d of days) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const start = addDays(first, -SPIKE_WINDOW);
  const values = dailyValues(byDay, start, last);
  const position = new Map(eachDay({ from: start, to: last }).map((d, i) => [d, i]));
  for (const date of days) {
    const tokens = byDay.get(date) ?? 0;
    if (tokens < SPIKE_MIN_TOKENS) continue;
    const i = position.get(date)!;
    const before = values.slice(i - SPIKE_WINDOW, i);
    const typical = median(before);
    const sigma = 1.4826 * mad(before);
    if (tokens >= SPIKE_MIN_RATIO * typical && tokens > typical + SPIKE_MIN_SIGMAS * sigma && typical > 0) {
      spikes.push({ ...app, date, tokens, typical, ratio: tokens / typical });
    }
  }
  return spikes;
}

/**
 * Free-tier cap: units used this month per API against `unitsPerMonth`; the forecast uses the same run rate as
 * tokens, and the reach date is the first day the forecast cumulative use meets the cap.
 */
export function capStatus(
  api: string,
  unit: string,
  unitsPerMonth: number,
  unitsByDay: ReadonlyMap<string, number>,
  asOf: string,
  firstDay?: string,
): CapStatus {
  const month = monthOf(asOf);
  const used = sum(dailyValues(unitsByDay, monthStart(month), asOf));
  const forecast = forecastMonthEnd(unitsByDay, asOf, firstDay);
  const status: CapStatus = {
    api,
    unit,
    unitsPerMonth,
    used,
    percent: (used / unitsPerMonth) * 100,
    forecast,
  };
  if (used >= unitsPerMonth) {
    // Already reached: the first day cumulative use met the cap.
    let acc = 0;
    for (let d = monthStart(month); d <= asOf; d = addDays(d, 1)) {
      acc += unitsByDay.get(d) ?? 0;
      if (acc >= unitsPerMonth) {
        status.reachDate = d;
        break;
      }
    }
  } else if (forecast >= unitsPerMonth) {
    const left = daysInMonth(month) - Number(asOf.slice(8, 10));
    const rate = left > 0 ? (forecast - used) / left : 0;
    if (rate > 0) status.reachDate = addDays(asOf, Math.ceil((unitsPerMonth - used) / rate));
  }
  return status;
}

/** A cap alert before the cap is reached: at 80 % used, or when the forecast reaches it this month. */
export function capAlerts(caps: readonly CapStatus[], month: string): Alert[] {
  return caps
    .filter((c) => c.percent >= 80 || c.reachDate !== undefined)
    .map((c) => ({
      kind: 'cap' as const,
      severity: c.percent >= 100 ? ('critical' as const) : ('warning' as const),
      appId: null,
      appName: c.api,
      api: c.api,
      month,
      value: c.used,
      limit: c.unitsPerMonth,
      percent: c.percent,
      ...(c.reachDate ? { reachDate: c.reachDate } : {}),
    }));
}
