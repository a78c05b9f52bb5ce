/**
 * One "as of" day, decided once in the pipeline: in Tokyo at 08:00 (23:00 UTC the day before) with the APS source,
 * the period and the month to date stand on the same, complete day. Real APS client against the loopback APS.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../src/config/schema.js';
import { readGitHubContext } from '../src/github-context.js';
import { addDays, daysBetween } from '../src/model/dates.js';
import { runReport, type RunResult } from '../src/pipeline.js';
import { DEMO_APPS, DEMO_CONFIG, DEMO_END, generateDemoRecords } from '../src/sources/demo-data.js';
import { createTestDeps, ssaEnv, testServiceAccount, TEST_CLIENT } from './support/aps-harness.js';
import { tempDir } from './support/memory.js';
import { startMockApsServer, type MockAps } from './support/mock-aps-server.js';

// 08:00 on Dec 2 in Tokyo: Dec 1 has ended there, but in UTC (APS's days) it is 23:00 on Dec 1.
const NOW = '2026-12-01T23:00:00Z';
let mock: MockAps;
let dir: Awaited<ReturnType<typeof tempDir>>;
let result: RunResult;

beforeAll(async () => {
  dir = await tempDir();
  const account = testServiceAccount();
  // The demo data moved so that it runs into Dec 1 (UTC), the day not yet over.
  const shift = daysBetween(DEMO_END, '2026-12-01');
  mock = await startMockApsServer({
    now: () => new Date(NOW),
    records: generateDemoRecords()
      .filter((r) => r.date > addDays(DEMO_END, -90))
      .map((r) => ({ ...r, date: addDays(r.date, shift) })),
    oauthClient: TEST_CLIENT,
    serviceAccount: { id: account.id, keyId: account.keyId, publicKey: account.publicKeyPem },
  });
  const config = configSchema.parse({
    source: 'aps',
    apps: DEMO_APPS.map((a) => ({ id: a.id, name: a.name })),
    period: 'last-30-days',
    rates: DEMO_CONFIG.rates,
    report: { timezone: 'Asia/Tokyo' },
  });
  result = await runReport(
    {
      config,
      configDir: dir.path,
      outDir: join(dir.path, 'site'),
      publish: new Set(['files']),
      github: readGitHubContext({}),
    },
    createTestDeps(ssaEnv(mock.baseUrl), NOW),
  );
}, 120_000);
afterAll(async () => {
  await mock?.close();
  await dir?.cleanup();
});

describe('report.timezone Asia/Tokyo at 08:00 with the APS source', () => {
  it('computes the month to date as of the day the period ends: Nov 30, the last day complete in UTC', () => {
    expect(result.model.asOf).toBe('2026-11-30');
    expect(result.model.period).toEqual({ from: '2026-11-01', to: '2026-11-30', days: 30 });
    expect(result.model.month).toMatchObject({ month: '2026-11', asOf: '2026-11-30', daysElapsed: 30 });
    // The unfinished UTC day is not in the period: its partial figures bias nothing.
    expect(result.model.apps.every((a) => a.daily.at(-1)!.date === '2026-11-30')).toBe(true);
  });
});
