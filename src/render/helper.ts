/**
 * A second thread for a large site. With thousands of apps it builds the same model from the same history,
 * renders nearly half the app pages and makes `data/report.json`, while the main thread renders the rest and
 * places the helper's pages in order: on a 2-core runner the pages of 10,000 apps then take about half as long;
 * building the model twice costs the helper a few seconds, so a site with few apps and long history (where the
 * model dominates) renders its pages on one thread. With hundreds of thousands of history rows it then makes the
 * month files (exports, snapshots, spreadsheet copies) into the store's spool, which the main thread made in the
 * save before.
 * This module is the contract between the two threads; the thread itself is started at the edge (`page-helper.ts`).
 * Pure.
 */
import type { BuildInput } from '../model/build.js';
import type { TableColumns } from '../model/history-table.js';
import type { RenderOptions } from './render.js';

/** What the helper renders with: the options of `renderSite` that are data, and the tool of the page keys. */
export type HelperRenderOptions = Pick<RenderOptions, 'templates' | 'partials' | 'notes'> & {
  /** `PageCache.tool`: part of every page's key. */
  tool: string;
};

/** The app pages and `report.json` the helper makes: the model's input (its records aside) and how to render. */
export interface HelperPagesJob {
  model: Omit<BuildInput, 'records'>;
  render: HelperRenderOptions;
  /** Page path → the key recorded for its stored bytes: a page with that key is left to the main thread to keep. */
  recorded: ReadonlyMap<string, string>;
}

/**
 * A month the helper makes (rows `from`..`to` of the history): its export, the export's snapshot and its
 * spreadsheet copy, each written to the file named (in the store's spool), which the main thread links.
 */
export interface MonthToMake {
  /** The export's site path (`data/usage-YYYY-MM.csv`). */
  path: string;
  month: string;
  from: number;
  to: number;
  files: { export: string; snapshot: string; sheet: string };
}

/** A month the helper made: the export's key (its SHA-256), the bytes written, the SHA-256 of the copy. */
export interface MadeMonth {
  path: string;
  key: string;
  sizes: { export: number; snapshot: number; sheet: number };
  sheetDigest: string;
}

/** Everything the helper thread gets: the history as columns, and what to make of it. */
export interface HelperJob {
  /** The model's records; with `months`, also the history the month files are made from (the same table). */
  history: TableColumns;
  pages?: HelperPagesJob;
  /** Made after the pages: they are needed only when the site is saved. */
  months?: HelperMonthsJob;
}

/**
 * The months either thread may make: each takes the next one from `next` (shared memory: `next[0]` is the
 * index of the next month to make). The main thread takes all that are left once its pages are rendered and makes
 * them in the save, so neither waits long for the other; the files are the same whoever makes them.
 */
export interface HelperMonthsJob {
  list: MonthToMake[];
  next: Int32Array;
}

/** A shared counter for `HelperMonthsJob.next`. */
export function monthCounter(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Takes the next month of `job` (its index), or none when all are taken. */
export function takeMonth(job: HelperMonthsJob): number | undefined {
  const i = Atomics.add(job.next, 0, 1);
  return i < job.list.length ? i : undefined;
}

/** Takes every month left: the months before the index returned are the helper's. */
export function takeMonthsLeft(job: HelperMonthsJob): number {
  return Math.min(Atomics.exchange(job.next, 0, job.list.length), job.list.length);
}

/** One app page from the helper: its bytes and their SHA-256, or none when its key is the recorded one. */
export interface HelpedPage {
  /** The app's position in the model. */
  app: number;
  path: string;
  key: string;
  bytes?: Uint8Array;
  digest?: string;
}

export interface PageHelper {
  /** The next app page the helper rendered, in the model's order; rejects when the helper failed. */
  next(): Promise<HelpedPage>;
  /** `data/report.json`, which the helper makes after its pages, in chunks of their own memory. */
  reportJson(): Promise<Uint8Array[]>;
  /** The months of the job, once the helper made them all. */
  months(): Promise<MadeMonth[]>;
  /** Stops the thread (also when the main thread failed first). */
  close(): Promise<void>;
}

export type StartPageHelper = (job: HelperJob) => Promise<PageHelper>;

/**
 * The helper renders 9 app pages of every 20, at odd positions (apps are ranked by tokens, so each thread gets a
 * fair mix), then makes `report.json`, which takes it about as long as a tenth of the pages.
 */
export function isHelpedApp(app: number, apps: number): boolean {
  return app >= 0 && app < apps && app % 2 === 1 && app % 20 !== 19;
}

/**
 * Measured on a 2-core machine: a page costs about 5 ms to render, of which the helper saves half, and the model
 * about 3.3 µs a history row, which the helper spends again. Below a few hundred apps a thread is not worth
 * starting at all.
 */
const SAVED_PER_APP_US = 2_500;
const MODEL_PER_ROW_US = 3.3;
const MIN_APPS = 500;

/** Whether a site of `apps` app pages over `rows` history rows renders sooner with a helper thread. */
export function worthAHelper(apps: number, rows: number): boolean {
  return apps >= MIN_APPS && apps * SAVED_PER_APP_US > rows * MODEL_PER_ROW_US;
}

/**
 * Making a month's files costs the main thread ≈ 1.9 µs a row at save time (export, snapshot, spreadsheet copy,
 * their SHA-256); a helper takes ≈ 0.1 s to start and copy the history. Worth it from about 100,000 rows.
 */
const MONTHS_MIN_ROWS = 100_000;

/** Whether the month files of `rows` history rows are made sooner by the helper thread. */
export function worthHelperMonths(rows: number): boolean {
  return rows >= MONTHS_MIN_ROWS;
}
