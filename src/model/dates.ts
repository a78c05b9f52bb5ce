/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, all in UTC so that no host time zone leaks in. Pure.
 */
import type { Period } from '../config/schema.js';

const DAY_MS = 86_400_000;

export interface DateRange {
  from: string;
  to: string;
}

export function toDay(date: Date): string {
  // By hand: toISOString is ten times slower, and the model formats days by the hundred thousand.
  const y = date.getUTCFullYear();
  if (!(y >= 1000 && y <= 9999)) return date.toISOString().slice(0, 10); // odd years; throws on an invalid date
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = parseDay(value);
  return !Number.isNaN(d.getTime()) && toDay(d) === value;
}

export function addDays(day: string, n: number): string {
  // Day numbers, not Date objects: the model steps through days by the hundred thousand.
  return dayText(dayNumber(day) + n);
}

/** Day of the week, 0 for Monday (1970-01-01, day 0, was a Thursday). */
function mondayBased(day: string): number {
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDay(b).getTime() - parseDay(a).getTime()) / DAY_MS);
}

/** Inclusive count of days in a range. */
export function rangeLength(range: DateRange): number {
  return daysBetween(range.from, range.to) + 1;
}

export function eachDay(range: DateRange): string[] {
  const out: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function monthStart(month: string): string {
  return `${month}-01`;
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function monthEnd(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return toDay(d).slice(0, 7);
}

/** Monday of the ISO week containing `day`. */
export function weekStart(day: string): string {
  return addDays(day, -mondayBased(day));
}

export function isWeekend(day: string): boolean {
  return mondayBased(day) >= 5;
}

/** Today's calendar day in the report's time zone. */
export function todayIn(timezone: string, now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Resolves a configured period. `last-N-days` and `month-to-date` end on `asOf`, the last complete day the data
 * stands for (see `as-of.ts`); `previous-month` is the month before `today`'s; a fixed range is as given.
 */
export function resolvePeriod(period: Period, today: string, asOf: string = today): DateRange {
  if (typeof period === 'object') return { from: period.from, to: period.to };
  if (period === 'month-to-date') return { from: monthStart(monthOf(asOf)), to: asOf };
  if (period === 'previous-month') {
    const month = addMonths(monthOf(today), -1);
    return { from: monthStart(month), to: monthEnd(month) };
  }
  const n = Number(/^last-(\d+)-days$/.exec(period)?.[1]);
  return { from: addDays(asOf, -(n - 1)), to: asOf };
}

/** The range of equal length just before `range` (for "change vs previous period"). */
export function previousRange(range: DateRange): DateRange {
  const len = rangeLength(range);
  return { from: addDays(range.from, -len), to: addDays(range.from, -1) };
}

/** Splits a range into consecutive windows of at most `maxDays` days. */
export function splitRange(range: DateRange, maxDays: number): DateRange[] {
  const out: DateRange[] = [];
  for (let from = range.from; from <= range.to; from = addDays(from, maxDays)) {
    const end = addDays(from, maxDays - 1);
    out.push({ from, to: end < range.to ? end : range.to });
  }
  return out;
}

/**
 * `YYYY-MM-DD` → days since 1970-01-01, by integer arithmetic (valid for every year 0000–9999 that `isDay`
 * accepts, where `Date.UTC` would move years 0–99 to the 1900s). For days already checked with `isDay`.
 */
export function dayNumber(day: string): number {
  const known = NUMBERS.get(day);
  if (known !== undefined) return known;
  const y0 = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const n = era * 146097 + doe - 719468;
  NUMBERS.set(day, n);
  TEXTS.set(n, day);
  return n;
}

/** Days since 1970-01-01 → `YYYY-MM-DD` (the inverse of `dayNumber`). */
export function dayText(n: number): string {
  const known = TEXTS.get(n);
  if (known !== undefined) return known;
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const text = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  TEXTS.set(n, text);
  NUMBERS.set(text, n);
  return text;
}

// A history spans a few thousand distinct days at most: both directions are cached for the process.
const NUMBERS = new Map<string, number>();
const TEXTS = new Map<number, string>();
