/**
 * The month CSVs the site offers for download. Normally the export itself (`data/usage-YYYY-MM.csv`: the stored
 * history, which round-trips through `source: file`). With `report.showIds: false` the pages link to an id-free
 * copy in the same format, `data/public-usage-YYYY-MM.csv`, written from the records as the site shows them (public
 * ids for client ids); the export stays as it is, because the next run reads the history back from it. Pure.
 */
import { formatExportCsv, groupByMonth, monthFileName } from '../model/export-format.js';
import type { UsageRecord } from '../model/records.js';

/** The site path of a month's CSV download: the export, or its id-free copy. */
export function monthCsvPath(month: string, idFree: boolean): string {
  return `data/${idFree ? 'public-' : ''}${monthFileName(month)}`;
}

/** The id-free copy of every month: `records` are the ones the site was built from (ids already hidden). */
export function publicExportFiles(records: readonly UsageRecord[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const [month, list] of groupByMonth(records))
    files.set(monthCsvPath(month, true), formatExportCsv(list));
  return files;
}
