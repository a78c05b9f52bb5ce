/**
 * The export format (`data/usage-YYYY-MM.csv`, and the same fields as JSON): write and read back losslessly.
 * Pure: text in, records out; errors name the file, the line and what was wrong.
 */
import { UserError } from '../errors.js';
import { CsvRowReader, CsvSyntaxError, csvField, forEachCsvRow } from './csv.js';
import { isDay, monthOf } from './dates.js';
import type { HistoryTable } from './history-table.js';
import {
  compareRecords,
  compareSlots,
  MAX_QUANTITY,
  MAX_TOKENS,
  slotKey,
  type UsageRecord,
  wellFormed,
} from './records.js';

export const EXPORT_COLUMNS = [
  'date',
  'app_id',
  'app_name',
  'api',
  'feature_id',
  'feature_name',
  'unit',
  'quantity',
  'tokens',
  'tokens_estimated',
] as const;

/**
 * The optional last column: `true`, `false`, or empty when APS did not say. Written only in a file that has a
 * flagged row, so a history without flags keeps its bytes; files without it read as they always did.
 */
export const CHARGED_COLUMN = 'charged';

export class HistoryParseError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    problem: string,
  ) {
    super(
      `${file}${line ? `:${line}` : ''}: ${problem}. The file was left untouched and nothing was published; ` +
        'fix the line (the format is in the README, "Export format") or move the file aside to start its month afresh.',
    );
  }
}

export function formatExportCsv(records: readonly UsageRecord[]): string {
  const sorted = isSortedRecords(records) ? records : [...records].sort(compareRecords);
  const flagged = sorted.some((r) => r.charged !== undefined);
  // A month holds tens of thousands of rows but a few hundred distinct texts: each is quoted once, and the rows
  // are joined once at the end (a flat string, not a rope that writing the file would have to flatten).
  const quoted = new Map<string, string>();
  const field = (value: string): string => {
    let out = quoted.get(value);
    if (out === undefined) quoted.set(value, (out = csvField(value)));
    return out;
  };
  const lines: string[] = [
    (flagged ? [...EXPORT_COLUMNS, CHARGED_COLUMN] : EXPORT_COLUMNS).map(csvField).join(','),
  ];
  for (const r of sorted) {
    let line =
      `${field(r.date)},${field(r.appId)},${field(r.appName)},${field(r.api)},${field(r.featureId)},` +
      `${field(r.featureName)},${field(r.unit)},${formatNumber(r.quantity)},` +
      `${r.tokens === null ? '' : formatNumber(r.tokens)},${r.tokensEstimated ? 'true' : 'false'}`;
    if (flagged) line += r.charged === undefined ? ',' : `,${String(r.charged)}`;
    lines.push(line);
  }
  lines.push('');
  return lines.join('\n');
}

function isSortedRecords(records: readonly UsageRecord[]): boolean {
  for (let i = 1; i < records.length; i++) if (compareRecords(records[i - 1]!, records[i]!) > 0) return false;
  return true;
}

/** Shortest text that reads back as the same double. */
function formatNumber(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** `month` (`YYYY-MM`): a stored month file, whose every row must be a day of that month. */
/** How strictly numbers are read. */
export interface ParseOptions {
  /**
   * A usage file handed to `source: file` holds no negative usage: reject it. The history the tool writes may hold
   * a negative figure APS reported (a correction), kept as reported, so it is read back as it is.
   */
  rejectNegative?: boolean;
}

export function parseExportCsv(
  text: string,
  file: string,
  month?: string,
  options: ParseOptions = {},
): UsageRecord[] {
  const records: UsageRecord[] = [];
  /** The line of each record, for the duplicate check's message. */
  const lines: number[] = [];
  readExportRows(text, file, month, options, (r, line) => {
    records.push(r);
    lines.push(line);
  });
  const duplicate = findDuplicate(records);
  if (duplicate) throw duplicateError(file, lines, records[duplicate[0]]!, records[duplicate[1]]!, duplicate);
  return records;
}

/**
 * The same reading, appended to a table instead of returned as objects: each row's record is checked and dropped
 * at once, so a large history never exists as objects. The file's rows are checked for duplicates as above.
 */
export function parseExportCsvInto(
  table: HistoryTable,
  text: string,
  file: string,
  month?: string,
  options: ParseOptions = {},
): void {
  const start = table.length;
  const lines: number[] = [];
  readExportRows(text, file, month, options, (r, line) => {
    table.push(r);
    lines.push(line);
  });
  const duplicate = findDuplicateRow(table, start);
  if (duplicate) {
    const [a, b] = duplicate;
    throw duplicateError(file, lines, table.record(a), table.record(b), [a - start, b - start]);
  }
}

function duplicateError(
  file: string,
  lines: readonly number[],
  first: UsageRecord,
  second: UsageRecord,
  [a, b]: [number, number],
): HistoryParseError {
  return new HistoryParseError(
    file,
    lines[b],
    `the same day, app and feature as line ${lines[a]} (${describeKey(second)}); ${onceEach(first, second)}`,
  );
}

/**
 * `parseExportCsvInto` for a file read as a stream: `chunks` are its text in pieces (a row may be cut between two),
 * so a file of hundreds of MB is never one string. The same checks, errors and rows as reading the whole text.
 */
export async function parseExportCsvStreamInto(
  table: HistoryTable,
  chunks: AsyncIterable<string>,
  file: string,
  month?: string,
  options: ParseOptions = {},
): Promise<void> {
  const start = table.length;
  const lines: number[] = [];
  const rows = exportRowHandler(file, month, options, (r, line) => {
    table.push(r);
    lines.push(line);
  });
  const reader = new CsvRowReader(rows.onRow);
  await csvErrorsNamed(file, async () => {
    for await (const chunk of chunks) reader.push(chunk);
    reader.end();
  });
  rows.finish();
  const duplicate = findDuplicateRow(table, start);
  if (duplicate) {
    const [a, b] = duplicate;
    throw duplicateError(file, lines, table.record(a), table.record(b), [a - start, b - start]);
  }
}

/** Every row of an export CSV, checked, in file order, with its line. */
function readExportRows(
  text: string,
  file: string,
  month: string | undefined,
  options: ParseOptions,
  onRecord: (r: UsageRecord, line: number) => void,
): void {
  const rows = exportRowHandler(file, month, options, onRecord);
  try {
    forEachCsvRow(text, rows.onRow);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new HistoryParseError(file, error.line, error.message);
    throw error;
  }
  rows.finish();
}

async function csvErrorsNamed(file: string, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new HistoryParseError(file, error.line, error.message);
    throw error;
  }
}

/** The checks of each CSV row of an export (header first), and of the file once every row was read. */
function exportRowHandler(
  file: string,
  month: string | undefined,
  options: ParseOptions,
  onRecord: (r: UsageRecord, line: number) => void,
): { onRow(fields: string[], line: number): void; finish(): void } {
  let header: { fields: string[]; line: number } | undefined;
  // A history has a few hundred distinct days and a million rows: check each day's text once.
  const days = new Set<string>();
  // Ids, names and days repeat on every row: one string per distinct value instead of one per row keeps a large
  // history a few hundred MB smaller, and later lookups by these strings hash each value only once.
  const strings = new Map<string, string>();
  const shared = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  // Rows come by day, then app, then feature: most fields repeat the row above, and comparing with it is cheaper
  // than hashing the text for the map.
  const above: string[] = [];
  const sharedAt = (i: number): string => {
    const value = get(i);
    const last = above[i];
    if (value === last) return last;
    return (above[i] = shared(value));
  };
  let fields: string[] = [];
  let column: number[] = [];
  // By position in EXPORT_COLUMNS, through the header's order.
  const get = (i: number): string => (column[i]! < 0 ? '' : (fields[column[i]!] ?? ''));
  const onRow = (row: string[], line: number): void => {
    fields = row;
    if (!header) {
      header = { fields, line };
      const index = new Map(fields.map((name, i) => [name.trim(), i]));
      column = [...EXPORT_COLUMNS, CHARGED_COLUMN].map((c) => index.get(c) ?? -1);
      const missing = EXPORT_COLUMNS.filter((c) => !index.has(c));
      if (missing.length > 0) {
        throw new HistoryParseError(
          file,
          line,
          `wrong header: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; expected ${EXPORT_COLUMNS.join(',')}`,
        );
      }
      return;
    }
    if (fields.length !== header.fields.length) {
      throw new HistoryParseError(
        file,
        line,
        `expected ${header.fields.length} fields, found ${fields.length} (a truncated or hand-edited line?)`,
      );
    }
    const record = toRecord(
      {
        date: sharedAt(0),
        appId: sharedAt(1),
        appName: sharedAt(2),
        api: sharedAt(3),
        featureId: sharedAt(4),
        featureName: sharedAt(5),
        unit: sharedAt(6),
        quantity: get(7),
        tokens: get(8),
        tokensEstimated: get(9),
        charged: get(10),
      },
      file,
      line,
      '',
      days,
      options,
    );
    if (month !== undefined && !record.date.startsWith(month))
      throw new HistoryParseError(
        file,
        line,
        `a record dated ${record.date} in the file of ${month}; expected only days of ${month}`,
      );
    onRecord(record, line);
  };
  const finish = (): void => {
    if (!header)
      throw new HistoryParseError(
        file,
        1,
        'the file is empty; expected the header line ' + EXPORT_COLUMNS.join(','),
      );
  };
  return { onRow, finish };
}

/**
 * `findDuplicate` over the rows of `table` from `start`: the first clashing pair of row indexes. Neighbours when
 * the rows are sorted (the files the tool writes), else a map of slot keys.
 */
function findDuplicateRow(table: HistoryTable, start: number): [number, number] | undefined {
  const clash = (a: number, b: number): boolean => {
    const x = table.charged(a);
    const y = table.charged(b);
    return x === y || x === undefined || y === undefined;
  };
  let sorted = true;
  for (let i = start + 1; i < table.length; i++) {
    if (table.compare(i - 1, i) > 0) {
      sorted = false;
      break;
    }
    if (table.compareSlots(i - 1, i) === 0 && clash(i - 1, i)) return [i - 1, i];
  }
  if (sorted) return undefined;
  const seen = new Map<string, number[]>();
  for (let i = start; i < table.length; i++) {
    const key = `${table.day[i]}\u0000${table.apps[table.app[i]!]!.id}\u0000${table.features[table.feature[i]!]!.id}`;
    const earlier = seen.get(key);
    const first = earlier?.find((j) => clash(j, i));
    if (first !== undefined) return [first, i];
    if (earlier) earlier.push(i);
    else seen.set(key, [i]);
  }
  return undefined;
}

/**
 * The first pair of records (indexes) that clash: the same `(date, app_id, feature_id)` and the same `charged`, or
 * one row with the flag and one without (the day would be counted twice). A file holds each key once: two rows
 * would silently become one when merged, and which one survived would depend on the row order. Files the tool
 * wrote are sorted, so one pass over neighbours decides; an unsorted (hand-made) file falls back to a map.
 */
function findDuplicate(records: readonly UsageRecord[]): [number, number] | undefined {
  const clash = (a: UsageRecord, b: UsageRecord): boolean =>
    a.charged === b.charged || a.charged === undefined || b.charged === undefined;
  let sorted = true;
  for (let i = 1; i < records.length; i++) {
    const a = records[i - 1]!;
    const b = records[i]!;
    if (compareRecords(a, b) > 0) {
      sorted = false;
      break;
    }
    // Sorted, a slot's row without the flag comes first: neighbours are enough.
    if (compareSlots(a, b) === 0 && clash(a, b)) return [i - 1, i];
  }
  if (sorted) return undefined;
  const seen = new Map<string, number[]>();
  for (let i = 0; i < records.length; i++) {
    const key = slotKey(records[i]!);
    const earlier = seen.get(key);
    const first = earlier?.find((j) => clash(records[j]!, records[i]!));
    if (first !== undefined) return [first, i];
    if (earlier) earlier.push(i);
    else seen.set(key, [i]);
  }
  return undefined;
}

function onceEach(a: UsageRecord, b: UsageRecord): string {
  return a.charged === undefined && b.charged === undefined
    ? 'expected each once'
    : 'expected each once, or one charged and one uncharged row, never a row without charged beside them';
}

function describeKey(r: UsageRecord): string {
  return (
    `date ${r.date}, app_id ${JSON.stringify(r.appId)}, feature_id ${JSON.stringify(r.featureId)}` +
    (r.charged === undefined ? '' : `, charged ${r.charged}`)
  );
}

/** JSON export: an array of records (camelCase or the CSV's snake_case names), or `{ records: [...] }`. */
export function parseExportJson(text: string, file: string, options: ParseOptions = {}): UsageRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HistoryParseError(file, undefined, `invalid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { records?: unknown } | null)?.records;
  if (!Array.isArray(list))
    throw new HistoryParseError(file, undefined, 'expected a JSON array of usage records');
  const records = list.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) {
      throw new HistoryParseError(file, undefined, `record [${i}]: expected an object`);
    }
    const o = item as Record<string, unknown>;
    // An own property only (not `__proto__`'s), and the snake_case name when the camelCase one is null.
    const own = (key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
    const pick = (camel: string, snake: string): unknown => own(camel) ?? own(snake);
    return toRecord(
      {
        date: pick('date', 'date'),
        appId: pick('appId', 'app_id'),
        appName: pick('appName', 'app_name'),
        api: pick('api', 'api'),
        featureId: pick('featureId', 'feature_id'),
        featureName: pick('featureName', 'feature_name'),
        unit: pick('unit', 'unit'),
        quantity: pick('quantity', 'quantity'),
        tokens: pick('tokens', 'tokens'),
        tokensEstimated: pick('tokensEstimated', 'tokens_estimated'),
        charged: own('charged'),
      },
      file,
      undefined,
      `record [${i}]`,
      undefined,
      options,
    );
  });
  const duplicate = findDuplicate(records);
  if (duplicate) {
    const [first, second] = duplicate;
    throw new HistoryParseError(
      file,
      undefined,
      `record [${second}]: the same day, app and feature as record [${first}] (${describeKey(records[second]!)}); ${onceEach(records[first]!, records[second]!)}`,
    );
  }
  return records;
}

export function formatExportJson(records: readonly UsageRecord[]): string {
  return JSON.stringify([...records].sort(compareRecords), null, 1) + '\n';
}

function toRecord(
  raw: Record<keyof UsageRecord, unknown>,
  file: string,
  line: number | undefined,
  where = '',
  /** Days already found valid (a cache shared by the rows of one file). */
  validDays?: Set<string>,
  options: ParseOptions = {},
): UsageRecord {
  const fail = (problem: string): never => {
    throw new HistoryParseError(file, line, where ? `${where}: ${problem}` : problem);
  };
  // Text fields are text: a number, list or object in a JSON file is a mistake, not a name to make up from it.
  const text = (v: unknown, field: keyof UsageRecord = 'date'): string => {
    if (v === undefined || v === null) return '';
    // CSV rows were decoded from UTF-8 and are well-formed already; JSON text may spell a lone surrogate.
    if (typeof v === 'string') return line === undefined ? wellFormed(v) : v;
    return fail(`${SNAKE[field]}: expected a string, got ${describeValue(v)}`);
  };
  const date = text(raw.date);
  if (!validDays?.has(date)) {
    if (!isDay(date)) fail(`bad date ${JSON.stringify(date)}; expected YYYY-MM-DD`);
    validDays?.add(date);
  }
  const appId = text(raw.appId, 'appId');
  if (!appId) fail('empty app_id');
  const featureId = text(raw.featureId, 'featureId');
  if (!featureId) fail('empty feature_id');
  const quantity = toNumber(raw.quantity);
  if (quantity === undefined)
    fail(`bad quantity ${describeValue(raw.quantity)}; expected a decimal number such as 12 or 0.5`);
  if (Math.abs(quantity!) > MAX_QUANTITY)
    fail(`bad quantity ${describeValue(raw.quantity)}; expected at most ${MAX_QUANTITY} in size`);
  const tokens =
    raw.tokens === undefined || raw.tokens === null || raw.tokens === '' ? null : toNumber(raw.tokens);
  if (tokens === undefined)
    fail(`bad tokens ${describeValue(raw.tokens)}; expected a decimal number such as 12 or 0.5, or empty`);
  if (tokens !== null && Math.abs(tokens!) > MAX_TOKENS)
    fail(`bad tokens ${describeValue(raw.tokens)}; expected at most ${MAX_TOKENS} in size`);
  if (options.rejectNegative && quantity! < 0)
    fail(`bad quantity ${describeValue(raw.quantity)}; expected a quantity ≥ 0 (usage is never negative)`);
  if (options.rejectNegative && tokens !== null && tokens! < 0)
    fail(`bad tokens ${describeValue(raw.tokens)}; expected tokens ≥ 0, or empty when unknown`);
  const estRaw = raw.tokensEstimated;
  const est =
    typeof estRaw === 'boolean' ? String(estRaw) : typeof estRaw === 'string' ? estRaw.toLowerCase() : estRaw;
  if (est !== undefined && est !== null && typeof est !== 'string')
    fail(`bad tokens_estimated ${describeValue(estRaw)}; expected true or false`);
  if (typeof est === 'string' && !['true', 'false', ''].includes(est))
    fail(`bad tokens_estimated ${JSON.stringify(est)}; expected true or false`);
  if (est === 'true' && tokens === null)
    fail(
      'tokens_estimated is true but tokens is empty; expected the estimated tokens, or tokens_estimated false',
    );
  const chargedRaw = typeof raw.charged === 'string' ? raw.charged.trim().toLowerCase() : raw.charged;
  if (
    chargedRaw !== undefined &&
    chargedRaw !== null &&
    typeof chargedRaw !== 'boolean' &&
    !['true', 'false', ''].includes(chargedRaw as string)
  )
    fail(`bad charged ${describeValue(raw.charged)}; expected true, false or empty (APS did not say)`);
  const charged =
    chargedRaw === true || chargedRaw === 'true'
      ? true
      : chargedRaw === false || chargedRaw === 'false'
        ? false
        : undefined;
  return {
    date,
    appId,
    appName: text(raw.appName, 'appName') || appId,
    api: text(raw.api, 'api') || 'Other',
    featureId,
    featureName: text(raw.featureName, 'featureName') || featureId,
    unit: text(raw.unit, 'unit'),
    quantity: quantity!,
    tokens: tokens ?? null,
    tokensEstimated: est === 'true',
    ...(charged === undefined ? {} : { charged }),
  };
}

/** Field names as the CSV header spells them, for messages. */
const SNAKE: Record<keyof UsageRecord, string> = {
  date: 'date',
  appId: 'app_id',
  appName: 'app_name',
  api: 'api',
  featureId: 'feature_id',
  featureName: 'feature_name',
  unit: 'unit',
  quantity: 'quantity',
  tokens: 'tokens',
  tokensEstimated: 'tokens_estimated',
  charged: 'charged',
};

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/**
 * Decimal notation only (`12`, `-0.5`, `1.5e3`): `Number` would also take `0x10`, `0b11` and `Infinity`, none of
 * which a usage export holds, and the first two would be written back as other text.
 */
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || !DECIMAL.test(v)) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Groups records by calendar month (`YYYY-MM`), months in order, records in input order. */
export function groupByMonth(records: readonly UsageRecord[]): Map<string, UsageRecord[]> {
  const months = new Map<string, UsageRecord[]>();
  for (const r of records) {
    const m = monthOf(r.date);
    let list = months.get(m);
    if (!list) months.set(m, (list = []));
    list.push(r);
  }
  return new Map([...months].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function monthFileName(month: string): string {
  return `usage-${month}.csv`;
}
