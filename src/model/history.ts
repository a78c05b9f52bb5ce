/**
 * History merge: upsert by slot `(date, app_id, feature_id)`. A later fetch of a day replaces every stored row of
 * that slot (APS corrects recent days, and a charge flag may appear or go: a slot then holds a charged and an
 * uncharged row, or one row without the flag — never both kinds, which would count the day twice); re-running
 * changes nothing; nothing outside the incoming slots is lost. Pure.
 */
import { addDays } from './dates.js';
import { dayNumber, HistoryTable, type HistoryRows } from './history-table.js';
import { compareRecords, compareSlots, slotKey, type UsageRecord } from './records.js';

export interface MergeResult {
  records: UsageRecord[];
  added: number;
  changed: number;
  unchanged: number;
}

interface Counts {
  added: number;
  changed: number;
  unchanged: number;
}

/**
 * One incoming row into its slot's rows so far (`cur`), in input order: a row with a flag replaces rows without
 * one and the other way round; a row with the same flag as an earlier one replaces it (the last wins). It is
 * counted against the latest value it replaces, from this batch or else from the stored rows (`prev`).
 */
function applyToSlot(cur: UsageRecord[], prev: readonly UsageRecord[], r: UsageRecord, counts: Counts): void {
  if (cur.length > 0 && (cur[0]!.charged === undefined) !== (r.charged === undefined)) cur.length = 0;
  const at = cur.findIndex((x) => x.charged === r.charged);
  const old = at >= 0 ? cur[at] : prev.find((x) => x.charged === r.charged);
  if (!old) counts.added++;
  else if (sameRecord(old, r)) counts.unchanged++;
  else counts.changed++;
  if (at >= 0) cur[at] = r;
  else cur.push(r);
}

/** Stored rows of one slot, the last of each flag winning (as a keyed map would keep them). */
function addStored(rows: UsageRecord[], r: UsageRecord): void {
  const at = rows.findIndex((x) => x.charged === r.charged);
  if (at >= 0) rows[at] = r;
  else rows.push(r);
}

export function mergeHistory(stored: readonly UsageRecord[], incoming: readonly UsageRecord[]): MergeResult {
  if (isSorted(stored) && isSorted(incoming)) return mergeSorted(stored, incoming);
  const bySlot = new Map<string, UsageRecord[]>();
  for (const r of stored) {
    const key = slotKey(r);
    const rows = bySlot.get(key);
    if (rows) addStored(rows, r);
    else bySlot.set(key, [r]);
  }
  const counts: Counts = { added: 0, changed: 0, unchanged: 0 };
  const fresh = new Map<string, UsageRecord[]>();
  for (const r of incoming) {
    const key = slotKey(r);
    let cur = fresh.get(key);
    if (!cur) fresh.set(key, (cur = []));
    applyToSlot(cur, bySlot.get(key) ?? [], r, counts);
  }
  for (const [key, rows] of fresh) bySlot.set(key, rows);
  return { records: [...bySlot.values()].flat().sort(compareRecords), ...counts };
}

function isSorted(records: readonly UsageRecord[]): boolean {
  for (let i = 1; i < records.length; i++) if (compareRecords(records[i - 1]!, records[i]!) > 0) return false;
  return true;
}

/**
 * The same result as the keyed merge above, in one linear pass over two lists already in storage order — the usual
 * case (history read month by month; sources return days in order). No key strings and no sort: on 584,000 records
 * this is several times faster and leaves far less garbage. Duplicate keys behave as in the map: the last wins.
 */
function mergeSorted(stored: readonly UsageRecord[], incoming: readonly UsageRecord[]): MergeResult {
  const out: UsageRecord[] = [];
  const counts: Counts = { added: 0, changed: 0, unchanged: 0 };
  let i = 0;
  const keep = (r: UsageRecord): void => {
    const last = out[out.length - 1];
    if (last && compareRecords(last, r) === 0) out[out.length - 1] = r;
    else out.push(r);
  };
  let prev: UsageRecord[] = [];
  let cur: UsageRecord[] = [];
  for (let k = 0; k < incoming.length; k++) {
    const r = incoming[k]!;
    if (cur.length === 0 || compareSlots(cur[0]!, r) !== 0) {
      out.push(...cur);
      cur = [];
      prev = [];
      while (i < stored.length && compareSlots(stored[i]!, r) < 0) keep(stored[i++]!);
      while (i < stored.length && compareSlots(stored[i]!, r) === 0) addStored(prev, stored[i++]!);
    }
    applyToSlot(cur, prev, r, counts);
  }
  out.push(...cur);
  while (i < stored.length) keep(stored[i++]!);
  return { records: out, ...counts };
}

/**
 * Whether two records say the same thing, as the source said it: estimated tokens are derived from the rate table
 * on every run (`applyRates`), not what the source said, so they count as no figure. A stored estimate against the
 * same row fetched again without one is unchanged, not a correction.
 */
export function sameRecord(a: UsageRecord, b: UsageRecord): boolean {
  return (
    a.date === b.date &&
    a.appId === b.appId &&
    a.appName === b.appName &&
    a.api === b.api &&
    a.featureId === b.featureId &&
    a.featureName === b.featureName &&
    a.unit === b.unit &&
    a.quantity === b.quantity &&
    (a.tokensEstimated ? null : a.tokens) === (b.tokensEstimated ? null : b.tokens) &&
    a.charged === b.charged
  );
}

/** Retention: drops records older than `keepDays` before `today`. Only ever called when the user configured it. */
export function applyRetention(
  records: readonly UsageRecord[],
  keepDays: number,
  today: string,
): UsageRecord[] {
  const oldest = addDays(today, -(keepDays - 1));
  return records.filter((r) => r.date >= oldest);
}

export interface TableMergeResult extends Counts {
  table: HistoryTable;
  /** Months (`YYYY-MM`) that incoming rows touched: only these can differ from the stored history. */
  touched: Set<string>;
}

/**
 * `mergeHistory` on a table: the stored history (in storage order, as the readers and this merge leave it) and the
 * incoming rows → a new table, with the same slot rules and counts. Stored rows outside the incoming slots are
 * copied column by column, never turned into objects; only the slots the incoming rows touch are.
 */
export function mergeIntoTable(stored: HistoryTable, incoming: HistoryRows): TableMergeResult {
  if (incoming instanceof HistoryTable) {
    // The usual full build: nothing stored yet, and files already in storage order, each slot once.
    if (stored.length === 0 && isClean(incoming)) {
      return {
        table: incoming,
        added: incoming.length,
        changed: 0,
        unchanged: 0,
        touched: monthsOf(incoming),
      };
    }
    incoming = incoming.toArray();
  }
  // Grouped by slot, each slot's rows in input order (the order the slot rules apply them in).
  const rows = [...incoming].sort(compareSlots);
  const out = new HistoryTable();
  // At most every stored row and every incoming one.
  out.reserve(stored.length + rows.length);
  const counts: Counts = { added: 0, changed: 0, unchanged: 0 };
  const touched = new Set<string>();
  let i = 0;
  const keep = (at: number): void => {
    // Duplicate keys in the stored rows: the last wins, as in the keyed merge.
    if (out.length > 0 && sameKeyAsLast(out, stored, at)) out.length--;
    out.copyRow(stored, at);
  };
  // Stored rows up to `end` that no incoming row touches: copied as a block when none repeats a key (the rule
  // above would drop one of them), else one by one.
  const keepUntil = (end: number): void => {
    if (i < end && out.length > 0 && sameKeyAsLast(out, stored, i)) keep(i++);
    for (let k = i + 1; k < end; k++) {
      if (stored.compare(k - 1, k) === 0) {
        while (i < end) keep(i++);
        return;
      }
    }
    out.copyRows(stored, i, end);
    i = end;
  };
  for (let k = 0; k < rows.length;) {
    const first = rows[k]!;
    touched.add(first.date.slice(0, 7));
    const day = dayNumber(first.date);
    keepUntil(slotStart(stored, i, day, first));
    const prev: UsageRecord[] = [];
    while (i < stored.length && compareRowToSlot(stored, i, day, first) === 0)
      addStored(prev, stored.record(i++));
    const cur: UsageRecord[] = [];
    for (; k < rows.length && compareSlots(rows[k]!, first) === 0; k++)
      applyToSlot(cur, prev, rows[k]!, counts);
    for (const r of cur.sort(compareRecords)) out.push(r);
  }
  keepUntil(stored.length);
  return { table: out, ...counts, touched };
}

function compareRowToSlot(t: HistoryTable, i: number, day: number, r: UsageRecord): number {
  const d = t.day[i]! - day;
  if (d !== 0) return d;
  const a = t.apps[t.app[i]!]!.id;
  if (a !== r.appId) return a < r.appId ? -1 : 1;
  const f = t.features[t.feature[i]!]!.id;
  return f === r.featureId ? 0 : f < r.featureId ? -1 : 1;
}

/** The first stored row from `i` on that is not before the slot of `r` (stored rows are in storage order). */
function slotStart(t: HistoryTable, i: number, day: number, r: UsageRecord): number {
  let lo = i;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareRowToSlot(t, mid, day, r) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameKeyAsLast(out: HistoryTable, from: HistoryTable, i: number): boolean {
  const j = out.length - 1;
  return (
    out.day[j] === from.day[i] &&
    out.apps[out.app[j]!]!.id === from.apps[from.app[i]!]!.id &&
    out.features[out.feature[j]!]!.id === from.features[from.feature[i]!]!.id &&
    out.charged(j) === from.charged(i)
  );
}

/**
 * In storage order with each slot once, or twice as a charged and an uncharged row: what merging it into nothing
 * would give back unchanged.
 */
export function isClean(t: HistoryTable): boolean {
  for (let i = 1; i < t.length; i++) {
    const c = t.compare(i - 1, i);
    if (c >= 0) return false;
    if (t.compareSlots(i - 1, i) === 0 && (t.charged(i - 1) === undefined || t.charged(i) === undefined))
      return false;
  }
  return true;
}

/** The months (`YYYY-MM`) a table's rows fall in. */
export function monthsOf(t: HistoryTable): Set<string> {
  const out = new Set<string>();
  let day = NaN;
  for (let i = 0; i < t.length; i++) {
    if (t.day[i] === day) continue;
    day = t.day[i]!;
    out.add(t.date(i).slice(0, 7));
  }
  return out;
}

/** `applyRetention` on a table: its rows are in day order, so the kept rows are its tail. */
export function applyTableRetention(table: HistoryTable, keepDays: number, today: string): HistoryTable {
  const oldest = dayNumber(addDays(today, -(keepDays - 1)));
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.day[mid]! < oldest) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? table : table.slice(lo);
}
