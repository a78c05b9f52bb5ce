/**
 * The monthly archive: each stored month's totals, and its comparison with the previous month and the same month
 * a year earlier — over the same days while a month is unfinished (1–20 with 1–20), and only against days the
 * data covers. Pure.
 */
import { round2 } from './aggregate.js';
import { dailyValues } from './alerts.js';
import { compareOver, coveredDays, type Coverage } from './coverage.js';
import { addMonths, daysInMonth, monthEnd, monthStart, type DateRange } from './dates.js';
import type { AppHistory, HistoryIndex } from './index-history.js';
import { appSlug } from './slug.js';
import { sum } from './stats.js';
import type { MonthComparison, MonthSummary } from './types.js';

export function summarizeMonths(
  index: Pick<HistoryIndex, 'months' | 'totalByDay' | 'apps'>,
  team: Coverage | null,
  appCoverage: ReadonlyMap<string, Coverage | null>,
): MonthSummary[] {
  return [...index.months.keys()].sort().map((month) => {
    const m = index.months.get(month)!;
    const range = { from: monthStart(month), to: monthEnd(month) };
    const through = team && team.to < range.to && team.to >= range.from ? team.to : range.to;
    const current = { from: range.from, to: through };
    const tokens = sum([...m.apps.values()].map((v) => v.tokens));
    const previousWindow = sameDays(current, -1);
    return {
      month,
      tokens: round2(tokens),
      days: m.days.size,
      daysInMonth: daysInMonth(month),
      coveredDays: coveredDays(team, range),
      through,
      apps: [...m.apps]
        .map(([id, v]) => {
          const app = index.apps.get(id)!;
          return {
            id,
            name: v.name,
            slug: appSlug(id),
            tokens: round2(v.tokens),
            quantity: round2(v.quantity),
            previousMonth: appComparison(app, current, previousWindow, appCoverage.get(id) ?? null),
          };
        })
        .sort((a, b) => b.tokens - a.tokens),
      apis: [...m.apis]
        .map(([api, t]) => ({ api, tokens: t === null ? null : round2(t) }))
        .sort((a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || (a.api < b.api ? -1 : 1)),
      previousMonth: monthComparison(index.totalByDay, current, -1, team),
      yearAgo: monthComparison(index.totalByDay, current, -12, team),
      // Filled from the records by the report builder (usage-extras).
      features: [],
    };
  });
}

/** The days of the month `months` away that match `current` (day 1 to the same day, or its month's end). */
export function sameDays(current: DateRange, months: number): DateRange {
  const month = addMonths(current.from.slice(0, 7), months);
  const lastDay = Math.min(Number(current.to.slice(8, 10)), daysInMonth(month));
  const whole = current.to === monthEnd(current.from.slice(0, 7));
  return {
    from: monthStart(month),
    to: whole ? monthEnd(month) : `${month}-${String(lastDay).padStart(2, '0')}`,
  };
}

/** `null` when none of the other month is covered: there is nothing to compare with. */
export function monthComparison(
  byDay: ReadonlyMap<string, number>,
  current: DateRange,
  months: number,
  coverage: Coverage | null,
): MonthComparison | null {
  const other = sameDays(current, months);
  if (coveredDays(coverage, other) === 0) return null;
  const tokens = sum(dailyValues(byDay, current.from, current.to));
  const previous = sum(dailyValues(byDay, other.from, other.to));
  return {
    month: other.from.slice(0, 7),
    from: other.from,
    to: other.to,
    currentFrom: current.from,
    currentTo: current.to,
    sameDays: current.to !== monthEnd(current.from.slice(0, 7)),
    tokens: round2(tokens),
    comparison: compareOver(tokens, previous, other, coverage),
  };
}

function appComparison(
  app: AppHistory,
  current: DateRange,
  other: DateRange,
  coverage: Coverage | null,
): MonthSummary['apps'][number]['previousMonth'] {
  const tokens = sum(dailyValues(app.byDay, current.from, current.to));
  const previous = sum(dailyValues(app.byDay, other.from, other.to));
  return compareOver(tokens, previous, other, coverage);
}
