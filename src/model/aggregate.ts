/** Bucketing series into days, weeks or months so that long periods stay light to chart. Pure. */
import { monthOf, rangeLength, weekStart, type DateRange } from './dates.js';
import type { Granularity, SeriesPoint } from './types.js';

/** Daily up to ~3 months, weekly up to 2 years, monthly beyond. */
export function granularityFor(range: DateRange): Granularity {
  const days = rangeLength(range);
  return days <= 92 ? 'day' : days <= 731 ? 'week' : 'month';
}

export function bucketOf(day: string, granularity: Granularity): string {
  return granularity === 'day' ? day : granularity === 'week' ? weekStart(day) : `${monthOf(day)}-01`;
}

/** Sums a day → value map into buckets within `range`, every bucket present (zeros included), in order. */
export function bucketSeries(
  byDay: ReadonlyMap<string, number>,
  range: DateRange,
  granularity: Granularity,
): SeriesPoint[] {
  const buckets = new Map<string, number>();
  const { from, to } = range;
  // Walk the range so empty buckets exist as zeros (a gap in a chart is a zero day, not a missing one).
  for (let d = from; d <= to;) {
    const b = bucketOf(d, granularity);
    if (!buckets.has(b)) buckets.set(b, 0);
    const next = new Date(`${d}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    d = next.toISOString().slice(0, 10);
  }
  for (const [day, v] of byDay) {
    if (day < from || day > to) continue;
    const b = bucketOf(day, granularity);
    buckets.set(b, (buckets.get(b) ?? 0) + v);
  }
  return [...buckets].map(([date, tokens]) => ({ date, tokens: round2(tokens) }));
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
