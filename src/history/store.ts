/**
 * The history store: where the site and its history live between runs. Two implementations — the output folder
 * (`folder-store.ts`) and the pages branch (`pages-store.ts`) — behind one port, so the pipeline reads the history,
 * builds the site and saves it the same way whichever holds it.
 */
import type { FileSpool } from '../site-files.js';
import type { StoredHistory } from './history-files.js';

export type { StoredHistory } from './history-files.js';

/** A built site as a store saves it. */
export interface SiteFiles {
  /** Path relative to the site folder (POSIX separators) → content. */
  files: ReadonlyMap<string, string>;
  /**
   * Paths whose bytes are those `read()` returned from this very store (history months the run did not touch):
   * no need to compare or write them. Only meaningful for the store the site was built from.
   */
  unchanged?: ReadonlySet<string>;
}

export type SaveStatus =
  /** The site is stored (written, or committed and pushed; in a dry run: would have been). */
  | 'saved'
  /** The store already held exactly this site: nothing written, no commit. */
  | 'unchanged'
  /** Someone else saved first (a rejected push): read again, rebuild from the fresher history, save again. */
  | 'rejected';

export interface SaveResult {
  status: SaveStatus;
  /** Files written (folder) or added, modified and deleted by the commit (pages). */
  changedFiles: number;
  /** Owned files the site no longer has (a month dropped by retention, a removed app), deleted by this save. */
  deleted: readonly string[];
  /** Pages: the branch head after the save (a dry run: the commit that would have been pushed). */
  commit?: string;
  /** Pages: false in a dry run and when nothing changed. */
  pushed?: boolean;
  /** Pages: the custom domain in the branch's CNAME file, for the site's URL. */
  cname?: string;
}

export interface HistoryStore {
  /** `files` or `pages`: the publish target this store is. */
  readonly target: 'files' | 'pages';
  /** Where, for messages (`folder site`, `branch gh-pages of …`). */
  readonly where: string;
  /** The stored history (fresh from the remote on every call for pages). A file that cannot be parsed throws. */
  read(): Promise<StoredHistory>;
  /** Writes what changed, deletes owned files the site no longer has. */
  save(site: SiteFiles): Promise<SaveResult>;
  /**
   * A spool for the site's files to be written to as they are made, where `save` can link them from; removed by
   * `close`. None where the store writes nothing (read-only, dry run).
   */
  openSpool?(): Promise<FileSpool>;
  /** Releases what the store holds (the lock, the temporary clone); safe to call more than once. */
  close(): Promise<void>;
}
