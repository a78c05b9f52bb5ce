// mergeHistory has a linear path for inputs already in storage order and a keyed path for the rest: both must give
// exactly what the keyed merge gives (same records, same winners, same counts), duplicates included.
import { expect, test } from 'vitest';
import { mergeHistory, sameRecord } from '../../src/model/history.js';
import { compareRecords, makeUsageRecord, recordKey, type UsageRecord } from '../../src/model/records.js';

function keyedMerge(stored: readonly UsageRecord[], incoming: readonly UsageRecord[]) {
  const byKey = new Map<string, UsageRecord>();
  for (const r of stored) byKey.set(recordKey(r), r);
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const r of incoming) {
    const old = byKey.get(recordKey(r));
    if (!old) added++;
    else if (sameRecord(old, r)) unchanged++;
    else changed++;
    byKey.set(recordKey(r), r);
  }
  return { records: [...byKey.values()].sort(compareRecords), added, changed, unchanged };
}

test('sorted and unsorted inputs, with duplicate keys, merge exactly as the keyed merge does', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const records = (n: number): UsageRecord[] =>
    Array.from({ length: n }, () =>
      makeUsageRecord({
        date: pick(['2026-01-01', '2026-01-02', '2026-01-03']),
        appId: pick(['a', 'ab', 'b']),
        featureId: pick(['x', 'y']),
        quantity: Math.floor(random() * 3),
      }),
    );
  for (let t = 0; t < 2000; t++) {
    const stored = records(Math.floor(random() * 12));
    const incoming = records(Math.floor(random() * 12));
    if (random() < 0.7) stored.sort(compareRecords);
    if (random() < 0.7) incoming.sort(compareRecords);
    const merged = mergeHistory(stored, incoming);
    const expected = keyedMerge(stored, incoming);
    expect(merged).toEqual(expected);
    merged.records.forEach((r, i) => expect(r).toBe(expected.records[i]));
  }
});
