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
import { createHash } from 'node:crypto';
import { dayNumber, type HistoryTable } from './history-table.js';
import { wellFormed } from './records.js';

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
  return createHash('sha256').update(bytes).digest('hex');
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
  const decoded = decodeMonthSnapshot(bytes, month, key);
  if (!decoded) return false;
  const { apps, features, n } = decoded;
  const appAt = apps.map(([id, name]) => table.appOf(id, name));
  const featureAt = features.map(([id, name, api, unit]) => table.featureOf(id, name, api, unit));
  const firstDay = dayNumber(`${month}-01`);
  for (let i = 0; i < n; i++) {
    const t = decoded.tokens[i]!;
    table.pushRow(
      firstDay + decoded.day[i]!,
      appAt[decoded.app[i]!]!,
      featureAt[decoded.feature[i]!]!,
      decoded.quantity[i]!,
      Number.isNaN(t) ? null : t,
      decoded.flags[i]!,
    );
  }
  return true;
}

/**
 * How many rows a snapshot says it holds, for sizing the table before loading (0 when it does not say). Only a
 * hint: nothing is trusted until `loadMonthSnapshot` checks the whole file, and a damaged count is bounded by the
 * file's size (each row takes at least one base64 byte per column byte), so it cannot ask for more memory than the
 * file could fill.
 */
export function snapshotRowCount(bytes: Buffer): number {
  const at = bytes.indexOf('\nrows ');
  if (at < 0) return 0;
  const end = bytes.indexOf(10, at + 1);
  const n = Number(bytes.subarray(at + 6, end < 0 ? bytes.length : end).toString('latin1'));
  return Number.isSafeInteger(n) && n > 0 ? Math.min(n, Math.floor(bytes.length / MIN_ROW_BYTES)) : 0;
}

/** The least a row takes in a snapshot: a byte at least for each index, its day and flags, eight per number. */
const MIN_ROW_BYTES = 20;

interface Decoded {
  n: number;
  apps: [string, string][];
  features: [string, string, string, string][];
  day: ArrayLike<number>;
  app: ArrayLike<number>;
  feature: ArrayLike<number>;
  quantity: ArrayLike<number>;
  tokens: ArrayLike<number>;
  flags: ArrayLike<number>;
}

const LINES = ['', 'version', 'month', 'csv', 'rows', 'apps', 'features'] as const;
const COLUMNS = ['day', 'app', 'feature', 'quantity', 'tokens', 'flags'] as const;

function decodeMonthSnapshot(bytes: Buffer, month: string, key: string): Decoded | undefined {
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
  const widths = [1, width(apps.length), width(features.length), 8, 8, 1] as const;
  const columns = COLUMNS.map((name, i) => column(lines[LINES.length + i]!, name, n, widths[i]!));
  const [day, app, feature, quantity, tokens, flags] = columns;
  if (!day || !app || !feature || !quantity || !tokens || !flags) return undefined;
  const decoded: Decoded = { n, apps, features, day, app, feature, quantity, tokens, flags };
  return inRange(decoded, daysIn(month)) ? decoded : undefined;
}

/** Every index points at a text, every day is in the month, every flag is one the table writes. */
function inRange(d: Decoded, days: number): boolean {
  for (let i = 0; i < d.n; i++) {
    if (d.day[i]! >= days || d.app[i]! >= d.apps.length || d.feature[i]! >= d.features.length) return false;
    if (d.flags[i]! > 5 || !Number.isFinite(d.quantity[i]!)) return false;
  }
  return true;
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

/** A column's line → `n` values of `bytes` each, in an aligned array; undefined when it is not that column. */
function column(line: Buffer, name: string, n: number, bytes: 1 | 2 | 4 | 8): ArrayLike<number> | undefined {
  if (line.subarray(0, name.length + 1).toString('latin1') !== `${name} `) return undefined;
  const raw = Buffer.from(line.subarray(name.length + 1).toString('latin1'), 'base64');
  if (raw.length !== n * bytes) return undefined;
  const copy = new Uint8Array(raw.length);
  copy.set(raw);
  return bytes === 1
    ? copy
    : bytes === 2
      ? new Uint16Array(copy.buffer)
      : bytes === 4
        ? new Uint32Array(copy.buffer)
        : new Float64Array(copy.buffer);
}

function daysIn(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next =
    m === 12
      ? `${String(y + 1).padStart(4, '0')}-01`
      : `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}`;
  return dayNumber(`${next}-01`) - dayNumber(`${month}-01`);
}
