/**
 * Merge → model → render, entirely in memory: nothing is written until every page rendered, so a failure never
 * leaves a half-broken site over a good one. The pipeline calls it again after a rejected save, with the fresher
 * history. Pure but for the chart renderer inside `renderSite` and the helper thread it may start through
 * `startHelper`.
 */
import type { Config } from './config/schema.js';
import {
  EMPTY_HISTORY,
  FILES_RECORD,
  formatFilesRecord,
  historyFileContents,
  type SnapshotFile,
  type StoredHistory,
} from './history/history-files.js';
import { csvKey } from './model/month-snapshot.js';
import { buildModel } from './model/build.js';
import { hideTableIds } from './model/public-ids.js';
import type { DateRange } from './model/dates.js';
import type { HistoryRows, HistoryTable } from './model/history-table.js';
import { applyTableRetention, mergeIntoTable } from './model/history.js';
import { applyTableRates } from './model/rates.js';
import type { ReportModel } from './model/types.js';
import type { TemplateOverrides } from './config/template-overrides.js';
import { publicExportFiles } from './render/downloads.js';
import {
  monthCounter,
  takeMonthsLeft,
  worthAHelper,
  worthHelperMonths,
  type HelperMonthsJob,
  type MadeMonth,
  type MonthToMake,
  type StartPageHelper,
} from './render/helper.js';
import { renderSite, type ChartDrawer, type PageRecord, type RenderedSite } from './render/render.js';
import { spreadsheetCopy, spreadsheetPathOf } from './render/spreadsheet.js';
import type { TableRange } from './model/month-csv.js';
import {
  ChunkedFile,
  SiteFileMap,
  type FileBody,
  type FileContent,
  type FileSpool,
  type SpooledFile,
} from './site-files.js';
import type { SourceResult } from './sources/types.js';
import { keptFile, pageCache, spreadsheetKey } from './site-cache.js';

export type { TemplateOverrides } from './config/template-overrides.js';

export interface BuildSiteInput {
  config: Config;
  /** The history as the store read it (default: none). */
  stored?: StoredHistory;
  fetched: Pick<SourceResult<HistoryRows>, 'records' | 'apps'>;
  range: DateRange;
  /** The one "as of" day of the report. */
  asOf: string;
  /** Where the site is published, for links from Markdown (config `report.siteUrl` wins). */
  siteUrl?: string;
  /** `report.templates`, already read (the pipeline reads them before fetching, so a bad folder fails early). */
  overrides?: TemplateOverrides;
  /** Called after each page is rendered (progress lines on large sites). */
  onPage?: (done: number, total: number) => void;
  /** Draws each chart (default: `render/charts/draw.ts`); see `RenderOptions.drawChart`. */
  drawChart?: ChartDrawer;
  /**
   * Starts a thread that renders nearly half the app pages and `report.json` (`render/helper.ts`), used when the
   * site has enough apps for it to pay (never with `drawChart`, which it cannot call).
   */
  startHelper?: StartPageHelper;
  /** Where pages are written as they are rendered once the spool's `holdBytes` are held (the store's). */
  spool?: FileSpool;
}

export interface Site {
  model: ReportModel;
  /** Every file of the site, history included: path → content (month files produced when read). */
  files: SiteFileMap;
  /** The full Markdown summary (also `summary.md`). */
  summary: string;
  /**
   * The richest summary within a publisher's limit, with the same templates and site URL; `measure` counts
   * characters by default (pass a byte count for the job summary).
   */
  summaryWithin(limit: number, measure?: (text: string) => number): string;
  /** Files whose bytes are those read from `stored`: the store they came from need not write them. */
  unchanged: ReadonlySet<string>;
  /** Pages whose inputs were those recorded for their stored bytes: kept, not rendered (their charts not drawn). */
  keptPages: ReadonlySet<string>;
  /** The merged history, rates applied, retention applied. */
  history: HistoryTable;
  merge: { added: number; changed: number; unchanged: number; records: number };
}

export async function buildSite(input: BuildSiteInput): Promise<Site> {
  const { config } = input;
  const stored = input.stored ?? EMPTY_HISTORY;
  const merged = mergeIntoTable(stored.records, input.fetched.records);
  const rated = applyTableRates(merged.table, config.rates);
  let history = rated.table;
  if (config.history.keepDays) history = applyTableRetention(history, config.history.keepDays, input.asOf);
  // `report.showIds: false`: the site is built from a view of the table with a short hash for each client id (the
  // same columns, other app texts); the stored history below is written from the real table, so the next run
  // reads the ids back.
  const idFree = !config.report.showIds;
  const hidden = idFree
    ? hideTableIds({ table: history, statuses: input.fetched.apps, apps: config.apps })
    : null;
  const siteConfig: Config = hidden ? { ...config, apps: [...hidden.apps] } : config;
  // Months the run did not touch keep the text read from the store: neither formatted nor compared again. The
  // others are formatted from the table only when the store writes them, one month at a time.
  const data = historyFileContents(
    history,
    stored,
    (month) => !merged.touched.has(month) && !rated.changed.has(month),
  );
  const publicCopies = hidden ? publicExportFiles(hidden.table) : null;
  const downloads: ReadonlyMap<string, FileContent> = publicCopies ? publicCopies.files : data.files;
  const downloadRanges = publicCopies ? publicCopies.ranges : data.ranges;
  const siteUrl = config.report.siteUrl ?? input.siteUrl;
  const modelInput = {
    records: hidden ? hidden.table : history,
    range: input.range,
    asOf: input.asOf,
    statuses: hidden ? hidden.statuses : input.fetched.apps,
    config: siteConfig,
  };
  const notes = configNotes(siteConfig);
  const cache = pageCache(stored.files);
  const overrides = input.overrides
    ? { templates: input.overrides.templates, partials: input.overrides.partials }
    : {};
  // Started before the model is built: the helper builds its own from the same input meanwhile.
  const apps = Math.max(modelInput.records.appIds.length, modelInput.statuses.length);
  const pages = !input.drawChart && worthAHelper(apps, modelInput.records.length);
  // Months are listed (and their files reserved) only when there is a helper to make them.
  const months =
    input.startHelper && input.spool && !idFree ? monthsToMake(data.ranges, input.spool) : undefined;
  const helper =
    input.startHelper && (pages || months)
      ? await input.startHelper({
          history: modelInput.records.columns(),
          ...(pages
            ? {
                pages: {
                  model: withoutRecords(modelInput),
                  render: { notes, tool: cache.tool, ...overrides },
                  recorded: recordedKeys(stored.files),
                },
              }
            : {}),
          ...(months ? { months } : {}),
        })
      : undefined;
  let model: ReportModel;
  let rendered: RenderedSite;
  let helped: ReadonlyMap<string, HelpedMonth> | undefined;
  try {
    model = buildModel(modelInput);
    rendered = await renderSite(model, {
      dataFiles: [...downloads.keys()],
      ...(idFree ? { idFreeDownloads: true } : {}),
      notes,
      ...(input.onPage ? { onPage: input.onPage } : {}),
      ...(input.drawChart ? { drawChart: input.drawChart } : {}),
      cache,
      ...(helper && pages ? { helper } : {}),
      ...(input.spool ? { spool: input.spool } : {}),
      ...overrides,
      ...(siteUrl ? { siteUrl } : {}),
    });
    if (helper && months) {
      // The months the helper has not taken are made here, in the save; those it took are waited for.
      const taken = takeMonthsLeft(months);
      helped = spooledMonths(months.list.slice(0, taken), await helper.months(), input.spool!);
    }
  } finally {
    await helper?.close();
  }
  // A spreadsheet copy of an export whose bytes are those read keeps its stored bytes, if they are the recorded ones.
  const sheets = new Map<string, PageRecord>();
  for (const path of downloads.keys()) {
    const content = downloads.get(path)!;
    const exportKey = data.kept.has(path)
      ? stored.months.get(monthOfExport(path))?.key
      : typeof content === 'string'
        ? csvKey(content)
        : undefined;
    const sheet = spreadsheetPathOf(path)!;
    const key = exportKey && spreadsheetKey(exportKey);
    if (key && keptFile(stored.files, sheet, key)) sheets.set(sheet, stored.files!.records.get(sheet)!);
  }
  const files = siteFiles(
    data.files,
    data.snapshots,
    { files: downloads, ranges: downloadRanges },
    rendered.files,
    sheets,
    helped ?? new Map(),
  );
  files.set(FILES_RECORD, () => formatFilesRecord(new Map([...rendered.pages, ...files.sheetRecords()])));
  return {
    model,
    files,
    summary: rendered.summary,
    summaryWithin: rendered.summaryWithin,
    // Kept pages and copies are the bytes just read from the store: it need not compare or write them either.
    unchanged: new Set([...data.kept, ...rendered.kept, ...sheets.keys()]),
    keptPages: rendered.kept,
    history,
    merge: {
      added: merged.added,
      changed: merged.changed,
      unchanged: merged.unchanged,
      records: history.length,
    },
  };
}

/** A month's files the helper made, in the spool: the export, its snapshot, its spreadsheet copy and its record. */
interface HelpedMonth {
  export: SpooledFile;
  snapshot: SpooledFile;
  sheet: SpooledFile;
  sheetRecord: PageRecord;
}

/** The months to format, for the helper to make into the spool, when they are enough rows for it to pay. */
function monthsToMake(
  ranges: ReadonlyMap<string, () => TableRange>,
  spool: FileSpool,
): HelperMonthsJob | undefined {
  const months = [...ranges].map(([path, range]): MonthToMake => {
    const { from, to } = range();
    return {
      path,
      month: monthOfExport(path),
      from,
      to,
      files: { export: spool.reserve(), snapshot: spool.reserve(), sheet: spool.reserve() },
    };
  });
  const rows = months.reduce((sum, m) => sum + (m.to - m.from), 0);
  return worthHelperMonths(rows) ? { list: months, next: monthCounter() } : undefined;
}

function withoutRecords<T extends { records: unknown }>(input: T): Omit<T, 'records'> {
  const { records: _records, ...rest } = input;
  return rest;
}

function monthOfExport(path: string): string {
  return path.slice(-11, -4);
}

/** The helper's months as files of the spool, by export path; every month asked for must be there. */
function spooledMonths(
  asked: readonly MonthToMake[],
  made: readonly MadeMonth[],
  spool: FileSpool,
): Map<string, HelpedMonth> {
  const byPath = new Map(made.map((m) => [m.path, m]));
  const out = new Map<string, HelpedMonth>();
  for (const m of asked) {
    const done = byPath.get(m.path);
    if (!done) throw new Error(`page helper: ${m.path} was not made`);
    out.set(m.path, {
      export: spool.adopt(m.files.export, done.sizes.export),
      snapshot: spool.adopt(m.files.snapshot, done.sizes.snapshot),
      sheet: spool.adopt(m.files.sheet, done.sizes.sheet),
      sheetRecord: { key: spreadsheetKey(done.key), bytes: done.sheetDigest },
    });
  }
  return out;
}

/** Page path → the key recorded for its stored bytes. */
function recordedKeys(stored: StoredHistory['files']): Map<string, string> {
  return new Map([...(stored?.records ?? [])].map(([path, record]) => [path, record.key]));
}

/**
 * The history exports, each followed by its snapshot, then the downloads (the exports themselves, or their id-free
 * copies) each with its spreadsheet copy, and the pages. Exports are formatted only when read; the snapshot and the
 * spreadsheet copy of an export come right after it, so that a store writing the files in order formats each
 * export once.
 */
function siteFiles(
  data: ReadonlyMap<string, FileContent>,
  snapshots: ReadonlyMap<string, SnapshotFile>,
  downloads: { files: ReadonlyMap<string, FileContent>; ranges: ReadonlyMap<string, () => TableRange> },
  pages: SiteFileMap,
  keptSheets: ReadonlyMap<string, PageRecord>,
  helped: ReadonlyMap<string, HelpedMonth>,
): SiteFileMap & { sheetRecords(): Map<string, PageRecord> } {
  const files = new SiteFileMap();
  // The record of each spreadsheet copy made, as it is made (the store reads the files in order, the record last).
  const made = new Map<string, PageRecord>();
  const exports = new Map<string, () => ChunkedFile>();
  // The export last formatted and its SHA-256, which its snapshot and its spreadsheet copy are both keyed by.
  let last: { path: string; body: FileBody; key?: string } | undefined;
  const exportBody = (path: string, content: FileContent): FileBody => {
    if (typeof content !== 'function') return content;
    if (last?.path !== path) last = { path, body: content() };
    return last.body;
  };
  const exportKey = (path: string, content: FileContent): { body: FileBody; key: string } => {
    const body = exportBody(path, content);
    if (last?.path !== path || last.body !== body) return { body, key: csvKey(body) };
    return { body, key: (last.key ??= csvKey(body)) };
  };
  const lazy = (path: string, content: FileContent): FileContent =>
    typeof content !== 'function' ? content : () => exportBody(path, content);
  const spreadsheet = (path: string, content: FileContent): void => {
    const sheet = spreadsheetPathOf(path)!;
    const range = downloads.ranges.get(path);
    // Taken from the export when the store comes to the copy (the export was just made), written a chunk at a
    // time; its record is made as its last chunk is.
    const make = (): ChunkedFile => {
      const { body, key } = exportKey(path, content);
      return new ChunkedFile(function* () {
        const bytes = yield* spreadsheetCopy(body, range);
        if (!keptSheets.has(sheet)) made.set(sheet, { key: spreadsheetKey(key), bytes });
      });
    };
    exports.set(sheet, make);
    files.set(sheet, make);
  };
  for (const [path, content] of data) {
    const month = helped.get(path);
    if (month) {
      // Made by the helper (only where the downloads are the exports themselves).
      files.set(path, month.export);
      files.set(snapshots.get(path)!.path, month.snapshot);
      files.set(spreadsheetPathOf(path)!, month.sheet);
      continue;
    }
    files.set(path, lazy(path, content));
    const snapshot = snapshots.get(path);
    if (snapshot) files.set(snapshot.path, () => snapshot.content(exportKey(path, content).key));
    if (downloads.files === data) spreadsheet(path, content);
  }
  if (downloads.files !== data)
    for (const [path, content] of downloads.files) {
      files.set(path, lazy(path, content));
      spreadsheet(path, content);
    }
  for (const [path, content] of pages.contents()) files.set(path, content);
  const sheetRecords = (): Map<string, PageRecord> => {
    const out = new Map<string, PageRecord>();
    for (const [path, month] of helped) out.set(spreadsheetPathOf(path)!, month.sheetRecord);
    for (const [sheet, make] of exports) {
      if (!keptSheets.has(sheet) && !made.has(sheet)) for (const _chunk of make().chunks());
      out.set(sheet, keptSheets.get(sheet) ?? made.get(sheet)!);
    }
    return out;
  };
  return Object.assign(files, { sheetRecords });
}

/** The Markdown notes of the config, for the pages: `report.notes` and each app's `notes`. */
function configNotes(config: Config): NonNullable<Parameters<typeof renderSite>[1]['notes']> {
  const apps = new Map(config.apps.flatMap((a) => (a.notes ? [[a.id, a.notes] as const] : [])));
  return { ...(config.report.notes ? { report: config.report.notes } : {}), apps };
}
