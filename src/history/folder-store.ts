/**
 * The folder store: the site and its history in a local folder (`--out`, `publish.files.dir`, the action's
 * RUNNER_TEMP copy). What it guarantees, so that a folder never loses data:
 *
 * - one run at a time: an exclusive lock file naming the process and host; a second run waits (bounded) and then
 *   reads the history the first one saved; a lock left by a process that no longer runs is taken over;
 * - it writes only into an empty folder or one holding a site it wrote (a manifest of the files it owns; a folder
 *   written before manifests existed is recognised by its `data/report.json`); anything else is refused, naming a
 *   foreign file, unless `force`;
 * - demo data and real usage never share a folder;
 * - a write replaces the whole site at once where it can: the new site is built in a sibling folder
 *   (`.<name>.~aps-<id>.new`: changed files written, the others hard-linked, or copied where links are refused), then
 *   the folders are swapped by two renames (`<name>` → `.<name>.~aps-<id>.old`, the new one → `<name>`) and the old one
 *   removed. At every instant one whole site exists: the previous one in place, or (between the renames, for
 *   microseconds) beside it, or the new one in place. The next run — or a run that finds the folder missing — puts
 *   the new one in place and removes the rest;
 * - where a folder cannot be swapped (it is or holds the current folder, it is a mount point or a symbolic link, its
 *   parent is not writable, it holds files this tool does not own, or the rename is refused), the write is staged
 *   (every changed file written under a temporary name), journalled, then renamed into place: a run killed while
 *   staging leaves the previous site whole, and the next run removes what it left; one killed during the renames
 *   (milliseconds) leaves the journal, and the next run completes that write before anything else;
 * - owned files the site no longer has (months dropped by `history.keepDays`, removed apps) are deleted;
 * - the pages a large site writes ahead as they render (`openSpool`) go beside the folder (`.<name>.~spool-<id>`),
 *   never into it: the save links them into the new site; the store removes the spool when it closes, and the
 *   next run removes one a stopped run left.
 */
import { randomUUID } from 'node:crypto';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  writeFile,
} from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { Deps } from '../deps.js';
import { errorMessage, UserError } from '../errors.js';
import { startProgress } from '../progress.js';
import { openFileSpool, type OpenedSpool } from './file-spool.js';
import { readHistoryDir } from './history-files.js';
import { listFiles } from './list-files.js';
import { isOwnedSitePath } from './site-tree.js';
import { isHeld, madeOf, sameBody } from '../site-files.js';
import { heldBytes, linkOrCopy, writeBody } from './write-body.js';
import { writeQueue, WriteFailure, type WriteQueue } from './write-queue.js';
import type { HistoryStore, SaveResult } from './store.js';

export const LOCK_FILE = '.aps-usage-report.lock';
export const MANIFEST_FILE = '.aps-usage-report.json';
export const JOURNAL_FILE = '.aps-usage-report.journal';
const CONTROL_FILES = new Set([LOCK_FILE, MANIFEST_FILE, JOURNAL_FILE]);
/** Staged files: `<target>.~aps-<run>.tmp`, next to their target. */
const TEMP = /\.~aps-[A-Za-z0-9-]+\.tmp$/;

export type SiteData = 'demo' | 'real';

export interface FolderStoreOptions {
  /** Absolute path of the folder. */
  dir: string;
  /** What this run brings: the demo's made-up data or real usage. The two never share a folder. */
  data: SiteData;
  /** Compare and count; write nothing. */
  dryRun?: boolean;
  /** Only the history is read (a run that does not publish `files`): no lock, saving writes nothing. */
  readOnly?: boolean;
  /** Write into a folder that holds files this tool did not write (`--force`). */
  force?: boolean;
  /** How long to wait for another run's lock before giving up (default 10 minutes). */
  lockWaitMs?: number;
}

/**
 * The stages of a write, in order; `deps.writeStage` is told of each (a test stops a run there, as a kill would).
 * A swap: staged → swapping (the site moved aside) → swapped (the new one in place) → saved. In place, with the
 * journal: staged → journalled → renaming (after each file) → renamed → saved.
 */
export type WriteStage = 'staged' | 'swapping' | 'swapped' | 'journalled' | 'renaming' | 'renamed' | 'saved';

export type FolderDeps = Pick<Deps, 'logger' | 'sleep' | 'clock' | 'writeStage'>;

interface Manifest {
  tool: 'aps-usage-report';
  data: SiteData;
  /** Every file the tool wrote and owns, relative to the folder. */
  files: string[];
}

interface Journal {
  renames: [temp: string, target: string][];
  deletes: string[];
  manifest: Manifest;
}

const LOCK_STEP_MS = 1000;
const DEFAULT_LOCK_WAIT_MS = 10 * 60 * 1000;

/**
 * Opens the folder store: checks the folder (before anything is fetched), takes the lock, finishes or clears what a
 * killed run left. The folder need not exist yet.
 */
export async function openFolderStore(options: FolderStoreOptions, deps: FolderDeps): Promise<HistoryStore> {
  const { dir } = options;
  const where = `folder ${dir}`;
  await checkOutDir(dir);
  // A run stopped between the two renames of a swap left no folder: its site goes back before anything reads it.
  await restoreSwapped(dir, deps);
  if (options.readOnly) {
    return {
      target: 'files',
      where,
      read: () => readHistoryDir(dir),
      save: async () => ({ status: 'unchanged', changedFiles: 0, deleted: [] }),
      close: async () => {},
    };
  }
  // Checked before the lock is taken, so a refused folder is left byte-identical; again under the lock below.
  await checkOwnership(options);
  if (options.dryRun) {
    const owned = await ownedFiles(options);
    return {
      target: 'files',
      where,
      read: () => readHistoryDir(dir),
      save: async (site) => {
        const plan = await planWrite(options, owned, site.files, site.unchanged);
        return {
          status: plan.changed.length ? 'saved' : 'unchanged',
          changedFiles: plan.changed.length,
          deleted: plan.deletes,
        };
      },
      close: async () => {},
    };
  }

  const created = !(await exists(dir));
  await mkdir(dir, { recursive: true });
  const lock = await acquireLock(dir, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, deps);
  try {
    await recover(dir, deps);
    await checkOwnership(options);
  } catch (error) {
    await lock.release();
    throw error;
  }
  let owned = await ownedFiles(options);
  let closed = false;
  const spools: OpenedSpool[] = [];
  return {
    target: 'files',
    where,
    read: () => readHistoryDir(dir),
    async openSpool() {
      const spool = await openSpoolFor(dir);
      spools.push(spool);
      return spool;
    },
    async save(site): Promise<SaveResult> {
      const plan = await planWrite(options, owned, site.files, site.unchanged);
      if (plan.changed.length === 0 && plan.deletes.length === 0 && plan.manifestCurrent)
        return { status: 'unchanged', changedFiles: 0, deleted: [] };
      const problem = await swapProblem(dir, owned, site.files);
      const swapped = !problem && (await commitSwap(dir, plan, site.files, deps));
      if (!swapped) {
        deps.logger.debug(
          `${where}: writing the site in place, file by file (${problem ?? 'the folder cannot be swapped'})`,
        );
        await commitWrite(dir, plan, site.files, deps);
      }
      owned = new Set(plan.manifest.files);
      if (plan.deletes.length > 0)
        deps.logger.info(`${where}: removed ${plan.deletes.length} file(s) the site no longer has`);
      return { status: 'saved', changedFiles: plan.changed.length, deleted: plan.deletes };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const spool of spools) await spool.remove();
      await lock.release();
      // A folder this run created and left empty (it failed before writing) goes again.
      if (created) await rmdir(dir).catch(() => undefined);
    },
  };
}

interface WritePlan {
  /** Files to write: their content is read from the site again when written (a month file is produced then). */
  changed: string[];
  deletes: string[];
  manifest: Manifest;
  /** The manifest on disk already says this. */
  manifestCurrent: boolean;
}

async function planWrite(
  options: FolderStoreOptions,
  owned: ReadonlySet<string>,
  files: ReadonlyMap<string, string>,
  unchanged: ReadonlySet<string> = new Set(),
): Promise<WritePlan> {
  const { dir } = options;
  const changed: string[] = [];
  // Only files that exist are read (a first build of 10,000 pages would try to read each).
  const present = new Set(await listFiles(dir));
  for (const rel of files.keys()) {
    if (unchanged.has(rel) && owned.has(rel)) continue;
    const path = join(dir, rel);
    const old = present.has(rel) ? await readFile(path).catch(() => undefined) : undefined;
    if (old !== undefined && !owned.has(rel) && !options.force) throw foreignFile(dir, rel);
    // A new file is not produced here, only when it is written: the site is never all in memory as text.
    if (old === undefined || !sameBody(old, madeOf(files, rel)!)) changed.push(rel);
  }
  const deletes: string[] = [];
  for (const rel of owned) if (!files.has(rel) && (await exists(join(dir, rel)))) deletes.push(rel);
  const manifest: Manifest = {
    tool: 'aps-usage-report',
    data: options.data,
    files: [...files.keys()].sort(),
  };
  const current = await readManifest(dir);
  const manifestCurrent =
    current !== undefined &&
    current.data === manifest.data &&
    current.files.join('\n') === manifest.files.join('\n');
  return { changed, deletes: deletes.sort(), manifest, manifestCurrent };
}

/** Why the folder cannot be replaced by a swap (see the module comment), or undefined when it can. */
async function swapProblem(
  dir: string,
  owned: ReadonlySet<string>,
  files: ReadonlyMap<string, string>,
): Promise<string | undefined> {
  const fromCwd = relative(dir, process.cwd());
  if (fromCwd === '' || (!fromCwd.startsWith('..') && !isAbsolute(fromCwd)))
    return 'it is or holds the current folder';
  const parent = dirname(dir);
  if (parent === dir) return 'it is the root of the file system';
  const [self, up] = await Promise.all([lstat(dir), stat(parent)]);
  if (self.isSymbolicLink()) return 'it is a symbolic link';
  if (self.dev !== up.dev) return 'it is a mount point';
  const foreign = (await listFiles(dir)).find(
    (f) => !owned.has(f) && !files.has(f) && !CONTROL_FILES.has(f) && !TEMP.test(f),
  );
  return foreign === undefined ? undefined : `it holds ${foreign}, which this tool does not own`;
}

/** The sibling folders of one swap: the new site while it is built, and the previous one while it is moved aside. */
function swapPaths(dir: string, id: string): { next: string; old: string } {
  const stem = join(dirname(dir), `.${basename(dir)}.~aps-${id}`);
  return { next: `${stem}.new`, old: `${stem}.old` };
}

const SWAP_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(new|old)$/;
const SPOOL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A spool beside the folder (`.<name>.~spool-<id>`), on its file system so that the save links from it; in the
 * temp folder where the parent is not writable.
 */
async function openSpoolFor(dir: string): Promise<OpenedSpool> {
  const beside = join(dirname(dir), `.${basename(dir)}.~spool-${randomUUID()}`);
  try {
    await mkdir(beside);
  } catch {
    return openFileSpool(await mkdtemp(join(tmpdir(), 'aps-usage-spool-')));
  }
  return openFileSpool(beside);
}

/** Removes the spools of stopped runs beside the folder (the lock held: no other run is using one). */
async function removeSpoolLeftovers(dir: string, deps: FolderDeps): Promise<void> {
  const prefix = `.${basename(dir)}.~spool-`;
  const names = await readdir(dirname(dir)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !SPOOL_ID.test(name.slice(prefix.length))) continue;
    deps.logger.warning(`folder ${dir}: removing the pages a stopped run wrote ahead beside it (${name})`);
    await rm(join(dirname(dir), name), { recursive: true, force: true });
  }
}

/** What swaps of this folder left beside it, by swap. */
async function swapLeftovers(dir: string): Promise<{ id: string; next: boolean; old: boolean }[]> {
  const prefix = `.${basename(dir)}.~aps-`;
  const names = await readdir(dirname(dir)).catch(() => [] as string[]);
  const found = new Map<string, { id: string; next: boolean; old: boolean }>();
  for (const name of names) {
    const match = name.startsWith(prefix) ? SWAP_ID.exec(name.slice(prefix.length)) : null;
    if (!match) continue;
    const left = found.get(match[1]!) ?? { id: match[1]!, next: false, old: false };
    left[match[2] === 'new' ? 'next' : 'old'] = true;
    found.set(left.id, left);
  }
  return [...found.values()];
}

/**
 * Build the new site beside the folder, then swap the two. False when the folder could not be swapped and is
 * untouched (the caller writes in place instead).
 */
async function commitSwap(
  dir: string,
  plan: WritePlan,
  files: ReadonlyMap<string, string>,
  deps: FolderDeps,
): Promise<boolean> {
  const { next, old } = swapPaths(dir, randomUUID());
  try {
    await mkdir(next);
  } catch {
    // The parent is not writable (or not ours to write in).
    return false;
  }
  const changed = new Set(plan.changed);
  const progress = saveProgress(plan.changed.length, deps);
  let current = '.';
  // Files made as they are written (the month files, report.json) and files already held (pages, links to the
  // previous site's files) go in two lanes at once: the held ones keep the thread pool writing while the others
  // are made. A made file is written as soon as it is made (waiting would not free its memory, only delay the next
  // one); a few at most are in flight, whatever their size, so that a 361 MB month is written while the next
  // file is made.
  const making = writeQueue({ files: 4, bytes: Infinity });
  const holding = writeQueue({ bytes: Infinity });
  try {
    // The site's folder keeps its permissions (a web server's, say) once the new one stands in for it.
    await chmod(next, (await stat(dir)).mode & 0o7777);
    const folders = new Set<string>();
    for (const rel of files.keys()) if (dirname(rel) !== '.') folders.add(dirname(rel));
    for (const folder of folders) {
      current = folder;
      await mkdir(join(next, folder), { recursive: true });
    }
    current = '.';
    const lanes = { making: [] as string[], holding: [] as string[] };
    for (const rel of files.keys())
      lanes[changed.has(rel) && !isHeld(files, rel) ? 'making' : 'holding'].push(rel);
    const write = async (queue: WriteQueue, paths: readonly string[]): Promise<void> => {
      for (const rel of paths)
        await writeOne(queue, rel).catch((error: unknown) => {
          throw error instanceof WriteFailure ? error : new WriteFailure(rel, error);
        });
      await queue.drain();
    };
    const writeOne = async (queue: WriteQueue, rel: string): Promise<void> => {
      if (changed.has(rel)) {
        const body = madeOf(files, rel)!;
        await queue.add(rel, heldBytes(body), async () => {
          // A folder where a page goes is someone's: refused, as the in-place write does.
          const existing = await stat(join(dir, rel)).catch(() => undefined);
          if (existing && !existing.isFile())
            throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
          await writeBody(join(next, rel), body);
          progress.advance();
        });
      } else {
        await queue.add(rel, 0, async () => {
          if (!(await linkOrCopy(join(dir, rel), join(next, rel))))
            await writeBody(join(next, rel), madeOf(files, rel)!);
        });
      }
    };
    const results = await Promise.allSettled([write(making, lanes.making), write(holding, lanes.holding)]);
    for (const result of results) if (result.status === 'rejected') throw result.reason;
    current = LOCK_FILE;
    // The lock goes along (the same file where links work), so the folder stays locked once swapped.
    await linkOrCopy(join(dir, LOCK_FILE), join(next, LOCK_FILE));
    current = MANIFEST_FILE;
    await writeFile(join(next, MANIFEST_FILE), manifestText(plan.manifest));
  } catch (caught) {
    progress.finish();
    // The writes still going finish before the folder they write into is removed.
    await Promise.allSettled([making.drain(), holding.drain()]);
    await rm(next, { recursive: true, force: true });
    throw notWritten(dir, caught, current);
  }
  progress.finish();
  deps.writeStage?.('staged');
  try {
    await rename(dir, old);
  } catch {
    // Refused (a folder in use on Windows, say): nothing moved; write in place instead.
    await rm(next, { recursive: true, force: true });
    return false;
  }
  deps.writeStage?.('swapping');
  try {
    await rename(next, dir);
  } catch (error) {
    // A run that found the folder missing in between put this very site in place (see restoreSwapped).
    const placed = await readManifest(dir).catch(() => undefined);
    if (placed?.files.join('\n') !== plan.manifest.files.join('\n')) {
      throw new UserError(
        `cannot put the new site in place at ${dir} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}): ` +
          `it is in ${next}, the previous one in ${old}; the next run puts the new one in place`,
      );
    }
  }
  deps.writeStage?.('swapped');
  await rm(old, { recursive: true, force: true });
  deps.writeStage?.('saved');
  return true;
}

/**
 * The folder is missing but a swap of it left its sites beside it: the new site goes in place (it is whole once the
 * previous one was moved aside), else the previous one. Runs before the lock (there is no folder to lock); two runs
 * doing it at once are safe, as only one rename can win.
 */
async function restoreSwapped(dir: string, deps: FolderDeps): Promise<void> {
  if (await exists(dir)) return;
  for (const left of await swapLeftovers(dir)) {
    if (!left.old) continue;
    const { next, old } = swapPaths(dir, left.id);
    const from = left.next ? next : old;
    try {
      await rename(from, dir);
      deps.logger.warning(
        `folder ${dir}: a previous run was stopped while replacing the site; put ${left.next ? 'its new' : 'the previous'} site back in place`,
      );
    } catch (error) {
      if (!(await exists(dir))) throw error;
    }
    return;
  }
}

/** Removes what stopped swaps left beside the folder (the lock held: no swap of it is going on). */
async function removeSwapLeftovers(dir: string, deps: FolderDeps): Promise<void> {
  for (const left of await swapLeftovers(dir)) {
    const { next, old } = swapPaths(dir, left.id);
    // Another run created the folder between the two renames, and holds the lock in it: move the new site in.
    if (left.next && left.old && (await listFiles(dir)).every((f) => CONTROL_FILES.has(f))) {
      for (const name of await readdir(next))
        if (name !== LOCK_FILE) await rename(join(next, name), join(dir, name));
    }
    deps.logger.warning(
      `folder ${dir}: removing what a stopped run left beside it (${basename(left.next ? next : old)})`,
    );
    await rm(next, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
}

/** Stage → journal → rename → delete → manifest. See the module comment for what a kill at each stage leaves. */
async function commitWrite(
  dir: string,
  plan: WritePlan,
  files: ReadonlyMap<string, string>,
  deps: FolderDeps,
): Promise<void> {
  const tag = `.~aps-${randomUUID()}.tmp`;
  const renames = plan.changed.map((rel): [string, string] => [rel + tag, rel]);
  const progress = saveProgress(plan.changed.length, deps);
  const queue = writeQueue();
  let current = '.';
  try {
    const made = new Set<string>();
    for (const rel of plan.changed) {
      current = rel;
      const path = join(dir, rel);
      if (!made.has(dirname(path))) {
        await mkdir(dirname(path), { recursive: true });
        made.add(dirname(path));
      }
      const body = madeOf(files, rel)!;
      await queue.add(rel, heldBytes(body), async () => {
        // A folder where a page goes would only fail at the rename, after other pages were replaced.
        const existing = await stat(path).catch(() => undefined);
        if (existing && !existing.isFile())
          throw Object.assign(new Error('not a file'), { code: 'EISDIR', path });
        await writeBody(path + tag, body);
        progress.advance();
      });
    }
    current = '.';
    await queue.drain();
  } catch (caught) {
    progress.finish();
    await queue.drain().catch(() => undefined);
    await Promise.all(renames.map(([temp]) => rm(join(dir, temp), { force: true })));
    throw notWritten(dir, caught, current);
  }
  progress.finish();
  deps.writeStage?.('staged');
  const journal: Journal = { renames, deletes: plan.deletes, manifest: plan.manifest };
  await writeAtomically(join(dir, JOURNAL_FILE), JSON.stringify(journal));
  deps.writeStage?.('journalled');
  await applyJournal(dir, journal, deps);
}

async function applyJournal(
  dir: string,
  journal: Journal,
  deps: Pick<FolderDeps, 'writeStage'>,
): Promise<void> {
  for (const [temp, target] of journal.renames) {
    // Absent: renamed already by the run that wrote the journal.
    await rename(join(dir, temp), join(dir, target)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    deps.writeStage?.('renaming');
  }
  deps.writeStage?.('renamed');
  for (const rel of journal.deletes) await rm(join(dir, rel), { force: true });
  await writeAtomically(join(dir, MANIFEST_FILE), manifestText(journal.manifest));
  await rm(join(dir, JOURNAL_FILE), { force: true });
  deps.writeStage?.('saved');
}

/** A write that failed before anything was replaced: the file it failed on (`current` unless a write says). */
function notWritten(dir: string, caught: unknown, current: string): UserError {
  const failed = caught instanceof WriteFailure ? caught : new WriteFailure(current, caught);
  const error = failed.error as NodeJS.ErrnoException;
  return new UserError(
    `cannot write the site to ${dir}: ${join(dir, failed.path)}: ${error.code ?? errorMessage(error)}; ` +
      'nothing was replaced, the site there is as it was',
  );
}

function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

/**
 * What a killed run left: its swap folders are removed (or moved in), its journal is completed, its staged files are
 * removed. Runs under the lock.
 */
async function recover(dir: string, deps: FolderDeps): Promise<void> {
  await removeSwapLeftovers(dir, deps);
  await removeSpoolLeftovers(dir, deps);
  const text = await readFile(join(dir, JOURNAL_FILE), 'utf8').catch(() => undefined);
  if (text !== undefined) {
    let journal: Journal | undefined;
    try {
      journal = JSON.parse(text) as Journal;
    } catch {
      journal = undefined;
    }
    if (journal && Array.isArray(journal.renames)) {
      deps.logger.warning(
        `folder ${dir}: a previous run was stopped while replacing the site; completing its write first`,
      );
      await applyJournal(dir, journal, {});
    } else {
      await rm(join(dir, JOURNAL_FILE), { force: true });
    }
  }
  const litter = (await listFiles(dir)).filter((f) => TEMP.test(f));
  if (litter.length > 0) {
    deps.logger.warning(`folder ${dir}: removing ${litter.length} temporary file(s) a stopped run left`);
    await Promise.all(litter.map((f) => rm(join(dir, f), { force: true })));
  }
}

/** The files the tool owns in the folder: the manifest's, or, in a site written before manifests, the site layout's. */
async function ownedFiles(options: FolderStoreOptions): Promise<Set<string>> {
  const manifest = await readManifest(options.dir);
  if (manifest) return new Set(manifest.files);
  return new Set((await listFiles(options.dir)).filter((f) => !CONTROL_FILES.has(f) && isOwnedSitePath(f)));
}

/** Refuses a folder that holds someone else's files, or the other kind of data. */
async function checkOwnership(options: FolderStoreOptions): Promise<void> {
  const { dir } = options;
  const manifest = await readManifest(dir);
  if (manifest) {
    if (manifest.data !== options.data) throw mixedData(dir, manifest.data, options.data);
    return;
  }
  const files = (await listFiles(dir)).filter((f) => !CONTROL_FILES.has(f) && !TEMP.test(f));
  if (files.length === 0 || options.force) return;
  // A site written before manifests existed: it has the report data, and nothing outside the site layout.
  const legacy = files.includes('data/report.json') && files.every((f) => isOwnedSitePath(f));
  // Name a file the site would overwrite, if there is one: that is what is at stake.
  if (!legacy) throw foreignFile(dir, files.find((f) => isOwnedSitePath(f)) ?? files[0]!);
}

function foreignFile(dir: string, rel: string): UserError {
  return new UserError(
    `output folder ${dir}: ${rel} was not written by aps-usage-report; nothing was written. Use an empty folder ` +
      'or one this tool wrote, or pass --force to write the site over such files.',
  );
}

function mixedData(dir: string, held: SiteData, _brought: SiteData): UserError {
  return new UserError(
    held === 'demo'
      ? `output folder ${dir} holds the demo's made-up data; real usage is never mixed into it. Use another --out ` +
          '(or delete the folder), then run again; nothing was written.'
      : `output folder ${dir} holds real usage history; the demo never writes its made-up data into it. Use ` +
          'another --out for the demo (for example --out demo-site); nothing was written.',
  );
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  const text = await readFile(join(dir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Manifest>;
    if (
      parsed.tool === 'aps-usage-report' &&
      (parsed.data === 'demo' || parsed.data === 'real') &&
      Array.isArray(parsed.files) &&
      parsed.files.every((f) => typeof f === 'string')
    )
      return parsed as Manifest;
  } catch {
    // reported below
  }
  throw new UserError(
    `output folder ${dir}: ${MANIFEST_FILE} is not a manifest this tool wrote; nothing was written. Delete it ` +
      'if the folder holds a site of this tool, or use another folder.',
  );
}

interface Lock {
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  since: string;
}

async function acquireLock(dir: string, waitMs: number, deps: FolderDeps): Promise<Lock> {
  const file = join(dir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    since: deps.clock.now().toISOString(),
  };
  let waited = 0;
  let missing = 0;
  for (;;) {
    try {
      await writeFile(file, JSON.stringify(me), { flag: 'wx' });
      return {
        async release() {
          // Ours only; and the copies a swap stopped by an error left beside the folder.
          const copies = (await swapLeftovers(dir)).flatMap((left) => {
            const { next, old } = swapPaths(dir, left.id);
            return [join(next, LOCK_FILE), join(old, LOCK_FILE)];
          });
          for (const lock of [file, ...copies])
            if ((await readLock(lock))?.token === me.token) await rm(lock, { force: true });
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && missing++ < 3) {
        // The folder went while we waited: a swap between its renames, or one stopped there.
        await restoreSwapped(dir, deps);
        await mkdir(dir, { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') {
        throw new UserError(
          `output folder ${dir}: cannot create the lock file ${LOCK_FILE} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`,
        );
      }
    }
    const holder = await readLock(file);
    if (holder && holder.host === me.host && !isRunning(holder.pid)) {
      deps.logger.warning(
        `output folder ${dir}: taking over the lock of process ${holder.pid}, which is no longer running (locked since ${holder.since})`,
      );
      // Only the lock we saw: another run may have taken it over meanwhile.
      if ((await readLock(file))?.token === holder.token) await rm(file, { force: true });
      continue;
    }
    const who = holder ? `process ${holder.pid} on ${holder.host} (since ${holder.since})` : 'another run';
    if (waited >= waitMs) {
      throw new UserError(
        `output folder ${dir} is locked by ${who}; gave up after ${Math.round(waited / 1000)} s, nothing was written. ` +
          `If no other run is going on, delete ${join(dir, LOCK_FILE)}.`,
      );
    }
    if (waited === 0) deps.logger.info(`output folder ${dir} is locked by ${who}; waiting for it to finish`);
    await deps.sleep(LOCK_STEP_MS);
    waited += LOCK_STEP_MS;
  }
}

async function readLock(file: string): Promise<LockOwner | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.token === 'string'
      ? { pid: parsed.pid, host: String(parsed.host), token: parsed.token, since: String(parsed.since) }
      : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = `${file}.~aps-${randomUUID()}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/** `--out` or `publish.files.dir` must be a folder (or not exist yet): checked before anything is fetched. */
async function checkOutDir(outDir: string): Promise<void> {
  const found = await stat(outDir).catch(() => undefined);
  if (found && !found.isDirectory())
    throw new UserError(
      `output folder ${outDir}: is a file; expected a folder (or a path that does not exist yet)`,
    );
}

/** Tens of thousands of pages on a large hub: the log says how far the write is. */
function saveProgress(total: number, deps: FolderDeps) {
  return startProgress({
    label: 'save',
    total,
    unit: 'files written',
    log: (line) => deps.logger.info(line),
    now: () => deps.clock.now().getTime(),
  });
}
