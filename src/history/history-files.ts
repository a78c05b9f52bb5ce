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
import { formatExportCsv, groupByMonth, monthFileName, parseExportCsv } from '../model/export-format.js';
import type { UsageRecord } from '../model/records.js';

const MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;

/** One month file as read: its text and the records parsed from it, in file order. */
export interface StoredMonth {
  text: string;
  records: readonly UsageRecord[];
}

/** The history as a store read it: the records, and each month file's text and the records parsed from it. */
export interface StoredHistory {
  records: readonly UsageRecord[];
  months: ReadonlyMap<string, StoredMonth>;
}

export const EMPTY_HISTORY: StoredHistory = { records: [], months: new Map() };

/** Reads every `data/usage-*.csv` below `siteDir`; an absent folder is an empty history. */
export async function readHistoryDir(siteDir: string): Promise<StoredHistory> {
  const dataDir = join(siteDir, 'data');
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_HISTORY;
    throw new UserError(
      `cannot read the history folder ${dataDir}: ${(error as NodeJS.ErrnoException).code}`,
    );
  }
  const records: UsageRecord[] = [];
  const months = new Map<string, StoredMonth>();
  for (const name of names.filter((n) => MONTH_FILE.test(n)).sort()) {
    const file = join(dataDir, name);
    const month = MONTH_FILE.exec(name)![1]!;
    const text = await readFile(file, 'utf8');
    const monthRecords = parseExportCsv(text, file, month);
    for (const r of monthRecords) records.push(r);
    months.set(month, { text, records: monthRecords });
  }
  return { records, months };
}

/**
 * History → `data/usage-YYYY-MM.csv` file contents, keyed by path relative to the site. A month that holds the very
 * same record objects, in the same order, as its file in `stored` did keeps the file's text (the records it parses
 * to are the ones that would be written).
 */
export function historyFiles(
  records: readonly UsageRecord[],
  stored: StoredHistory = EMPTY_HISTORY,
): Map<string, string> {
  const files = new Map<string, string>();
  // Grouped in input order (formatExportCsv sorts what it writes): an untouched month then holds its records in
  // the order its file had them, and sorting a month that is not written again would be wasted work.
  for (const [month, list] of groupByMonth(records)) {
    const old = stored.months.get(month);
    files.set(
      `data/${monthFileName(month)}`,
      old && sameObjects(old.records, list) ? old.text : formatExportCsv(list),
    );
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
    if (files.get(path) === text) out.add(path);
  }
  return out;
}

function sameObjects(a: readonly UsageRecord[], b: readonly UsageRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
