/**
 * The arithmetic of the scale table: × floor, bytes per record and the growth exponent — how time and memory grow
 * with the number of records (1 = linear, 2 = quadratic). Pure.
 */

export interface GrowthPoint {
  records: number;
  value: number;
}

/** Sizes between these (records) are where the growth exponent is measured: the "1 M to 8 M". */
export const GROWTH_RANGE = { min: 900_000, max: 9_000_000 } as const;

/**
 * The slope of log(value) against log(records), by least squares: for two points it is
 * `ln(v2 / v1) / ln(n2 / n1)`. `undefined` with fewer than two distinct sizes or a value that is not positive.
 */
export function growthExponent(points: readonly GrowthPoint[]): number | undefined {
  const ok = points.filter((p) => p.records > 0 && p.value > 0 && Number.isFinite(p.value));
  if (new Set(ok.map((p) => p.records)).size < 2) return undefined;
  const xs = ok.map((p) => Math.log(p.records));
  const ys = ok.map((p) => Math.log(p.value));
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

/** The points inside `GROWTH_RANGE`, or — when fewer than two sizes fall there — every point, and says so. */
export function growthPoints(points: readonly GrowthPoint[]): { points: GrowthPoint[]; inRange: boolean } {
  const inside = points.filter((p) => p.records >= GROWTH_RANGE.min && p.records <= GROWTH_RANGE.max);
  return new Set(inside.map((p) => p.records)).size >= 2
    ? { points: inside, inRange: true }
    : { points: [...points], inRange: false };
}

/** `value ÷ floor`; `undefined` when either is missing. */
export function timesFloor(value: number | undefined, floor: number | undefined): number | undefined {
  if (value === undefined || floor === undefined || !(floor > 0) || !Number.isFinite(value)) return undefined;
  return value / floor;
}

/** Peak RSS divided by the records held, rounded to whole bytes. */
export function bytesPerRecord(rss: number | undefined, records: number): number | undefined {
  if (rss === undefined || !Number.isFinite(rss) || records <= 0) return undefined;
  return Math.round(rss / records);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
