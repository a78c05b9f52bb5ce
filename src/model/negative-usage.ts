/**
 * The warning for fetched rows with a negative quantity or tokens. Pure.
 */
import { HistoryTable, type HistoryRows } from './history-table.js';
import type { UsageRecord } from './records.js';

/**
 * One warning for fetched rows with a negative quantity or tokens: APS may report a correction that way, so they
 * are kept as reported, and the run says so once, naming the first and counting the rest. `undefined` when none.
 * A table (the file source returns the whole history as one) is scanned column by column, not as objects.
 */
export function describeNegativeUsage(rows: HistoryRows): string | undefined {
  let first: UsageRecord | undefined;
  let count = 0;
  if (rows instanceof HistoryTable) {
    for (let i = 0; i < rows.length; i++) {
      // NaN (no token figure) is never below zero.
      if (rows.quantity[i]! < 0 || rows.tokens[i]! < 0) {
        first ??= rows.record(i);
        count++;
      }
    }
  } else {
    for (const r of rows) {
      if (r.quantity < 0 || (r.tokens !== null && r.tokens < 0)) {
        first ??= r;
        count++;
      }
    }
  }
  if (!first) return undefined;
  const more = count - 1;
  return (
    `APS reported negative usage, kept as reported (it may be a correction): ${first.appName} (${first.appId}) ` +
    `on ${first.date}, ${first.featureId}: quantity ${first.quantity}, tokens ${first.tokens ?? 'none'}` +
    (more > 0 ? `; and ${more} more row${more > 1 ? 's' : ''}` : '')
  );
}
