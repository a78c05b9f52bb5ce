/**
 * The month CSVs the site offers for download. Normally the export itself (`data/usage-YYYY-MM.csv`: the stored
 * history, which round-trips through `source: file`). With `report.showIds: false` the pages link to an id-free
 * copy in the same format, `data/public-usage-YYYY-MM.csv`, written from the records as the site shows them (public
 * ids for client ids); the export stays as it is, because the next run reads the history back from it. Pure.
 */
import { monthFileName } from '../model/export-format.js';
import type { HistoryTable } from '../model/history-table.js';
import { formatTableCsvBytes, monthRanges, type TableRange } from '../model/month-csv.js';

/** The site path of a month's CSV download: the export, or its id-free copy. */
export function monthCsvPath(month: string, idFree: boolean): string {
  return `data/${idFree ? 'public-' : ''}${monthFileName(month)}`;
}

/**
 * The id-free copy of every month, each formatted when called: `table` is the one the site was built from (ids
 * already hidden, rows in day order but no longer in storage order within a day, since the hashes sort otherwise).
 */
export function publicExportFiles(table: HistoryTable): {
  files: Map<string, () => Uint8Array>;
  ranges: Map<string, () => TableRange>;
} {
  const files = new Map<string, () => Uint8Array>();
  const ranges = new Map<string, () => TableRange>();
  for (const [month, { from, to }] of monthRanges(table)) {
    let range: TableRange | undefined;
    // Sorted when first needed (the copy, then its spreadsheet copy, right after it).
    const rangeOf = (): TableRange => {
      if (range) return range;
      const rows = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => table.compare(a, b));
      return (range = { table, from: 0, to: rows.length, rows });
    };
    const path = monthCsvPath(month, true);
    files.set(path, () => {
      const r = rangeOf();
      return formatTableCsvBytes(table, r.from, r.to, r.rows);
    });
    ranges.set(path, rangeOf);
  }
  return { files, ranges };
}
