/** Bucketing series into days, weeks or months so that long periods stay light to chart. Pure. */
import { addDays, monthOf, rangeLength, weekStart, type DateRange } from './dates.js';
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
  const { bucketOfDay, buckets: keys } = bucketLayout(range, granularity);
  // Every bucket of the range exists as a zero first (a gap in a chart is a zero day, not a missing one).
  const buckets = new Map<string, number>();
  for (const b of keys) buckets.set(b, 0);
  for (const [day, v] of byDay) {
    const b = bucketOfDay.get(day);
    if (b !== undefined) buckets.set(b, buckets.get(b)! + v);
  }
  return [...buckets].map(([date, tokens]) => ({ date, tokens: round2(tokens) }));
}

interface BucketLayout {
  /** Each day of the range → its bucket. */
  bucketOfDay: Map<string, string>;
  /** The buckets in order. */
  buckets: string[];
}

/**
 * The model buckets every app's series over the same few ranges: the walk over the days is done once per range
 * and granularity (a hundred apps over two years made it 150,000 calendar steps per series kind).
 */
const layouts = new Map<string, BucketLayout>();

function bucketLayout(range: DateRange, granularity: Granularity): BucketLayout {
  const key = `${range.from}|${range.to}|${granularity}`;
  let layout = layouts.get(key);
  if (!layout) {
    const bucketOfDay = new Map<string, string>();
    const buckets: string[] = [];
    for (let d = range.from; d <= range.to; d = addDays(d, 1)) {
      const b = bucketOf(d, granularity);
      if (buckets[buckets.length - 1] !== b) buckets.push(b);
      bucketOfDay.set(d, b);
    }
    layout = { bucketOfDay, buckets };
    if (layouts.size >= 16) layouts.clear(); // a long-lived process (tests) sees many ranges
    layouts.set(key, layout);
  }
  return layout;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
