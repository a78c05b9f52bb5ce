/**
 * Coverage: the days an app's data stands for, from its first stored day to the newest day the data is as of.
 * Inside coverage a day without rows is a real zero; outside it is unknown. Comparisons count their baseline only
 * when every baseline day is covered, so a first fetch never compares against an invented zero. Pure.
 */
import { rangeLength, type DateRange } from './dates.js';
import { relativeChange } from './stats.js';
import { round2 } from './aggregate.js';
import type { Comparison } from './types.js';

/** First and last covered day, inclusive. */
export interface Coverage {
  from: string;
  to: string;
}

/**
 * An app's coverage: from its first stored day to `asOf` when this run fetched it, else (failed, or only in the
 * stored history) to its last stored day — what came after is not known.
 */
export function appCoverage(
  firstDay: string | undefined,
  lastDay: string | undefined,
  asOf: string,
  fetched: boolean,
): Coverage | null {
  if (firstDay === undefined || lastDay === undefined) return null;
  const to = fetched ? (lastDay > asOf ? lastDay : asOf) : lastDay;
  return { from: firstDay, to };
}

/** Days of `range` inside `coverage`. */
export function coveredDays(coverage: Coverage | null, range: DateRange): number {
  if (!coverage) return 0;
  const from = coverage.from > range.from ? coverage.from : range.from;
  const to = coverage.to < range.to ? coverage.to : range.to;
  return from > to ? 0 : rangeLength({ from, to });
}

/** Whether every day of `range` is covered. */
export function covers(coverage: Coverage | null, range: DateRange): boolean {
  return coveredDays(coverage, range) === rangeLength(range);
}

/** `current` against `previous` over `baseline`, counted only when `coverage` holds every baseline day. */
export function compareOver(
  current: number,
  previous: number,
  baseline: DateRange,
  coverage: Coverage | null,
): Comparison {
  const days = rangeLength(baseline);
  const covered = coveredDays(coverage, baseline);
  if (covered < days) return { previous: null, change: null, delta: null, covered, days };
  return {
    previous: round2(previous),
    change: relativeChange(current, previous),
    delta: round2(current - previous),
    covered,
    days,
  };
}

/** The narrowest coverage of several (for a figure summed over them). */
export function intersect(coverages: readonly (Coverage | null)[]): Coverage | null {
  let out: Coverage | undefined;
  for (const c of coverages) {
    if (!c) return null;
    if (out === undefined) out = { ...c };
    else {
      if (c.from > out.from) out.from = c.from;
      if (c.to < out.to) out.to = c.to;
    }
  }
  return out && out.from <= out.to ? out : null;
}
