/**
 * No secret leaves the `aps` source: every byte it writes (recordings, log lines — taken unmasked — results and
 * error messages) is searched for every credential and every token the mock handed out or received.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, type DateRange } from '../../../src/model/dates.js';
import { DEMO_APPS } from '../../../src/sources/demo-data.js';
import { apsSource } from '../../../src/sources/aps/index.js';
import { errorMessage } from '../../../src/errors.js';
import {
  createTestDeps,
  makeConfig,
  otherPrivateKeyPem,
  ssaEnv,
  TEST_CLIENT,
  testServiceAccount,
  type TestDeps,
} from '../../support/aps-harness.js';
import { startMockApsServer, type MockAps } from '../../support/mock-aps-server.js';

const NOW = '2026-11-21T06:00:00Z';
const RANGE: DateRange = { from: addDays('2026-11-21', -20), to: '2026-11-21' };
const APPS = DEMO_APPS.map((a) => ({ id: a.id, name: a.name }));
const INITIAL_REFRESH = 'rt-initial-secret-3f9a0b7c55';

let mock: MockAps | undefined;
let dir: string | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function readAll(folder: string): Promise<{ names: string[]; text: string }> {
  const names = (await readdir(folder)).sort();
  const texts = await Promise.all(names.map((n) => readFile(join(folder, n), 'utf8')));
  return { names, text: `${names.join('\n')}\n${texts.join('\n')}` };
}

function allSecrets(m: MockAps): string[] {
  const account = testServiceAccount();
  const pemLines = account.privateKeyPem.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));
  const signatures = m.issued.assertions.map((a) => a.split('.')[2] ?? '').filter(Boolean);
  return [
    TEST_CLIENT.secret,
    Buffer.from(`${TEST_CLIENT.id}:${TEST_CLIENT.secret}`).toString('base64'),
    INITIAL_REFRESH,
    ...pemLines,
    ...m.issued.accessTokens,
    ...m.issued.refreshTokens,
    ...m.issued.assertions,
    ...signatures,
  ];
}

function expectNoSecret(haystack: string, secrets: readonly string[]): void {
  expect(secrets.length).toBeGreaterThan(5);
  for (const s of secrets) expect(haystack.includes(s), `leaked: ${s.slice(0, 12)}…`).toBe(false);
}

async function runEverything(deps: TestDeps, m: MockAps, recordDir: string): Promise<string> {
  const out: string[] = [];
  const request = {
    config: makeConfig({ apps: [...APPS, { id: 'no-such-app' }] }),
    range: RANGE,
    history: [],
    baseDir: '.',
    recordDir,
  };
  // A run with a 429, a token that dies mid-run, a 403 app and a 404 app.
  m.inject({ match: new RegExp(`${APPS[0]!.id}/usage`), kind: 'status', status: 429, retryAfter: '2' });
  m.inject({ match: new RegExp(`${APPS[2]!.id}/usage`), kind: 'expire-tokens' });
  m.inject({ match: new RegExp(`${APPS[3]!.id}/usage`), kind: 'truncated' });
  const result = await apsSource.fetch(request, deps);
  out.push(JSON.stringify(result));
  return out.join('\n');
}

describe('aps source: secrets', () => {
  it('service account: recordings, logs and results hold no credential or token', async () => {
    const account = testServiceAccount();
    mock = await startMockApsServer({
      now: () => new Date(NOW),
      oauthClient: TEST_CLIENT,
      serviceAccount: { id: account.id, keyId: account.keyId, publicKey: account.publicKeyPem },
      forbidden: [APPS[4]!.id],
    });
    dir = await mkdtemp(join(tmpdir(), 'aps-record-'));
    const deps = createTestDeps(ssaEnv(mock.baseUrl), NOW);
    const written = await runEverything(deps, mock, dir);

    // A failing run too: its error message is written for the user.
    const badEnv = { ...ssaEnv(mock.baseUrl), APS_SERVICE_ACCOUNT_PRIVATE_KEY: otherPrivateKeyPem() };
    const badDeps = createTestDeps(badEnv, NOW);
    const failure = await apsSource
      .fetch(
        { config: makeConfig({ apps: APPS }), range: RANGE, history: [], baseDir: '.', recordDir: dir },
        badDeps,
      )
      .then(
        () => 'no error',
        (e: unknown) => errorMessage(e),
      );
    expect(failure).toContain('signature is invalid');

    const recordings = await readAll(dir);
    expect(mock.issued.accessTokens.length).toBe(2);
    const secrets = [...allSecrets(mock), badEnv.APS_SERVICE_ACCOUNT_PRIVATE_KEY.split('\n')[1] ?? 'x'];
    expectNoSecret(recordings.text, secrets);
    expectNoSecret(deps.logger.lines.join('\n'), secrets);
    expectNoSecret(badDeps.logger.lines.join('\n'), secrets);
    expectNoSecret(written, secrets);
    expectNoSecret(failure, secrets);

    // Every credential and token was registered for masking the moment it existed.
    const registered = [...deps.logger.secrets, ...badDeps.logger.secrets];
    for (const s of [TEST_CLIENT.secret, ...mock.issued.accessTokens, ...mock.issued.assertions]) {
      expect(registered).toContain(s);
    }
    expect(deps.logger.secrets).toContain(account.privateKeyPem.trim());

    // The recordings are there, one per response, named by endpoint and window, with the real rows in them.
    expect(recordings.names.some((n) => n.includes('token_jwt-bearer'))).toBe(true);
    expect(recordings.names.some((n) => n.includes('_429'))).toBe(true);
    expect(recordings.names.some((n) => n.includes('_401'))).toBe(true);
    expect(recordings.names.some((n) => n.includes('_403'))).toBe(true);
    const usageName = recordings.names.find((n) =>
      n.includes(`v2-clients-${APPS[1]!.id}-usage-daily-totals_${RANGE.from}..${RANGE.to}`),
    );
    expect(usageName).toBeDefined();
    const saved = JSON.parse(await readFile(join(dir, usageName ?? ''), 'utf8')) as {
      status: number;
      body: { results: unknown[] };
    };
    expect(saved.status).toBe(200);
    expect(saved.body.results.length).toBeGreaterThan(10);
    const tokenFile = recordings.names.find((n) => n.includes('token_jwt-bearer')) ?? '';
    const tokenSaved = JSON.parse(await readFile(join(dir, tokenFile), 'utf8')) as {
      body: Record<string, unknown>;
    };
    expect(tokenSaved.body).toMatchObject({ access_token: '[REMOVED]', token_type: 'Bearer' });
    expect(recordings.text).toContain('"bodyText"');
  });

  it('refresh token: the old and the rotated refresh tokens reach only the saveRefreshToken port', async () => {
    mock = await startMockApsServer({
      now: () => new Date(NOW),
      oauthClient: TEST_CLIENT,
      refreshToken: INITIAL_REFRESH,
    });
    dir = await mkdtemp(join(tmpdir(), 'aps-record-'));
    const deps = createTestDeps(
      {
        APS_BASE_URL: mock.baseUrl,
        APS_CLIENT_ID: TEST_CLIENT.id,
        APS_CLIENT_SECRET: TEST_CLIENT.secret,
        APS_REFRESH_TOKEN: INITIAL_REFRESH,
      },
      NOW,
    );
    const written = await runEverything(deps, mock, dir);
    // The token died mid-run, so the refresh token rotated twice.
    expect(mock.issued.refreshTokens).toHaveLength(2);
    expect(deps.rotated).toEqual(mock.issued.refreshTokens);
    const secrets = allSecrets(mock);
    expectNoSecret((await readAll(dir)).text, secrets);
    expectNoSecret(deps.logger.lines.join('\n'), secrets);
    expectNoSecret(written, secrets);
    for (const s of [INITIAL_REFRESH, ...mock.issued.refreshTokens]) expect(deps.logger.secrets).toContain(s);
  });
});
