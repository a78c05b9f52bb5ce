/**
 * The tolerant parser for the APS usage bodies, whose shape is not documented (aps-api.md §2). Every field
 * mapping lives here, so that a recorded real response can correct it in one place. Pure.
 *
 * Tolerated: `results` / `data` / a bare array; aliases per field; numbers as numeric strings; unknown keys (kept
 * in `extra` and reported to the caller, which logs them once). Refused: a row without a recognisable date or
 * quantity — the error names the endpoint and the keys the row did have, so one message tells us the real shape.
 */
import { isDay } from '../../model/dates.js';
import { MAX_QUANTITY, MAX_TOKENS } from '../../model/records.js';

export class ApsShapeError extends Error {
  override name = 'ApsShapeError';
}

export interface DailyTotalRow {
  date: string;
  featureId: string;
  featureName?: string;
  unit?: string;
  quantity: number;
  /** Tokens reported by APS; `null` when the row has none. */
  tokens: number | null;
  /**
   * The portal's charged / uncharged split, when the row says: `false` is usage after the team ran out of tokens.
   * Absent when it does not (or says something this parser cannot read — that key is then kept in `extra`).
   */
  charged?: boolean;
  /** Hub rows only. */
  clientId?: string;
  appName?: string;
  /** Keys this parser does not know, with their values: kept, never an error. */
  extra: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  nextUrl?: string;
  /** Unknown keys seen on this page (row keys and top-level keys), for a one-time debug line. */
  unknownKeys: string[];
}

export interface FeatureInfo {
  id: string;
  name?: string;
  api?: string;
  unit?: string;
}

export interface ClientInfo {
  id: string;
  name?: string;
}

const ROW_FIELDS = {
  date: ['date', 'usageDate', 'day'],
  featureId: ['featureId', 'feature', 'service', 'serviceId'],
  featureName: ['featureName', 'name', 'serviceName'],
  unit: ['unit', 'unitOfMeasure'],
  quantity: ['quantity', 'usage', 'value', 'units', 'total'],
  tokens: ['tokens', 'tokensConsumed'],
  clientId: ['clientId', 'client_id', 'appId'],
  appName: ['appName', 'applicationName', 'clientName'],
} as const;

/** The charge flag: booleans (or `"true"`, `1`) under these names… */
const CHARGED_FLAGS = ['charged', 'isCharged', 'chargeable'] as const;
/** …or a status word under these. */
const CHARGE_STATUS = ['chargeStatus', 'billingStatus', 'status'] as const;
const CHARGED_WORDS = new Set(['charged', 'resolved', 'billed', 'paid']);
const UNCHARGED_WORDS = new Set([
  'uncharged',
  'not_charged',
  'notcharged',
  'not charged',
  'unbilled',
  'unpaid',
]);

const FEATURE_FIELDS = {
  id: ['id', 'featureId'],
  name: ['featureName', 'displayName', 'name'],
  api: ['apiName', 'service', 'api'],
  unit: ['unit', 'unitOfMeasure'],
} as const;

const CLIENT_FIELDS = {
  id: ['id', 'clientId', 'client_id'],
  name: ['name', 'appName', 'displayName'],
} as const;

const ENVELOPE_KEYS = new Set(['pagination', 'results', 'data']);

/** A daily-totals page (v1, v2 and hub alike). */
export function parseDailyTotalsPage(body: unknown, endpoint: string): Page<DailyTotalRow> {
  const { rows, nextUrl, unknownKeys } = readEnvelope(body, endpoint);
  const known = new Set<string>(Object.values(ROW_FIELDS).flat());
  const items = rows.map((row, index) => {
    const where = `${endpoint}: row ${index + 1}`;
    const o = asObject(row, where);
    const rawDate = pick(o, ROW_FIELDS.date);
    // A timestamp ("2026-01-15T00:00:00Z") names its day too.
    const date =
      typeof rawDate === 'string' && /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(rawDate)
        ? rawDate.slice(0, 10)
        : undefined;
    const quantity = toNumber(pick(o, ROW_FIELDS.quantity));
    if (date === undefined || !isDay(date)) {
      throw new ApsShapeError(
        `${where} has no recognisable date (expected one of ${ROW_FIELDS.date.join(', ')} as YYYY-MM-DD, got ` +
          `${describeValue(rawDate)}); keys seen: ${Object.keys(o).join(', ') || 'none'}`,
      );
    }
    if (quantity === undefined || Math.abs(quantity) > MAX_QUANTITY) {
      throw new ApsShapeError(
        `${where} has no recognisable quantity (expected a number of at most ${MAX_QUANTITY} in size in one of ` +
          `${ROW_FIELDS.quantity.join(', ')}, got ${describeValue(pick(o, ROW_FIELDS.quantity))}); keys seen: ` +
          `${Object.keys(o).join(', ') || 'none'}`,
      );
    }
    const tokens = toNumber(pick(o, ROW_FIELDS.tokens));
    if (tokens !== undefined && Math.abs(tokens) > MAX_TOKENS) {
      throw new ApsShapeError(
        `${where} has tokens ${describeValue(pick(o, ROW_FIELDS.tokens))}; expected a number of at most ${MAX_TOKENS} in size`,
      );
    }
    const featureName = toText(pick(o, ROW_FIELDS.featureName));
    const out: DailyTotalRow = {
      date,
      // A row with no id but a name still says what it is; one with neither is kept under "unknown".
      featureId: toText(pick(o, ROW_FIELDS.featureId)) ?? featureName ?? 'unknown',
      quantity,
      tokens: tokens ?? null,
      extra: {},
    };
    if (featureName !== undefined) out.featureName = featureName;
    const unit = toText(pick(o, ROW_FIELDS.unit));
    if (unit !== undefined) out.unit = unit;
    const clientId = toText(pick(o, ROW_FIELDS.clientId));
    if (clientId !== undefined) out.clientId = clientId;
    const appName = toText(pick(o, ROW_FIELDS.appName));
    if (appName !== undefined) out.appName = appName;
    const charge = readCharged(o);
    if (charge) out.charged = charge.charged;
    for (const [k, v] of Object.entries(o)) {
      if (known.has(k) || k === charge?.key) continue;
      out.extra[k] = v;
      unknownKeys.push(k);
    }
    return out;
  });
  return withNext({ items, unknownKeys: unique(unknownKeys) }, nextUrl);
}

/**
 * The first charge field that reads as a flag, and its key. One that does not (`status: "final"`) is not a charge
 * flag: it stays an unknown key, so the one-time debug line shows what APS sent.
 */
export function readCharged(o: Record<string, unknown>): { charged: boolean; key: string } | undefined {
  for (const key of CHARGED_FLAGS) {
    const v = o[key];
    const flag =
      typeof v === 'boolean'
        ? v
        : v === 1 || v === 0
          ? v === 1
          : typeof v === 'string' && /^(true|false)$/i.test(v.trim())
            ? v.trim().toLowerCase() === 'true'
            : undefined;
    if (flag !== undefined) return { charged: flag, key };
  }
  for (const key of CHARGE_STATUS) {
    const v = o[key];
    if (typeof v !== 'string') continue;
    const word = v.trim().toLowerCase().replace(/-/g, '_');
    if (CHARGED_WORDS.has(word)) return { charged: true, key };
    if (UNCHARGED_WORDS.has(word)) return { charged: false, key };
  }
  return undefined;
}

/** A page of the feature catalogue. Rows without an id are skipped: they can label nothing. */
export function parseFeaturesPage(body: unknown, endpoint: string): Page<FeatureInfo> {
  const { rows, nextUrl, unknownKeys } = readEnvelope(body, endpoint);
  const items: FeatureInfo[] = [];
  for (const row of rows) {
    if (row === null || typeof row !== 'object') continue;
    const o = row as Record<string, unknown>;
    const id = toText(pick(o, FEATURE_FIELDS.id));
    if (id === undefined) continue;
    const info: FeatureInfo = { id };
    const name = toText(pick(o, FEATURE_FIELDS.name));
    if (name !== undefined) info.name = name;
    const api = toText(pick(o, FEATURE_FIELDS.api));
    if (api !== undefined) info.api = api;
    const unit = toText(pick(o, FEATURE_FIELDS.unit));
    if (unit !== undefined) info.unit = unit;
    items.push(info);
  }
  return withNext({ items, unknownKeys: unique(unknownKeys) }, nextUrl);
}

/** A page of `GET /clients`, or the single object of `GET /clients/{id}` (as a one-item page). */
export function parseClientsPage(body: unknown, endpoint: string): Page<ClientInfo> {
  const single = body !== null && typeof body === 'object' && !Array.isArray(body) && !hasList(body);
  const { rows, nextUrl, unknownKeys } = single
    ? { rows: [body], nextUrl: undefined, unknownKeys: [] }
    : readEnvelope(body, endpoint);
  const items: ClientInfo[] = [];
  for (const row of rows) {
    if (row === null || typeof row !== 'object') continue;
    const o = row as Record<string, unknown>;
    const id = toText(pick(o, CLIENT_FIELDS.id));
    if (id === undefined) continue;
    const name = toText(pick(o, CLIENT_FIELDS.name));
    items.push(name !== undefined ? { id, name } : { id });
  }
  return withNext({ items, unknownKeys }, nextUrl);
}

function hasList(body: object): boolean {
  const o = body as Record<string, unknown>;
  return Array.isArray(o.results) || Array.isArray(o.data);
}

function readEnvelope(
  body: unknown,
  endpoint: string,
): { rows: unknown[]; nextUrl?: string; unknownKeys: string[] } {
  if (Array.isArray(body)) return { rows: body, unknownKeys: [] };
  if (body === null || typeof body !== 'object') {
    throw new ApsShapeError(
      `${endpoint}: expected a JSON object with a results array, got ${describeValue(body)}`,
    );
  }
  const o = body as Record<string, unknown>;
  const rows = Array.isArray(o.results) ? o.results : Array.isArray(o.data) ? o.data : undefined;
  if (rows === undefined) {
    throw new ApsShapeError(
      `${endpoint}: expected the rows in "results", "data" or a bare array; keys seen: ${Object.keys(o).join(', ') || 'none'}`,
    );
  }
  const pagination = o.pagination;
  let nextUrl: string | undefined;
  if (pagination !== null && typeof pagination === 'object') {
    nextUrl = toText((pagination as Record<string, unknown>).nextUrl);
  }
  const unknownKeys = Object.keys(o).filter((k) => !ENVELOPE_KEYS.has(k));
  const out: { rows: unknown[]; nextUrl?: string; unknownKeys: string[] } = { rows, unknownKeys };
  if (nextUrl !== undefined) out.nextUrl = nextUrl;
  return out;
}

function withNext<T>(page: Page<T>, nextUrl: string | undefined): Page<T> {
  if (nextUrl !== undefined) page.nextUrl = nextUrl;
  return page;
}

function asObject(row: unknown, where: string): Record<string, unknown> {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    throw new ApsShapeError(`${where}: expected an object, got ${describeValue(row)}`);
  }
  return row as Record<string, unknown>;
}

function pick(o: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k];
  return undefined;
}

/** A finite number, or a string that is one ("3.5", " 12 "). */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)) {
    // "1e400" matches the pattern but is Infinity, which the history could not read back.
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
