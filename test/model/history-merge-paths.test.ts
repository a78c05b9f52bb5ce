// mergeHistory has a linear path for inputs already in storage order and a keyed path for the rest: both must give
// exactly what the keyed merge gives (same records, same winners, same counts), duplicates and charge flags included.
import { expect, test } from 'vitest';
import { mergeHistory, sameRecord } from '../../src/model/history.js';
import { compareRecords, slotKey, type UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';

/**
 * The merge rule, written plainly: stored rows by slot (the last of each flag wins); each incoming row, in order,
 * goes into its slot's fresh rows — replacing the rows of the other kind (flagged vs not) and any with its flag —
 * counted against the latest row it replaces; the fresh rows of a slot replace all its stored rows.
 */
function keyedMerge(stored: readonly UsageRecord[], incoming: readonly UsageRecord[]) {
  const flag = (r: UsageRecord): string => String(r.charged);
  const storedBySlot = new Map<string, Map<string, UsageRecord>>();
  for (const r of stored) {
    const slot = slotKey(r);
    if (!storedBySlot.has(slot)) storedBySlot.set(slot, new Map());
    storedBySlot.get(slot)!.set(flag(r), r);
  }
  const fresh = new Map<string, Map<string, UsageRecord>>();
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const r of incoming) {
    const slot = slotKey(r);
    if (!fresh.has(slot)) fresh.set(slot, new Map());
    const rows = fresh.get(slot)!;
    const first = [...rows.values()][0];
    if (first && (first.charged === undefined) !== (r.charged === undefined)) rows.clear();
    const old = rows.get(flag(r)) ?? storedBySlot.get(slot)?.get(flag(r));
    if (!old) added++;
    else if (sameRecord(old, r)) unchanged++;
    else changed++;
    rows.set(flag(r), r);
  }
  for (const [slot, rows] of fresh) storedBySlot.set(slot, rows);
  const records = [...storedBySlot.values()].flatMap((m) => [...m.values()]).sort(compareRecords);
  return { records, added, changed, unchanged };
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
        ...pick([{}, {}, { charged: true }, { charged: false }]),
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
