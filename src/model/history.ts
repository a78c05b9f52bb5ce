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
