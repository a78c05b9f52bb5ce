/**
 * What the `aps` source tests share: a test service account (key pair generated at run time — no private key is
 * ever committed), deps with an injected clock, a recording sleep that never waits, a seeded random source, and a
 * logger that keeps every line *unmasked*, so that a leak shows even where the runner would have masked it.
 */
import { generateKeyPairSync } from 'node:crypto';
import { configSchema, type Config, type ConfigInput } from '../../src/config/schema.js';
import type { Deps, Logger } from '../../src/deps.js';
import { credentialsFromEnv } from '../../src/sources/aps/credentials.js';
import { createRandom } from '../../src/sources/demo-data.js';

export interface TestServiceAccount {
  id: string;
  keyId: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

let cachedAccount: TestServiceAccount | undefined;

export function testServiceAccount(): TestServiceAccount {
  cachedAccount ??= (() => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return {
      id: 'sa-test-0001@example.invalid',
      keyId: 'kid-test-0001',
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  })();
  return cachedAccount;
}

/** Another key, for the "signed with the wrong key" test. */
export function otherPrivateKeyPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

export const TEST_CLIENT = { id: 'test-client-id-7f3a', secret: 'test-client-secret-9c2e81d4' };

export interface TestLogger extends Logger {
  lines: string[];
  secrets: string[];
}

export function createRawLogger(): TestLogger {
  const lines: string[] = [];
  const secrets: string[] = [];
  return {
    lines,
    secrets,
    debug: (m) => void lines.push(`debug: ${m}`),
    info: (m) => void lines.push(`info: ${m}`),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    async group(name, fn) {
      lines.push(`group: ${name}`);
      return fn();
    },
    setSecret: (v) => void secrets.push(v),
  };
}

export interface TestDeps extends Deps {
  logger: TestLogger;
  /** Every delay the code asked to sleep, in ms. */
  sleeps: number[];
  /** Moves the injected clock. */
  advance(ms: number): void;
  /** Every refresh token handed to `saveRefreshToken`, in order. */
  rotated: string[];
}

/** Each deps gets its own seed (in creation order, so still repeatable), so parallel runs do not share one jitter. */
let nextSeed = 1;

export function createTestDeps(
  env: Record<string, string | undefined>,
  start = '2026-11-21T06:00:00Z',
): TestDeps {
  let now = new Date(start).getTime();
  const sleeps: number[] = [];
  const rotated: string[] = [];
  return {
    logger: createRawLogger(),
    credentials: credentialsFromEnv(env),
    rotated,
    saveRefreshToken: async (token) => {
      rotated.push(token);
    },
    clock: { now: () => new Date(now) },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    env,
    fetch: globalThis.fetch,
    random: createRandom(nextSeed++),
    sleeps,
    advance(ms) {
      now += ms;
    },
  };
}

export function makeConfig(input: Partial<ConfigInput> = {}): Config {
  return configSchema.parse({ source: 'aps', ...input });
}

/** Environment for each auth mode, pointing at the mock. */
export function ssaEnv(baseUrl: string, account = testServiceAccount()): Record<string, string> {
  return {
    APS_BASE_URL: baseUrl,
    APS_CLIENT_ID: TEST_CLIENT.id,
    APS_CLIENT_SECRET: TEST_CLIENT.secret,
    APS_SERVICE_ACCOUNT_ID: account.id,
    APS_SERVICE_ACCOUNT_KEY_ID: account.keyId,
    APS_SERVICE_ACCOUNT_PRIVATE_KEY: account.privateKeyPem,
  };
}
