/**
 * A month of a history table → its export CSV (`data/usage-YYYY-MM.csv`), the same bytes `formatExportCsv` writes
 * for the same records, without an object per row. Pure.
 */
import { csvField } from './csv.js';
import { CHARGED_COLUMN, EXPORT_COLUMNS } from './export-format.js';
import type { HistoryTable } from './history-table.js';

/** Rows `from`..`to` (exclusive) of `table`, which are in storage order. */
export function formatTableCsv(table: HistoryTable, from: number, to: number): string {
  let flagged = false;
  for (let i = from; i < to && !flagged; i++) flagged = table.charged(i) !== undefined;
  // Each distinct text is quoted once; each app and feature row prefix is built once.
  const apps = table.apps.map((a) => `${csvField(a.id)},${csvField(a.name)}`);
  const features = table.features.map(
    (f) => `${csvField(f.api)},${csvField(f.id)},${csvField(f.name)},${csvField(f.unit)}`,
  );
  const lines: string[] = [(flagged ? [...EXPORT_COLUMNS, CHARGED_COLUMN] : EXPORT_COLUMNS).join(',')];
  let day = NaN;
  let date = '';
  for (let i = from; i < to; i++) {
    if (table.day[i] !== day) {
      day = table.day[i]!;
      date = csvField(table.date(i));
    }
    const tokens = table.tokensAt(i);
    let line =
      `${date},${apps[table.app[i]!]},${features[table.feature[i]!]},${formatNumber(table.quantity[i]!)},` +
      `${tokens === null ? '' : formatNumber(tokens)},${table.estimated(i) ? 'true' : 'false'}`;
    if (flagged) {
      const charged = table.charged(i);
      line += charged === undefined ? ',' : `,${String(charged)}`;
    }
    lines.push(line);
  }
  lines.push('');
  return lines.join('\n');
}

/** Shortest text that reads back as the same double (as `formatExportCsv` writes it). */
function formatNumber(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}
