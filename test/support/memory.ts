/** Test helpers: temp folders and deps with an injected clock, sleep and memory logger. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maskSecrets, type Deps, type Logger } from '../../src/deps.js';

export async function tempDir(
  prefix = 'aps-usage-',
): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

export function testDeps(
  overrides: Partial<Deps> = {},
): Deps & { logger: ReturnType<typeof createMemoryLogger>; slept: number[] } {
  const slept: number[] = [];
  const logger = createMemoryLogger();
  return {
    logger,
    slept,
    clock: { now: () => new Date('2026-11-25T06:00:00Z') },
    sleep: async (ms) => {
      slept.push(ms);
    },
    env: {},
    credentials: {},
    saveRefreshToken: () => Promise.reject(new Error('testDeps: no refresh token expected')),
    fetch: globalThis.fetch,
    random: () => 0.5,
    ...overrides,
  } as Deps & { logger: ReturnType<typeof createMemoryLogger>; slept: number[] };
}

/** A logger that remembers every line (tests) and masks registered secrets like the runner does. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const secrets: string[] = [];
  const lines: string[] = [];
  const push = (level: string, message: string): void => {
    lines.push(`${level}: ${maskSecrets(message, secrets)}`);
  };
  return {
    lines,
    debug: (m) => push('debug', m),
    info: (m) => push('info', m),
    warning: (m) => push('warning', m),
    error: (m) => push('error', m),
    async group(name, fn) {
      push('group', name);
      return fn();
    },
    setSecret(value) {
      if (value) secrets.push(value);
    },
  };
}
