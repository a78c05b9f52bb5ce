/**
 * The "for Excel" copy of each month's export (`data/excel-usage-YYYY-MM.csv`). The export itself stays exactly as
 * it is (it round-trips through `source: file`); this copy is for opening in a spreadsheet:
 * - a UTF-8 BOM, without which Japanese Excel reads UTF-8 as Shift_JIS and garbles names;
 * - CRLF line ends, as Excel writes CSV itself;
 * - OWASP's CSV-injection rule: a cell that starts with a character a spreadsheet treats as the start of a formula
 *   gets a leading `'`, so an app named `=HYPERLINK(…)` stays text. A plain decimal number (`-3`, `-1.5e3`) is left
 *   alone: a spreadsheet reads it as a number, never as a formula.
 *
 * It is derived from the export's text, column by column, so every export column is carried whatever they are.
 * Its name does not start with `usage-`, so no history reader or `usage-*.csv` glob takes it for an export. Pure.
 */
import { csvField } from '../model/csv.js';
import { formatTableCsvBytes, type CsvStyle, type TableRange } from '../model/month-csv.js';
import { sha256Pieces } from '../model/sha256.js';
import { textOf, type FileBody } from '../site-files.js';

/** A month export, or its id-free copy (`report.showIds: false`, see downloads.ts). */
const EXPORT_FILE = /^data\/(?:public-)?usage-(\d{4}-\d{2})\.csv$/;

/** The site path of a month's spreadsheet copy. */
export function spreadsheetPath(month: string): string {
  return `data/excel-usage-${month}.csv`;
}

/**
 * Leading characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP: `= + - @`,
 * tab, CR; ASVS adds NUL; LF for the same reason as CR), and the full-width forms a Japanese IME produces.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠']);

/**
 * One export CSV (the round-trip format, RFC 4180) → its spreadsheet copy: the same fields and quoting, a `'`
 * before each formula-like cell, CRLF after each row. Every run writes every month, and a month holds tens of
 * thousands of rows, so one native regular-expression pass finds what changes (a quoted field, a line end, an
 * unquoted cell that starts like a formula) and the text between is copied by the engine.
 */
export function toSpreadsheetCsv(exportCsv: string): string {
  const text = exportCsv.charCodeAt(0) === 0xfeff ? exportCsv.slice(1) : exportCsv;
  return '\uFEFF' + text.replace(CHANGES, (match: string, at: number) => changed(text, match, at));
}

/**
 * A quoted field (a cell that starts with `"`; `""` inside is an escaped quote; one left open runs to the end), a
 * line end (\n, \r\n or a bare \r, as csv.ts reads them), or the first character of an unquoted cell that a
 * spreadsheet could take for a formula.
 */
const CHANGES = /(?<=^|[,\r\n])"(?:[^"]|"")*(?:"|$)|\r\n|\n|\r|(?<=^|[,\r\n])[=+\-@\t\0＝＋－＠]/g;

function changed(text: string, match: string, at: number): string {
  const c = match.charCodeAt(0);
  if (c === QUOTE) {
    // Content that starts like a formula, and is not a plain number, gets the quote mark inside the quotes.
    return match.length > 1 && FORMULA_START.has(match[1]!) && !plainNumberAt(text, at + 1, true)
      ? `"'${match.slice(1)}`
      : match;
  }
  if (c === LF || c === CR) return '\r\n';
  return plainNumberAt(text, at, false) ? match : `'${match}`;
}

/**
 * The spreadsheet copy of a month made from the table its export (`exportCsv`, its bytes) was just made from: the
 * bytes of `toSpreadsheetCsv` of that export, made without scanning the export cell by cell (a history of years
 * writes hundreds of megabytes of both). When no cell of the month changes in the copy, and no quoted cell holds a
 * line end, the copy is a BOM and the export with CRLF line ends; otherwise it is formatted from the table cell by
 * cell. Made a chunk at a time, through two buffers that take turns (a chunk stays valid until the one after the
 * next is taken): a copy of a 361 MB month made whole took seconds of fresh memory. Each chunk is whole lines of
 * about `chunkBytes` of the export.
 */
export function* spreadsheetChunksFromTable(
  range: TableRange,
  exportCsv: Uint8Array,
  chunkBytes = 1 << 20,
): Generator<Uint8Array> {
  if (!copiedAsIs(range)) {
    yield formatTableCsvBytes(range.table, range.from, range.to, range.rows, SPREADSHEET_STYLE);
    return;
  }
  yield BOM_BYTES;
  const from = Buffer.from(exportCsv.buffer, exportCsv.byteOffset, exportCsv.byteLength);
  // At most one CR more for each byte.
  const size = 2 * Math.min(chunkBytes, from.length) + 2;
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let turn = 0;
  for (let start = 0; start < from.length;) {
    let end = Math.min(start + chunkBytes, from.length);
    if (end < from.length) {
      const lf = from.indexOf(LF, end - 1);
      end = lf < 0 ? from.length : lf + 1;
    }
    let out = buffers[turn++ % 2]!;
    if (2 * (end - start) > out.length) out = Buffer.allocUnsafe(2 * (end - start));
    // Each line copied by the engine, a CR put before its LF.
    let n = 0;
    let at = start;
    for (let i = from.indexOf(LF, at); i >= 0 && i < end; i = from.indexOf(LF, at)) {
      n += from.copy(out, n, at, i);
      out[n++] = CR;
      out[n++] = LF;
      at = i + 1;
    }
    n += from.copy(out, n, at, end);
    yield out.subarray(0, n);
    start = end;
  }
}

const BOM_BYTES = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * The spreadsheet copy of an export, a chunk at a time, and when it is done the SHA-256 (hex) of its bytes, which
 * its record holds: from the table the export was made from (`range`), or from the export's text. The main
 * thread's save and the helper's months both make it here, so their bytes and records are the same.
 */
export function* spreadsheetCopy(
  exportBody: FileBody,
  range: (() => TableRange) | undefined,
): Generator<Uint8Array, string> {
  const hash = sha256Pieces();
  const chunks =
    range && typeof exportBody !== 'string'
      ? spreadsheetChunksFromTable(range(), exportBody)
      : [Buffer.from(toSpreadsheetCsv(textOf(exportBody)), 'utf8')];
  for (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
  return hash.hex();
}

/** Whether every cell of the range reads the same in the copy and none holds a line end (see above). */
function copiedAsIs({ table, from, to, rows }: TableRange): boolean {
  const same = (text: string): boolean =>
    !/[\r\n]/.test(text) && spreadsheetCell(csvField(text)) === csvField(text);
  if (!table.apps.every((a) => same(a.id) && same(a.name))) return false;
  if (!table.features.every((f) => same(f.api) && same(f.id) && same(f.name) && same(f.unit))) return false;
  // Finite figures are plain numbers (left alone, negative or not); only `-Infinity` would be changed.
  for (let k = from; k < to; k++) {
    const i = rows ? rows[k]! : k;
    if (table.quantity[i] === -Infinity || table.tokens[i] === -Infinity) return false;
  }
  return true;
}

/** One export cell (quotes included) as the spreadsheet copy writes it. */
function spreadsheetCell(field: string): string {
  const quoted = field.charCodeAt(0) === QUOTE;
  const first = quoted ? 1 : 0;
  if (field.length <= first || !FORMULA_START.has(field[first]!)) return field;
  return plainNumberAt(field, first, quoted) ? field : `${field.slice(0, first)}'${field.slice(first)}`;
}

const SPREADSHEET_STYLE: CsvStyle = { start: '\uFEFF', eol: '\r\n', cell: spreadsheetCell };

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const NUMBER_THEN_END = /-?\d+(\.\d+)?([eE][-+]?\d+)?(?=[,\r\n]|$)/y;
const NUMBER_THEN_QUOTE = /-?\d+(\.\d+)?([eE][-+]?\d+)?"(?=[,\r\n]|$)/y;

/** Whether the cell whose content starts at `at` is a plain decimal number (a quoted one ends at its quote). */
function plainNumberAt(text: string, at: number, quoted: boolean): boolean {
  const pattern = quoted ? NUMBER_THEN_QUOTE : NUMBER_THEN_END;
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** `data/usage-YYYY-MM.csv` or its public copy → the path of its spreadsheet copy; undefined for any other file. */
export function spreadsheetPathOf(exportPath: string): string | undefined {
  const month = EXPORT_FILE.exec(exportPath)?.[1];
  return month ? spreadsheetPath(month) : undefined;
}

/** The spreadsheet copy of every month export among the site's files. */
export function spreadsheetFiles(files: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    const sheet = spreadsheetPathOf(path);
    if (sheet) out.set(sheet, toSpreadsheetCsv(text));
  }
  return out;
}
