/**
 * A month's snapshot (`data/cache/usage-YYYY-MM.snapshot`): the rows of one month file as the history table holds
 * them, so that a daily run need not parse again the month CSVs whose bytes have not changed. It is keyed by the
 * SHA-256 of the month CSV's bytes and by its format version; a snapshot whose key, version, month or checksum does
 * not match is not used (the CSV is parsed, and a fresh snapshot written). The CSV stays the history: the snapshot
 * is only a faster way to read exactly the rows parsing it gives.
 *
 * Text, so that every store compares and writes it like the other files: a header, the month's distinct app and
 * feature texts as JSON, one base64 line per column (each column starts a line, so a month that grows by a day
 * changes the end of each line, and git's delta of the file stays small), and a checksum of all the lines before
 * it. Pure.
 */
import { decodeBase64Into } from './base64.js';
import { dayNumber, type HistoryTable } from './history-table.js';
import { wellFormed } from './records.js';
import { sha256Hex } from './sha256.js';

/** Raised whenever the layout or the meaning of a field changes: a snapshot of another version is ignored. */
export const SNAPSHOT_VERSION = 1;

const MAGIC = 'aps-usage-report month snapshot';
/** Typed arrays are written in the machine's byte order; a snapshot says which, and is ignored on the other. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const ORDER = LITTLE_ENDIAN ? 'le' : 'be';

/** The site path of a month's snapshot. */
export function snapshotPath(month: string): string {
  return `data/cache/usage-${month}.snapshot`;
}

/** The key of a month CSV: SHA-256 of its bytes, hex. */
export function csvKey(bytes: Uint8Array | string): string {
  return sha256Hex(bytes);
}

/** Rows `from`..`to` (exclusive) of `table`, all of `month`, in storage order → the snapshot text. */
export function encodeMonthSnapshot(
  table: HistoryTable,
  from: number,
  to: number,
  month: string,
  key: string,
): string {
  const n = to - from;
  // Each of the table's texts → its index among the month's, as reading the CSV would intern them.
  const appLocal = new Int32Array(table.apps.length).fill(-1);
  const featureLocal = new Int32Array(table.features.length).fill(-1);
  const apps: [string, string][] = [];
  const features: [string, string, string, string][] = [];
  const appKeys = new Map<string, number>();
  const featureKeys = new Map<string, number>();
  const firstDay = dayNumber(`${month}-01`);
  const day = new Uint8Array(n);
  const app = new Uint32Array(n);
  const feature = new Uint32Array(n);
  const quantity = new Float64Array(n);
  const tokens = new Float64Array(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = from + i;
    day[i] = table.day[r]! - firstDay;
    const a = table.app[r]!;
    if (appLocal[a] === -1) {
      const t = table.apps[a]!;
      const texts: [string, string] = [asRead(t.id), asRead(t.name) || asRead(t.id)];
      appLocal[a] = localIndex(appKeys, apps, texts);
    }
    app[i] = appLocal[a]!;
    const f = table.feature[r]!;
    if (featureLocal[f] === -1) {
      const t = table.features[f]!;
      const id = asRead(t.id);
      const texts: [string, string, string, string] = [
        id,
        asRead(t.name) || id,
        asRead(t.api) || 'Other',
        asRead(t.unit),
      ];
      featureLocal[f] = localIndex(featureKeys, features, texts);
    }
    feature[i] = featureLocal[f]!;
    quantity[i] = table.quantity[r]! === 0 ? 0 : table.quantity[r]!;
    tokens[i] = table.tokens[r]! === 0 ? 0 : table.tokens[r]!;
    flags[i] = table.flags[r]!;
  }
  const lines = [
    MAGIC,
    `version ${SNAPSHOT_VERSION} ${ORDER}`,
    `month ${month}`,
    `csv ${key}`,
    `rows ${n}`,
    `apps ${JSON.stringify(apps)}`,
    `features ${JSON.stringify(features)}`,
    `day ${base64(day)}`,
    `app ${base64(narrow(app, apps.length))}`,
    `feature ${base64(narrow(feature, features.length))}`,
    `quantity ${base64(quantity)}`,
    `tokens ${base64(tokens)}`,
    `flags ${base64(flags)}`,
  ];
  const body = lines.join('\n') + '\n';
  return `${body}check ${csvKey(body)}\n`;
}

/**
 * A text as reading the CSV gives it back: written as UTF-8 (a lone surrogate becomes U+FFFD). An empty name, API
 * or feature name reads back as the parser's default (`toRecord` in export-format.ts), applied above.
 */
function asRead(text: string): string {
  return wellFormed(text);
}

function localIndex<T extends string[]>(keys: Map<string, number>, list: T[], texts: T): number {
  const key = texts.join('\u0000');
  let at = keys.get(key);
  if (at === undefined) {
    keys.set(key, (at = list.length));
    list.push(texts);
  }
  return at;
}

/**
 * Appends the rows of a snapshot to `table` when it is whole, of this version and byte order, of `month`, and keyed
 * by `key` (the hash of the month CSV read beside it); answers whether it did. Nothing is appended otherwise.
 */
export function loadMonthSnapshot(table: HistoryTable, bytes: Buffer, month: string, key: string): boolean {
  const header = decodeHeader(bytes, month, key);
  if (!header) return false;
  const { n, apps, features, columns } = header;
  // The number columns are decoded straight into the table's free rows, the indexes into arrays of their own; the
  // rows count only once every column decoded and every value is in range.
  return table.appendInPlace(n, (at) => {
    const into = (values: Float64Array | Uint8Array): Uint8Array => {
      const size = values.BYTES_PER_ELEMENT;
      return new Uint8Array(values.buffer, values.byteOffset + at * size, n * size);
    };
    const day = new Uint8Array(n);
    const appBytes = new Uint8Array(n * width(apps.length));
    const featureBytes = new Uint8Array(n * width(features.length));
    const targets = [
      day,
      appBytes,
      featureBytes,
      into(table.quantity),
      into(table.tokens),
      into(table.flags),
    ];
    for (let c = 0; c < COLUMNS.length; c++) {
      const { line, start } = columns[c]!;
      if (!decodeBase64Into(line, start, line.length, targets[c]!)) return false;
    }
    const app = indexes(appBytes, apps.length);
    const feature = indexes(featureBytes, features.length);
    const days = daysIn(month);
    for (let i = 0; i < n; i++) {
      if (day[i]! >= days || app[i]! >= apps.length || feature[i]! >= features.length) return false;
      if (table.flags[at + i]! > 5 || !Number.isFinite(table.quantity[at + i]!)) return false;
    }
    const appAt = apps.map(([id, name]) => table.appOf(id, name));
    const featureAt = features.map(([id, name, api, unit]) => table.featureOf(id, name, api, unit));
    const firstDay = dayNumber(`${month}-01`);
    for (let i = 0; i < n; i++) {
      table.day[at + i] = firstDay + day[i]!;
      table.app[at + i] = appAt[app[i]!]!;
      table.feature[at + i] = featureAt[feature[i]!]!;
    }
    return true;
  });
}

/** A column's bytes (in the machine's order) as the indexes they hold, `width(count)` bytes each. */
function indexes(bytes: Uint8Array, count: number): Uint8Array | Uint16Array | Uint32Array {
  const w = width(count);
  return w === 1
    ? bytes
    : w === 2
      ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2)
      : new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

/**
 * How many rows a snapshot says it holds, for sizing the table before loading (0 when it does not say), from its
 * first `SNAPSHOT_HEAD_BYTES` bytes (or all of it) and its size. Only a hint: nothing is trusted until
 * `loadMonthSnapshot` checks the whole file, and a damaged count is bounded by the file's size (each row takes at
 * least one base64 byte per column byte), so it cannot ask for more memory than the file could fill.
 */
export function snapshotRowCount(head: Buffer, size = head.length): number {
  const at = head.indexOf('\nrows ');
  if (at < 0) return 0;
  const end = head.indexOf(10, at + 1);
  if (end < 0) return 0;
  const n = Number(head.subarray(at + 6, end).toString('latin1'));
  return Number.isSafeInteger(n) && n > 0 ? Math.min(n, Math.floor(size / MIN_ROW_BYTES)) : 0;
}

/** Enough of a snapshot's start to hold its row count: the magic line, version, month, CSV key and count. */
export const SNAPSHOT_HEAD_BYTES = 512;

/** The least a row takes in a snapshot: a byte at least for each index, its day and flags, eight per number. */
const MIN_ROW_BYTES = 20;

interface Header {
  n: number;
  apps: [string, string][];
  features: [string, string, string, string][];
  /** Each column's line and where its base64 starts (after the name), in `COLUMNS` order. */
  columns: { line: Buffer; start: number }[];
}

const LINES = ['', 'version', 'month', 'csv', 'rows', 'apps', 'features'] as const;
const COLUMNS = ['day', 'app', 'feature', 'quantity', 'tokens', 'flags'] as const;

/** The snapshot's lines checked (checksum, version, month, key) and its texts parsed; the columns left as bytes. */
function decodeHeader(bytes: Buffer, month: string, key: string): Header | undefined {
  // Read as bytes: the columns are decoded from their base64 without the whole file becoming a string.
  const end = bytes.lastIndexOf('\ncheck ');
  if (end < 0) return undefined;
  const body = bytes.subarray(0, end + 1);
  if (bytes.subarray(end + 1).toString('latin1') !== `check ${csvKey(body)}\n`) return undefined;
  const lines: Buffer[] = [];
  for (let at = 0; at < body.length;) {
    const next = body.indexOf(10, at);
    lines.push(body.subarray(at, next));
    at = next + 1;
  }
  if (lines.length !== LINES.length + COLUMNS.length) return undefined;
  const text = (i: number): string | undefined => {
    const line = lines[i]!.toString('utf8');
    return line.startsWith(`${LINES[i]} `) ? line.slice(LINES[i]!.length + 1) : undefined;
  };
  if (lines[0]!.toString('latin1') !== MAGIC || text(1) !== `${SNAPSHOT_VERSION} ${ORDER}`) return undefined;
  if (text(2) !== month || text(3) !== key) return undefined;
  const n = Number(text(4));
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  const apps = parseTexts(text(5), 2) as [string, string][] | undefined;
  const features = parseTexts(text(6), 4) as [string, string, string, string][] | undefined;
  if (!apps || !features) return undefined;
  const columns: Header['columns'] = [];
  const widths = [1, width(apps.length), width(features.length), 8, 8, 1];
  for (let c = 0; c < COLUMNS.length; c++) {
    const line = lines[LINES.length + c]!;
    const name = COLUMNS[c]!;
    const start = name.length + 1;
    if (line.subarray(0, start).toString('latin1') !== `${name} `) return undefined;
    // The row count is believed only if every column is as long as it says: it sizes the table.
    if (line.length - start !== 4 * Math.ceil((n * widths[c]!) / 3)) return undefined;
    columns.push({ line, start });
  }
  return { n, apps, features, columns };
}

function parseTexts(json: string | undefined, size: number): string[][] | undefined {
  if (json === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const ok =
    Array.isArray(value) &&
    value.every(
      (item) => Array.isArray(item) && item.length === size && item.every((s) => typeof s === 'string'),
    );
  return ok ? (value as string[][]) : undefined;
}

/** Bytes per index for `count` distinct texts. */
function width(count: number): 1 | 2 | 4 {
  return count <= 0x100 ? 1 : count <= 0x10000 ? 2 : 4;
}

function narrow(values: Uint32Array, count: number): Uint8Array | Uint16Array | Uint32Array {
  const w = width(count);
  return w === 1 ? Uint8Array.from(values) : w === 2 ? Uint16Array.from(values) : values;
}

function base64(values: ArrayBufferView): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function daysIn(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next =
    m === 12
      ? `${String(y + 1).padStart(4, '0')}-01`
      : `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}`;
  return dayNumber(`${next}-01`) - dayNumber(`${month}-01`);
}
