/**
 * The mock APS itself: the rules the source's tests rely on (aps-api.md §7), checked with plain HTTP requests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeUsageRecord } from '../../support/records.js';
import { TEST_CLIENT } from '../../support/aps-harness.js';
import { startMockApsServer, type MockAps } from '../../support/mock-aps-server.js';

const NOW = '2026-11-21T06:00:00Z';
const BASIC = `Basic ${Buffer.from(`${TEST_CLIENT.id}:${TEST_CLIENT.secret}`).toString('base64')}`;

let mock: MockAps | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function start(): Promise<MockAps> {
  const records = [
    makeUsageRecord({ appId: 'a', date: '2026-11-20', featureId: 'md-simple', quantity: 1 }),
    makeUsageRecord({ appId: 'a', date: '2026-11-20', featureId: 'md-complex', quantity: 2 }),
    makeUsageRecord({ appId: 'a', date: '2026-09-01', featureId: 'md-simple', quantity: 3 }),
    makeUsageRecord({
      appId: 'a',
      date: '2025-11-01',
      featureId: 'md-simple',
      api: 'Model Derivative',
      quantity: 4,
    }),
    makeUsageRecord({ appId: 'a', date: '2025-11-01', featureId: 'x', api: 'Reality Capture', quantity: 5 }),
  ];
  mock = await startMockApsServer({
    now: () => new Date(NOW),
    oauthClient: TEST_CLIENT,
    records,
    accessTokens: ['at-1'],
  });
  return mock;
}

async function get(m: MockAps, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${m.baseUrl}${path}`, { headers: { authorization: 'Bearer at-1' } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const dates = (body: Record<string, unknown>) =>
  (body.results as { date?: string; usageDate?: string }[]).map((r) => r.date ?? r.usageDate);

describe('mock APS server', () => {
  it('refuses a client-credentials token for the usage scope, with an OAuth error', async () => {
    const m = await start();
    const res = await fetch(`${m.baseUrl}/authentication/v2/token`, {
      method: 'POST',
      headers: { authorization: BASIC, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&scope=application:client:read',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_scope' });
  });

  it('checks Basic auth on the token endpoint', async () => {
    const m = await start();
    const res = await fetch(`${m.baseUrl}/authentication/v2/token`, {
      method: 'POST',
      headers: { authorization: 'Basic eDp5', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&scope=data:read',
    });
    expect(res.status).toBe(401);
  });

  it('validates filter[date]: format, order, the 200-day cap', async () => {
    const m = await start();
    const base = '/applications/v2/clients/a/usage/daily-totals?filter[date]=';
    expect((await get(m, `${base}2026-11-01..2026-11-21`)).status).toBe(200);
    expect((await get(m, `${base}2026-11-01-2026-11-21`)).status).toBe(400);
    expect((await get(m, `${base}2026-02-30..2026-03-01`)).status).toBe(400);
    expect((await get(m, `${base}2026-11-21..2026-11-01`)).status).toBe(400);
    expect((await get(m, `${base}2026-01-01..2026-07-19`)).status).toBe(200);
    const tooLong = await get(m, `${base}2026-01-01..2026-07-20`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.developerMessage).toContain('200 days');
  });

  it('defaults to the last 30 days and filters by feature', async () => {
    const m = await start();
    expect(dates((await get(m, '/applications/v2/clients/a/usage/daily-totals')).body)).toEqual([
      '2026-11-20',
      '2026-11-20',
    ]);
    const md = await get(m, '/applications/v2/clients/a/usage/daily-totals?filter[featureId]=md-complex');
    expect(md.body.results).toMatchObject([{ featureId: 'md-complex', quantity: 2 }]);
  });

  it('serves v1 keyed by service, before 2025-12-07 only, with filter[service]', async () => {
    const m = await start();
    const all = await get(
      m,
      '/applications/v1/clients/a/usage/daily-totals?filter[date]=2025-10-01..2026-01-01',
    );
    expect(all.body.results).toEqual([
      { usageDate: '2025-11-01', service: 'modelderivative', serviceName: 'Model Derivative', usage: '4' },
      { usageDate: '2025-11-01', service: 'realitycapture', serviceName: 'Reality Capture', usage: '5' },
    ]);
    const one = await get(
      m,
      '/applications/v1/clients/a/usage/daily-totals?filter[date]=2025-10-01..2026-01-01&filter[service]=realitycapture',
    );
    expect(one.body.results).toHaveLength(1);
  });

  it('answers 401 without a valid token and 404 for an unknown app', async () => {
    const m = await start();
    const res = await fetch(`${m.baseUrl}/applications/v2/clients/a`);
    expect(res.status).toBe(401);
    expect((await get(m, '/applications/v2/clients/zzz')).status).toBe(404);
  });
});
