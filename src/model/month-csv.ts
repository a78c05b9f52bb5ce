/**
 * A month of a history table → its export CSV (`data/usage-YYYY-MM.csv`), the same bytes `formatExportCsv` writes
 * for the same records, without an object per row. Pure.
 */
import { csvField } from './csv.js';
import { CHARGED_COLUMN, EXPORT_COLUMNS } from './export-format.js';
import type { HistoryTable } from './history-table.js';

/**
 * Rows `from`..`to` (exclusive) of `table`, which are in storage order; or, with `rows`, the rows at
 * `rows[from]`..`rows[to - 1]`, which are.
 */
export function formatTableCsv(
  table: HistoryTable,
  from: number,
  to: number,
  rows: readonly number[] | null = null,
): string {
  let flagged = false;
  for (let k = from; k < to && !flagged; k++) flagged = table.charged(rows ? rows[k]! : k) !== undefined;
  // Each distinct text is quoted once; each app and feature row prefix is built once.
  const apps = table.apps.map((a) => `${csvField(a.id)},${csvField(a.name)}`);
  const features = table.features.map(
    (f) => `${csvField(f.api)},${csvField(f.id)},${csvField(f.name)},${csvField(f.unit)}`,
  );
  const lines: string[] = [(flagged ? [...EXPORT_COLUMNS, CHARGED_COLUMN] : EXPORT_COLUMNS).join(',')];
  let day = NaN;
  let date = '';
  for (let k = from; k < to; k++) {
    const i = rows ? rows[k]! : k;
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

/** Where each month's rows are in a table whose rows are in day order. */
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
