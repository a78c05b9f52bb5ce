/**
 * Reading and writing the stored history in a site folder (`data/usage-YYYY-MM.csv`). A file that cannot be parsed
 * stops the run — it is never replaced by an empty history.
 *
 * A daily run changes one or two months of a history that may hold years: `historyFiles` hands back the text read
 * from disk for every month whose records came through the run untouched, instead of formatting it again, and
 * `unchangedHistoryFiles` says which files those are, so that writing the site does not read them again either.
 * Those texts are not held in memory between the read and the save (85 MB for 100 apps × 2 years, and a live heap
 * that large lets the garbage of the whole run grow about four times as large before V8 collects it): each is read
 * again when needed, and its bytes checked against the digest taken when it was read.
 * Beside each month file the site keeps that month's snapshot (`data/cache/usage-YYYY-MM.snapshot`, see
 * `model/month-snapshot.ts`): a month whose CSV bytes are those the snapshot was made from is loaded from it
 * instead of being parsed; any other month is parsed, and its snapshot written again with the site.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { fileDigest, readHead, readTransient } from './file-bytes.js';
import { monthFileName, parseExportCsvInto } from '../model/export-format.js';
import { asTable, HistoryTable, type HistoryRows } from '../model/history-table.js';
import { formatTableCsvBytes, monthRanges, type TableRange } from '../model/month-csv.js';
import {
  csvKey,
  encodeMonthSnapshot,
  loadMonthSnapshot,
  snapshotPath,
  SNAPSHOT_HEAD_BYTES,
  snapshotRowCount,
} from '../model/month-snapshot.js';

import { compareRecords } from '../model/records.js';
import type { PageRecord } from '../render/render.js';
import { textOf, type FileContent } from '../site-files.js';

const MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;

/** One month file as read: where its rows are in the history table, and its text. */
export interface StoredMonth {
  /**
   * The file's text, read again from disk (it throws if the bytes are no longer those read). Absent when the
   * file's rows were not in storage order: it is written again, sorted.
   */
  text?: () => string;
  from: number;
  to: number;
  /** The snapshot beside the file was made from these very bytes (and was used instead of parsing them). */
  snapshot: boolean;
  /** SHA-256 of the file's bytes (hex). */
  key: string;
}

/** The history as a store read it: every row in one table, in storage order, and how to read each month's text. */
export interface StoredHistory {
  records: HistoryTable;
  months: ReadonlyMap<string, StoredMonth>;
  /** The files made from others (pages, spreadsheet copies) as the last save recorded them (absent: none). */
  files?: StoredFiles;
}

/**
 * Where the record of the files made from others is kept (the pages, the spreadsheet copies): for each, the key of
 * what it was made from and the SHA-256 of its bytes.
 */
export const FILES_RECORD = 'data/cache/files.json';
const FILES_RECORD_VERSION = 1;

export interface StoredFiles {
  records: ReadonlyMap<string, PageRecord>;
  /** The stored bytes of a recorded file; undefined when the file is absent. */
  read(path: string): Promise<Buffer | undefined>;
  /** The SHA-256 of a recorded file's bytes, read without holding them; undefined when the file is absent. */
  digest(path: string): string | undefined;
}

/** The record file's text: one line per file, sorted, so that a daily run changes only the lines of its files. */
export function formatFilesRecord(records: ReadonlyMap<string, PageRecord>): string {
  const lines = [...records]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, r]) => `${JSON.stringify(path)}:${JSON.stringify(r)}`);
  return `{"version":${FILES_RECORD_VERSION},"pages":{\n${lines.join(',\n')}\n}}\n`;
}

/** The record read back; anything else (absent, damaged, another version) records no file. */
export function parseFilesRecord(text: string | undefined): Map<string, PageRecord> {
  const out = new Map<string, PageRecord>();
  if (text === undefined) return out;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return out;
  }
  const { version, pages } = (value ?? {}) as { version?: unknown; pages?: unknown };
  if (version !== FILES_RECORD_VERSION || typeof pages !== 'object' || pages === null) return out;
  for (const [path, r] of Object.entries(pages as Record<string, unknown>)) {
    const { key, bytes } = (r ?? {}) as Partial<PageRecord>;
    if (typeof key === 'string' && typeof bytes === 'string') out.set(path, { key, bytes });
  }
  return out;
}

/** The files recorded in the site folder `siteDir`. */
async function readStoredFiles(siteDir: string): Promise<StoredFiles> {
  const text = await readFile(join(siteDir, FILES_RECORD), 'utf8').catch(() => undefined);
  const records = parseFilesRecord(text);
  return {
    records,
    read: async (path) =>
      records.has(path) ? await readFile(join(siteDir, path)).catch(() => undefined) : undefined,
    digest: (path) => (records.has(path) ? fileDigest(join(siteDir, path))?.key : undefined),
  };
}

export const EMPTY_HISTORY: StoredHistory = { records: new HistoryTable(), months: new Map() };

/** Reads every `data/usage-*.csv` below `siteDir`; an absent folder is an empty history. */
export async function readHistoryDir(siteDir: string): Promise<StoredHistory> {
  const dataDir = join(siteDir, 'data');
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { records: new HistoryTable(), months: new Map() };
    throw new UserError(
      `cannot read the history folder ${dataDir}: ${(error as NodeJS.ErrnoException).code}`,
    );
  }
  let table = new HistoryTable();
  const months = new Map<string, StoredMonth>();
  let sorted = true;
  const monthNames = names.filter((n) => MONTH_FILE.test(n)).sort();
  // The row counts at the head of the snapshots first: they size the table once.
  let rows = 0;
  for (const name of monthNames) {
    // Where a snapshot says how many rows it holds, and its size.
    const head = readSnapshotFile(siteDir, MONTH_FILE.exec(name)![1]!, (p) =>
      readHead(p, SNAPSHOT_HEAD_BYTES),
    );
    if (head) rows += snapshotRowCount(head.head, head.size);
  }
  table.reserve(rows);
  for (const name of monthNames) {
    const file = join(dataDir, name);
    const month = MONTH_FILE.exec(name)![1]!;
    const from = table.length;
    // In a buffer the next read overwrites: its columns are copied into the table.
    const snapshot = readSnapshotFile(siteDir, month, readTransient);
    // With a snapshot the CSV's bytes are only hashed (not held); a snapshot of other bytes (the CSV was edited), of
    // another version, or damaged is not used: the CSV is read and parsed.
    let digest = snapshot && fileDigest(file);
    const fromSnapshot = digest !== undefined && loadMonthSnapshot(table, snapshot!, month, digest.key);
    if (!fromSnapshot) {
      const bytes = await readFile(file);
      digest = { size: bytes.length, key: csvKey(bytes) };
      parseExportCsvInto(table, bytes.toString('utf8'), file, month);
    }
    const { size, key } = digest!;
    const inOrder = rowsInOrder(table, from);
    sorted &&= inOrder;
    months.set(month, {
      ...(inOrder ? { text: textReader(file, size, key) } : {}),
      from,
      to: table.length,
      snapshot: fromSnapshot,
      key,
    });
  }
  // A hand-edited file out of order: the history is put in storage order (its month is written again, sorted).
  if (!sorted) table = HistoryTable.from(table.toArray().sort((a, b) => compareRecords(a, b)));
  return {
    records: table,
    months: sorted ? months : withoutRanges(months, table),
    files: await readStoredFiles(siteDir),
  };
}

/**
 * A month's snapshot file read by `read`: absent or unreadable is undefined (the month is parsed from its CSV, and
 * the snapshot written again).
 */
function readSnapshotFile<T>(
  siteDir: string,
  month: string,
  read: (path: string) => T | undefined,
): T | undefined {
  try {
    return read(join(siteDir, snapshotPath(month)));
  } catch {
    return undefined;
  }
}

/** Reads `file` again, checking that it still holds the bytes read (only their length and digest are kept). */
function textReader(file: string, size: number, key: string): () => string {
  return () => {
    let again: Buffer | undefined;
    try {
      again = readFileSync(file);
    } catch {
      again = undefined;
    }
    if (again === undefined || again.length !== size || csvKey(again) !== key)
      throw new UserError(
        `${file} changed while this run was building the site (another program wrote or removed it); ` +
          'nothing was published from this run: run it again',
      );
    return again.toString('utf8');
  };
}

function rowsInOrder(table: HistoryTable, from: number): boolean {
  for (let i = from + 1; i < table.length; i++) if (table.compare(i - 1, i) > 0) return false;
  return true;
}

function withoutRanges(
  months: ReadonlyMap<string, StoredMonth>,
  table: HistoryTable,
): Map<string, StoredMonth> {
  const ranges = monthRanges(table);
  const out = new Map<string, StoredMonth>();
  for (const [month, m] of months) {
    const range = ranges.get(month) ?? { from: 0, to: 0 };
    out.set(month, {
      ...(m.text === undefined ? {} : { text: m.text }),
      ...range,
      snapshot: m.snapshot,
      key: m.key,
    });
  }
  return out;
}

/**
 * History → `data/usage-YYYY-MM.csv` file contents, keyed by path relative to the site. A month the run left as it
 * was stored (`untouched`: no incoming row, no estimate changed) keeps the file's bytes.
 */
export function historyFiles(
  rows: HistoryRows,
  stored: StoredHistory = EMPTY_HISTORY,
  untouched: (month: string) => boolean = () => false,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, content] of historyFileContents(rows, stored, untouched).files)
    files.set(path, textOf(typeof content === 'function' ? content() : content));
  return files;
}

/** A month's snapshot as the site writes it, keyed by the SHA-256 of the month's CSV (`csvKey`). */
export interface SnapshotFile {
  path: string;
  content(csvKey: string): string;
}

/**
 * `historyFiles` with each month to format as a function that formats it when called (a store writing the site
 * calls it once, when it writes that file), each month's snapshot by the path of its CSV, and the paths that keep
 * the bytes read into `stored` (untouched months, and their snapshots when those were current).
 */
export function historyFileContents(
  rows: HistoryRows,
  stored: StoredHistory,
  untouched: (month: string) => boolean,
): {
  files: Map<string, FileContent>;
  snapshots: Map<string, SnapshotFile>;
  kept: Set<string>;
  /** The table rows of each month formatted from the table (not kept). */
  ranges: Map<string, () => TableRange>;
} {
  const files = new Map<string, FileContent>();
  const ranges = new Map<string, () => TableRange>();
  const snapshots = new Map<string, SnapshotFile>();
  const kept = new Set<string>();
  const table = asTable(rows);
  for (const [month, { from, to }] of monthRanges(table)) {
    const old = stored.months.get(month);
    const path = `data/${monthFileName(month)}`;
    const snapshot = snapshotPath(month);
    if (old?.text !== undefined && untouched(month) && old.to - old.from === to - from) {
      // Read again only if a store reads it (the folder store does not: the path is in `kept`).
      files.set(path, old.text);
      kept.add(path);
      if (old.snapshot) kept.add(snapshot);
    } else {
      files.set(path, () => formatTableCsvBytes(table, from, to));
      ranges.set(path, () => ({ table, from, to, rows: null }));
    }
    snapshots.set(path, {
      path: snapshot,
      content: (key) => encodeMonthSnapshot(table, from, to, month, key),
    });
  }
  return { files, snapshots, kept, ranges };
}

/** The paths in `files` whose contents are exactly the text read into `stored`. */
export function unchangedHistoryFiles(
  files: ReadonlyMap<string, string>,
  stored: StoredHistory,
): Set<string> {
  const out = new Set<string>();
  for (const [month, { text }] of stored.months) {
    const path = `data/${monthFileName(month)}`;
    if (text !== undefined && files.get(path) === text()) out.add(path);
  }
  return out;
}
