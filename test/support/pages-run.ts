/**
 * Drives the pages store the way `runReport` does — read, build, save, and again from the fresher branch after a
 * rejected save — with a test's own `produce` in place of merge → model → render.
 */
import type { UsageRecord } from '../../src/model/records.js';
import {
  openPagesStore,
  type PagesDeps,
  type PagesLocation,
  type PagesStoreOptions,
} from '../../src/history/pages-store.js';
import type { SaveResult } from '../../src/history/store.js';

export type ProduceSite = (stored: readonly UsageRecord[]) => Promise<{ files: ReadonlyMap<string, string> }>;

export interface PagesRun extends SaveResult {
  /** Saves made, counting the first. */
  attempts: number;
  /** Something was committed (pushed, or in a dry run would have been). */
  changed: boolean;
  /** Files the site produced. */
  files: number;
}

export async function publishPages(
  options: PagesStoreOptions,
  produce: ProduceSite,
  deps: PagesDeps,
): Promise<PagesRun> {
  const store = await openPagesStore(options, deps);
  try {
    let site = await produce((await store.read()).records.toArray());
    let saved = await store.save(site);
    let attempts = 1;
    while (saved.status === 'rejected') {
      site = await produce((await store.read()).records.toArray());
      saved = await store.save(site);
      attempts++;
    }
    return { ...saved, attempts, changed: saved.status === 'saved', files: site.files.size };
  } finally {
    await store.close();
  }
}

/** The history on the branch, without publishing. */
export async function readPagesHistory(location: PagesLocation, deps: PagesDeps): Promise<UsageRecord[]> {
  const store = await openPagesStore(
    {
      ...location,
      dryRun: true,
      message: 'read only',
      author: { name: 'test', email: 'test@example.invalid' },
    },
    deps,
  );
  try {
    return [...(await store.read()).records];
  } finally {
    await store.close();
  }
}
