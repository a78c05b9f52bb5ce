/**
 * The APS that `demo --live` talks to: a plain `node:http` server on 127.0.0.1 answering the few endpoints a
 * service-account run uses — the token endpoint (an RS256 assertion, checked), the clients, the feature catalogue
 * and the v2 per-app daily totals, paged — from the demo's records. It answers correctly and nothing else: the tests'
 * APS, with its faults and other auth modes, lives in test/support/mock-aps-server.ts.
 */
import { randomBytes, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UsageRecord } from '../model/records.js';

const USAGE_SCOPE = 'application:client:read';
const TOKEN_PATH = '/authentication/v2/token';
const PAGE_SIZE = 500;

export interface LoopbackApsOptions {
  records: readonly UsageRecord[];
  now: () => Date;
  client: { id: string; secret: string };
  serviceAccount: { id: string; keyId: string; publicKey: KeyObject };
}

export interface LoopbackAps {
  baseUrl: string;
  /** Requests answered so far. */
  requests(): number;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body: unknown;
}

export async function startLoopbackAps(options: LoopbackApsOptions): Promise<LoopbackAps> {
  const { records, now, client, serviceAccount } = options;
  const names = new Map<string, string>();
  for (const r of records) if (!names.has(r.appId)) names.set(r.appId, r.appName);
  const tokens = new Map<string, number>();
  let baseUrl = '';
  let requests = 0;

  const token = (req: IncomingMessage, body: string): Answer => {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    if (id !== client.id || secret !== client.secret)
      return { status: 401, body: { error: 'invalid_client' } };
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      return { status: 400, body: { error: 'unsupported_grant_type' } };
    }
    const problem = checkAssertion(form.get('assertion') ?? '');
    if (problem) return { status: 400, body: { error: 'invalid_grant', error_description: problem } };
    const accessToken = `demo-at-${randomBytes(16).toString('hex')}`;
    tokens.set(accessToken, now().getTime() + 3600_000);
    return { status: 200, body: { access_token: accessToken, token_type: 'Bearer', expires_in: 3600 } };
  };

  const checkAssertion = (assertion: string): string | undefined => {
    const [h = '', p = '', s = ''] = assertion.split('.');
    if (!verify('sha256', Buffer.from(`${h}.${p}`), serviceAccount.publicKey, Buffer.from(s, 'base64url'))) {
      return 'The assertion signature is invalid.';
    }
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    const t = Math.floor(now().getTime() / 1000);
    if (claims.iss !== client.id || claims.sub !== serviceAccount.id)
      return 'Unknown client or service account.';
    if (typeof claims.exp !== 'number' || claims.exp <= t) return 'The assertion has expired.';
    if (!Array.isArray(claims.scope) || !claims.scope.includes(USAGE_SCOPE)) return 'Missing scope.';
    return undefined;
  };

  const api = (req: IncomingMessage, url: URL): Answer => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if ((tokens.get(bearer) ?? 0) <= now().getTime()) return { status: 401, body: { errorCode: 'AUTH-006' } };
    const path = url.pathname;
    const app = (id: string) => ({ id, name: names.get(id) ?? id });
    if (path === '/applications/v2/clients') return paged(url, [...names.keys()].map(app));
    if (path === '/applications/v2/features') {
      const seen = new Map<string, unknown>();
      for (const r of records) {
        seen.set(r.featureId, { id: r.featureId, name: r.featureName, api: r.api, unit: r.unit });
      }
      return paged(url, [...seen.values()]);
    }
    const m = /^\/applications\/v2\/clients\/([^/]+)(\/usage\/daily-totals)?$/.exec(path);
    const id = decodeURIComponent(m?.[1] ?? '');
    if (!m || !names.has(id)) return { status: 404, body: { developerMessage: `No route for ${path}` } };
    if (!m[2]) return { status: 200, body: app(id) };
    const [from = '', to = ''] = (url.searchParams.get('filter[date]') ?? '').split('..');
    const rows = records
      .filter((r) => r.appId === id && r.date >= from && r.date <= to)
      .map((r) => ({
        date: r.date,
        featureId: r.featureId,
        featureName: r.featureName,
        unit: r.unit,
        quantity: r.quantity,
        ...(r.tokens !== null ? { tokens: r.tokens } : {}),
        ...(r.charged !== undefined ? { chargeStatus: r.charged ? 'charged' : 'uncharged' } : {}),
      }));
    return paged(url, rows);
  };

  /** APS's page shape: `{ pagination: { limit, nextUrl? }, results }`, the offset in an opaque cursor. */
  const paged = (url: URL, items: readonly unknown[]): Answer => {
    const offset = Number(Buffer.from(url.searchParams.get('cursor') ?? '', 'base64url').toString() || 0);
    const pagination: Record<string, unknown> = { limit: PAGE_SIZE };
    if (offset + PAGE_SIZE < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('cursor', Buffer.from(String(offset + PAGE_SIZE)).toString('base64url'));
      pagination.nextUrl = `${baseUrl}${next.pathname}${next.search}`;
    }
    return { status: 200, body: { pagination, results: items.slice(offset, offset + PAGE_SIZE) } };
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      send(
        res,
        url.pathname === TOKEN_PATH ? token(req, Buffer.concat(chunks).toString('utf8')) : api(req, url),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests: () => requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(answer.body));
}
