/**
 * `report.showIds: false`: the site is built from a copy of the data in which every client id is replaced by a
 * short hash of it, so pages, file names, links and downloads carry names and hashes only, while the stored history
 * (built from the real records) keeps the ids. The hash is stable, so an app keeps its page from run to run.
 * Pure (hashing is computation, not I/O).
 */
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { HistoryTable } from './history-table.js';
import type { UsageRecord } from './records.js';

/** Hex digits of the SHA-256 kept: 40 bits, so a hub of thousands of apps still gets a distinct hash each. */
const HASH_DIGITS = 10;

/** `app-` and the first 10 hex digits of the id's SHA-256: shown, and used in URLs, instead of the client id. */
export function publicAppId(appId: string): string {
  return `app-${createHash('sha256').update(appId, 'utf8').digest('hex').slice(0, HASH_DIGITS)}`;
}

/** Client id → its public id, for every id given; two ids with one hash are an error rather than one merged app. */
export function publicIds(appIds: Iterable<string>): Map<string, string> {
  const ids = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const id of appIds) {
    if (ids.has(id)) continue;
    const hash = publicAppId(id);
    const other = owner.get(hash);
    // Never two apps merged under one hash: with 40 bits this needs about a million apps, but it is checked.
    if (other !== undefined)
      throw new UserError(`report.showIds: two client ids share the hash ${hash}; set report.showIds: true`);
    owner.set(hash, id);
    ids.set(id, hash);
  }
  return ids;
}

export interface IdentifiedInput<
  S extends { id: string; name: string; error?: string },
  A extends { id: string },
> {
  records: readonly UsageRecord[];
  statuses: readonly S[];
  /** The config's apps (names, budgets, notes), keyed by client id. */
  apps: readonly A[];
}

/**
 * The same records, statuses and configured apps with every client id replaced by its public id — also where an id
 * stands in for a missing name, and inside an error message (APS errors may quote the id).
 */
export function hideIds<S extends { id: string; name: string; error?: string }, A extends { id: string }>(
  input: IdentifiedInput<S, A>,
): IdentifiedInput<S, A> {
  const hider = idHider(input, uniqueAppIds(input.records));
  return {
    records: input.records.map((r) => ({
      ...r,
      appId: hider.hide(r.appId),
      appName: hider.name(r.appName, r.appId),
    })),
    ...hider.others,
  };
}

/** `hideIds` on a history table: the same rows (its columns shared), each app's texts hidden once. */
export function hideTableIds<
  S extends { id: string; name: string; error?: string },
  A extends { id: string },
>(
  input: Omit<IdentifiedInput<S, A>, 'records'> & { table: HistoryTable },
): Omit<IdentifiedInput<S, A>, 'records'> & { table: HistoryTable } {
  const { table } = input;
  // The ids in the order their rows come, as `hideIds` meets them in the records.
  const seen = new Uint8Array(table.apps.length);
  const ids: string[] = [];
  for (let i = 0; i < table.length; i++) {
    const a = table.app[i]!;
    if (seen[a]) continue;
    seen[a] = 1;
    ids.push(table.apps[a]!.id);
  }
  const hider = idHider(input, ids);
  return {
    table: table.withAppTexts((a) => ({ id: hider.hide(a.id), name: hider.name(a.name, a.id) })),
    ...hider.others,
  };
}

function idHider<S extends { id: string; name: string; error?: string }, A extends { id: string }>(
  input: Omit<IdentifiedInput<S, A>, 'records'>,
  recordIds: Iterable<string>,
): {
  hide: (id: string) => string;
  name: (appName: string, id: string) => string;
  others: Omit<IdentifiedInput<S, A>, 'records'>;
} {
  const ids = publicIds([...input.statuses.map((s) => s.id), ...input.apps.map((a) => a.id), ...recordIds]);
  const hide = (id: string): string => ids.get(id)!;
  // Longest first, so an id that contains another is replaced whole.
  const byLength = [...ids].sort(([a], [b]) => b.length - a.length);
  const scrub = (text: string): string => byLength.reduce((t, [id, hash]) => t.split(id).join(hash), text);
  // A name is the id when APS gave none; a name may also quote it. Names repeat on every record: once each.
  const names = new Map<string, string>();
  const name = (appName: string, id: string): string => {
    if (appName === '' || appName === id) return hide(id);
    let hidden = names.get(appName);
    if (hidden === undefined) names.set(appName, (hidden = scrub(appName)));
    return hidden;
  };
  return {
    hide,
    name,
    others: {
      statuses: input.statuses.map((s) => {
        const hidden: S = { ...s, id: hide(s.id), name: name(s.name, s.id) };
        if (s.error !== undefined) hidden.error = scrub(s.error);
        return hidden;
      }),
      apps: input.apps.map((a) => ({ ...a, id: hide(a.id) })),
    },
  };
}

function uniqueAppIds(records: readonly UsageRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const r of records) ids.add(r.appId);
  return ids;
}
