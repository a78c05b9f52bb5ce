/**
 * The folder store on a real folder: one run at a time, only a folder it owns, never demo and real data together,
 * and a write that a kill at any stage cannot turn into a lost day or a litter of temporary files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { chmod, lstat, mkdir, readdir, readFile, rename, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { configSchema, type ConfigInput } from '../../src/config/schema.js';
import { type Deps } from '../../src/deps.js';
import { createMemoryLogger } from '../support/memory.js';
import {
  LOCK_FILE,
  MANIFEST_FILE,
  openFolderStore,
  type WriteStage,
} from '../../src/history/folder-store.js';
import { readGitHubContext } from '../../src/github-context.js';
import { EXPORT_COLUMNS } from '../../src/model/export-format.js';
import { runReport, type RunResult } from '../../src/pipeline.js';
import { tempDirs } from '../support/temp-git.js';
import { testDeps } from '../support/memory.js';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const HEADER = EXPORT_COLUMNS.join(',');
const row = (date: string, app = 'app-1', quantity = 3) =>
  `${date},${app},App ${app},Model Derivative,md-simple,Model Derivative - simple job,job,${quantity},1.5,false`;

/** Every file below `dir` with its bytes: what "byte-identical" compares. */
async function snapshot(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true }).catch(() => [])) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, await snapshot(dir, rel));
    else out[rel] = (await readFile(join(dir, rel))).toString('base64');
  }
  return out;
}

/** A `source: file` run over `days` (one row each) into `out`, as the CLI would do it. */
async function fileRun(
  out: string,
  days: string[],
  extra: { config?: Partial<ConfigInput>; deps?: Partial<Deps>; to?: string; force?: boolean } = {},
): Promise<RunResult> {
  const work = await dirs.make('aps-file-run-');
  await writeFile(join(work, 'usage.csv'), `${HEADER}\n${days.map((d) => row(d)).join('\n')}\n`);
  const to = extra.to ?? days.at(-1)!;
  return runReport(
    {
      config: configSchema.parse({
        source: 'file',
        file: 'usage.csv',
        period: { from: '2026-01-01', to },
        ...extra.config,
      }),
      configDir: work,
      outDir: out,
      today: to,
      publish: new Set(['files']),
      github: readGitHubContext({}),
      ...(extra.force ? { force: true } : {}),
    },
    testDeps(extra.deps),
  );
}

async function storedDays(out: string): Promise<string[]> {
  const days: string[] = [];
  for (const name of (await readdir(join(out, 'data')))
    .filter((n) => /^usage-\d{4}-\d{2}\.csv$/.test(n))
    .sort()) {
    for (const line of (await readFile(join(out, 'data', name), 'utf8')).split('\n').slice(1))
      if (line) days.push(line.slice(0, 10));
  }
  return days;
}

const litter = (files: Record<string, string>) =>
  Object.keys(files).filter((f) => /\.~aps-|\.aps-usage-report\.(lock|journal)$/.test(f));

describe('folder store: whose folder', () => {
  it('refuses a folder holding a foreign index.html, leaving it byte-identical (exit 1); --force writes', async () => {
    const out = await dirs.make('aps-foreign-');
    await writeFile(join(out, 'index.html'), '<p>my own page</p>\n');
    await mkdir(join(out, 'notes'));
    await writeFile(join(out, 'notes', 'a.txt'), 'mine\n');
    const before = await snapshot(out);
    const logger = createMemoryLogger();
    expect(await main(['demo', '--out', out], {}, logger)).toBe(1);
    expect(logger.lines.join('\n')).toContain(
      `output folder ${out}: index.html was not written by aps-usage-report; nothing was written`,
    );
    expect(await snapshot(out)).toEqual(before);

    expect(await main(['demo', '--out', out, '--force'], {}, createMemoryLogger())).toBe(0);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    // The user's other file is not the site's: left alone.
    expect(await readFile(join(out, 'notes', 'a.txt'), 'utf8')).toBe('mine\n');
  });

  it('run → demo → run into one folder: the demo is refused (exit 1, folder byte-identical), the history is real', async () => {
    const out = join(await dirs.make('aps-mix-'), 'site');
    await fileRun(out, ['2026-01-01', '2026-01-02']);
    const before = await snapshot(out);
    const logger = createMemoryLogger();
    expect(await main(['demo', '--out', out], {}, logger)).toBe(1);
    expect(logger.lines.join('\n')).toContain(
      `output folder ${out} holds real usage history; the demo never writes`,
    );
    expect(await snapshot(out)).toEqual(before);
    await fileRun(out, ['2026-01-02', '2026-01-03']);
    expect(await storedDays(out)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    const manifest = JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8')) as { data: string };
    expect(manifest.data).toBe('real');
  });

  it('a real run into a demo folder is refused too', async () => {
    const out = join(await dirs.make('aps-mix-'), 'site');
    expect(await main(['demo', '--out', out], {}, createMemoryLogger())).toBe(0);
    const before = await snapshot(out);
    await expect(fileRun(out, ['2026-01-01'])).rejects.toThrow(
      `output folder ${out} holds the demo's made-up data; real usage is never mixed into it`,
    );
    expect(await snapshot(out)).toEqual(before);
  });

  it('deletes the owned files the site no longer has: months dropped by history.keepDays', async () => {
    const out = join(await dirs.make('aps-keep-'), 'site');
    await fileRun(out, ['2025-11-30', '2026-01-01'], { to: '2026-01-01' });
    expect(await readdir(join(out, 'data'))).toContain('usage-2025-11.csv');
    const result = await fileRun(out, ['2026-01-02'], {
      config: { history: { keepDays: 20 } },
      to: '2026-01-02',
    });
    const data = await readdir(join(out, 'data'));
    expect(data).not.toContain('usage-2025-11.csv');
    expect(data).not.toContain('excel-usage-2025-11.csv');
    expect(data).toContain('usage-2026-01.csv');
    expect(await storedDays(out)).toEqual(['2026-01-01', '2026-01-02']);
    expect(result.files.has('data/usage-2025-11.csv')).toBe(false);
  });
});

describe('folder store: one run at a time', () => {
  it('two concurrent runs bringing different new days into one folder: both days are stored', async () => {
    const out = join(await dirs.make('aps-race-'), 'site');
    await fileRun(out, ['2026-01-01']);
    // Whichever run waits for the lock waits exactly until the other has finished: no real time, no luck.
    const done: Promise<unknown>[] = [];
    const waitForOther = (i: number) => async () => {
      await done[1 - i]!.catch(() => undefined);
    };
    done[0] = fileRun(out, ['2026-01-02'], { deps: { sleep: waitForOther(0) } });
    done[1] = fileRun(out, ['2026-01-03'], { deps: { sleep: waitForOther(1) } });
    await Promise.all(done);
    expect(await storedDays(out)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(litter(await snapshot(out))).toEqual([]);
  });

  it('takes over the lock of a process that no longer runs, with a warning', async () => {
    const out = join(await dirs.make('aps-stale-'), 'site');
    await fileRun(out, ['2026-01-01']);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(
      join(out, LOCK_FILE),
      JSON.stringify({ pid: dead, host: hostname(), token: 'old', since: 'yesterday' }),
    );
    const deps = testDeps();
    const result = await fileRun(out, ['2026-01-02'], { deps: { logger: deps.logger } });
    expect(result.exitCode).toBe(0);
    expect(deps.logger.lines.join('\n')).toContain(
      `warning: output folder ${out}: taking over the lock of process ${dead}, which is no longer running`,
    );
    expect(await storedDays(out)).toEqual(['2026-01-01', '2026-01-02']);
    await expect(stat(join(out, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('waits a bounded time for a live lock, then gives up naming the holder and writing nothing', async () => {
    const out = await dirs.make('aps-held-');
    await writeFile(
      join(out, LOCK_FILE),
      JSON.stringify({ pid: process.pid, host: hostname(), token: 'other', since: 'now' }),
    );
    const deps = testDeps();
    await expect(openFolderStore({ dir: out, data: 'real', lockWaitMs: 3000 }, deps)).rejects.toThrow(
      `output folder ${out} is locked by process ${process.pid} on ${hostname()} (since now); gave up after 3 s`,
    );
    expect(deps.slept).toEqual([1000, 1000, 1000]);
  });
});

/** The sites a swap of `out` left beside it: `.site.~aps-<id>.new` / `.old`, by kind. */
async function swapFolders(out: string): Promise<{ next?: string; old?: string; names: string[] }> {
  const names = (await readdir(dirname(out))).filter((n) => n !== basename(out));
  const find = (end: string) => names.find((n) => n.startsWith(`.${basename(out)}.~aps-`) && n.endsWith(end));
  const next = find('.new');
  const old = find('.old');
  return {
    ...(next ? { next: join(dirname(out), next) } : {}),
    ...(old ? { old: join(dirname(out), old) } : {}),
    names,
  };
}

/** A whole site: exactly the files its manifest lists (and the manifest), no lock, journal or staged file. */
async function expectWholeSite(dir: string, days: string[]): Promise<void> {
  const files = await snapshot(dir);
  const manifest = JSON.parse(Buffer.from(files[MANIFEST_FILE]!, 'base64').toString()) as { files: string[] };
  expect(
    Object.keys(files)
      .filter((f) => f !== MANIFEST_FILE)
      .sort(),
  ).toEqual(manifest.files);
  expect(await storedDays(dir)).toEqual(days);
}

const withoutLock = (files: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(files).filter(([f]) => f !== LOCK_FILE));

type Files = Record<string, string>;

/** Every file below `dir` with its bytes, read synchronously (inside a synchronous hook); undefined when absent. */
function snapshotNow(dir: string): Files | undefined {
  if (!existsSync(dir)) return undefined;
  const out: Files = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(dir, path).split(sep).join('/')] = readFileSync(path).toString('base64');
  }
  return out;
}

/** The folder and the swap folders beside it at this instant, without the lock files. */
function swapState(out: string): { out?: Files; next?: Files; old?: Files } {
  const state: { out?: Files; next?: Files; old?: Files } = {};
  const here = snapshotNow(out);
  if (here) state.out = withoutLock(here);
  for (const name of readdirSync(dirname(out))) {
    if (!name.startsWith(`.${basename(out)}.~aps-`)) continue;
    state[name.endsWith('.new') ? 'next' : 'old'] = withoutLock(snapshotNow(join(dirname(out), name))!);
  }
  return state;
}

describe('folder store: a kill at each stage of the write', () => {
  class Killed extends Error {}
  const killAt = (stage: WriteStage) => (s: WriteStage) => {
    if (s === stage) throw new Killed(stage);
  };
  const DAYS = ['2026-01-01', '2026-01-02'];
  const NEW_DAYS = [...DAYS, '2026-01-03'];

  it('swaps the whole site: at every stage the previous site or the new one is whole, in place or beside it', async () => {
    const out = join(await dirs.make('aps-swap-'), 'site');
    await fileRun(out, DAYS);
    const previous = await snapshot(out);
    // The hook is synchronous: it reads the folders at that very instant.
    const states = new Map<WriteStage, { out?: Files; next?: Files; old?: Files }>();
    await fileRun(out, ['2026-01-03'], {
      deps: { writeStage: (stage) => states.set(stage, swapState(out)) },
    });
    const final = withoutLock(await snapshot(out));
    await expectWholeSite(out, NEW_DAYS);
    expect([...states.keys()]).toEqual(['staged', 'swapping', 'swapped', 'saved']);
    expect(states.get('staged')).toEqual({ out: previous, next: final });
    expect(states.get('swapping')).toEqual({ old: previous, next: final });
    expect(states.get('swapped')).toEqual({ out: final, old: previous });
    expect(states.get('saved')).toEqual({ out: final });
  });

  it.each(['staged', 'swapping', 'swapped'] as const)(
    'swap killed at "%s": one whole site is there (or beside it), and the next run leaves the new site and no litter',
    async (stage) => {
      const out = join(await dirs.make('aps-kill-'), 'site');
      await fileRun(out, DAYS);
      const previous = await snapshot(out);
      await expect(
        fileRun(out, ['2026-01-03'], { deps: { writeStage: killAt(stage) } }),
      ).rejects.toBeInstanceOf(Killed);
      const { next, old } = await swapFolders(out);
      if (stage === 'staged') {
        // The new site is built beside the folder; the folder is the previous site, byte for byte.
        expect(await snapshot(out)).toEqual(previous);
        expect(old).toBeUndefined();
        await expectWholeSite(next!, NEW_DAYS);
      } else if (stage === 'swapping') {
        // Between the two renames: the previous site moved aside whole, the new one whole beside it.
        await expect(stat(out)).rejects.toThrow(/ENOENT/);
        expect(withoutLock(await snapshot(old!))).toEqual(previous);
        await expectWholeSite(next!, NEW_DAYS);
      } else {
        // The new site in place, whole; the previous one not yet removed.
        expect(next).toBeUndefined();
        expect(withoutLock(await snapshot(old!))).toEqual(previous);
        await expectWholeSite(out, NEW_DAYS);
      }

      const deps = testDeps();
      await fileRun(out, ['2026-01-03', '2026-01-04'], { deps: { logger: deps.logger } });
      await expectWholeSite(out, [...NEW_DAYS, '2026-01-04']);
      expect(litter(await snapshot(out))).toEqual([]);
      expect((await swapFolders(out)).names).toEqual([]);
      expect(deps.logger.lines.join('\n')).toMatch(
        /warning: folder .*(put its new site back|removing what a stopped run left)/,
      );
    },
    60_000,
  );

  it.each(['staged', 'journalled', 'renaming', 'renamed'] as const)(
    'in place (a folder that cannot be swapped) killed at "%s": no day is lost, and the next run leaves the new site and no litter',
    async (stage) => {
      const out = join(await dirs.make('aps-kill-'), 'site');
      // A file this tool does not own, written over with --force: the folder is written in place, with the journal.
      await mkdir(out);
      await writeFile(join(out, 'notes.txt'), 'mine\n');
      await fileRun(out, DAYS, { force: true });
      const previous = await snapshot(out);
      await expect(
        fileRun(out, ['2026-01-03'], { force: true, deps: { writeStage: killAt(stage) } }),
      ).rejects.toBeInstanceOf(Killed);
      const afterKill = await snapshot(out);
      if (stage === 'staged' || stage === 'journalled') {
        // Nothing renamed yet: every file of the previous site is there, byte for byte.
        for (const [file, bytes] of Object.entries(previous)) expect(afterKill[file], file).toBe(bytes);
      }
      expect(litter(afterKill).length).toBeGreaterThan(0);
      expect((await swapFolders(out)).names).toEqual([]);

      const deps = testDeps();
      await fileRun(out, ['2026-01-03', '2026-01-04'], { force: true, deps: { logger: deps.logger } });
      const after = await snapshot(out);
      expect(litter(after)).toEqual([]);
      expect(await storedDays(out)).toEqual([...NEW_DAYS, '2026-01-04']);
      const manifest = JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8')) as { files: string[] };
      expect(
        Object.keys(after)
          .filter((f) => f !== MANIFEST_FILE && f !== 'notes.txt')
          .sort(),
      ).toEqual(manifest.files);
      expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
    },
    60_000,
  );
});

describe('folder store: how the site is replaced', () => {
  it('links the files that did not change into the new site, and keeps the folder a folder with its permissions', async () => {
    const out = join(await dirs.make('aps-link-'), 'site');
    await fileRun(out, ['2026-01-01']);
    await chmod(out, 0o750);
    const css = await stat(join(out, 'data', 'usage-2026-01.csv'));
    const before = await readdir(out);
    // A new month: January's history file is the same bytes, so the same file (a hard link), not a copy.
    await fileRun(out, ['2026-01-01', '2026-02-01'], { to: '2026-02-01' });
    const after = await stat(join(out, 'data', 'usage-2026-01.csv'));
    expect(after.ino).toBe(css.ino);
    expect((await stat(out)).mode & 0o777).toBe(0o750);
    expect(await readdir(out)).toEqual(expect.arrayContaining(before));
    expect(await storedDays(out)).toEqual(['2026-01-01', '2026-02-01']);
  });

  it('writes a folder reached through a symbolic link in place: the link stays a link', async () => {
    const base = await dirs.make('aps-symlink-');
    await mkdir(join(base, 'real'));
    await symlink(join(base, 'real'), join(base, 'site'));
    const out = join(base, 'site');
    await fileRun(out, ['2026-01-01']);
    await fileRun(out, ['2026-01-01', '2026-01-02']);
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect(await storedDays(join(base, 'real'))).toEqual(['2026-01-01', '2026-01-02']);
    expect((await readdir(base)).sort()).toEqual(['real', 'site']);
  });

  it('a folder another run created between the two renames of a stopped swap gets the new site moved in', async () => {
    const out = join(await dirs.make('aps-swap-race-'), 'site');
    const id = '00000000-0000-4000-8000-000000000001';
    const old = join(dirname(out), `.site.~aps-${id}.old`);
    const next = join(dirname(out), `.site.~aps-${id}.new`);
    await fileRun(old, ['2026-01-01']);
    await fileRun(next, ['2026-01-01', '2026-01-02']);
    const built = await snapshot(next);
    // The empty folder a starting run made while the site was moved aside.
    await mkdir(out);
    const deps = testDeps();
    const store = await openFolderStore({ dir: out, data: 'real' }, deps);
    await store.close();
    expect(withoutLock(await snapshot(out))).toEqual(built);
    expect((await swapFolders(out)).names).toEqual([]);
    expect(deps.logger.lines.join('\n')).toContain(
      `warning: folder ${out}: removing what a stopped run left beside it`,
    );
  });

  it('a run waiting for the lock while the holder swaps the folder carries on in the new one', async () => {
    const out = join(await dirs.make('aps-wait-swap-'), 'site');
    await fileRun(out, ['2026-01-01']);
    await writeFile(
      join(out, LOCK_FILE),
      JSON.stringify({ pid: process.pid, host: hostname(), token: 'other', since: 'now' }),
    );
    const id = '00000000-0000-4000-8000-000000000000';
    const aside = join(dirname(out), `.site.~aps-${id}.old`);
    const next = join(dirname(out), `.site.~aps-${id}.new`);
    let sleeps = 0;
    // The holder, while we wait: it has built the new site (without its lock: it finished) and moved the old aside.
    const deps = testDeps({
      sleep: async () => {
        if (sleeps++ > 0) return;
        await fileRun(next, ['2026-01-01', '2026-01-02']);
        await rename(out, aside);
      },
    });
    const store = await openFolderStore({ dir: out, data: 'real' }, deps);
    const history = await store.read();
    await store.close();
    expect(history).toBeDefined();
    expect(await storedDays(out)).toEqual(['2026-01-01', '2026-01-02']);
    expect((await swapFolders(out)).names).toEqual([]);
    await expect(stat(join(out, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });
});

describe('the folder store: progress while it writes', () => {
  it('says how many files of the total are written, at most once a second of the injected clock', async () => {
    const out = join(await dirs.make('aps-progress-'), 'site');
    // Each reading of the clock is 1.5 s later: a line is due every few files (5 s apart), not after each.
    let t = Date.parse('2026-11-25T06:00:00Z');
    const deps = testDeps({ clock: { now: () => new Date((t += 1500)) } });
    const store = await openFolderStore({ dir: out, data: 'real' }, deps);
    const files = new Map(Array.from({ length: 12 }, (_, i) => [`apps/app-${i}.html`, `<p>${i}</p>`]));
    await store.save({ files });
    await store.close();
    const lines = deps.logger.lines.filter((l) => l.includes('files written'));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThan(12);
    expect(lines[0]).toMatch(/^info: save: \d+ of 12 files written \(\d+ %\) after \d+ s$/);
    expect(lines.at(-1)).toMatch(/^info: save: 12 of 12 files written, done after \d+ s$/);
    const counts = lines.map((l) => Number(/save: (\d+) of/.exec(l)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});
