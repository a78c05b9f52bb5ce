/**
 * Progress lines of the `aps` source against the loopback mock APS, with a clock that moves as the run works:
 * each request takes 2 s of it and each backoff sleep its own length. Nothing here really waits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/model/dates.js';
import { DEMO_APPS } from '../../../src/sources/demo-data.js';
import { apsSource } from '../../../src/sources/aps/index.js';
import {
  createTestDeps,
  makeConfig,
  ssaEnv,
  TEST_CLIENT,
  testServiceAccount,
} from '../../support/aps-harness.js';
import { startMockApsServer, type MockAps } from '../../support/mock-aps-server.js';

const NOW = '2026-11-21T06:00:00Z';
const TODAY = '2026-11-21';
const REQUEST_MS = 2000;

let mock: MockAps | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

describe('aps source progress', () => {
  it('logs apps done of the total, requests and retries, a line at most every second and at least every 10 s', async () => {
    let now = new Date(NOW).getTime();
    const account = testServiceAccount();
    mock = await startMockApsServer({
      now: () => new Date(now),
      oauthClient: TEST_CLIENT,
      serviceAccount: { id: account.id, keyId: account.keyId, publicKey: account.publicKeyPem },
    });
    const app0 = DEMO_APPS[0]!.id;
    mock.inject({ match: new RegExp(`${app0}/usage`), kind: 'status', status: 503, times: 3 });
    const base = createTestDeps(ssaEnv(mock.baseUrl), NOW);
    const lines: { at: number; text: string }[] = [];
    const deps = {
      ...base,
      clock: { now: () => new Date(now) },
      fetch: async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        now += REQUEST_MS;
        return globalThis.fetch(input, init);
      },
      sleep: async (ms: number) => {
        now += ms;
      },
      logger: {
        ...base.logger,
        info: (m: string) => {
          if (m.startsWith('APS: ') && / apps/.test(m)) lines.push({ at: now, text: m });
        },
      },
    };
    const apps = DEMO_APPS.map((a) => ({ id: a.id, name: a.name }));
    const result = await apsSource.fetch(
      {
        config: makeConfig({ apps, aps: { concurrency: 1 } }),
        range: { from: addDays(TODAY, -29), to: TODAY },
        history: [],
        baseDir: '.',
      },
      deps,
    );
    expect(result.apps.every((a) => a.status === 'ok')).toBe(true);

    const parsed = lines.map((l) => {
      const m =
        /^APS: (\d+) of (\d+) apps(?: \(\d+ %\))?, (\d+) requests(?:, (\d+) retries)?(, done)? after /.exec(
          l.text,
        );
      expect(m, l.text).not.toBeNull();
      return {
        at: l.at,
        done: Number(m![1]),
        total: Number(m![2]),
        requests: Number(m![3]),
        retries: Number(m![4] ?? 0),
        final: Boolean(m![5]),
      };
    });
    // Every request takes 2 s, so a run of this size lasts long enough to need several lines.
    expect(parsed.length).toBeGreaterThanOrEqual(3);
    expect(parsed.every((p) => p.total === apps.length)).toBe(true);
    const last = parsed.at(-1)!;
    expect(last).toMatchObject({ done: apps.length, final: true, retries: 3 });
    // Every request the mock saw was counted; the three 503s are the retries.
    expect(last.requests).toBe(mock.requests.length);
    for (let i = 1; i < parsed.length; i++) {
      const gap = parsed[i]!.at - parsed[i - 1]!.at;
      expect(gap).toBeGreaterThanOrEqual(1000);
      // Something happens at least every 4 s of this run (a request, a backoff), so no gap reaches 10 s.
      expect(gap).toBeLessThanOrEqual(10_000);
      expect(parsed[i]!.done).toBeGreaterThanOrEqual(parsed[i - 1]!.done);
    }
  });
});
