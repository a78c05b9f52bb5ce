/**
 * The `aps` source against the loopback mock APS: auth modes, windows, paging, retries, partial failure,
 * incremental fetching. Sleep, clock and random are injected: nothing here really waits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { addDays, daysBetween, rangeLength, type DateRange } from '../../../src/model/dates.js';
import { type UsageRecord } from '../../../src/model/records.js';
import { makeUsageRecord } from '../../support/records.js';
import { DEMO_APPS, generateDemoRecords } from '../../../src/sources/demo-data.js';
import { apsSource, ApsSourceError } from '../../../src/sources/aps/index.js';
import { credentialsFromEnv } from '../../../src/sources/aps/credentials.js';
import type { SourceRequest, SourceResult } from '../../../src/sources/types.js';
import type { ConfigInput } from '../../../src/config/schema.js';
import {
  createTestDeps,
  makeConfig,
  otherPrivateKeyPem,
  ssaEnv,
  TEST_CLIENT,
  testServiceAccount,
} from '../../support/aps-harness.js';
import { startMockApsServer, type MockAps, type MockApsOptions } from '../../support/mock-aps-server.js';

const NOW = '2026-11-21T06:00:00Z';
const TODAY = '2026-11-21';
const LAST_30: DateRange = { from: addDays(TODAY, -29), to: TODAY };
const ALL_APPS = DEMO_APPS.map((a) => ({ id: a.id, name: a.name }));

let mock: MockAps | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function startMock(options: MockApsOptions = {}): Promise<MockAps> {
  const account = testServiceAccount();
  mock = await startMockApsServer({
    now: () => new Date(NOW),
    oauthClient: TEST_CLIENT,
    serviceAccount: { id: account.id, keyId: account.keyId, publicKey: account.publicKeyPem },
    ...options,
  });
  return mock;
}

function request(
  config: Partial<ConfigInput>,
  range: DateRange = LAST_30,
  extra: Partial<SourceRequest> = {},
): SourceRequest {
  return { config: makeConfig({ apps: ALL_APPS, ...config }), range, history: [], baseDir: '.', ...extra };
}

function expectedRecords(range: DateRange): UsageRecord[] {
  return generateDemoRecords().filter((r) => r.date >= range.from && r.date <= range.to);
}

const sortKey = (r: UsageRecord): string => `${r.date}|${r.appId}|${r.featureId}`;
function sameRows(a: readonly UsageRecord[], b: readonly UsageRecord[]): void {
  const pick = (r: UsageRecord) => [
    r.date,
    r.appId,
    r.appName,
    r.api,
    r.featureId,
    r.featureName,
    r.unit,
    r.quantity,
    r.tokens,
  ];
  expect([...a].sort((x, y) => sortKey(x).localeCompare(sortKey(y))).map(pick)).toEqual(
    [...b].sort((x, y) => sortKey(x).localeCompare(sortKey(y))).map(pick),
  );
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

function decodeJwt(jwt: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [h, p] = jwt.split('.') as [string, string];
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>,
  };
}

describe('aps source: service account', () => {
  it('signs an RS256 assertion, gets a token once and returns every app’s records with APS labels', async () => {
    const m = await startMock();
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({}), deps);

    sameRows(result.records, expectedRecords(LAST_30));
    expect(result.records.every((r) => r.tokens === null && r.tokensEstimated === false)).toBe(true);
    expect(result.apps).toEqual(ALL_APPS.map((a) => ({ ...a, status: 'ok' })));
    expect(deps.rotated).toEqual([]);

    const tokenCalls = m.requests.filter((r) => r.path === '/authentication/v2/token');
    expect(tokenCalls.map((r) => r.grantType)).toEqual(['urn:ietf:params:oauth:grant-type:jwt-bearer']);
    const { header, claims } = decodeJwt(m.issued.assertions[0] ?? '');
    const account = testServiceAccount();
    expect(header).toEqual({ alg: 'RS256', kid: account.keyId, typ: 'JWT' });
    expect(m.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(claims).toMatchObject({
      iss: TEST_CLIENT.id,
      sub: account.id,
      // APS_BASE_URL points at loopback, yet what is signed is the audience APS documents.
      aud: 'https://developer.api.autodesk.com/authentication/v2/token',
    });
    expect(claims.scope).toEqual(['application:client:read']);
    expect(claims.iat).toBe(Date.parse(NOW) / 1000);
    expect(claims.nbf).toBe(claims.iat);
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(300);
    expect(claims.jti).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('changes the audience only when APS_ASSERTION_AUDIENCE says so, and names a bad value', async () => {
    const audience = 'https://aps-gateway.example.test/authentication/v2/token';
    const m = await startMock({ assertionAudience: audience });
    const env = { ...ssaEnv(m.baseUrl), APS_ASSERTION_AUDIENCE: audience };
    const result = await apsSource.fetch(request({}), createTestDeps(env, NOW));
    expect(result.apps.every((a) => a.status === 'ok')).toBe(true);
    expect(decodeJwt(m.issued.assertions[0] ?? '').claims.aud).toBe(audience);

    const bad = { ...ssaEnv(m.baseUrl), APS_ASSERTION_AUDIENCE: 'gateway/token' };
    const error = await rejection(apsSource.fetch(request({}), createTestDeps(bad, NOW)));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      'APS_ASSERTION_AUDIENCE: expected an absolute http(s) URL such as ' +
        'https://developer.api.autodesk.com/authentication/v2/token, got "gateway/token"',
    );
  });

  it('takes jti from a CSPRNG, not the injected jitter source: two runs with the same random never repeat it', async () => {
    const m = await startMock();
    for (let run = 0; run < 2; run++) {
      const deps = { ...createTestDeps(ssaEnv(m.baseUrl), NOW), random: () => 0 };
      await apsSource.fetch(request({}), deps);
    }
    const jtis = m.issued.assertions.map((a) => decodeJwt(a).claims.jti);
    expect(jtis).toHaveLength(2);
    expect(new Set(jtis).size).toBe(2);
  });

  it('keeps the charge flag of rows that carry one, as two rows of one day, and none on rows without', async () => {
    const day = addDays(TODAY, -3);
    const app = ALL_APPS[0]!;
    const records = [
      makeUsageRecord({ date: day, appId: app.id, appName: app.name, quantity: 8, charged: true }),
      makeUsageRecord({ date: day, appId: app.id, appName: app.name, quantity: 2, charged: false }),
      makeUsageRecord({ date: day, appId: app.id, appName: app.name, featureId: 'md-complex', quantity: 5 }),
    ];
    const m = await startMock({ records });
    const result = await apsSource.fetch(request({ apps: [app] }), createTestDeps(ssaEnv(m.baseUrl), NOW));
    expect(
      result.records
        .map((r) => [r.featureId, r.quantity, r.charged])
        .sort((a, b) => Number(a[1]) - Number(b[1])),
    ).toEqual([
      ['md-simple', 2, false],
      ['md-complex', 5, undefined],
      ['md-simple', 8, true],
    ]);
    expect(result.records.filter((r) => r.featureId === 'md-complex').every((r) => !('charged' in r))).toBe(
      true,
    );
  });

  it('reports tokens APS gives as reported (not estimated)', async () => {
    const records = expectedRecords(LAST_30).map((r, i) => ({ ...r, tokens: i % 2 ? null : 1.5 }));
    const m = await startMock({ records });
    const result = await apsSource.fetch(request({}), createTestDeps(ssaEnv(m.baseUrl), NOW));
    sameRows(result.records, records);
    expect(result.records.filter((r) => r.tokens === 1.5).length).toBe(
      records.filter((r) => r.tokens === 1.5).length,
    );
    expect(result.records.every((r) => !r.tokensEstimated)).toBe(true);
  });

  it('stops with a UserError when the assertion is signed with the wrong key, and fetches nothing', async () => {
    const m = await startMock();
    const env = { ...ssaEnv(m.baseUrl), APS_SERVICE_ACCOUNT_PRIVATE_KEY: otherPrivateKeyPem() };
    const error = await rejection(apsSource.fetch(request({}), createTestDeps(env, NOW)));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('APS refused the service account assertion (400 invalid_grant)');
    expect(error.message).toContain('The assertion signature is invalid.');
    expect(error.message).toContain('APS_SERVICE_ACCOUNT_KEY_ID');
    expect(m.usageRequests()).toHaveLength(0);
  });

  it('explains an expired assertion (this machine’s clock is behind)', async () => {
    const m = await startMock();
    // The client's clock is 10 minutes behind the server's: its assertion is already expired on arrival.
    const deps = createTestDeps(ssaEnv(m.baseUrl), '2026-11-21T05:50:00Z');
    const error = await rejection(apsSource.fetch(request({}), deps));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('The assertion has expired.');
    expect(error.message).toContain('clock');
  });

  it('reads a private key whose line breaks were stored as \\n', async () => {
    const m = await startMock();
    const env = { ...ssaEnv(m.baseUrl) };
    env.APS_SERVICE_ACCOUNT_PRIVATE_KEY = testServiceAccount().privateKeyPem.replace(/\n/g, '\\n');
    const result = await apsSource.fetch(request({}), createTestDeps(env, NOW));
    expect(result.apps.every((a) => a.status === 'ok')).toBe(true);
  });

  it('refuses a private key that is not one, without quoting it', async () => {
    const m = await startMock();
    const env = { ...ssaEnv(m.baseUrl), APS_SERVICE_ACCOUNT_PRIVATE_KEY: 'not-a-key-but-a-secret-value' };
    const error = await rejection(apsSource.fetch(request({}), createTestDeps(env, NOW)));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('APS_SERVICE_ACCOUNT_PRIVATE_KEY: expected');
    expect(error.message).not.toContain('not-a-key-but-a-secret-value');
  });

  it('names the missing variables when a service account is half configured', async () => {
    const m = await startMock();
    const env = { ...ssaEnv(m.baseUrl), APS_SERVICE_ACCOUNT_KEY_ID: undefined };
    const error = await rejection(apsSource.fetch(request({}), createTestDeps(env, NOW)));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('APS_SERVICE_ACCOUNT_KEY_ID');
    expect(m.requests).toHaveLength(0);
  });
});

describe('aps source: refresh token', () => {
  const env = (baseUrl: string, refreshToken: string) => ({
    APS_BASE_URL: baseUrl,
    APS_CLIENT_ID: TEST_CLIENT.id,
    APS_CLIENT_SECRET: TEST_CLIENT.secret,
    APS_REFRESH_TOKEN: refreshToken,
  });

  it('rotates: hands back the new refresh token, the old one then fails with an explanation', async () => {
    const m = await startMock({ refreshToken: 'rt-initial-5b1e0c77' });
    const firstDeps = createTestDeps(env(m.baseUrl, 'rt-initial-5b1e0c77'), NOW);
    const first = await apsSource.fetch(request({}), firstDeps);
    const firstToken = firstDeps.rotated.at(-1);
    expect(firstDeps.rotated).toHaveLength(1);
    expect(firstToken).not.toBe('rt-initial-5b1e0c77');
    expect(firstToken).toBe(m.currentRefreshToken);
    sameRows(first.records, expectedRecords(LAST_30));

    const reused = await rejection(
      apsSource.fetch(request({}), createTestDeps(env(m.baseUrl, 'rt-initial-5b1e0c77'), NOW)),
    );
    expect(reused).toBeInstanceOf(UserError);
    expect(reused.message).toContain('invalid_grant');
    expect(reused.message).toContain('rotate');
    expect(reused.message).toContain('15 days');
    expect(reused.message).toContain('gh secret set APS_REFRESH_TOKEN');

    const secondDeps = createTestDeps(env(m.baseUrl, firstToken ?? ''), NOW);
    await apsSource.fetch(request({}), secondDeps);
    expect(secondDeps.rotated).toEqual([m.currentRefreshToken]);
    expect(secondDeps.rotated[0]).not.toBe(firstToken);
  });

  it('retries a refresh that APS did not process (502), but not one it may have (500)', async () => {
    const m = await startMock({ refreshToken: 'rt-initial-5b1e0c77' });
    m.inject({ match: /token/, kind: 'status', status: 502 });
    const deps = createTestDeps(env(m.baseUrl, 'rt-initial-5b1e0c77'), NOW);
    await apsSource.fetch(request({}), deps);
    expect(deps.rotated).toEqual([m.currentRefreshToken]);
    expect(deps.sleeps).toHaveLength(1);

    m.inject({ match: /token/, kind: 'status', status: 500 });
    const error = await rejection(
      apsSource.fetch(request({}), createTestDeps(env(m.baseUrl, deps.rotated[0] ?? ''), NOW)),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(
      'could not get an APS access token: POST /authentication/v2/token failed: 500',
    );
    expect(error.message).toContain('may already have been used up');
    expect(m.requests.filter((r) => r.path === '/authentication/v2/token')).toHaveLength(3);
  });

  it('gives the rotated token back at rotation, even when the run then fails', async () => {
    const m = await startMock({ refreshToken: 'rt-initial-5b1e0c77', forbidden: ALL_APPS.map((a) => a.id) });
    const deps = createTestDeps(env(m.baseUrl, 'rt-initial-5b1e0c77'), NOW);
    const error = await rejection(apsSource.fetch(request({}), deps));
    expect(error).toBeInstanceOf(ApsSourceError);
    expect(deps.rotated).toEqual([m.currentRefreshToken]);
  });
});

describe('aps source: access token and client credentials', () => {
  it('uses an access token as given', async () => {
    const m = await startMock({ accessTokens: ['given-access-token-0a9d'] });
    const env = { APS_BASE_URL: m.baseUrl, APS_ACCESS_TOKEN: 'given-access-token-0a9d' };
    const result = await apsSource.fetch(request({}), createTestDeps(env, NOW));
    sameRows(result.records, expectedRecords(LAST_30));
    expect(m.requests.some((r) => r.path === '/authentication/v2/token')).toBe(false);
  });

  it('explains a refused access token', async () => {
    const m = await startMock();
    const env = { APS_BASE_URL: m.baseUrl, APS_ACCESS_TOKEN: 'stale-access-token-11aa' };
    const error = await rejection(apsSource.fetch(request({}), createTestDeps(env, NOW)));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('APS refused APS_ACCESS_TOKEN (401)');
  });

  it('says that client id and secret alone cannot read usage, before any request', async () => {
    const m = await startMock();
    const env = {
      APS_BASE_URL: m.baseUrl,
      APS_CLIENT_ID: TEST_CLIENT.id,
      APS_CLIENT_SECRET: TEST_CLIENT.secret,
    };
    const error = await rejection(apsSource.fetch(request({}), createTestDeps(env, NOW)));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('user-context token');
    expect(error.message).toContain('APS_SERVICE_ACCOUNT_ID');
    expect(error.message).toContain('APS_REFRESH_TOKEN');
    expect(m.requests).toHaveLength(0);
  });

  it('forced mode: aps.auth names the mode and its missing variables', async () => {
    const m = await startMock();
    const error = await rejection(
      apsSource.fetch(request({ aps: { auth: 'refresh-token' } }), createTestDeps(ssaEnv(m.baseUrl), NOW)),
    );
    expect(error.message).toBe(
      'aps.auth is refresh-token, so the refresh-token mode needs APS_REFRESH_TOKEN, which is not set. See docs/authentication.md.',
    );
  });

  it('explains wrong client credentials', async () => {
    const m = await startMock();
    const env = { ...ssaEnv(m.baseUrl), APS_CLIENT_SECRET: 'wrong-secret-value-123' };
    const error = await rejection(apsSource.fetch(request({}), createTestDeps(env, NOW)));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('APS refused APS_CLIENT_ID / APS_CLIENT_SECRET');
  });
});

describe('aps source: windows and paging', () => {
  it('splits a 730-day period into 4 requests per app, none over 200 days, covering every day once', async () => {
    const m = await startMock({ pageSize: 100_000 });
    const range = { from: addDays(TODAY, -729), to: TODAY };
    await apsSource.fetch(request({}, range), createTestDeps(ssaEnv(m.baseUrl), NOW));
    for (const app of ALL_APPS) {
      const windows = m
        .usageRequests()
        .filter((r) => r.path === `/applications/v2/clients/${app.id}/usage/daily-totals`)
        .map((r) => {
          const [from, to] = (r.query['filter[date]'] ?? '').split('..') as [string, string];
          return { from, to };
        })
        .sort((a, b) => a.from.localeCompare(b.from));
      expect(windows).toHaveLength(4);
      expect(windows.every((w) => rangeLength(w) <= 200)).toBe(true);
      expect(windows[0]?.from).toBe(range.from);
      expect(windows.at(-1)?.to).toBe(range.to);
      for (let i = 1; i < windows.length; i++)
        expect(daysBetween(windows[i - 1]!.to, windows[i]!.from)).toBe(1);
    }
    expect(m.requests.every((r) => r.status !== 400)).toBe(true);
  });

  it('follows pagination.nextUrl verbatim until it is absent', async () => {
    const m = await startMock({ pageSize: 7, featuresPageSize: 2 });
    const result = await apsSource.fetch(request({}), createTestDeps(ssaEnv(m.baseUrl), NOW));
    sameRows(result.records, expectedRecords(LAST_30));
    const app0 = m.usageRequests().filter((r) => r.path.includes(ALL_APPS[0]!.id));
    const expectedPages = Math.ceil(
      expectedRecords(LAST_30).filter((r) => r.appId === ALL_APPS[0]!.id).length / 7,
    );
    expect(app0).toHaveLength(expectedPages);
    expect(
      app0
        .slice(1)
        .every(
          (r) => r.query.cursor !== undefined && r.query['filter[date]'] === app0[0]?.query['filter[date]'],
        ),
    ).toBe(true);
    expect(m.requests.filter((r) => r.path === '/applications/v2/features').length).toBeGreaterThan(1);
  });

  it('discovers the apps the credentials can see when none is configured (paged clients list)', async () => {
    const m = await startMock();
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({ apps: [] }), deps);
    expect(result.apps.map((a) => a.id).sort()).toEqual(ALL_APPS.map((a) => a.id).sort());
    expect(result.apps.map((a) => a.name).sort()).toEqual(ALL_APPS.map((a) => a.name).sort());
    expect(m.requests.filter((r) => r.path === '/applications/v2/clients').length).toBe(3);
  });

  it('treats a 404 clients list as "no applications"', async () => {
    const m = await startMock({ forbidden: ALL_APPS.map((a) => a.id) });
    const error = await rejection(
      apsSource.fetch(request({ apps: [] }), createTestDeps(ssaEnv(m.baseUrl), NOW)),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('no apps to report');
  });

  it('stops with a UserError when the clients list cannot be read', async () => {
    const m = await startMock();
    m.inject({ match: /^\/applications\/v2\/clients\?/, kind: 'status', status: 503, times: 99 });
    const error = await rejection(
      apsSource.fetch(request({ apps: [] }), createTestDeps(ssaEnv(m.baseUrl), NOW)),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(
      'listing the apps the credentials can see failed: GET /applications/v2/clients?limit=100',
    );
    expect(error.message).toContain('503');
  });

  it('names apps: config name, else the API’s name, else the id', async () => {
    const m = await startMock({ apps: [{ id: ALL_APPS[0]!.id, name: 'Name from API' }, ALL_APPS[1]!] });
    const apps = [{ id: ALL_APPS[0]!.id }, { id: ALL_APPS[1]!.id, name: 'Name from config' }];
    const result = await apsSource.fetch(request({ apps }), createTestDeps(ssaEnv(m.baseUrl), NOW));
    expect(result.apps.map((a) => a.name)).toEqual(['Name from API', 'Name from config']);
    expect(new Set(result.records.filter((r) => r.appId === ALL_APPS[0]!.id).map((r) => r.appName))).toEqual(
      new Set(['Name from API']),
    );
    expect(
      m.requests.filter((r) => r.path.startsWith('/applications/v2/clients/') && !r.path.includes('usage')),
    ).toHaveLength(1);
  });
});

describe('aps source: rate limits, faults and failures', () => {
  const app0 = ALL_APPS[0]!.id;

  it('honours Retry-After on 429: the sleep receives the header’s seconds × 1000', async () => {
    const m = await startMock();
    m.inject({ match: new RegExp(`${app0}/usage`), kind: 'status', status: 429, retryAfter: '7', times: 2 });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({}), deps);
    expect(deps.sleeps).toEqual([7000, 7000]);
    sameRows(result.records, expectedRecords(LAST_30));
    expect(
      deps.logger.lines.some(
        (l) => l.startsWith('warning:') && l.includes('429') && l.includes('Retry-After'),
      ),
    ).toBe(true);
  });

  it('does not sit out a Retry-After longer than 5 minutes: that app fails and says why', async () => {
    const m = await startMock();
    m.inject({ match: new RegExp(`${app0}/usage`), kind: 'status', status: 429, retryAfter: '3600' });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({}), deps);
    expect(result.apps.find((a) => a.id === app0)?.error).toContain(
      '429 Too Many Requests — "Quota limit exceeded." (Retry-After asks to wait 3600 s, longer than the 300 s this run waits)',
    );
    expect(deps.sleeps).toEqual([]);
  });

  it('retries a 5xx burst with growing, jittered backoff and then succeeds', async () => {
    const m = await startMock();
    m.inject({ match: new RegExp(`${app0}/usage`), kind: 'status', status: 503, times: 3 });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({ aps: { concurrency: 1 } }), deps);
    expect(result.apps.every((a) => a.status === 'ok')).toBe(true);
    expect(deps.sleeps).toHaveLength(3);
    // Equal jitter: attempt n waits between half and all of 1 s × 2^(n-1).
    deps.sleeps.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(500 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(1000 * 2 ** i);
    });
    expect(m.usageRequests().filter((r) => r.path.includes(app0))).toHaveLength(4);
  });

  it('gives up after 5 attempts: that app fails, the others are reported', async () => {
    const m = await startMock();
    m.inject({ match: new RegExp(`${app0}/usage`), kind: 'status', status: 500, times: 99 });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({}), deps);
    const failed = result.apps.find((a) => a.id === app0);
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toContain(`GET /applications/v2/clients/${app0}/usage/daily-totals?filter[date]=`);
    expect(failed?.error).toContain('500 Internal Server Error');
    expect(failed?.error).toContain('gave up after 5 attempts');
    expect(m.usageRequests().filter((r) => r.path.includes(app0))).toHaveLength(5);
    expect(result.apps.filter((a) => a.status === 'ok')).toHaveLength(4);
    expect(result.records.some((r) => r.appId === app0)).toBe(false);
  });

  it('retries a network reset and a truncated body', async () => {
    const m = await startMock();
    m.inject({ match: new RegExp(`${app0}/usage`), kind: 'reset' });
    m.inject({ match: new RegExp(`${ALL_APPS[1]!.id}/usage`), kind: 'truncated' });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({}), deps);
    sameRows(result.records, expectedRecords(LAST_30));
    expect(deps.sleeps).toHaveLength(2);
  });

  it('fails only the app whose answers stay malformed, naming the endpoint', async () => {
    const m = await startMock();
    m.inject({ match: new RegExp(`${app0}/usage`), kind: 'malformed', times: 99 });
    const result = await apsSource.fetch(request({}), createTestDeps(ssaEnv(m.baseUrl), NOW));
    const failed = result.apps.find((a) => a.id === app0);
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toMatch(
      /daily-totals\?filter\[date\]=\S+ answered 200 with a body that is not valid JSON/,
    );
    expect(result.apps.filter((a) => a.status === 'ok')).toHaveLength(4);
  });

  it('times out a slow answer and tries again', async () => {
    const m = await startMock();
    m.inject({ match: new RegExp(`${app0}/usage`), kind: 'slow', delayMs: 3000 });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({ aps: { timeoutSeconds: 0.2 } }), deps);
    expect(result.apps.every((a) => a.status === 'ok')).toBe(true);
    expect(deps.logger.lines.some((l) => l.includes('no complete answer within 0.2 s'))).toBe(true);
  });

  it('does not retry a 403: that app fails with what to do, the others succeed', async () => {
    const m = await startMock({ forbidden: [app0] });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({}), deps);
    const failed = result.apps.find((a) => a.id === app0);
    expect(failed).toMatchObject({ status: 'failed', name: ALL_APPS[0]!.name });
    expect(failed?.error).toContain('403 Forbidden');
    expect(failed?.error).toContain('not the owner, a collaborator or a hub admin');
    expect(failed?.error).toContain('collaborator');
    expect(m.usageRequests().filter((r) => r.path.includes(app0))).toHaveLength(1);
    expect(deps.sleeps).toHaveLength(0);
    sameRows(
      result.records,
      expectedRecords(LAST_30).filter((r) => r.appId !== app0),
    );
  });

  it('reports an unknown client id as a 404 for that app', async () => {
    const m = await startMock();
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(
      request({ apps: [...ALL_APPS, { id: 'no-such-app', name: 'Typo' }] }),
      deps,
    );
    const failed = result.apps.find((a) => a.id === 'no-such-app');
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toContain('404');
    // What to do is a hint the report words in its own language; the log says it in English.
    expect(failed?.hint).toBe('unknown-app');
    expect(failed?.error).not.toContain('apps[].id');
    expect(deps.logger.lines.join('\n')).toMatch(/Typo failed: .*404.*check apps\[\]\.id in the config/);
  });

  it('throws a UserError when every app fails', async () => {
    const m = await startMock({ forbidden: ALL_APPS.map((a) => a.id) });
    const error = await rejection(apsSource.fetch(request({}), createTestDeps(ssaEnv(m.baseUrl), NOW)));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    expect(error.message).toContain('every APS app failed');
    for (const app of ALL_APPS) expect(error.message).toContain(app.name);
  });

  it('re-mints a token that expires mid-run, once, transparently', async () => {
    const m = await startMock();
    m.inject({ match: new RegExp(`${ALL_APPS[2]!.id}/usage`), kind: 'expire-tokens' });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({ aps: { concurrency: 2 } }), deps);
    sameRows(result.records, expectedRecords(LAST_30));
    expect(result.apps.every((a) => a.status === 'ok')).toBe(true);
    expect(m.requests.filter((r) => r.path === '/authentication/v2/token')).toHaveLength(2);
    expect(m.requests.filter((r) => r.status === 401).length).toBeGreaterThanOrEqual(1);
  });

  it('re-mints when the announced expiry is near, without waiting for a 401', async () => {
    const deps = createTestDeps({}, NOW);
    const m = await startMock({ tokenLifetimeSeconds: 120, now: () => deps.clock.now() });
    deps.credentials = credentialsFromEnv(ssaEnv(m.baseUrl));
    // The clock moves 30 s per request: the 120 s token is renewed before it dies.
    const realFetch = deps.fetch;
    deps.fetch = (async (...args: Parameters<typeof fetch>) => {
      deps.advance(30_000);
      return realFetch(...args);
    }) as typeof fetch;
    const result = await apsSource.fetch(request({ aps: { concurrency: 1 } }), deps);
    expect(result.apps.every((a) => a.status === 'ok')).toBe(true);
    expect(m.requests.filter((r) => r.path === '/authentication/v2/token').length).toBeGreaterThan(1);
  });
});

describe('aps source: incremental fetching', () => {
  it('a second run with the first run’s records as history asks only for the trailing window', async () => {
    const m = await startMock();
    const range = { from: addDays(TODAY, -59), to: TODAY };
    const first = await apsSource.fetch(request({}, range), createTestDeps(ssaEnv(m.baseUrl), NOW));
    expect(m.usageRequests()).toHaveLength(ALL_APPS.length);
    m.requests.length = 0;

    const second = await apsSource.fetch(
      request({ aps: { trailingDays: 7 } }, range, { history: first.records }),
      createTestDeps(ssaEnv(m.baseUrl), NOW),
    );
    const usage = m.usageRequests();
    expect(usage).toHaveLength(ALL_APPS.length);
    for (const app of ALL_APPS) {
      const newest = first.records
        .filter((r) => r.appId === app.id)
        .reduce((d, r) => (r.date > d ? r.date : d), '');
      const req = usage.find((r) => r.path.includes(app.id));
      expect(req?.query['filter[date]']).toBe(`${addDays(newest, -7)}..${TODAY}`);
    }
    expect(second.records.every((r) => r.date >= addDays('2026-11-20', -7))).toBe(true);
    expect(second.records.length).toBeGreaterThan(0);
  });

  it('fetches the full range for an app with no history inside it, and never before range.from', async () => {
    const m = await startMock();
    const history = [
      makeUsageRecord({ appId: ALL_APPS[0]!.id, date: addDays(LAST_30.from, 2) }),
      makeUsageRecord({ appId: ALL_APPS[1]!.id, date: addDays(LAST_30.from, -40) }),
    ];
    await apsSource.fetch(
      request({ aps: { trailingDays: 7 } }, LAST_30, { history }),
      createTestDeps(ssaEnv(m.baseUrl), NOW),
    );
    const windowOf = (id: string) =>
      m.usageRequests().find((r) => r.path.includes(id))?.query['filter[date]'];
    expect(windowOf(ALL_APPS[0]!.id)).toBe(`${LAST_30.from}..${TODAY}`);
    expect(windowOf(ALL_APPS[1]!.id)).toBe(`${LAST_30.from}..${TODAY}`);
  });
});

describe('aps source: hub mode and v1 history', () => {
  it('reads every app of a developer hub in one request per window, naming apps it cannot see', async () => {
    const hidden = ALL_APPS[4]!.id;
    const m = await startMock({ forbidden: [hidden] });
    const config = { apps: [{ id: ALL_APPS[0]!.id, name: 'Configured name' }], aps: { hubId: 'hub-1' } };
    const result = await apsSource.fetch(request(config), createTestDeps(ssaEnv(m.baseUrl), NOW));
    expect(m.usageRequests().map((r) => r.path)).toEqual(['/applications/v2/hubs/hub-1/usage/daily-totals']);
    expect(result.apps.map((a) => a.id).sort()).toEqual(ALL_APPS.map((a) => a.id).sort());
    const names = Object.fromEntries(result.apps.map((a) => [a.id, a.name]));
    expect(names[ALL_APPS[0]!.id]).toBe('Configured name');
    expect(names[ALL_APPS[1]!.id]).toBe(ALL_APPS[1]!.name);
    expect(names[hidden]).toBe(`Unknown App ${hidden}`);
    expect(result.records).toHaveLength(expectedRecords(LAST_30).length);
  });

  it('does not ask the hub for days before 2025-12-07', async () => {
    const m = await startMock();
    await apsSource.fetch(
      request({ apps: [], aps: { hubId: 'hub-1' } }, { from: '2025-11-01', to: '2025-12-31' }),
      createTestDeps(ssaEnv(m.baseUrl), NOW),
    );
    expect(m.usageRequests().map((r) => r.query['filter[date]'])).toEqual(['2025-12-07..2025-12-31']);
  });

  it('a hub it may not read stops the run', async () => {
    const m = await startMock();
    const error = await rejection(
      apsSource.fetch(
        request({ apps: [], aps: { hubId: 'no-such-hub' } }),
        createTestDeps(ssaEnv(m.baseUrl), NOW),
      ),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('developer hub no-such-hub');
    expect(error.message).toContain('404');
  });

  it('with includeV1, reads days before 2025-12-07 from v1 (keyed by service) and later days from v2', async () => {
    const app = ALL_APPS[1]!;
    const records: UsageRecord[] = [
      makeUsageRecord({
        date: '2025-11-30',
        appId: app.id,
        appName: app.name,
        api: 'Automation API',
        featureId: 'automation-revit',
        quantity: 2,
      }),
      makeUsageRecord({
        date: '2025-11-30',
        appId: app.id,
        appName: app.name,
        api: 'Automation API',
        featureId: 'automation-autocad',
        quantity: 1.5,
      }),
      makeUsageRecord({
        date: '2025-12-10',
        appId: app.id,
        appName: app.name,
        api: 'Automation API',
        featureId: 'automation-revit',
        featureName: 'Automation API - Revit',
        unit: 'processing hour',
        quantity: 4,
      }),
    ];
    const m = await startMock({ records, apps: [app] });
    const range = { from: '2025-11-01', to: '2025-12-31' };
    const config = { apps: [app], aps: { includeV1: true } };
    const result = await apsSource.fetch(request(config, range), createTestDeps(ssaEnv(m.baseUrl), NOW));
    expect(m.usageRequests().map((r) => `${r.path.split('/')[2]} ${r.query['filter[date]']}`)).toEqual([
      'v1 2025-11-01..2025-12-06',
      'v2 2025-12-07..2025-12-31',
    ]);
    const v1 = result.records.find((r) => r.date === '2025-11-30');
    expect(v1).toMatchObject({
      featureId: 'designautomation',
      api: 'Automation API',
      featureName: 'Design Automation',
      quantity: 3.5,
    });
    expect(result.records.find((r) => r.date === '2025-12-10')).toMatchObject({
      featureId: 'automation-revit',
      quantity: 4,
    });
  });

  it('in hub mode with includeV1, reads the older days of each hub app from v1', async () => {
    const [a, b] = [ALL_APPS[0]!, ALL_APPS[1]!];
    const rec = (date: string, app: typeof a, quantity: number): UsageRecord =>
      makeUsageRecord({
        date,
        appId: app.id,
        appName: app.name,
        api: 'Model Derivative',
        featureId: 'md-simple',
        quantity,
      });
    const records = [
      rec('2025-11-20', a, 5),
      rec('2025-12-20', a, 6),
      rec('2025-11-21', b, 7),
      rec('2025-12-21', b, 8),
    ];
    const m = await startMock({ records, apps: [a, b] });
    const config = { apps: [], aps: { hubId: 'hub-1', includeV1: true } };
    const result = await apsSource.fetch(
      request(config, { from: '2025-11-01', to: '2025-12-31' }),
      createTestDeps(ssaEnv(m.baseUrl), NOW),
    );
    expect(
      m
        .usageRequests()
        .map((r) => `${r.path.split('/')[3]} ${r.query['filter[date]']}`)
        .sort(),
    ).toEqual([
      'clients 2025-11-01..2025-12-06',
      'clients 2025-11-01..2025-12-06',
      'hubs 2025-12-07..2025-12-31',
    ]);
    expect(result.records.map((r) => [r.date, r.appId, r.featureId, r.quantity]).sort()).toEqual(
      [
        ['2025-11-20', a.id, 'modelderivative', 5],
        ['2025-11-21', b.id, 'modelderivative', 7],
        ['2025-12-20', a.id, 'md-simple', 6],
        ['2025-12-21', b.id, 'md-simple', 8],
      ].sort(),
    );
  });

  it('without includeV1, asks v2 only', async () => {
    const m = await startMock();
    await apsSource.fetch(
      request({ apps: [ALL_APPS[0]!] }, { from: '2025-11-01', to: '2025-12-31' }),
      createTestDeps(ssaEnv(m.baseUrl), NOW),
    );
    expect(m.usageRequests().map((r) => `${r.path.split('/')[2]} ${r.query['filter[date]']}`)).toEqual([
      'v2 2025-11-01..2025-12-31',
    ]);
  });
});

describe('aps source: tolerance and concurrency', () => {
  it('keeps unknown row fields and logs them once, at debug level', async () => {
    const m = await startMock({ extraRowFields: { region: 'EMEA', costCenter: 'R&D' } });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({}), deps);
    sameRows(result.records, expectedRecords(LAST_30));
    const lines = deps.logger.lines.filter((l) => l.includes('fields this version does not use'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^debug: .*region, costCenter/);
  });

  it('keeps at most aps.concurrency app requests in flight', async () => {
    const m = await startMock();
    m.inject({ match: /usage\/daily-totals/, kind: 'slow', delayMs: 40, times: 99 });
    const deps = createTestDeps(ssaEnv(m.baseUrl), NOW);
    const result = await apsSource.fetch(request({ aps: { concurrency: 2 } }), deps);
    expect(result.apps.every((a) => a.status === 'ok')).toBe(true);
    expect(m.maxInFlight).toBe(2);
  });
});

describe('aps source: classification overrides', () => {
  it('applies config.classify to the records', async () => {
    const m = await startMock();
    const classify = { 'md-complex': { api: 'Custom API', name: 'Heavy translations', unit: 'translation' } };
    const result: SourceResult = await apsSource.fetch(
      request({ classify }),
      createTestDeps(ssaEnv(m.baseUrl), NOW),
    );
    const r = result.records.find((x) => x.featureId === 'md-complex');
    expect(r).toMatchObject({ api: 'Custom API', featureName: 'Heavy translations', unit: 'translation' });
  });
});
