/**
 * History merge: upsert by slot `(date, app_id, feature_id)`. A later fetch of a day replaces every stored row of
 * that slot (APS corrects recent days, and a charge flag may appear or go: a slot then holds a charged and an
 * uncharged row, or one row without the flag — never both kinds, which would count the day twice); re-running
 * changes nothing; nothing outside the incoming slots is lost. Pure.
 */
import { addDays } from './dates.js';
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
