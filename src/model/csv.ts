/**
 * RFC 4180 CSV: quoting on write, a strict reader that reports the line of each row. Pure.
 */

export interface CsvRow {
  /** 1-based line where the row starts (for error messages). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  forEachCsvRow(text, (fields, line) => {
    rows.push({ line, fields });
  });
  return rows;
}

/**
 * The same reader, one row at a time: a caller that turns rows into something else (records) does not hold every
 * row of a large file at once — less memory and much less garbage-collection work.
 */
export function forEachCsvRow(text: string, onRow: (fields: string[], line: number) => void): void {
  const reader = new CsvRowReader(onRow);
  reader.push(text);
  reader.end();
}

/**
 * The reader fed in pieces (a file read as a stream): `push` each piece of text as it comes, then `end`. A row cut
 * between two pieces waits for the next; the rows and their lines are those `forEachCsvRow` gives for the whole text.
 */
export class CsvRowReader {
  private rest = '';
  private line = 1;
  private first = true;

  constructor(private readonly onRow: (fields: string[], line: number) => void) {}

  push(text: string): void {
    this.read(this.rest === '' ? text : this.rest + text, false);
  }

  end(): void {
    this.read(this.rest, true);
  }

  private read(text: string, final: boolean): void {
    let i = 0;
    if (this.first) {
      if (text.length === 0 && !final) return;
      this.first = false;
      // A UTF-8 BOM (Excel writes one) is not part of the first header name.
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    const n = text.length;
    let line = this.line;
    while (i < n) {
      const rowStart = i;
      const startLine = line;
      const row = readRow(text, i, line, final);
      if (row === undefined) {
        // Cut by the end of this piece: read again with the next one.
        this.rest = text.slice(rowStart);
        this.line = startLine;
        return;
      }
      i = row.next;
      line = row.line;
      if (!(row.fields.length === 1 && row.fields[0] === '')) this.onRow(row.fields, startLine);
    }
    this.rest = '';
    this.line = line;
  }
}

/**
 * One row from `i`: its fields, where the next row starts and its line. Undefined when the text ends before the row
 * does and more may follow (`final` false); at the real end, an open quote is an error.
 */
function readRow(
  text: string,
  i: number,
  line: number,
  final: boolean,
): { fields: string[]; next: number; line: number } | undefined {
  const n = text.length;
  const startLine = line;
  const fields: string[] = [];
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      i++;
      // The text between doubled quotes is taken in slices, not a character at a time.
      let from = i;
      field = '';
      for (;;) {
        if (i >= n) {
          if (!final) return undefined;
          throw new CsvSyntaxError(startLine, 'unterminated quoted field (the file may be truncated)');
        }
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          // A quote last in the piece may be the first of a doubled one.
          if (i + 1 >= n && !final) return undefined;
          field += text.slice(from, i);
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += '"';
            i += 2;
            from = i;
            continue;
          }
          i++;
          break;
        }
        if (c === LF || c === CR) {
          if (c === CR && i + 1 >= n && !final) return undefined;
          if (c === LF || text.charCodeAt(i + 1) !== LF) line++;
        }
        i++;
      }
      if (i >= n && !final) return undefined;
      const c = text.charCodeAt(i);
      if (i < n && c !== COMMA && c !== LF && c !== CR) {
        throw new CsvSyntaxError(line, 'unexpected character after a closing quote');
      }
    } else {
      const from = i;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) throw new CsvSyntaxError(line, 'quote inside an unquoted field');
      }
      if (i >= n && !final) return undefined;
      field = text.slice(from, i);
    }
    fields.push(field);
    if (text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    break;
  }
  // A row ends with \n, \r\n or a bare \r (old Mac files): each counts as one line for error messages.
  if (text.charCodeAt(i) === CR) {
    if (i + 1 >= n && !final) return undefined;
    i++;
    if (text.charCodeAt(i) !== LF) line++;
  }
  if (text.charCodeAt(i) === LF) {
    i++;
    line++;
  }
  return { fields, next: i, line };
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → CSV text with CRLF-free `\n` line ends and a final newline (stable bytes for git). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
