/**
 * The temporary clone behind the pages publisher: made in a fresh folder (never the user's checkout), reset to the
 * remote branch (or an empty unborn branch on the first publish) each time the history is read, removed at the end
 * of the run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';
import { createGitRunner, GitError, redactRemote, type GitRunner } from './git.js';
import { readHistoryDir, type StoredHistory } from './history-files.js';
import { checkSiteDir } from './site-tree.js';

/** Where the site lives: enough to clone the branch and read its history. */
export interface PagesLocation {
  /** Any git URL or local path; in the action the workflow's repository (see `workflowRemote`). */
  remote: string;
  branch: string;
  /** `.` or a folder inside the branch. */
  dir: string;
  /** Sent as an HTTP header to the remote's origin only (http(s) remotes); never in argv, URLs or logs. */
  token?: string;
  /** Where the temporary clone is made (default the OS temp folder; in the action RUNNER_TEMP). */
  workRoot?: string;
  /** The git binary (default `git` on PATH). */
  gitPath?: string;
}

export interface Clone {
  git: GitRunner;
  work: string;
  siteRoot: string;
  /** `branch X of REMOTE`, credentials hidden. */
  where: string;
  /** Resets the clone to the remote branch (fetching it again); returns its head, or null when it does not exist. */
  checkout(): Promise<string | null>;
  readHistory(): Promise<StoredHistory>;
  /** Removes the clone; safe to call twice. */
  close(): Promise<void>;
}

/**
 * A temporary clone of the branch (never the user's checkout): made once per run, fetched again on every
 * `checkout()`, removed by `close()`.
 */
export async function openClone(location: PagesLocation, deps: Pick<Deps, 'logger' | 'env'>): Promise<Clone> {
  const siteDir = checkSiteDir(location.dir);
  checkRemote(location.remote);
  const git = createGitRunner({
    env: deps.env,
    remote: location.remote,
    token: location.token,
    logger: deps.logger,
    gitPath: location.gitPath,
  });
  const where = `branch ${location.branch} of ${redactRemote(location.remote)}`;
  const work = await mkdtemp(join(location.workRoot ?? tmpdir(), 'aps-usage-pages-'));
  const close = () => rm(work, { recursive: true, force: true, maxRetries: 3 });
  try {
    await checkBranchName(git, work, location.branch);
    await git.run(['init', '-q'], { cwd: work });
    await git.run(['remote', 'add', 'origin', location.remote], { cwd: work });
  } catch (error) {
    await close();
    throw error;
  }
  const siteRoot = siteDir === '.' ? work : join(work, siteDir);
  return {
    git,
    work,
    siteRoot,
    where,
    checkout: () =>
      checkoutRemoteBranch(git, work, location.branch).catch((error: unknown) => {
        throw fetchFailure(error, where);
      }),
    readHistory: () => readStoredHistory(siteRoot, work, location.branch),
    close,
  };
}

function checkRemote(remote: string): void {
  // A remote starting with '-' would be read by git as an option.
  if (!remote || remote.startsWith('-')) {
    throw new UserError(`publish.pages.remote: expected a git URL or a path, got ${JSON.stringify(remote)}`);
  }
}

async function checkBranchName(git: GitRunner, cwd: string, branch: string): Promise<void> {
  try {
    await git.run(['check-ref-format', '--branch', branch], { cwd });
  } catch (error) {
    if (error instanceof GitError && typeof error.gitExit === 'number') {
      throw new UserError(`publish.pages.branch: ${JSON.stringify(branch)} is not a valid branch name`);
    }
    throw error;
  }
}

/** Makes the clone's work tree and HEAD exactly the remote branch, or an empty unborn branch when it is absent. */
async function checkoutRemoteBranch(git: GitRunner, cwd: string, branch: string): Promise<string | null> {
  const ref = `refs/heads/${branch}`;
  const heads = await git.run(['ls-remote', '--heads', 'origin', ref], { cwd });
  const exists = heads.stdout.split('\n').some((line) => line.endsWith(`\t${ref}`));
  await git.run(['symbolic-ref', 'HEAD', ref], { cwd });
  if (!exists) {
    // First publish (or a retry whose orphan commit lost the race and whose rival has since vanished).
    await git.run(['update-ref', '-d', ref], { cwd });
    await git.run(['read-tree', '--empty'], { cwd });
    await git.run(['clean', '-ffdxq'], { cwd });
    return null;
  }
  // Shallow: only the tip is needed to read the history and to push one commit on top of it.
  await git.run(
    ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/origin/${branch}`],
    { cwd },
  );
  await git.run(['reset', '--hard', '-q', `refs/remotes/origin/${branch}`], { cwd });
  await git.run(['clean', '-ffdxq'], { cwd });
  return (await git.run(['rev-parse', 'HEAD'], { cwd })).stdout.trim();
}

/** Reads the history; a parse error names the file as `branch:path` (the clone is temporary), and publishes nothing. */
async function readStoredHistory(siteRoot: string, work: string, branch: string): Promise<StoredHistory> {
  try {
    return await readHistoryDir(siteRoot);
  } catch (error) {
    if (error instanceof Error) error.message = error.message.split(work + sep).join(`${branch}:`);
    throw error;
  }
}

function fetchFailure(error: unknown, where: string): unknown {
  if (!(error instanceof GitError)) return error;
  return new UserError(
    `pages: cannot read ${where}: ${error.message}. Check the remote URL and that the token may read the ` +
      'repository (in the action: the github-token input; from the CLI: publish.pages.remote and your git credentials).',
  );
}
