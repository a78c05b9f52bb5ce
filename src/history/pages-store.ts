/**
 * The pages store: the site and its history on a branch (gh-pages). One temporary clone for the whole run (never
 * the user's checkout): `read()` resets it to the remote branch and reads the history, `save()` writes the files
 * the tool owns, commits only when something changed, and pushes. A push rejected because another run pushed first
 * answers `rejected` after a backoff, so the pipeline reads the fresher branch and merges again: concurrent runs
 * never lose each other's days.
 */
import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';
import type { GitHubContext } from '../github-context.js';
import { openFileSpool, type OpenedSpool } from './file-spool.js';
import type { GitResult, GitRunner } from './git.js';
import { openClone, type PagesLocation } from './pages-clone.js';
import { checkSiteDir, isOwnedSitePath, writeSiteTree } from './site-tree.js';
import type { HistoryStore, SaveResult } from './store.js';

export { isOwnedSitePath, ownedPaths } from './site-tree.js';
export type { PagesLocation } from './pages-clone.js';

export interface PagesStoreOptions extends PagesLocation {
  /** Do everything (commit in the temporary clone) except push. */
  dryRun: boolean;
  message: string;
  author: { name: string; email: string };
  /** Saves in all, counting the first, before a rejected push is an error (default 5). */
  maxAttempts?: number;
  /** Adds an empty `.nojekyll` at the branch root if there is none, so Pages serves the files as they are (default true). */
  noJekyll?: boolean;
  /**
   * Whether the tool owns a path (relative to the site folder): an owned file the site does not have is deleted, a
   * file it does not own is never touched. Default: the site layout (`isOwnedSitePath`).
   */
  owned?: (path: string) => boolean;
}

export type PagesDeps = Pick<Deps, 'logger' | 'clock' | 'sleep' | 'env' | 'random'>;

const DEFAULT_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;

export async function openPagesStore(options: PagesStoreOptions, deps: PagesDeps): Promise<HistoryStore> {
  const { logger } = deps;
  if (!options.message.trim()) throw new UserError('pages: the commit message is empty');
  if (!options.author.name.trim() || !options.author.email.trim()) {
    throw new UserError('pages: the commit author needs a name and an email');
  }
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new UserError(`pages: maxAttempts must be a whole number ≥ 1, got ${maxAttempts}`);
  }
  const owned = options.owned ?? isOwnedSitePath;
  const clone = await openClone(options, deps);
  const { git, work, siteRoot, where } = clone;
  let base: string | null = null;
  let attempts = 0;
  // Outside the clone (never committed), on the same file system as it, so that the save links from them.
  const spools: OpenedSpool[] = [];

  return {
    target: 'pages',
    where,
    async read() {
      base = await clone.checkout();
      logger.info(
        base
          ? `pages: ${where} is at ${base.slice(0, 12)}`
          : `pages: ${where} does not exist yet; creating it`,
      );
      return clone.readHistory();
    },

    async save(site): Promise<SaveResult> {
      attempts++;
      const { deleted } = await writeSiteTree(siteRoot, { files: site.files, owned });
      if (deleted.length > 0)
        logger.info(`pages: removing ${deleted.length} file(s) the site no longer has: ${preview(deleted)}`);
      if (options.noJekyll !== false) await ensureNoJekyll(work);

      // --force: a .gitignore on the branch must not silently keep our data files out of the commit.
      await git.run(['add', '-A', '--force'], { cwd: work });
      const changedFiles = (await git.run(['diff', '--cached', '--name-only', '-z'], { cwd: work })).stdout
        .split('\0')
        .filter(Boolean);
      const cname = await readCname(work);
      const about = { deleted, ...(cname ? { cname } : {}) };
      if (changedFiles.length === 0) {
        logger.info(`pages: nothing changed on ${where}; no commit`);
        return {
          status: 'unchanged',
          changedFiles: 0,
          pushed: false,
          ...(base ? { commit: base } : {}),
          ...about,
        };
      }

      await git.run(['commit', '-q', '--no-verify', '-m', options.message], {
        cwd: work,
        env: commitIdentity(options.author, deps.clock.now()),
      });
      const commit = (await git.run(['rev-parse', 'HEAD'], { cwd: work })).stdout.trim();
      const what = `${changedFiles.length} file(s) changed: ${preview(changedFiles)}`;
      const saved = { status: 'saved', changedFiles: changedFiles.length, commit, ...about } as const;
      if (options.dryRun) {
        logger.info(`pages: dry run — would push commit ${commit.slice(0, 12)} to ${where} (${what})`);
        return { ...saved, pushed: false };
      }

      // --no-verify: a user's global pre-push hook has no business with our temporary clone.
      const push = await git.run(
        ['push', '--porcelain', '--no-verify', 'origin', `HEAD:refs/heads/${options.branch}`],
        { cwd: work, okCodes: [1, 128] },
      );
      if (push.code === 0) {
        logger.info(`pages: pushed ${commit.slice(0, 12)} to ${where} (${what})`);
        return { ...saved, pushed: true };
      }
      if (!isRejectedPush(push)) throw pushFailure(git, push, where);
      if (attempts >= maxAttempts) {
        throw new UserError(
          `pages: the push to ${where} was rejected ${attempts} times because other runs kept pushing first. ` +
            'Nothing was lost (the stored history is untouched); run again, or avoid overlapping scheduled runs.',
        );
      }
      const wait = backoff(attempts, deps.random);
      logger.warning(
        `pages: the push to ${where} was rejected (another run pushed first); fetching it, merging again and retrying ` +
          `in ${wait} ms (attempt ${attempts + 1} of ${maxAttempts})`,
      );
      await deps.sleep(wait);
      return { status: 'rejected', changedFiles: 0, deleted: [], pushed: false };
    },

    async openSpool() {
      const spool = await openFileSpool(
        await mkdtemp(join(options.workRoot ?? tmpdir(), 'aps-usage-spool-')),
      );
      spools.push(spool);
      return spool;
    },

    async close() {
      for (const spool of spools) await spool.remove();
      await clone.close();
    },
  };
}

/** The workflow's own repository on its own server (GHES included): the default remote. */
export function workflowRemote(github: GitHubContext): string {
  if (!github.repository) {
    throw new UserError(
      `publish: pages needs the repository to push to: ${github.repositoryProblem ?? 'none'}; or set publish.pages.remote`,
    );
  }
  return `${github.serverUrl}/${github.repository.owner}/${github.repository.repo}.git`;
}

/**
 * The site's address as GitHub Pages serves a branch of github.com: the custom domain when the branch has a CNAME,
 * else `owner.github.io/repo/`. Undefined on GitHub Enterprise Server, where it depends on the instance.
 */
export function guessPagesUrl(options: {
  owner: string;
  repo: string;
  dir: string;
  serverUrl?: string;
  cname?: string;
}): string | undefined {
  const sub = checkSiteDir(options.dir);
  const tail = sub === '.' ? '' : `${sub.split('/').map(encodeURIComponent).join('/')}/`;
  if (options.cname) return `https://${options.cname}/${tail}`;
  const server = (options.serverUrl || 'https://github.com').replace(/\/+$/, '');
  if (server !== 'https://github.com') return undefined;
  const host = `${options.owner.toLowerCase()}.github.io`;
  const path = options.repo.toLowerCase() === host ? '' : `${encodeURIComponent(options.repo)}/`;
  return `https://${host}/${path}${tail}`;
}

async function readCname(work: string): Promise<string | undefined> {
  try {
    const text = (await readFile(join(work, 'CNAME'), 'utf8')).trim().split(/\s+/)[0] ?? '';
    return /^[A-Za-z0-9.-]+$/.test(text) ? text.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

async function ensureNoJekyll(work: string): Promise<void> {
  const file = join(work, '.nojekyll');
  try {
    await access(file);
  } catch {
    await writeFile(file, '');
  }
}

function commitIdentity(author: { name: string; email: string }, now: Date): Record<string, string> {
  const date = now.toISOString();
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: date,
  };
}

/** A push that lost a race: the branch moved (non-fast-forward) or the remote could not take the ref lock. */
export function isRejectedPush(push: GitResult): boolean {
  const text = `${push.stdout}\n${push.stderr}`;
  return (
    /\[rejected\]/.test(text) ||
    /\[remote rejected\][^\n]*(failed to update ref|cannot lock ref|incorrect old value|reference already exists)/.test(
      text,
    )
  );
}

/**
 * The remote's own words first (its `remote:` lines hold the cause: a hook, a rule, a permission), then git's
 * verdict, then a hint that matches the cause — not the last lines of the output, which are git's summary.
 */
export function pushFailure(git: Pick<GitRunner, 'scrub'>, push: GitResult, where: string): UserError {
  const lines = git
    .scrub(`${push.stderr}\n${push.stdout}`)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const remote = lines
    .filter((l) => /^remote:/.test(l))
    .map((l) => l.replace(/^remote:\s*/, ''))
    .filter(Boolean);
  const verdict = lines.filter(
    (l) => /^(fatal|error):/.test(l) && !/^error: failed to push some refs/.test(l),
  );
  const refused = lines
    .filter((l) => l.startsWith('!'))
    .map((l) => l.replace(/^!\s*/, '').replace(/\t/g, ' '));
  const cause = [...remote, ...verdict, ...refused];
  const detail = (cause.length ? cause : lines.slice(-3)).slice(0, 12).join(' | ') || 'no output from git';
  return new UserError(`pages: the push to ${where} failed: ${detail}${pushHint(cause.join('\n'))}`);
}

function pushHint(cause: string): string {
  if (
    /\b403\b|permission|denied|not allowed|authentication failed|could not read username|write access/i.test(
      cause,
    )
  )
    return '. Check that the token may write to the repository (the workflow needs `permissions: contents: write`).';
  if (/protected branch|GH006|GH013|rule|hook declined/i.test(cause))
    return '. The branch is protected or a rule refuses the push: let this workflow push to it, or set another publish.pages.branch.';
  if (/not found|does not appear to be a git repository|no such/i.test(cause))
    return '. Check publish.pages.remote (or GITHUB_REPOSITORY): the repository was not found.';
  return '';
}

function backoff(attempt: number, random: () => number): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(exp * (0.5 + random() / 2));
}

function preview(paths: readonly string[], max = 5): string {
  return paths.length <= max
    ? paths.join(', ')
    : `${paths.slice(0, max).join(', ')} and ${paths.length - max} more`;
}
