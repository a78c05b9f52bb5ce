/**
 * History merge: upsert by `(date, app_id, feature_id)`. A later fetch of the same day replaces the earlier value
 * (APS corrects recent days); re-running changes nothing; nothing outside the incoming records is lost. Pure.
 */
import { addDays } from './dates.js';
import { compareRecords, recordKey, type UsageRecord } from './records.js';

export interface MergeResult {
  records: UsageRecord[];
  added: number;
  changed: number;
  unchanged: number;
}

export function mergeHistory(stored: readonly UsageRecord[], incoming: readonly UsageRecord[]): MergeResult {
  if (isSorted(stored) && isSorted(incoming)) return mergeSorted(stored, incoming);
  const byKey = new Map<string, UsageRecord>();
  for (const r of stored) byKey.set(recordKey(r), r);
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const r of incoming) {
    const key = recordKey(r);
    const old = byKey.get(key);
    if (!old) added++;
    else if (sameRecord(old, r)) unchanged++;
    else changed++;
    byKey.set(key, r);
  }
  return { records: [...byKey.values()].sort(compareRecords), added, changed, unchanged };
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
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  let i = 0;
  const keep = (r: UsageRecord): void => {
    const last = out[out.length - 1];
    if (last && compareRecords(last, r) === 0) out[out.length - 1] = r;
    else out.push(r);
  };
  for (const r of incoming) {
    while (i < stored.length && compareRecords(stored[i]!, r) <= 0) keep(stored[i++]!);
    const last = out[out.length - 1];
    if (last && compareRecords(last, r) === 0) {
      if (sameRecord(last, r)) unchanged++;
      else changed++;
      out[out.length - 1] = r;
    } else {
      added++;
      out.push(r);
    }
  }
  while (i < stored.length) keep(stored[i++]!);
  return { records: out, added, changed, unchanged };
}

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
    a.tokens === b.tokens &&
    a.tokensEstimated === b.tokensEstimated
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
