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
  // A UTF-8 BOM (Excel writes one) is not part of the first header name.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n)
            throw new CsvSyntaxError(startLine, 'unterminated quoted field (the file may be truncated)');
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
          field += ch;
          i++;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          throw new CsvSyntaxError(line, 'unexpected character after a closing quote');
        }
      } else {
        const start = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') throw new CsvSyntaxError(line, 'quote inside an unquoted field');
          i++;
        }
        field = text.slice(start, i);
      }
      fields.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    // A row ends with \n, \r\n or a bare \r (old Mac files): each counts as one line for error messages.
    if (text[i] === '\r') {
      i++;
      if (text[i] !== '\n') line++;
    }
    if (text[i] === '\n') {
      i++;
      line++;
    }
    if (!(fields.length === 1 && fields[0] === '')) onRow(fields, startLine);
  }
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → CSV text with CRLF-free `\n` line ends and a final newline (stable bytes for git). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
