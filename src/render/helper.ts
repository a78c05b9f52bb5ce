/**
 * A second thread for a site of thousands of apps: it builds the same model from the same history, renders
 * nearly half the app pages and makes `data/report.json`, while the main thread renders the rest and places the
 * helper's pages in order. On a
 * 2-core runner the pages of 10,000 apps then take about half as long; building the model twice costs the helper
 * a few seconds, so a site with few apps and long history (where the model dominates) renders on one thread.
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

/** Everything the helper thread gets: the model's input (its history as columns) and how to render. */
export interface HelperJob {
  model: Omit<BuildInput, 'records'> & { records: TableColumns };
  render: HelperRenderOptions;
  /** Page path → the key recorded for its stored bytes: a page with that key is left to the main thread to keep. */
  recorded: ReadonlyMap<string, string>;
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
