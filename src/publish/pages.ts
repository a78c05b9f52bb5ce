/**
 * Publishing the site to a branch (gh-pages): clone the branch into a temporary folder (never the user's checkout),
 * read the stored history from it, let the pipeline merge and render, write the files the tool owns, commit only
 * when something changed, push. A push rejected because someone else pushed first is retried from a fresh fetch
 * with a re-merge, so concurrent runs never lose each other's days.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';
import type { UsageRecord } from '../model/records.js';
import type { GitResult, GitRunner } from './git.js';
import { withClone, type PagesLocation } from './pages-clone.js';
import { checkSiteDir, writeSiteTree, type SiteFiles } from './site-tree.js';

export type { SiteFiles } from './site-tree.js';
export { isOwnedSitePath, ownedPaths } from './site-tree.js';
export { readPagesHistory, type PagesLocation } from './pages-clone.js';

export interface PublishPagesOptions extends PagesLocation {
  /** Do everything (clone, merge, render, commit in the temporary clone) except push. */
  dryRun: boolean;
  message: string;
  author: { name: string; email: string };
  /** Attempts in all, counting the first (default 5). */
  maxAttempts?: number;
  /** Adds an empty `.nojekyll` at the branch root if there is none, so Pages serves the files as they are (default true). */
  noJekyll?: boolean;
}

/**
 * Receives the history stored on the branch and returns the whole site (history files included). Called again
 * after a rejected push with the fresher history, so it must depend only on its argument and the new records.
 */
export type ProduceSite = (stored: UsageRecord[]) => Promise<SiteFiles>;

export interface PublishPagesResult {
  /**
   * The branch head after the run: the pushed commit, or the existing head when nothing changed (undefined: no
   * branch). In a dry run, the commit that would have been pushed (it exists only in the deleted clone).
   */
  commit?: string;
  changed: boolean;
  /** False in a dry run and when nothing changed. */
  pushed: boolean;
  /** Files the site produced. */
  files: number;
  /** Files added, modified or deleted by the commit. */
  changedFiles: number;
  attempts: number;
  /** The custom domain in the branch's `CNAME` file, if any (for the site's URL). */
  cname?: string;
}

export type PagesDeps = Pick<Deps, 'logger' | 'clock' | 'sleep' | 'env' | 'random'>;

const DEFAULT_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;

export async function publishPages(
  options: PublishPagesOptions,
  produce: ProduceSite,
  deps: PagesDeps,
): Promise<PublishPagesResult> {
  const { logger } = deps;
  if (!options.message.trim()) throw new UserError('pages: the commit message is empty');
  if (!options.author.name.trim() || !options.author.email.trim()) {
    throw new UserError('pages: the commit author needs a name and an email');
  }
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new UserError(`pages: maxAttempts must be a whole number ≥ 1, got ${maxAttempts}`);
  }
  return withClone(options, deps, async ({ git, work, siteRoot, where, checkout, readHistory }) => {
    for (let attempt = 1; ; attempt++) {
      const base = await checkout();
      logger.info(
        base
          ? `pages: ${where} is at ${base.slice(0, 12)}`
          : `pages: ${where} does not exist yet; creating it`,
      );

      const stored = await readHistory();
      const site = await produce(stored);
      const { deleted } = await writeSiteTree(siteRoot, site);
      if (deleted.length > 0)
        logger.info(`pages: removing ${deleted.length} file(s) the site no longer has: ${preview(deleted)}`);
      if (options.noJekyll !== false) await ensureNoJekyll(work);

      // --force: a .gitignore on the branch must not silently keep our data files out of the commit.
      await git.run(['add', '-A', '--force'], { cwd: work });
      const changedFiles = (await git.run(['diff', '--cached', '--name-only', '-z'], { cwd: work })).stdout
        .split('\0')
        .filter(Boolean);
      const cname = await readCname(work);
      const summary = { files: site.files.size, attempts: attempt, ...(cname ? { cname } : {}) };
      if (changedFiles.length === 0) {
        logger.info(`pages: nothing changed on ${where}; no commit`);
        return { commit: base ?? undefined, changed: false, pushed: false, changedFiles: 0, ...summary };
      }

      await git.run(['commit', '-q', '--no-verify', '-m', options.message], {
        cwd: work,
        env: commitIdentity(options.author, deps.clock.now()),
      });
      const commit = (await git.run(['rev-parse', 'HEAD'], { cwd: work })).stdout.trim();
      const what = `${changedFiles.length} file(s) changed: ${preview(changedFiles)}`;
      if (options.dryRun) {
        logger.info(`pages: dry run — would push commit ${commit.slice(0, 12)} to ${where} (${what})`);
        return { commit, changed: true, pushed: false, changedFiles: changedFiles.length, ...summary };
      }

      // --no-verify: a user's global pre-push hook has no business with our temporary clone.
      const push = await git.run(
        ['push', '--porcelain', '--no-verify', 'origin', `HEAD:refs/heads/${options.branch}`],
        {
          cwd: work,
          okCodes: [1, 128],
        },
      );
      if (push.code === 0) {
        logger.info(`pages: pushed ${commit.slice(0, 12)} to ${where} (${what})`);
        return { commit, changed: true, pushed: true, changedFiles: changedFiles.length, ...summary };
      }
      if (!isRejectedPush(push)) throw pushFailure(git, push, where);
      if (attempt >= maxAttempts) {
        throw new UserError(
          `pages: the push to ${where} was rejected ${attempt} times because other runs kept pushing first. ` +
            'Nothing was lost (the stored history is untouched); run again, or avoid overlapping scheduled runs.',
        );
      }
      const wait = backoff(attempt, deps.random);
      logger.warning(
        `pages: the push to ${where} was rejected (another run pushed first); fetching it, merging again and retrying ` +
          `in ${wait} ms (attempt ${attempt + 1} of ${maxAttempts})`,
      );
      await deps.sleep(wait);
    }
  });
}

/** The action's remote: the workflow's own repository on its own server (GHES included). */
export function actionPagesRemote(env: Record<string, string | undefined>): string {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new UserError('publish: pages needs GITHUB_REPOSITORY (owner/name), or set publish.pages.remote');
  }
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}.git`;
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

function pushFailure(git: GitRunner, push: GitResult, where: string): UserError {
  const detail = git.scrub(`${push.stdout}\n${push.stderr}`).trim().split(/\r?\n/).slice(-6).join(' | ');
  return new UserError(
    `pages: the push to ${where} failed: ${detail}. Check that the token may write to the repository ` +
      '(the workflow needs `permissions: contents: write`) and that the branch is not protected.',
  );
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
