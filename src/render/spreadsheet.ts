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
 * thousands of rows, so this scans the text once and copies it in slices instead of splitting it into fields.
 */
export function toSpreadsheetCsv(exportCsv: string): string {
  const text = exportCsv;
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Slices collected and joined once: a flat string, not a rope of a row per node that writing must flatten.
  const out: string[] = ['\uFEFF'];
  let copied = i;
  let cellStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (cellStart) {
      cellStart = false;
      const quoted = c === QUOTE;
      const first = quoted ? i + 1 : i;
      // Unquoted, a CR or LF is the end of the row (an empty last cell), not the cell's content.
      const content = quoted || (c !== LF && c !== CR);
      if (content && FORMULA_START.has(text[first] ?? '') && !plainNumberAt(text, first, quoted)) {
        out.push(text.slice(copied, first), "'");
        copied = first;
      }
      if (quoted) {
        i = closingQuote(text, i + 1) + 1;
        continue;
      }
    }
    if (c === COMMA) {
      cellStart = true;
    } else if (c === LF || c === CR) {
      // \n, \r\n or a bare \r ends a row (csv.ts reads all three); each becomes \r\n.
      out.push(text.slice(copied, i), '\r\n');
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      copied = i + 1;
      cellStart = true;
    }
    i++;
  }
  out.push(text.slice(copied));
  return out.join('');
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** The index of the quote that closes a quoted field whose content starts at `from` (`""` is an escaped quote). */
function closingQuote(text: string, from: number): number {
  let i = from;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return text.length;
    if (text.charCodeAt(q + 1) !== QUOTE) return q;
    i = q + 2;
  }
}

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
