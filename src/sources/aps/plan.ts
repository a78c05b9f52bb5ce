/**
 * Which days to ask APS for, and through which endpoint: incremental against the stored history, split at the
 * start of the current business model (v1 before, v2 from then), in windows APS accepts. Pure.
 */
import { addDays, splitRange, type DateRange } from '../../model/dates.js';
import { HistoryTable, type HistoryRows } from '../../model/history-table.js';

/** First day of the current business model: the hub endpoint has nothing earlier, v1 holds the older history. */
export const V2_START = '2025-12-07';
/** APS refuses a `filter[date]` range longer than this. */
export const MAX_WINDOW_DAYS = 200;

export interface WindowPlan {
  v1: DateRange[];
  v2: DateRange[];
}

/**
 * The newest stored day inside `range` of every app, in one pass: with a hundred apps and two years of history,
 * scanning the history once per app would be the slowest part of a daily run.
 */
export function newestDayByApp(range: DateRange, history: HistoryRows): Map<string, string> {
  const newest = new Map<string, string>();
  if (history instanceof HistoryTable) {
    for (let i = 0; i < history.length; i++) {
      const date = history.date(i);
      if (date < range.from || date > range.to) continue;
      const appId = history.apps[history.app[i]!]!.id;
      const seen = newest.get(appId);
      if (seen === undefined || date > seen) newest.set(appId, date);
    }
    return newest;
  }
  for (const r of history) {
    if (r.date < range.from || r.date > range.to) continue;
    const seen = newest.get(r.appId);
    if (seen === undefined || r.date > seen) newest.set(r.appId, r.date);
  }
  return newest;
}

/**
 * The days to fetch: the newest stored day (inside `range`, see `newestDayByApp`) minus `trailingDays` (APS may
 * still correct recent days), to `range.to`; the whole range when nothing is stored inside it; never before
 * `range.from`. An app idle since its newest stored day is fetched from there again, which costs little.
 */
export function rangeFromNewest(
  range: DateRange,
  newest: string | undefined,
  trailingDays: number,
): DateRange {
  if (newest === undefined) return { ...range };
  const from = addDays(newest, -trailingDays);
  return { from: from > range.from ? from : range.from, to: range.to };
}

/**
 * Splits a range between v1 and v2. With `includeV1`, days before {@link V2_START} come from v1 only — asking v2
 * for them too would count the same usage twice under different ids. Without it, a per-app range is asked of v2
 * as it is (whatever APS has), but the hub endpoint, documented to have nothing earlier, starts at V2_START.
 */
export function planWindows(range: DateRange, options: { includeV1: boolean; hub: boolean }): WindowPlan {
  const plan: WindowPlan = { v1: [], v2: [] };
  if (range.from > range.to) return plan;
  const splitAtV2 = options.includeV1 || options.hub;
  if (options.includeV1 && range.from < V2_START) {
    const end = addDays(V2_START, -1);
    plan.v1 = splitRange({ from: range.from, to: range.to < end ? range.to : end }, MAX_WINDOW_DAYS);
  }
  const v2From = splitAtV2 && range.from < V2_START ? V2_START : range.from;
  if (v2From <= range.to) plan.v2 = splitRange({ from: v2From, to: range.to }, MAX_WINDOW_DAYS);
  return plan;
}
