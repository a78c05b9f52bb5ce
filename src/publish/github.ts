/**
 * The GitHub REST client: `@actions/github`'s octokit with the retry and throttling plugins, pointed at the
 * context's API root (GitHub Enterprise Server included). Publishers receive it as a parameter, so tests pass one
 * aimed at the loopback fake.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** The REST API version this client is written against (GitHub's versioning, sent on every call). */
export const GITHUB_API_VERSION = '2022-11-28';
/** GitHub's current media type; octokit still defaults to the older `application/vnd.github.v3+json`. */
export const GITHUB_MEDIA_TYPE = 'application/vnd.github+json';

export interface GitHubClientOptions {
  token: string;
  /** REST API root (the GitHub context's `apiUrl`); default `https://api.github.com`. */
  baseUrl?: string;
  /** Omit to keep `@actions/github`'s proxy-aware fetch (honours `https_proxy`); tests pass their own. */
  fetch?: typeof globalThis.fetch;
  /** Retries of a 5xx or network failure (default 3). */
  retries?: number;
  /** Retries after a primary or secondary rate limit (default 2). */
  rateLimitRetries?: number;
  /** A rate limit that resets later than this is not waited for: the run fails and says when to retry (default 300). */
  maxRateLimitWaitSeconds?: number;
  /**
   * Milliseconds per "second" of the plugins' waits (default 1000). Tests pass 1 so that a retry after a
   * `retry-after: 2` waits 2 ms.
   */
  secondMs?: number;
  /**
   * Space writes one second apart, as GitHub asks of integrations (default true). Tests turn it off: the fake does
   * not need it and the suite would wait seconds per issue.
   */
  spaceWrites?: boolean;
}

export type GitHubDeps = Pick<Deps, 'logger'>;

export function createGitHubClient(options: GitHubClientOptions, deps: GitHubDeps): GitHubClient {
  const { logger } = deps;
  if (!options.token) {
    throw new UserError('GitHub publishing needs a token: set the github-token input or GITHUB_TOKEN');
  }
  logger.setSecret(options.token);
  const baseUrl = (options.baseUrl || 'https://api.github.com').replace(/\/+$/, '');
  const secondMs = options.secondMs ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= rateLimitRetries) {
        logger.warning(`GitHub ${kind} hit again for ${what}; giving up after ${retryCount} retries`);
        return false;
      }
      if (retryAfter > maxWait) {
        logger.warning(
          `GitHub ${kind} hit for ${what}; it resets in ${retryAfter} s, too long to wait — giving up`,
        );
        return false;
      }
      logger.warning(
        `GitHub ${kind} hit for ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`,
      );
      return true;
    };

  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    retryAfterBaseValue: secondMs,
    fallbackSecondaryRateRetryAfter: 60,
    ...(options.spaceWrites === false ? { write: unspacedGroup(), notifications: unspacedGroup() } : {}),
  };

  return getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: 'aps-usage-report',
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: secondMs },
      throttle,
      log: {
        debug: (m: string) => logger.debug(m),
        info: (m: string) => logger.debug(m),
        warn: (m: string) => logger.warning(m),
        error: (m: string) => logger.error(m),
      },
    },
    retry,
    throttling,
    restConventions,
  );
}

/**
 * An octokit plugin that sets the version and media type on every request. Octokit's constructor takes no default
 * headers, and a `before` hook also covers the retries the other plugins send.
 */
function restConventions(octokit: { hook: { before: (name: 'request', hook: RequestHook) => void } }): void {
  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = GITHUB_API_VERSION;
    options.headers.accept = GITHUB_MEDIA_TYPE;
  });
}

type RequestHook = (options: { headers: Record<string, string | number | undefined> }) => void;

type LimiterGroup = NonNullable<ThrottlingOptions['write']>;

/** A stand-in for a Bottleneck group that runs every job at once (the throttling plugin only calls `key().schedule`). */
function unspacedGroup(): LimiterGroup {
  const limiter = {
    schedule: (...args: unknown[]) => {
      const fnIndex = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[fnIndex] as (...a: unknown[]) => unknown;
      return Promise.resolve().then(() => fn(...args.slice(fnIndex + 1)));
    },
  };
  return { key: () => limiter } as unknown as LimiterGroup;
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
