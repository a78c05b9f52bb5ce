/**
 * A small HTTP client for APS on `deps.fetch`: a timeout per attempt, `Retry-After` on 429, exponential backoff
 * with jitter on 5xx, network errors and unreadable bodies, a bounded number of attempts, and errors that name the
 * endpoint, the status and APS's own message — never a token.
 */
import { STATUS_CODES } from 'node:http';
import type { Clock, Logger, Sleep } from '../../deps.js';
import { isSensitiveParam, type SecretRegistry } from './secrets.js';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /**
   * `false` when sending the request twice could do harm: a refresh-token grant rotates the token, so a request
   * that timed out may already have consumed it. Such requests are retried only on answers that prove the server
   * did nothing (429, 502–504).
   */
  idempotent?: boolean;
  /** Short description for recordings, e.g. the date window. */
  label?: string;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed body; `undefined` for an empty one. */
  json: unknown;
}

export interface ResponseInfo {
  method: string;
  url: string;
  status: number;
  text: string;
  label?: string;
}

export interface HttpClientOptions {
  fetch: typeof globalThis.fetch;
  sleep: Sleep;
  random: () => number;
  clock: Clock;
  logger: Logger;
  secrets: SecretRegistry;
  timeoutMs: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the run would sit idle for too long. */
  maxRetryAfterSeconds?: number;
  /** Called with every response received (also error answers), e.g. to record it. */
  onResponse?: (info: ResponseInfo) => Promise<void>;
  /** Called before each attempt is sent (1 for the first, 2 for the first retry, …), e.g. to count them. */
  onAttempt?: (attempt: number) => void;
}

export interface HttpClient {
  request(req: HttpRequest): Promise<HttpResponse>;
}

export class ApsHttpError extends Error {
  override name = 'ApsHttpError';
  constructor(
    message: string,
    /** `METHOD /path?query`, without host or credentials. */
    readonly endpoint: string,
    /** HTTP status; `undefined` for a network error or timeout. */
    readonly status: number | undefined,
    /** APS's own message (`developerMessage`, `error_description`, …) if the body had one. */
    readonly apsMessage?: string,
    /** APS/OAuth error code (`error`, `errorCode`), e.g. `invalid_grant`. */
    readonly apsCode?: string,
  ) {
    super(message);
  }
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** Answers that show the request was not processed, so even a non-idempotent one may be sent again. */
const NOT_PROCESSED_STATUS = new Set([429, 502, 503, 504]);

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 300;

  const backoff = (attempt: number): number => {
    // "Equal jitter": half the exponential delay fixed, half random, so parallel workers spread out.
    const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(exp / 2 + (exp / 2) * options.random());
  };

  return {
    async request(req) {
      const endpoint = describeEndpoint(req.method, req.url);
      const idempotent = req.idempotent ?? true;
      for (let attempt = 1; ; attempt++) {
        const last = attempt >= maxAttempts;
        let outcome: Attempt;
        options.onAttempt?.(attempt);
        try {
          outcome = await attemptOnce(req, endpoint, options);
        } catch (error) {
          // Timeouts and network errors: the request may have reached the server.
          const reason = describeNetworkError(error, options.timeoutMs);
          if (last || !idempotent) {
            throw new ApsHttpError(
              `${endpoint} failed: ${reason}${attempt > 1 ? ` (after ${attempt} attempts)` : ''}`,
              endpoint,
              undefined,
            );
          }
          const delay = backoff(attempt);
          options.logger.warning(
            `${endpoint}: ${reason}; retrying in ${formatSeconds(delay)} (attempt ${attempt + 1} of ${maxAttempts})`,
          );
          await options.sleep(delay);
          continue;
        }

        const { status, text, headers } = outcome;
        if (status >= 200 && status < 300) {
          const parsed = parseBody(text);
          if (parsed.ok) return { status, headers, json: parsed.value };
          const reason = `answered ${status} with a body that is not valid JSON (${text.length} characters${
            text.length > 0
              ? `, starting ${JSON.stringify(options.secrets.scrubText(text.slice(0, 40)))}`
              : ''
          })`;
          // A cut-off body is usually a dropped connection: worth another try, but only a bounded number.
          if (last || !idempotent) throw new ApsHttpError(`${endpoint} ${reason}`, endpoint, status);
          const delay = backoff(attempt);
          options.logger.warning(
            `${endpoint} ${reason}; retrying in ${formatSeconds(delay)} (attempt ${attempt + 1} of ${maxAttempts})`,
          );
          await options.sleep(delay);
          continue;
        }

        const { message: apsMessage, code: apsCode } = extractApsError(text, options.secrets);
        const describe = (extra = ''): string =>
          `${endpoint} failed: ${status}${statusText(status)}${apsMessage ? ` — ${JSON.stringify(apsMessage)}` : ''}${extra}`;
        const retryable = RETRYABLE_STATUS.has(status) && (idempotent || NOT_PROCESSED_STATUS.has(status));
        if (!retryable) throw new ApsHttpError(describe(), endpoint, status, apsMessage, apsCode);
        if (last) {
          throw new ApsHttpError(
            describe(` (gave up after ${attempt} attempts)`),
            endpoint,
            status,
            apsMessage,
            apsCode,
          );
        }
        const retryAfter = parseRetryAfter(headers.get('retry-after'), options.clock.now());
        if (retryAfter !== undefined && retryAfter > maxRetryAfterSeconds) {
          throw new ApsHttpError(
            describe(
              ` (Retry-After asks to wait ${retryAfter} s, longer than the ${maxRetryAfterSeconds} s this run waits)`,
            ),
            endpoint,
            status,
            apsMessage,
            apsCode,
          );
        }
        const delay = retryAfter !== undefined ? retryAfter * 1000 : backoff(attempt);
        options.logger.warning(
          `${endpoint} answered ${status}; retrying in ${formatSeconds(delay)}${
            retryAfter !== undefined ? ' as Retry-After asks' : ''
          } (attempt ${attempt + 1} of ${maxAttempts})`,
        );
        await options.sleep(delay);
      }
    },
  };
}

interface Attempt {
  status: number;
  headers: Headers;
  text: string;
}

async function attemptOnce(req: HttpRequest, endpoint: string, options: HttpClientOptions): Promise<Attempt> {
  // One signal for the whole exchange, body included: a server that stalls mid-body is as stuck as a silent one.
  const signal = AbortSignal.timeout(options.timeoutMs);
  const init: RequestInit = {
    method: req.method,
    signal,
    headers: { accept: 'application/json', ...req.headers },
  };
  if (req.body !== undefined) init.body = req.body;
  const response = await options.fetch(req.url, init);
  const text = await response.text();
  options.logger.debug(`${endpoint} → ${response.status} (${text.length} characters)`);
  if (options.onResponse) {
    const info: ResponseInfo = { method: req.method, url: req.url, status: response.status, text };
    if (req.label !== undefined) info.label = req.label;
    await options.onResponse(info);
  }
  return { status: response.status, headers: response.headers, text };
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // JSON.parse's own message quotes the text, which could hold a token: say nothing of it.
    return { ok: false };
  }
}

/** `GET /applications/v2/clients/x/usage/daily-totals?filter[date]=…`: the path and query, no host, no credentials. */
export function describeEndpoint(method: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${method} ${url.replace(/\?.*$/, '')}`;
  }
  const params: string[] = [];
  for (const [k, v] of parsed.searchParams) params.push(isSensitiveParam(k) ? `${k}=…` : `${k}=${v}`);
  return `${method} ${parsed.pathname}${params.length ? `?${params.join('&')}` : ''}`;
}

/** APS error bodies vary: `developerMessage`, OAuth's `error_description`, `message`, `detail`, `errors[0]`. */
export function extractApsError(text: string, secrets: SecretRegistry): { message?: string; code?: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    // An HTML error page from a proxy says little; keep a short, scrubbed excerpt of anything else.
    return trimmed && !trimmed.startsWith('<') ? { message: secrets.scrubText(trimmed.slice(0, 200)) } : {};
  }
  if (body === null || typeof body !== 'object') return {};
  const o = body as Record<string, unknown>;
  const first = Array.isArray(o.errors) ? (o.errors[0] as Record<string, unknown> | undefined) : undefined;
  const pick = (...values: unknown[]): string | undefined => {
    const v = values.find((x) => typeof x === 'string' && x.trim() !== '');
    return typeof v === 'string' ? secrets.scrubText(v.slice(0, 300)) : undefined;
  };
  const out: { message?: string; code?: string } = {};
  const message = pick(
    o.developerMessage,
    o.error_description,
    o.errorMessage,
    o.message,
    o.detail,
    o.title,
    first?.detail,
    first?.message,
    first?.title,
    o.error,
  );
  const code = pick(o.error, o.errorCode, o.code, first?.code);
  if (message !== undefined) out.message = message;
  if (code !== undefined) out.code = code;
  return out;
}

/** Seconds to wait: `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
    return `no complete answer within ${formatSeconds(timeoutMs)}`;
  const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
  return `network error (${cause})`;
}

function statusText(status: number): string {
  const text = STATUS_CODES[status];
  return text ? ` ${text}` : '';
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
