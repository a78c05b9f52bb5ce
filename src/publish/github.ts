/**
 * The GitHub REST client: octokit (core, REST endpoint methods, pagination) pointed at the context's API root (GitHub
 * Enterprise Server included), sending through `deps.fetch` and waiting through `deps.sleep`: writes spaced a second apart as GitHub
 * asks of integrations, 5xx and network failures retried with backoff, rate limits waited out when they reset soon
 * enough. Publishers receive it as a parameter, so tests pass one aimed at the loopback fake.
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';

const RestOctokit = Octokit.plugin(restEndpointMethods, paginateRest);
export type GitHubClient = InstanceType<typeof RestOctokit>;

/** The REST API version this client is written against (GitHub's versioning, sent on every call). */
export const GITHUB_API_VERSION = '2022-11-28';
/** GitHub's current media type; octokit still defaults to the older `application/vnd.github.v3+json`. */
export const GITHUB_MEDIA_TYPE = 'application/vnd.github+json';

export interface GitHubClientOptions {
  token: string;
  /** REST API root (the GitHub context's `apiUrl`); default `https://api.github.com`. */
  baseUrl?: string;
  /** The workflow run's orchestration id (the GitHub context's), added to the user agent as GitHub asks. */
  orchestrationId?: string;
  /** Retries of a 5xx or network failure (default 3). */
  retries?: number;
  /** Retries after a primary or secondary rate limit (default 2). */
  rateLimitRetries?: number;
  /** A rate limit that resets later than this is not waited for: the run fails and says when to retry (default 300). */
  maxRateLimitWaitSeconds?: number;
}

export type GitHubDeps = Pick<Deps, 'logger' | 'fetch' | 'sleep' | 'clock'>;

/** GitHub asks integrations to leave a second between requests that create or change content. */
const WRITE_SPACING_MS = 1000;
/** GitHub's advice when a secondary rate limit names no `retry-after`. */
const SECONDARY_FALLBACK_SECONDS = 60;
/** Client errors a retry cannot mend (a rate limit is told apart before these are looked at). */
const DO_NOT_RETRY = new Set([400, 401, 403, 404, 410, 422, 451]);
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export function createGitHubClient(options: GitHubClientOptions, deps: GitHubDeps): GitHubClient {
  const { logger } = deps;
  if (!options.token) {
    throw new UserError('GitHub publishing needs a token: set the github-token input or GITHUB_TOKEN');
  }
  logger.setSecret(options.token);
  const baseUrl = (options.baseUrl || 'https://api.github.com').replace(/\/+$/, '');
  const policy = {
    retries: options.retries ?? 3,
    rateLimitRetries: options.rateLimitRetries ?? 2,
    maxWaitSeconds: options.maxRateLimitWaitSeconds ?? 300,
  };
  const Client = RestOctokit.plugin(restConventions, retriesAndLimits(policy, deps));
  return new Client({
    // The `token` scheme, as GitHub documents for installation and personal tokens alike.
    auth: `token ${options.token}`,
    baseUrl,
    userAgent: userAgent(options.orchestrationId),
    request: { fetch: deps.fetch },
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.error(m),
    },
  });
}

/** Octokit adds its own name and Node's version after ours. */
function userAgent(orchestrationId: string | undefined): string {
  const id = orchestrationId?.trim().replace(/[^a-z0-9_.-]/gi, '_');
  return id ? `aps-usage-report actions_orchestration_id/${id}` : 'aps-usage-report';
}

/**
 * An octokit plugin that sets the version and media type on every request. Octokit's constructor takes no default
 * headers, and a `before` hook also covers the retries.
 */
function restConventions(octokit: { hook: { before: (name: 'request', hook: RequestHook) => void } }): void {
  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = GITHUB_API_VERSION;
    options.headers.accept = GITHUB_MEDIA_TYPE;
  });
}

type RequestHook = (options: { headers: Record<string, string | number | undefined> }) => void;
type OctokitPlugin = (octokit: Octokit) => void;

interface RetryPolicy {
  retries: number;
  rateLimitRetries: number;
  maxWaitSeconds: number;
}

/** Writes one at a time and a second apart; failures retried or waited out as `policy` says, all through `deps`. */
function retriesAndLimits(policy: RetryPolicy, deps: GitHubDeps): OctokitPlugin {
  const { logger, clock, sleep } = deps;
  let writes: Promise<unknown> = Promise.resolve();
  let lastWrite = Number.NEGATIVE_INFINITY;

  const spaced = async <T>(send: () => Promise<T>): Promise<T> => {
    const wait = lastWrite + WRITE_SPACING_MS - clock.now().getTime();
    if (wait > 0) await sleep(wait);
    try {
      return await send();
    } finally {
      lastWrite = clock.now().getTime();
    }
  };

  const withRetries = async <T>(what: string, send: () => Promise<T>): Promise<T> => {
    let failures = 0;
    let limited = 0;
    for (;;) {
      try {
        return await send();
      } catch (error) {
        const limit = rateLimit(error, clock.now().getTime());
        if (limit) {
          if (limited >= policy.rateLimitRetries) {
            logger.warning(`GitHub ${limit.kind} hit again for ${what}; giving up after ${limited} retries`);
            throw error;
          }
          if (limit.seconds > policy.maxWaitSeconds) {
            logger.warning(
              `GitHub ${limit.kind} hit for ${what}; it resets in ${limit.seconds} s, too long to wait — giving up`,
            );
            throw error;
          }
          limited++;
          logger.warning(
            `GitHub ${limit.kind} hit for ${what}; retrying in ${limit.seconds} s (retry ${limited} of ${policy.rateLimitRetries})`,
          );
          await sleep(limit.seconds * 1000);
          continue;
        }
        // Octokit reports a network failure as status 500; anything without a status is not a failed request.
        const status = (error as { status?: unknown }).status;
        if (typeof status !== 'number' || status < 400 || DO_NOT_RETRY.has(status)) throw error;
        if (failures >= policy.retries) throw error;
        failures++;
        logger.debug(`GitHub ${what} failed (HTTP ${status}); retry ${failures} of ${policy.retries}`);
        await sleep(failures * failures * 1000);
      }
    }
  };

  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', (request, options) => {
      const what = `${options.method} ${options.url}`;
      const send = () => withRetries(what, async () => request(options));
      if (!WRITES.has(options.method.toUpperCase())) return send();
      // Each write, retries included, waits for the one before it.
      const next = writes.then(() => spaced(send));
      writes = next.catch(() => undefined);
      return next;
    });
  };
}

/** A primary (quota used up) or secondary (too fast) rate limit, and the seconds until it lifts. */
function rateLimit(error: unknown, nowMs: number): { kind: string; seconds: number } | undefined {
  const e = error as { status?: number; message?: string; response?: { headers?: Record<string, string> } };
  if (e.status !== 403 && e.status !== 429) return undefined;
  const headers = e.response?.headers ?? {};
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    return { kind: 'rate limit', seconds: Math.max(Math.ceil((reset - nowMs) / 1000), 1) };
  }
  const retryAfter = Number(headers['retry-after'] ?? Number.NaN);
  if (/secondary rate/i.test(e.message ?? '') || retryAfter >= 0) {
    return {
      kind: 'secondary rate limit',
      seconds: retryAfter >= 0 ? retryAfter : SECONDARY_FALLBACK_SECONDS,
    };
  }
  return undefined;
}

/** One line for a failed GitHub call: what, the status, GitHub's message and what to do. Never includes the token. */
export function describeGitHubError(error: unknown, what: string): UserError {
  const e = error as { status?: number; message?: string; response?: { data?: unknown } };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const data = e.response?.data as { message?: string; errors?: unknown[] } | undefined;
  const details = data?.errors?.length ? ` ${JSON.stringify(data.errors)}` : '';
  const message = (data?.message ?? e.message ?? String(error)) + details;
  const hint =
    status === 401
      ? 'The token is invalid or has expired.'
      : status === 403
        ? 'The token may not do this: the workflow needs `permissions: issues: write` (or a token with that scope).'
        : status === 404
          ? 'The repository was not found, or the token cannot see it.'
          : status === 410
            ? 'Issues are disabled for this repository; enable them or drop `issue` from publish.'
            : status === 422
              ? 'GitHub refused the data; check publish.issue.labels, assignees and mentions.'
              : 'Try again later; GitHub may be having trouble.';
  return new UserError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}. ${hint}`);
}
