/**
 * Reading and writing the stored history in a site folder (`data/usage-YYYY-MM.csv`). A file that cannot be parsed
 * stops the run — it is never replaced by an empty history.
 *
 * A daily run changes one or two months of a history that may hold years: `historyFiles` hands back the text read
 * from disk for every month whose records came through the run untouched, instead of formatting it again, and
 * `unchangedHistoryFiles` says which files those are, so that writing the site does not read them again either.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { monthFileName, parseExportCsvInto } from '../model/export-format.js';
import { asTable, HistoryTable, type HistoryRows } from '../model/history-table.js';
import { formatTableCsv } from '../model/month-csv.js';
import { compareRecords } from '../model/records.js';

const MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;

/** One month file as read: its text, and where its rows are in the history table. */
export interface StoredMonth {
  /** Absent when the file's rows were not in storage order: it is written again, sorted. */
  text?: string;
  from: number;
  to: number;
}

/** The history as a store read it: every row in one table, in storage order, and each month file's text. */
export interface StoredHistory {
  records: HistoryTable;
  months: ReadonlyMap<string, StoredMonth>;
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
  for (const name of names.filter((n) => MONTH_FILE.test(n)).sort()) {
    const file = join(dataDir, name);
    const month = MONTH_FILE.exec(name)![1]!;
    const text = await readFile(file, 'utf8');
    const from = table.length;
    parseExportCsvInto(table, text, file, month);
    const inOrder = rowsInOrder(table, from);
    sorted &&= inOrder;
    months.set(month, { ...(inOrder ? { text } : {}), from, to: table.length });
  }
  // A hand-edited file out of order: the history is put in storage order (its month is written again, sorted).
  if (!sorted) table = HistoryTable.from(table.toArray().sort((a, b) => compareRecords(a, b)));
  return { records: table, months: sorted ? months : withoutRanges(months, table) };
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
    out.set(month, { ...(m.text === undefined ? {} : { text: m.text }), ...range });
  }
  return out;
}

/** Where each month's rows are in a table in storage order. */
export function monthRanges(table: HistoryTable): Map<string, { from: number; to: number }> {
  const out = new Map<string, { from: number; to: number }>();
  let day = NaN;
  let month = '';
  let from = 0;
  for (let i = 0; i < table.length; i++) {
    if (table.day[i] === day) continue;
    day = table.day[i]!;
    const m = table.date(i).slice(0, 7);
    if (m === month) continue;
    if (month) out.set(month, { from, to: i });
    month = m;
    from = i;
  }
  if (month) out.set(month, { from, to: table.length });
  return out;
}

/**
 * History → `data/usage-YYYY-MM.csv` file contents, keyed by path relative to the site. A month the run left as it
 * was stored (`untouched`: no incoming row, no estimate changed) keeps the file's text.
 */
export function historyFiles(
  rows: HistoryRows,
  stored: StoredHistory = EMPTY_HISTORY,
  untouched: (month: string) => boolean = () => false,
): Map<string, string> {
  const files = new Map<string, string>();
  const table = asTable(rows);
  for (const [month, { from, to }] of monthRanges(table)) {
    const old = stored.months.get(month);
    const keep = old?.text !== undefined && untouched(month) && old.to - old.from === to - from;
    files.set(`data/${monthFileName(month)}`, keep ? old.text! : formatTableCsv(table, from, to));
  }
  return files;
}

/** The paths in `files` whose contents are exactly the text read into `stored`. */
export function unchangedHistoryFiles(
  files: ReadonlyMap<string, string>,
  stored: StoredHistory,
): Set<string> {
  const out = new Set<string>();
  for (const [month, { text }] of stored.months) {
    const path = `data/${monthFileName(month)}`;
    if (text !== undefined && files.get(path) === text) out.add(path);
  }
  return out;
}
