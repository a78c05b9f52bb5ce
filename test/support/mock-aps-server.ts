/**
 * The tests' APS (and the bench's): a loopback APS: a real `node:http` server on 127.0.0.1:0 that implements what aps-api.md §7 lists — the token
 * endpoint (Basic auth; client credentials refused for usage; rotating refresh tokens; RS256 service-account
 * assertions), the clients list, per-app, hub and v1 daily totals with `filter[date]` rules, the feature
 * catalogue — served from a seeded set of usage records, with fault injection and a log of every request.
 */
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addDays, isDay, rangeLength, toDay } from '../../src/model/dates.js';
import type { UsageRecord } from '../../src/model/records.js';
import { generateDemoRecords } from '../../src/sources/demo-data.js';

export const USAGE_SCOPE = 'application:client:read';
/** What APS documents as a service-account assertion's `aud` (written out here, not taken from the client). */
export const DOCUMENTED_AUDIENCE = 'https://developer.api.autodesk.com/authentication/v2/token';
/** First day of the current business model: v2 serves from here, v1 before. */
export const MOCK_V2_START = '2025-12-07';
const MAX_FILTER_DAYS = 200;
const REFRESH_TOKEN_LIFETIME_MS = 15 * 86_400_000;

export interface MockServiceAccount {
  id: string;
  keyId: string;
  /** The account's public key (PEM or KeyObject): assertions are verified against it. */
  publicKey: KeyObject | string;
}

export interface MockApsOptions {
  /** The server's clock: token expiry, assertion checks and the default window. Share it with the client. */
  now?: () => Date;
  /** Usage served by every daily-totals endpoint; default: the demo dataset. */
  records?: readonly UsageRecord[];
  /** Known apps (id → name); default: every app in `records`. */
  apps?: readonly { id: string; name: string }[];
  /** Developer hubs: hub id → app ids; default: one hub, `hub-1`, with every app. */
  hubs?: Record<string, readonly string[]>;
  /** Apps the caller may not see: 403 on their endpoints, left out of the clients list, `Unknown App` in hubs. */
  forbidden?: readonly string[];
  /** The OAuth app whose credentials the token endpoint accepts. */
  oauthClient?: { id: string; secret: string };
  serviceAccount?: MockServiceAccount;
  /** The `aud` an assertion must carry; default APS's documented token endpoint, whatever this server's URL is. */
  assertionAudience?: string;
  /** A refresh token valid at start. */
  refreshToken?: string;
  /** Access tokens valid at start (the `APS_ACCESS_TOKEN` mode). */
  accessTokens?: readonly string[];
  tokenLifetimeSeconds?: number;
  /** Rows per daily-totals page (default 500), features per catalogue page (default 50). */
  pageSize?: number;
  featuresPageSize?: number;
  /** Whether rows carry APS's `tokens` figure when the record has one (default true). */
  includeTokens?: boolean;
  /** Fields added to every v2 row: keys the client does not know must be kept, not refused. */
  extraRowFields?: Record<string, unknown>;
}

export type Fault = {
  /** Matched against `path?query` of the request. */
  match: RegExp;
  /** How many matching requests it hits (default 1). */
  times?: number;
} & (
  | { kind: 'status'; status: number; retryAfter?: string; body?: unknown }
  | { kind: 'slow'; delayMs: number }
  /** 200 with the first half of the real body: invalid JSON. */
  | { kind: 'truncated' }
  /** 200 with an HTML error page. */
  | { kind: 'malformed' }
  /** Socket destroyed without an answer. */
  | { kind: 'reset' }
  /** Every access token issued so far expires before this request is handled (a token dying mid-run). */
  | { kind: 'expire-tokens' }
);

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** For the token endpoint: the grant type. */
  grantType?: string;
}

export interface MockAps {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Every secret the server handed out or received: tokens, refresh tokens, assertions. */
  issued: { accessTokens: string[]; refreshTokens: string[]; assertions: string[] };
  /** The refresh token that is valid now (after rotations). */
  readonly currentRefreshToken: string | undefined;
  inject(fault: Fault): void;
  /** Requests to usage endpoints (daily totals of any kind). */
  usageRequests(): RecordedRequest[];
  /** The most requests that were being handled at the same moment. */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

interface TokenInfo {
  expiresAt: number;
}

export async function startMockApsServer(options: MockApsOptions = {}): Promise<MockAps> {
  const now = options.now ?? (() => new Date());
  const records = options.records ?? generateDemoRecords();
  const apps = options.apps ?? derivedApps(records);
  const appIds = new Set(apps.map((a) => a.id));
  // Each app's records, in their order: a per-app request reads only its app's records. Scanning every record
  // per request made the mock, not the client, the bottleneck of a large fetch (the bench: 584,000 records ×
  // 1,201 requests kept it busy 17.7 s of a 21.7 s run).
  const byApp = new Map<string, UsageRecord[]>();
  for (const r of records) {
    let list = byApp.get(r.appId);
    if (!list) byApp.set(r.appId, (list = []));
    list.push(r);
  }
  const hubs = options.hubs ?? { 'hub-1': apps.map((a) => a.id) };
  const forbidden = new Set(options.forbidden ?? []);
  const oauth = options.oauthClient ?? { id: 'test-client-id', secret: 'test-client-secret' };
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const pageSize = options.pageSize ?? 500;
  const featuresPageSize = options.featuresPageSize ?? 50;
  const includeTokens = options.includeTokens ?? true;
  const publicKey =
    options.serviceAccount === undefined
      ? undefined
      : typeof options.serviceAccount.publicKey === 'string'
        ? createPublicKey(options.serviceAccount.publicKey)
        : options.serviceAccount.publicKey;

  const accessTokens = new Map<string, TokenInfo>();
  for (const t of options.accessTokens ?? []) accessTokens.set(t, { expiresAt: Number.MAX_SAFE_INTEGER });
  let refresh: { token: string; issuedAt: number } | undefined = options.refreshToken
    ? { token: options.refreshToken, issuedAt: now().getTime() }
    : undefined;
  const usedJti = new Set<string>();
  const audience = options.assertionAudience ?? DOCUMENTED_AUDIENCE;
  const faults: (Fault & { left: number })[] = [];
  const requests: RecordedRequest[] = [];
  const issued = { accessTokens: [] as string[], refreshTokens: [] as string[], assertions: [] as string[] };
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';
  let inFlight = 0;
  let maxInFlight = 0;

  const issueAccessToken = (): { access_token: string; token_type: string; expires_in: number } => {
    const token = `mock-at-${randomBytes(16).toString('hex')}`;
    accessTokens.set(token, { expiresAt: now().getTime() + lifetime * 1000 });
    issued.accessTokens.push(token);
    return { access_token: token, token_type: 'Bearer', expires_in: lifetime };
  };

  // ---- token endpoint -------------------------------------------------------------------------------------------

  const handleToken = (req: IncomingMessage, body: string, log: RecordedRequest): Answer => {
    if (req.method !== 'POST') return json(405, { developerMessage: 'Method not allowed' });
    if (!/^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) {
      return json(400, {
        error: 'invalid_request',
        error_description: 'Content-Type must be application/x-www-form-urlencoded',
      });
    }
    const form = new URLSearchParams(body);
    const grant = form.get('grant_type') ?? '';
    log.grantType = grant;
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [id, secret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    if (id !== oauth.id || secret !== oauth.secret) {
      return json(401, { error: 'invalid_client', error_description: 'The client credentials are invalid.' });
    }
    if (grant === 'client_credentials') {
      const scopes = (form.get('scope') ?? '').split(' ');
      if (scopes.includes(USAGE_SCOPE)) {
        return json(400, {
          error: 'invalid_scope',
          error_description: `The scope '${USAGE_SCOPE}' requires a user context; it cannot be granted to a two-legged token.`,
        });
      }
      return json(200, issueAccessToken());
    }
    if (grant === 'refresh_token') {
      const given = form.get('refresh_token') ?? '';
      if (
        !refresh ||
        given !== refresh.token ||
        now().getTime() - refresh.issuedAt > REFRESH_TOKEN_LIFETIME_MS
      ) {
        return json(400, {
          error: 'invalid_grant',
          error_description: 'The refresh token is invalid or expired.',
        });
      }
      const next = `mock-rt-${randomBytes(16).toString('hex')}`;
      issued.refreshTokens.push(next);
      // Rotation: the old refresh token dies the moment the new one is issued.
      refresh = { token: next, issuedAt: now().getTime() };
      return json(200, { ...issueAccessToken(), refresh_token: next });
    }
    if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const assertion = form.get('assertion') ?? '';
      issued.assertions.push(assertion);
      const problem = checkAssertion(assertion, id);
      if (problem) return json(400, { error: 'invalid_grant', error_description: problem });
      if (!(form.get('scope') ?? '').split(' ').includes(USAGE_SCOPE)) {
        return json(400, {
          error: 'invalid_scope',
          error_description: 'The scope parameter is missing a requested scope.',
        });
      }
      return json(200, issueAccessToken());
    }
    return json(400, {
      error: 'unsupported_grant_type',
      error_description: `Unsupported grant_type '${grant}'.`,
    });
  };

  /** Everything APS is documented to check in a service-account assertion; returns the first problem. */
  const checkAssertion = (assertion: string, clientId: string): string | undefined => {
    const sa = options.serviceAccount;
    if (!sa || !publicKey) return 'No service account is registered for this client.';
    const parts = assertion.split('.');
    if (parts.length !== 3) return 'The assertion is not a JWT.';
    const [h, p, s] = parts as [string, string, string];
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
      claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      return 'The assertion is not a JWT.';
    }
    if (header.alg !== 'RS256') return `Unsupported alg '${String(header.alg)}'.`;
    if (header.kid !== sa.keyId) return `Unknown kid '${String(header.kid)}'.`;
    if (!verify('sha256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'))) {
      return 'The assertion signature is invalid.';
    }
    const t = Math.floor(now().getTime() / 1000);
    if (claims.iss !== clientId) return 'The iss claim does not match the client id.';
    if (claims.sub !== sa.id) return 'The sub claim is not a service account of this client.';
    if (claims.aud !== audience) return `Invalid aud '${String(claims.aud)}'.`;
    if (typeof claims.exp !== 'number' || claims.exp <= t) return 'The assertion has expired.';
    if (claims.exp - t > 300) return 'The assertion exp is more than 300 seconds in the future.';
    if (typeof claims.iat !== 'number' || claims.iat > t + 30)
      return 'The iat claim is missing or in the future.';
    if (typeof claims.nbf === 'number' && claims.nbf > t + 30) return 'The assertion is not yet valid.';
    if (typeof claims.jti !== 'string' || claims.jti === '') return 'The jti claim is missing.';
    if (usedJti.has(claims.jti)) return 'The assertion has already been used (jti replay).';
    if (!Array.isArray(claims.scope) || !claims.scope.includes(USAGE_SCOPE)) {
      return 'The scope claim must be an array of scopes including application:client:read.';
    }
    usedJti.add(claims.jti);
    return undefined;
  };

  // ---- Application Management API --------------------------------------------------------------------------------

  const handleApi = (req: IncomingMessage, url: URL): Answer => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const info = bearer ? accessTokens.get(bearer) : undefined;
    if (!info || info.expiresAt <= now().getTime()) {
      return json(401, {
        developerMessage: 'The access token provided is invalid or has expired.',
        errorCode: 'AUTH-006',
      });
    }
    if (req.method !== 'GET') return json(405, { developerMessage: 'Method not allowed' });
    const p = url.pathname;
    let m: RegExpExecArray | null;
    if (p === '/applications/v2/clients') return clientsList(url);
    if (p === '/applications/v2/features') return features(url);
    if ((m = /^\/applications\/v2\/clients\/([^/]+)$/.exec(p))) {
      const id = decodeURIComponent(m[1] ?? '');
      return appGuard(id) ?? json(200, clientBody(id));
    }
    if ((m = /^\/applications\/(v1|v2)\/clients\/([^/]+)\/usage\/daily-totals$/.exec(p))) {
      const id = decodeURIComponent(m[2] ?? '');
      return appGuard(id) ?? dailyTotals(url, m[1] === 'v1' ? 'v1' : 'v2', [id]);
    }
    if ((m = /^\/applications\/v2\/hubs\/([^/]+)\/usage\/daily-totals$/.exec(p))) {
      const hub = hubs[decodeURIComponent(m[1] ?? '')];
      if (!hub) return json(404, { developerMessage: 'Hub not found.' });
      const only = url.searchParams.get('filter[clientId]');
      return dailyTotals(url, 'hub', only ? hub.filter((id) => id === only) : [...hub]);
    }
    return json(404, { developerMessage: `No route for ${p}` });
  };

  const appGuard = (id: string): Answer | undefined => {
    if (!appIds.has(id)) return json(404, { developerMessage: `Application ${id} not found.` });
    if (forbidden.has(id)) {
      return json(403, {
        developerMessage: 'The caller is not the owner, a collaborator or a hub admin of this application.',
      });
    }
    return undefined;
  };

  const clientBody = (id: string): Record<string, unknown> => ({
    id,
    name: apps.find((a) => a.id === id)?.name ?? id,
    description: '',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-06-01T00:00:00Z',
    callbackUris: [],
    jwksUri: null,
  });

  const clientsList = (url: URL): Answer => {
    const visible = apps.filter((a) => !forbidden.has(a.id));
    if (visible.length === 0) return json(404, { developerMessage: 'No applications found.' });
    const limit = Number(url.searchParams.get('limit') ?? '10') || 10;
    return paged(
      url,
      visible.map((a) => clientBody(a.id)),
      Math.min(limit, 2),
    );
  };

  const features = (url: URL): Answer => {
    const seen = new Map<string, Record<string, unknown>>();
    for (const r of records) {
      if (!seen.has(r.featureId))
        seen.set(r.featureId, { id: r.featureId, name: r.featureName, api: r.api, unit: r.unit });
    }
    return paged(url, [...seen.values()], featuresPageSize);
  };

  const dailyTotals = (url: URL, kind: 'v1' | 'v2' | 'hub', ids: readonly string[]): Answer => {
    const filter = url.searchParams.get('filter[date]');
    let from: string;
    let to: string;
    if (filter === null) {
      // Default: the last 30 days, today included.
      to = toDay(now());
      from = addDays(to, -29);
    } else {
      const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(filter);
      if (!m || !isDay(m[1] ?? '') || !isDay(m[2] ?? '') || (m[1] ?? '') > (m[2] ?? '')) {
        return json(400, {
          developerMessage: `Invalid filter[date] '${filter}': expected YYYY-MM-DD..YYYY-MM-DD.`,
        });
      }
      from = m[1] ?? '';
      to = m[2] ?? '';
      if (rangeLength({ from, to }) > MAX_FILTER_DAYS) {
        return json(400, { developerMessage: `filter[date] spans more than ${MAX_FILTER_DAYS} days.` });
      }
    }
    const feature = url.searchParams.get('filter[featureId]');
    const service = url.searchParams.get('filter[service]');
    const candidates = ids.length === 1 ? (byApp.get(ids[0]!) ?? []) : records;
    const inRange = candidates.filter(
      (r) =>
        ids.includes(r.appId) &&
        r.date >= from &&
        r.date <= to &&
        (kind === 'v1' ? r.date < MOCK_V2_START : r.date >= MOCK_V2_START),
    );
    let rows: Record<string, unknown>[];
    if (kind === 'v1') {
      // v1 is keyed by service and uses other field names: usageDate, service, usage (as a string).
      const byService = new Map<string, Record<string, unknown>>();
      for (const r of inRange) {
        const svc = serviceOf(r);
        if (service && svc.id !== service) continue;
        const key = `${r.date}|${svc.id}`;
        const row = byService.get(key) ?? {
          usageDate: r.date,
          service: svc.id,
          serviceName: svc.name,
          usage: '0',
        };
        row.usage = String(Math.round((Number(row.usage) + r.quantity) * 1000) / 1000);
        byService.set(key, row);
      }
      rows = [...byService.values()];
    } else {
      rows = inRange
        .filter((r) => !feature || r.featureId === feature)
        .map((r) => {
          const row: Record<string, unknown> = {
            date: r.date,
            featureId: r.featureId,
            featureName: r.featureName,
            unit: r.unit,
            quantity: r.quantity,
          };
          if (includeTokens && r.tokens !== null) row.tokens = r.tokens;
          // One of the charge-flag shapes the parser accepts (aps-api.md leaves the real one open).
          if (r.charged !== undefined) row.chargeStatus = r.charged ? 'charged' : 'uncharged';
          Object.assign(row, options.extraRowFields);
          if (kind === 'hub') {
            row.clientId = r.appId;
            row.appName = forbidden.has(r.appId)
              ? `Unknown App ${r.appId}`
              : (apps.find((a) => a.id === r.appId)?.name ?? r.appId);
          }
          return row;
        });
    }
    return paged(url, rows, pageSize);
  };

  /** `{ pagination: { limit, nextUrl? }, results }`, with an opaque cursor in `nextUrl`. */
  const paged = (url: URL, items: readonly unknown[], limit: number): Answer => {
    const cursor = url.searchParams.get('cursor');
    const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString('utf8')) : 0;
    const page = items.slice(offset, offset + limit);
    const pagination: Record<string, unknown> = { limit };
    if (offset + limit < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('cursor', Buffer.from(String(offset + limit)).toString('base64url'));
      pagination.nextUrl = `${baseUrl}${next.pathname}${next.search}`;
    }
    return json(200, { pagination, results: page });
  };

  // ---- server ----------------------------------------------------------------------------------------------------

  const server: Server = createServer((req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
    });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const log: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status: 0,
      };
      requests.push(log);
      const fault = faults.find((f) => f.left > 0 && f.match.test(`${url.pathname}${url.search}`));
      if (fault) fault.left -= 1;
      const answer = (): Answer =>
        url.pathname === '/authentication/v2/token'
          ? handleToken(req, Buffer.concat(chunks).toString('utf8'), log)
          : handleApi(req, url);
      if (!fault) return send(res, log, answer());
      switch (fault.kind) {
        case 'status': {
          const headers: Record<string, string> =
            fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {};
          const body =
            fault.body ??
            (fault.status === 429
              ? { developerMessage: 'Quota limit exceeded.' }
              : { developerMessage: 'Internal error.' });
          return send(res, log, { ...json(fault.status, body), headers });
        }
        case 'slow': {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) send(res, log, answer());
          }, fault.delayMs);
          timers.add(timer);
          return;
        }
        case 'truncated': {
          const a = answer();
          return send(res, log, { ...a, body: a.body.slice(0, Math.floor(a.body.length / 2)) });
        }
        case 'malformed':
          return send(res, log, {
            status: 200,
            body: '<html><body>Bad gateway</body></html>',
            headers: { 'content-type': 'text/html' },
          });
        case 'reset':
          log.status = -1;
          return req.socket.destroy();
        case 'expire-tokens':
          for (const t of accessTokens.values()) t.expiresAt = 0;
          return send(res, log, answer());
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    requests,
    issued,
    get currentRefreshToken() {
      return refresh?.token;
    },
    inject(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    get maxInFlight() {
      return maxInFlight;
    },
    usageRequests() {
      return requests.filter((r) => r.path.endsWith('/usage/daily-totals'));
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

function json(status: number, body: unknown): Answer {
  return { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}

function send(res: ServerResponse, log: RecordedRequest, answer: Answer): void {
  log.status = answer.status;
  res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
  res.end(answer.body);
}

function derivedApps(records: readonly UsageRecord[]): { id: string; name: string }[] {
  const names = new Map<string, string>();
  for (const r of records) if (!names.has(r.appId)) names.set(r.appId, r.appName);
  return [...names].map(([id, name]) => ({ id, name }));
}

/** The v1 service a v2 feature belonged to (v1 predates the per-feature split). */
export function serviceOf(r: Pick<UsageRecord, 'api'>): { id: string; name: string } {
  const services: Record<string, { id: string; name: string }> = {
    'Automation API': { id: 'designautomation', name: 'Design Automation' },
    'Model Derivative': { id: 'modelderivative', name: 'Model Derivative' },
    'Reality Capture': { id: 'realitycapture', name: 'Reality Capture' },
    'Flow Graph Engine': { id: 'flowgraphengine', name: 'Flow Graph Engine' },
  };
  return services[r.api] ?? { id: r.api.toLowerCase().replace(/[^a-z0-9]+/g, ''), name: r.api };
}
