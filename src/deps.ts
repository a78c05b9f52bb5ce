/**
 * Everything that touches the world enters the pipeline through `Deps`, so the pure parts (model, chart specs,
 * templates) are tested without mocks and the I/O parts against real things on loopback.
 */
import type { WriteStage } from './history/folder-store.js';
import type { StartPageHelper } from './render/helper.js';
import type { StartFileReader } from './sources/types.js';
import type { ChartDrawer } from './render/render.js';
import type { CredentialValues } from './sources/aps/credentials.js';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group (`core.group` in the action, a heading in the CLI). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a secret so that it is masked wherever it is printed afterwards. */
  setSecret(value: string): void;
}

export interface Clock {
  /** Current instant. */
  now(): Date;
}

export type Sleep = (ms: number) => Promise<void>;

export interface Deps {
  logger: Logger;
  clock: Clock;
  sleep: Sleep;
  /** The environment child processes (git) start with: PATH, HOME, proxies. Read by nothing else. */
  env: Record<string, string | undefined>;
  /** APS credentials and `APS_BASE_URL`, as the front end read them (see `CREDENTIAL_TABLE`). */
  credentials: CredentialValues;
  /**
   * Called the moment APS rotates the refresh token — also when the run fails afterwards, because the old token is
   * dead from then on and the new one must reach the user. The CLI saves it to a file, the action to an output.
   */
  saveRefreshToken(token: string): Promise<void>;
  /** HTTP fetch used for APS and GitHub; defaults to undici's. */
  fetch: typeof globalThis.fetch;
  /** Random numbers (backoff jitter, JWT ids); injectable for deterministic tests. */
  random: () => number;
  /**
   * Told of each stage of writing the site into a folder (staged, journalled, each rename, saved). Nothing in the
   * tool needs it; a test stops a run there, as a kill would, to check what the folder is left with.
   */
  writeStage?: (stage: WriteStage) => void;
  /** Draws each chart to SVG (default: `render/charts/draw.ts`); tests pass one that counts the charts drawn. */
  drawChart?: ChartDrawer;
  /**
   * Starts the thread that renders nearly half the app pages and `report.json` of a large site (`page-helper.ts`);
   * the front ends give it on a machine of more than one core. Without it every page renders on the main thread,
   * to the same bytes.
   */
  startPageHelper?: StartPageHelper;
  /**
   * Starts a thread that reads the last of many usage files (`source: file`) while the main thread reads the
   * first; the front ends give it with the page helper. Without it the main thread reads them all, to the same
   * table.
   */
  startFileReader?: StartFileReader;
}

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const systemClock: Clock = { now: () => new Date() };

export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  return out;
}
