/**
 * A month of a history table → its export CSV (`data/usage-YYYY-MM.csv`), the same bytes `formatExportCsv` writes
 * for the same records, without an object per row. Pure.
 */
import { csvField } from './csv.js';
import { CHARGED_COLUMN, EXPORT_COLUMNS } from './export-format.js';
import type { HistoryTable } from './history-table.js';

/** Rows of a history table that make one month's file (see `formatTableCsvBytes`). */
export interface TableRange {
  table: HistoryTable;
  from: number;
  to: number;
  rows: readonly number[] | null;
}

/**
 * How the file is written: the export's own style, or a copy's (the spreadsheet copy puts a BOM first, ends rows
 * with CRLF and changes some cells). `cell` sees each cell as the export writes it, quotes included.
 */
export interface CsvStyle {
  start: string;
  eol: string;
  cell(field: string): string;
}

const EXPORT_STYLE: CsvStyle = { start: '', eol: '\n', cell: (field) => field };

/**
 * Rows `from`..`to` (exclusive) of `table`, which are in storage order; or, with `rows`, the rows at
 * `rows[from]`..`rows[to - 1]`, which are. As UTF-8 bytes, which is how a store writes them (never decoded to be
 * encoded again).
 */
export function formatTableCsvBytes(
  table: HistoryTable,
  from: number,
  to: number,
  rows: readonly number[] | null = null,
  style: CsvStyle = EXPORT_STYLE,
): Uint8Array {
  let flagged = false;
  for (let k = from; k < to && !flagged; k++) flagged = table.charged(rows ? rows[k]! : k) !== undefined;
  const { cell, eol } = style;
  const field = (text: string): string => cell(csvField(text));
  const numbers = new NumberTexts();
  const number =
    style === EXPORT_STYLE ? (n: number) => numbers.text(n) : (n: number) => cell(numbers.text(n));
  const head = flagged ? [...EXPORT_COLUMNS, CHARGED_COLUMN] : EXPORT_COLUMNS;
  // Written as bytes into one buffer and decoded once: a string per row (and the join) made the garbage collector
  // the largest cost of writing a month. Every text is quoted and encoded once: a day's date when the day
  // changes, the app and feature cells once per pair of them.
  // Sized from the first rows written: a guess made before any row was wrong by the length of the names, and
  // growing a buffer of hundreds of megabytes means fresh memory and a copy.
  const out = new ByteWriter(Math.min(to - from, SAMPLE_ROWS) * 256 + 256);
  const sampled = from + SAMPLE_ROWS;
  out.text(style.start + head.map(field).join(',') + eol);
  const apps = table.apps.map((a) => `${field(a.id)},${field(a.name)}`);
  const features = table.features.map(
    (f) => `${field(f.api)},${field(f.id)},${field(f.name)},${field(f.unit)}`,
  );
  const pairs = new Map<number, Uint8Array>();
  const nFeatures = table.features.length;
  const estimated = encode(',true');
  const notEstimated = encode(',false');
  const end = encode(eol);
  let day = NaN;
  let date: Uint8Array = new Uint8Array(0);
  for (let k = from; k < to; k++) {
    if (k === sampled) out.reserve(Math.ceil((out.length / SAMPLE_ROWS) * (to - k) * 1.02) + 4096);
    const i = rows ? rows[k]! : k;
    if (table.day[i] !== day) {
      day = table.day[i]!;
      date = encode(`${field(table.date(i))},`);
    }
    out.bytes(date);
    const pairKey = table.app[i]! * nFeatures + table.feature[i]!;
    let pair = pairs.get(pairKey);
    if (pair === undefined) {
      pair = encode(`${apps[table.app[i]!]},${features[table.feature[i]!]},`);
      pairs.set(pairKey, pair);
    }
    out.bytes(pair);
    out.ascii(number(table.quantity[i]!));
    out.ascii(',');
    const tokens = table.tokensAt(i);
    if (tokens !== null) out.ascii(number(tokens));
    out.bytes(table.estimated(i) ? estimated : notEstimated);
    if (flagged) {
      const charged = table.charged(i);
      out.ascii(charged === undefined ? ',' : `,${String(charged)}`);
    }
    out.bytes(end);
  }
  return out.done();
}

/** Rows written before the buffer is sized for the rest. */
const SAMPLE_ROWS = 1024;

const encoder = new TextEncoder();

function encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A growing byte buffer. */
class ByteWriter {
  private buf: Uint8Array;
  private n = 0;

  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }

  get length(): number {
    return this.n;
  }

  /** Room for `k` more bytes, made now (in one step, as the caller has an estimate). */
  reserve(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const bigger = new Uint8Array(this.n + k);
    bigger.set(this.buf.subarray(0, this.n));
    this.buf = bigger;
  }

  private room(k: number): void {
    if (this.n + k > this.buf.length) this.reserve(Math.max(k, this.buf.length >> 2));
  }

  /** Text of code units below 0x80 only (numbers, `true`, commas). */
  ascii(s: string): void {
    this.room(s.length);
    for (let j = 0; j < s.length; j++) this.buf[this.n++] = s.charCodeAt(j);
  }

  text(s: string): void {
    this.bytes(encode(s));
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    if (b.length > 24) this.buf.set(b, this.n);
    else for (let j = 0; j < b.length; j++) this.buf[this.n + j] = b[j]!;
    this.n += b.length;
  }

  done(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
}

/**
 * Number texts by value, for one file: usage figures repeat (a job is a job, an hour a rate times whole minutes),
 * and turning a double into its shortest text costs more than looking it up. Bounded, so a file of all-different
 * figures costs a lookup each and no memory.
 */
class NumberTexts {
  private readonly texts = new Map<number, string>();

  text(n: number): string {
    let t = this.texts.get(n);
    if (t === undefined) {
      t = formatNumber(n);
      if (this.texts.size >= 65_536) this.texts.clear();
      this.texts.set(n, t);
    }
    return t;
  }
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
