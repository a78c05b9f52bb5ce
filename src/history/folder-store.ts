/**
 * The folder store: the site and its history in a local folder (`--out`, `publish.files.dir`, the action's
 * RUNNER_TEMP copy).
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { errorMessage, UserError } from '../errors.js';
import { readHistoryDir } from './history-files.js';
import type { HistoryStore, SaveResult } from './store.js';

export interface FolderStoreOptions {
  /** Absolute path of the folder. */
  dir: string;
  /** Compare, count, write nothing. */
  dryRun?: boolean;
  /** Only the history is read (a run that does not publish `files`): saving writes nothing. */
  readOnly?: boolean;
}

/** Opens the folder store; the folder need not exist yet, but must not be a file. */
export async function openFolderStore(options: FolderStoreOptions): Promise<HistoryStore> {
  const { dir } = options;
  await checkOutDir(dir);
  return {
    target: 'files',
    where: `folder ${dir}`,
    read: () => readHistoryDir(dir),
    async save(site): Promise<SaveResult> {
      if (options.readOnly) return { status: 'unchanged', changedFiles: 0, deleted: [] };
      const written = await writeSiteFiles(dir, site.files, options.dryRun, site.unchanged);
      return { status: written > 0 ? 'saved' : 'unchanged', changedFiles: written, deleted: [] };
    },
    close: async () => {},
  };
}

/**
 * Writes files whose bytes changed; returns how many were (or, in a dry run, would be) written. Unchanged files keep
 * their mtime. `unchanged` names files known to hold these bytes already (history months read from this folder and
 * not touched).
 *
 * In two steps, so that a failure (a full disk, a file or folder in the way, no permission) leaves the site as it
 * was rather than half old, half new: every changed file is first written next to its target under a temporary
 * name, and only when all of them are there are they renamed over their targets.
 */
async function writeSiteFiles(
  outDir: string,
  files: ReadonlyMap<string, string>,
  dryRun = false,
  unchanged: ReadonlySet<string> = new Set(),
): Promise<number> {
  const changed: [path: string, content: string][] = [];
  for (const [rel, content] of files) {
    if (unchanged.has(rel)) continue;
    const path = join(outDir, rel);
    const old = await readFile(path, 'utf8').catch(() => undefined);
    if (old !== content) changed.push([path, content]);
  }
  if (dryRun || changed.length === 0) return changed.length;
  const staged: [temp: string, path: string][] = [];
  const tag = `.${process.pid}-${Date.now().toString(36)}.tmp`;
  try {
    for (const [path, content] of changed) {
      const temp = path + tag;
      await mkdir(dirname(path), { recursive: true });
      // A folder where a page goes would only fail at the rename, after other pages were replaced.
      const existing = await stat(path).catch(() => undefined);
      if (existing && !existing.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      await writeFile(temp, content);
      staged.push([temp, path]);
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    const path = changed[staged.length]?.[0] ?? outDir;
    throw new UserError(
      `cannot write the site to ${outDir}: ${path}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}; ` +
        'nothing was replaced, the site there is as it was',
    );
  }
  for (const [temp, path] of staged) await rename(temp, path);
  return changed.length;
}

/** `--out` or `publish.files.dir` must be a folder (or not exist yet): checked before anything is fetched. */
async function checkOutDir(outDir: string): Promise<void> {
  const found = await stat(outDir).catch(() => undefined);
  if (found && !found.isDirectory())
    throw new UserError(
      `output folder ${outDir}: is a file; expected a folder (or a path that does not exist yet)`,
    );
}
