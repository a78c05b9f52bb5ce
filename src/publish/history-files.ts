/**
 * Reading and writing the stored history in a site folder (`data/usage-YYYY-MM.csv`). A file that cannot be parsed
 * stops the run — it is never replaced by an empty history.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { monthFileName, parseExportCsv, partitionByMonth, formatExportCsv } from '../model/export-format.js';
import type { UsageRecord } from '../model/records.js';

const MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;

/** Reads every `data/usage-*.csv` below `siteDir`; an absent folder is an empty history. */
export async function readHistoryDir(siteDir: string): Promise<UsageRecord[]> {
  const dataDir = join(siteDir, 'data');
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UserError(
      `cannot read the history folder ${dataDir}: ${(error as NodeJS.ErrnoException).code}`,
    );
  }
  const records: UsageRecord[] = [];
  for (const name of names.filter((n) => MONTH_FILE.test(n)).sort()) {
    const file = join(dataDir, name);
    const month = MONTH_FILE.exec(name)![1]!;
    const monthRecords = parseExportCsv(await readFile(file, 'utf8'), file);
    const stray = monthRecords.find((r) => !r.date.startsWith(month));
    if (stray)
      throw new UserError(`${file}: holds a record dated ${stray.date}; expected only days of ${month}`);
    records.push(...monthRecords);
  }
  return records;
}

/** History → `data/usage-YYYY-MM.csv` file contents, keyed by path relative to the site. */
export function historyFiles(records: readonly UsageRecord[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const [month, list] of partitionByMonth(records))
    files.set(`data/${monthFileName(month)}`, formatExportCsv(list));
  return files;
}
