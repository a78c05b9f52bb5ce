/**
 * The export format (`data/usage-YYYY-MM.csv`, and the same fields as JSON): write and read back losslessly.
 * Pure: text in, records out; errors name the file, the line and what was wrong.
 */
import { UserError } from '../errors.js';
import { CsvSyntaxError, forEachCsvRow, formatCsv } from './csv.js';
import { isDay, monthOf } from './dates.js';
import { compareRecords, type UsageRecord } from './records.js';

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
  const sorted = [...records].sort(compareRecords);
  return formatCsv([
    EXPORT_COLUMNS,
    ...sorted.map((r) => [
      r.date,
      r.appId,
      r.appName,
      r.api,
      r.featureId,
      r.featureName,
      r.unit,
      formatNumber(r.quantity),
      r.tokens === null ? '' : formatNumber(r.tokens),
      r.tokensEstimated ? 'true' : 'false',
    ]),
  ]);
}

/** Shortest text that reads back as the same double. */
function formatNumber(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

export function parseExportCsv(text: string, file: string): UsageRecord[] {
  const records: UsageRecord[] = [];
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
  let column: number[] = [];
  const onRow = (fields: string[], line: number): void => {
    if (!header) {
      header = { fields, line };
      const index = new Map(fields.map((name, i) => [name.trim(), i]));
      column = EXPORT_COLUMNS.map((c) => index.get(c) ?? -1);
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
    // By position in EXPORT_COLUMNS, through the header's order.
    const get = (i: number): string => fields[column[i]!] ?? '';
    records.push(
      toRecord(
        {
          date: shared(get(0)),
          appId: shared(get(1)),
          appName: shared(get(2)),
          api: shared(get(3)),
          featureId: shared(get(4)),
          featureName: shared(get(5)),
          unit: shared(get(6)),
          quantity: get(7),
          tokens: get(8),
          tokensEstimated: get(9),
        },
        file,
        line,
        '',
        days,
      ),
    );
  };
  try {
    forEachCsvRow(text, onRow);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new HistoryParseError(file, error.line, error.message);
    throw error;
  }
  if (!header)
    throw new HistoryParseError(
      file,
      1,
      'the file is empty; expected the header line ' + EXPORT_COLUMNS.join(','),
    );
  return records;
}

/** JSON export: an array of records (camelCase or the CSV's snake_case names), or `{ records: [...] }`. */
export function parseExportJson(text: string, file: string): UsageRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HistoryParseError(file, undefined, `invalid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { records?: unknown } | null)?.records;
  if (!Array.isArray(list))
    throw new HistoryParseError(file, undefined, 'expected a JSON array of usage records');
  return list.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) {
      throw new HistoryParseError(file, undefined, `record [${i}]: expected an object`);
    }
    const o = item as Record<string, unknown>;
    const pick = (camel: string, snake: string): unknown => (camel in o ? o[camel] : o[snake]);
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
      },
      file,
      undefined,
      `record [${i}]`,
    );
  });
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
): UsageRecord {
  const fail = (problem: string): never => {
    throw new HistoryParseError(file, line, where ? `${where}: ${problem}` : problem);
  };
  const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
  const date = text(raw.date);
  if (!validDays?.has(date)) {
    if (!isDay(date)) fail(`bad date ${JSON.stringify(date)}; expected YYYY-MM-DD`);
    validDays?.add(date);
  }
  const appId = text(raw.appId);
  if (!appId) fail('empty app_id');
  const featureId = text(raw.featureId);
  if (!featureId) fail('empty feature_id');
  const quantity = toNumber(raw.quantity);
  if (quantity === undefined) fail(`bad quantity ${JSON.stringify(text(raw.quantity))}; expected a number`);
  const tokensText = text(raw.tokens);
  const tokens = tokensText === '' ? null : toNumber(raw.tokens);
  if (tokens === undefined) fail(`bad tokens ${JSON.stringify(tokensText)}; expected a number or empty`);
  const est = text(raw.tokensEstimated).toLowerCase();
  if (!['true', 'false', ''].includes(est))
    fail(`bad tokens_estimated ${JSON.stringify(est)}; expected true or false`);
  return {
    date,
    appId,
    appName: text(raw.appName) || appId,
    api: text(raw.api) || 'Other',
    featureId,
    featureName: text(raw.featureName) || featureId,
    unit: text(raw.unit),
    quantity: quantity!,
    tokens: tokens ?? null,
    tokensEstimated: est === 'true',
  };
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Groups records by calendar month (`YYYY-MM`), each month sorted. */
export function partitionByMonth(records: readonly UsageRecord[]): Map<string, UsageRecord[]> {
  const months = new Map<string, UsageRecord[]>();
  for (const r of records) {
    const m = monthOf(r.date);
    let list = months.get(m);
    if (!list) months.set(m, (list = []));
    list.push(r);
  }
  for (const list of months.values()) list.sort(compareRecords);
  return new Map([...months].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function monthFileName(month: string): string {
  return `usage-${month}.csv`;
}
