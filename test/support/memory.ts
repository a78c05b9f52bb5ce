/** Test helpers: temp folders and deps with an injected clock, sleep and memory logger. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger, type Deps } from '../../src/deps.js';

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
