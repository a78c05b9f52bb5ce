/**
 * Writing a produced site into a folder that may also hold files the tool does not own (a user's CNAME, README,
 * custom pages): produced files are written, owned files that were not produced are deleted, everything else stays.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { UserError } from '../errors.js';
import { listFiles } from './list-files.js';
import { ChunkedFile, joinChunks, madeOf, sameBody, SpooledFile, type MadeContent } from '../site-files.js';
import { writeBody } from './write-body.js';

/** The clone's own repository, never part of the site. */
const GIT = new Set(['.git']);

export interface SiteFiles {
  /** Path relative to the site folder (POSIX separators) → content. */
  files: ReadonlyMap<string, string | Uint8Array>;
  /**
   * Whether the tool owns a path (relative to the site folder). An owned file that is not in `files` is deleted
   * (an app that no longer exists, a month dropped by retention); a file it does not own is never touched.
   */
  owned(path: string): boolean;
}

/**
 * The files of the site layout in the design (README "Output folder"): overview, one page per app and per month,
 * the history and report data, the month snapshots and the record of the files made from others (`data/cache/`), the summary and the assets folder. Anything else on the branch — CNAME, README,
 * a user's own pages, even `apps/notes.txt` — is the user's.
 */
const SITE_LAYOUT =
  /^(index\.html|digest\.html|summary\.md|apps\/[^/]+\.html|months\/(index|\d{4}-\d{2})\.html|data\/(excel-|public-)?usage-\d{4}-\d{2}\.csv|data\/cache\/(usage-\d{4}-\d{2}\.snapshot|files\.json)|data\/report\.json|assets\/.+)$/;

export function isOwnedSitePath(path: string): boolean {
  return SITE_LAYOUT.test(path);
}

/** An ownership predicate from exact file names and folder prefixes (ending in `/`). */
export function ownedPaths(patterns: readonly string[]): (path: string) => boolean {
  const exact = new Set(patterns.filter((p) => !p.endsWith('/')));
  const prefixes = patterns.filter((p) => p.endsWith('/'));
  return (path) => exact.has(path) || prefixes.some((p) => path.startsWith(p));
}

/**
 * Checks a produced path: relative, normalised, inside the site, not in `.git`. Paths come from app ids and
 * templates, so a bad one must fail here rather than write outside the clone.
 */
export function checkSitePath(path: string): string {
  const normal = posix.normalize(path);
  const bad =
    path === '' ||
    path.includes('\\') ||
    path.includes('\0') ||
    posix.isAbsolute(path) ||
    normal !== path ||
    normal === '.' ||
    normal.split('/').some((seg) => seg === '..' || seg === '.git' || seg === '');
  if (bad) {
    throw new UserError(
      `cannot publish a file at ${JSON.stringify(path)}: expected a relative path inside the site (like apps/x.html)`,
    );
  }
  return normal;
}

/** Checks the configured `publish.pages.dir`: `.` or a relative folder inside the branch. */
export function checkSiteDir(dir: string): string {
  const trimmed = dir.replace(/\/+$/, '') || '.';
  if (trimmed === '.') return '.';
  try {
    return checkSitePath(trimmed.replace(/^\.\//, ''));
  } catch {
    throw new UserError(
      `publish.pages.dir: expected "." or a folder inside the branch (like "usage"), got ${JSON.stringify(dir)}`,
    );
  }
}

export interface WriteSiteResult {
  written: number;
  deleted: string[];
}

/** Writes `site` into `root` (the site folder inside the clone). */
export async function writeSiteTree(root: string, site: SiteFiles): Promise<WriteSiteResult> {
  const produced = new Set<string>();
  for (const path of site.files.keys()) produced.add(checkSitePath(path));

  const deleted: string[] = [];
  for (const path of await listFiles(root, GIT)) {
    if (!produced.has(path) && site.owned(path)) {
      await rm(join(root, path), { force: true });
      deleted.push(path);
    }
  }
  let written = 0;
  for (const path of site.files.keys()) {
    const made = madeOf(site.files, path)!;
    // A file written ahead is linked from the spool; a chunked one is made once, for the comparison and the write.
    const content = made instanceof ChunkedFile ? joinChunks(made.chunks()) : made;
    const file = join(root, path);
    // Unchanged bytes are not rewritten, so mtimes and git's stat cache stay quiet.
    if (await sameContent(file, content)) continue;
    try {
      await mkdir(dirname(file), { recursive: true });
      // A link cannot replace a file: the old one goes first.
      if (content instanceof SpooledFile) await rm(file, { force: true });
      await writeBody(file, content);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UserError(
        `cannot write ${path} into the site (${code}): something on the branch is in the way — a file where a ` +
          'folder is needed, or a symbolic link. Move it, or publish into another folder (publish.pages.dir).',
      );
    }
    written++;
  }
  return { written, deleted };
}

async function sameContent(file: string, content: MadeContent): Promise<boolean> {
  try {
    return sameBody(await readFile(file), content);
  } catch {
    return false;
  }
}
