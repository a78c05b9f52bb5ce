/**
 * A thin runner for the real `git` binary. No shell (execFile), and credentials travel only in the child's
 * environment as an `http.<origin>/.extraheader` (the same mechanism actions/checkout uses) — never in argv, in a
 * URL or in a config file — so they cannot show up in `ps`, in logs or in an error message.
 */
import { execFile } from 'node:child_process';
import { UserError } from '../errors.js';
import type { Logger } from '../deps.js';

export interface GitResult {
  stdout: string;
  stderr: string;
  /** Exit code; only non-zero when the caller listed it in `okCodes`. */
  code: number;
}

export interface GitRunOptions {
  cwd: string;
  /** Exit codes that are answers rather than failures (e.g. `git diff --quiet` → 1). */
  okCodes?: readonly number[];
  /** Extra environment for this command only (commit identity and dates). */
  env?: Record<string, string>;
}

export interface GitRunner {
  run(args: readonly string[], options: GitRunOptions): Promise<GitResult>;
  /** Replaces every secret this runner knows (token, its encoded header, URL passwords) with `***`. */
  scrub(text: string): string;
}

export interface GitRunnerOptions {
  /** Base environment (PATH, HOME…); variables that could point git at another repository are removed. */
  env: Record<string, string | undefined>;
  /** The remote the token is for; the header is only sent to this URL's origin, and only for http(s). */
  remote?: string;
  token?: string;
  logger?: Logger;
  /** The git binary; tests point it at a wrapper that records argv. */
  gitPath?: string;
}

export class GitError extends UserError {
  override name = 'GitError';
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly gitExit: number | string | undefined,
    readonly stderr: string,
    readonly stdout: string,
  ) {
    super(message);
  }
}

/** Variables that would make our git commands act on some other repository (e.g. when run from a git hook). */
const REPO_POINTERS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
  // Tracing could print request headers; git redacts them, but nothing here needs tracing.
  'GIT_TRACE',
  'GIT_TRACE_CURL',
  'GIT_TRACE_PACKET',
  'GIT_CURL_VERBOSE',
  // A desktop askpass helper would pop up a dialog in a CLI run; we never want interactive credentials.
  'GIT_ASKPASS',
  'SSH_ASKPASS',
];

export function createGitRunner(options: GitRunnerOptions): GitRunner {
  const secrets = collectSecrets(options);
  for (const s of secrets) options.logger?.setSecret(s);
  const env = buildGitEnv(options);
  const scrub = (text: string): string => scrubSecrets(text, secrets);
  const gitPath = options.gitPath ?? 'git';

  return {
    scrub,
    run(args, runOptions) {
      options.logger?.debug(scrub(`git ${args.join(' ')}`));
      return new Promise<GitResult>((resolve, reject) => {
        execFile(
          gitPath,
          [...args],
          {
            cwd: runOptions.cwd,
            env: runOptions.env ? { ...env, ...runOptions.env } : env,
            maxBuffer: 256 * 1024 * 1024,
            encoding: 'utf8',
            windowsHide: true,
          },
          (error, stdout, stderr) => {
            const code = error ? (error as NodeJS.ErrnoException & { code?: number | string }).code : 0;
            if (!error || (typeof code === 'number' && runOptions.okCodes?.includes(code))) {
              resolve({ stdout, stderr, code: typeof code === 'number' ? code : 0 });
              return;
            }
            reject(gitFailure(args, code, scrub(stderr ?? ''), scrub(stdout ?? ''), gitPath));
          },
        );
      });
    },
  };
}

function gitFailure(
  args: readonly string[],
  code: number | string | undefined,
  stderr: string,
  stdout: string,
  gitPath: string,
): GitError {
  if (code === 'ENOENT') {
    return new GitError(
      `cannot run ${gitPath}: it is not installed or not on PATH. Install git (2.31 or later) to publish to a branch.`,
      args,
      code,
      stderr,
      stdout,
    );
  }
  const detail = lastLines(stderr || stdout, 6) || 'no output';
  return new GitError(
    `git ${args[0] ?? ''} failed (exit ${String(code)}): ${detail}`,
    args,
    code,
    stderr,
    stdout,
  );
}

function lastLines(text: string, n: number): string {
  return text.trim().split(/\r?\n/).slice(-n).join(' | ');
}

function collectSecrets(options: GitRunnerOptions): string[] {
  const secrets: string[] = [];
  if (options.token) {
    secrets.push(options.token, basicCredential(options.token));
    secrets.push(encodeURIComponent(options.token));
  }
  // A CLI user may put credentials in the remote URL itself; keep them out of every message too.
  const password = urlPassword(options.remote);
  if (password) secrets.push(password, decodeURIComponentSafe(password));
  return [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}

/** `x-access-token:TOKEN` in base64: the form GitHub accepts for both PATs and installation tokens. */
function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

function buildGitEnv(options: GitRunnerOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.env)) if (v !== undefined) env[k] = v;
  for (const k of REPO_POINTERS) delete env[k];
  // Parse-able, English messages (we detect a rejected push from them) and never a prompt.
  env.LC_ALL = 'C';
  env.LANGUAGE = 'C';
  env.GIT_TERMINAL_PROMPT = '0';
  env.GCM_INTERACTIVE = 'never';
  env.GIT_TRACE_REDACT = '1';

  // Config through GIT_CONFIG_* (git ≥ 2.31): visible only to the child, never in argv or .git/config.
  const config: Array<[string, string]> = [
    // The site's bytes are published as produced, on every OS.
    ['core.autocrlf', 'false'],
    ['core.safecrlf', 'false'],
    ['core.quotepath', 'false'],
    // A user's global hooks must not run in (or block) our temporary clone.
    ['core.hooksPath', '/dev/null'],
    ['advice.detachedHead', 'false'],
    // A symlink on the branch is checked out as a small text file, so writing the site can never follow one out
    // of the temporary clone (git still records it as a symlink).
    ['core.symlinks', 'false'],
  ];
  const origin = httpOrigin(options.remote);
  if (options.token && origin) {
    config.push([`http.${origin}/.extraheader`, `AUTHORIZATION: basic ${basicCredential(options.token)}`]);
  }
  let count = Number(env.GIT_CONFIG_COUNT ?? '0');
  if (!Number.isInteger(count) || count < 0) count = 0;
  for (const [key, value] of config) {
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = value;
    count++;
  }
  env.GIT_CONFIG_COUNT = String(count);
  return env;
}

/** `https://host[:port]` of an http(s) remote, or undefined for ssh, file and local paths. */
function httpOrigin(remote: string | undefined): string | undefined {
  if (!remote || !/^https?:\/\//i.test(remote)) return undefined;
  try {
    return new URL(remote).origin;
  } catch {
    return undefined;
  }
}

function urlPassword(remote: string | undefined): string | undefined {
  if (!remote || !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return undefined;
  try {
    const url = new URL(remote);
    return url.password || (url.username && url.username.length >= 20 ? url.username : undefined);
  } catch {
    return undefined;
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}

/** A remote as it may be printed: `https://***@host/path` when it carries credentials. */
export function redactRemote(remote: string): string {
  return remote.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}
