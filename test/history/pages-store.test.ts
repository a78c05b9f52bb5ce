import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../support/memory.js';
import { readGitHubContext } from '../../src/github-context.js';
import { HistoryParseError } from '../../src/model/export-format.js';
import { applyRetention, mergeHistory } from '../../src/model/history.js';
import { type UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';
import { buildDemoSite } from '../support/site.js';
import { historyFiles } from '../../src/history/history-files.js';
import {
  workflowRemote,
  guessPagesUrl,
  isOwnedSitePath,
  ownedPaths,
  type PagesDeps,
  type PagesStoreOptions,
} from '../../src/history/pages-store.js';
import { publishPages, readPagesHistory, type ProduceSite } from '../support/pages-run.js';
import {
  commitCount,
  createBareRepo,
  headOf,
  listBranchFiles,
  pushFiles,
  readBranchFile,
  tempDirs,
  testGitEnv,
} from '../support/temp-git.js';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const FAKE_TOKEN = 'ghs_FAKEtoken0123456789abcdefABCDEF';

function testDeps(): PagesDeps & { logger: ReturnType<typeof createMemoryLogger>; sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    logger: createMemoryLogger(),
    clock: { now: () => new Date('2026-02-03T04:05:06Z') },
    // Yield to the event loop so concurrent publishers interleave, but never wait real time.
    sleep: async (ms) => {
      sleeps.push(ms);
      await new Promise((r) => setImmediate(r));
    },
    env: testGitEnv(),
    random: () => 0.5,
    sleeps,
  };
}

const owned = ownedPaths(['index.html', 'apps/', 'data/']);

function options(remote: string, overrides: Partial<PagesStoreOptions> = {}): PagesStoreOptions {
  return {
    remote,
    branch: 'gh-pages',
    dir: '.',
    dryRun: false,
    message: 'Update APS usage report',
    author: { name: 'aps-usage-report', email: 'aps-usage-report@users.noreply.github.com' },
    owned,
    ...overrides,
  };
}

/** The pipeline's callback, minus the renderer: merge, history files, a fake overview and one page per app. */
function produceWith(incoming: UsageRecord[], calls: { stored: number[] } = { stored: [] }): ProduceSite {
  return async (stored) => {
    calls.stored.push(stored.length);
    const merged = mergeHistory(stored, incoming).records;
    const files = new Map<string, string>(historyFiles(merged));
    files.set('index.html', `<p>${merged.length} records, last day ${merged.at(-1)?.date ?? '-'}</p>\n`);
    for (const appId of new Set(merged.map((r) => r.appId)))
      files.set(`apps/${appId}.html`, `<p>${appId}</p>\n`);
    return { files };
  };
}

const day = (date: string, appId = 'app-1'): UsageRecord =>
  makeUsageRecord({ date, appId, quantity: 3, tokens: 1.5 });

async function storedRecords(remote: string, month = '2026-01'): Promise<string[]> {
  const csv = (await readBranchFile(remote, 'gh-pages', `data/usage-${month}.csv`))?.toString('utf8') ?? '';
  return csv.split('\n').slice(1).filter(Boolean);
}

describe('publishPages', () => {
  it('creates the branch on the first publish, as an orphan with the site and .nojekyll', async () => {
    const remote = await createBareRepo(dirs);
    await pushFiles(dirs, remote, 'main', { 'README.md': 'the project\n' });
    const deps = testDeps();
    const result = await publishPages(options(remote), produceWith([day('2026-01-01')]), deps);

    expect(result).toMatchObject({ changed: true, pushed: true, attempts: 1, files: 3 });
    expect(result.commit).toBe(await headOf(remote, 'gh-pages'));
    expect(await commitCount(remote, 'gh-pages')).toBe(1);
    expect(await listBranchFiles(remote, 'gh-pages')).toEqual([
      '.nojekyll',
      'apps/app-1.html',
      'data/usage-2026-01.csv',
      'index.html',
    ]);
    expect(await storedRecords(remote)).toHaveLength(1);
  });

  it('adds only the new day on the next run, and changes nothing (no commit) when re-run the same day', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps());
    const calls = { stored: [] as number[] };
    const second = await publishPages(options(remote), produceWith([day('2026-01-02')], calls), testDeps());
    expect(calls.stored).toEqual([1]);
    expect(second.changed).toBe(true);
    expect(await storedRecords(remote)).toEqual([
      expect.stringMatching(/^2026-01-01,app-1,/),
      expect.stringMatching(/^2026-01-02,app-1,/),
    ]);
    const head = await headOf(remote, 'gh-pages');

    const again = await publishPages(options(remote), produceWith([day('2026-01-02')]), testDeps());
    expect(again).toMatchObject({ changed: false, pushed: false, changedFiles: 0, commit: head });
    expect(await headOf(remote, 'gh-pages')).toBe(head);
    expect(await commitCount(remote, 'gh-pages')).toBe(2);
  });

  it('keeps files it does not own and deletes owned files the site no longer has', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2026-01-01', 'old-app')]), testDeps());
    await pushFiles(dirs, remote, 'gh-pages', {
      CNAME: 'usage.example.com\n',
      'README.md': '# my notes\n',
      'custom/page.html': '<p>mine</p>\n',
      '.gitignore': '*.csv\n',
    });
    // The app was renamed: its old page is owned and must go; its history stays (it is stored data).
    const produce: ProduceSite = async (stored) => {
      const site = await produceWith([day('2026-01-02', 'new-app')])(stored);
      const files = new Map(site.files);
      files.delete('apps/old-app.html');
      return { files };
    };
    const result = await publishPages(options(remote), produce, testDeps());
    expect(result.changed).toBe(true);
    const files = await listBranchFiles(remote, 'gh-pages');
    expect(files).toEqual(
      expect.arrayContaining([
        'CNAME',
        'README.md',
        'custom/page.html',
        'apps/new-app.html',
        'data/usage-2026-01.csv',
      ]),
    );
    expect(files).not.toContain('apps/old-app.html');
    expect((await readBranchFile(remote, 'gh-pages', 'CNAME'))?.toString()).toBe('usage.example.com\n');
    // The branch's .gitignore ignores *.csv; the history must still be committed.
    expect(await storedRecords(remote)).toHaveLength(2);
  });

  it('publishes into a subfolder and reads the history from there', async () => {
    const remote = await createBareRepo(dirs);
    await pushFiles(dirs, remote, 'gh-pages', { 'index.html': '<p>the user site</p>\n' });
    await publishPages(options(remote, { dir: 'usage' }), produceWith([day('2026-01-01')]), testDeps());
    const calls = { stored: [] as number[] };
    await publishPages(
      options(remote, { dir: 'usage/' }),
      produceWith([day('2026-01-02')], calls),
      testDeps(),
    );
    expect(calls.stored).toEqual([1]);
    expect((await readBranchFile(remote, 'gh-pages', 'index.html'))?.toString()).toBe(
      '<p>the user site</p>\n',
    );
    expect(await listBranchFiles(remote, 'gh-pages')).toContain('usage/data/usage-2026-01.csv');
    await expect(publishPages(options(remote, { dir: '../x' }), produceWith([]), testDeps())).rejects.toThrow(
      /publish\.pages\.dir/,
    );
  });

  it('retries a rejected push with a re-merge, so both runs’ records are kept', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps());
    const calls = { stored: [] as number[] };
    const inner = produceWith([day('2026-01-03')], calls);
    let competed = false;
    // Another run lands between our clone and our push.
    const produce: ProduceSite = async (stored) => {
      if (!competed) {
        competed = true;
        await publishPages(options(remote), produceWith([day('2026-01-02', 'app-2')]), testDeps());
      }
      return inner(stored);
    };
    const deps = testDeps();
    const result = await publishPages(options(remote), produce, deps);
    expect(result).toMatchObject({ changed: true, pushed: true, attempts: 2 });
    expect(calls.stored).toEqual([1, 2]);
    expect(deps.sleeps).toHaveLength(1);
    expect(deps.logger.lines.some((l) => l.startsWith('warning:') && l.includes('rejected'))).toBe(true);
    expect(await storedRecords(remote)).toEqual([
      expect.stringMatching(/^2026-01-01,app-1,/),
      expect.stringMatching(/^2026-01-02,app-2,/),
      expect.stringMatching(/^2026-01-03,app-1,/),
    ]);
    expect(await listBranchFiles(remote, 'gh-pages')).toEqual(
      expect.arrayContaining(['apps/app-1.html', 'apps/app-2.html']),
    );
  });

  it('gives up after maxAttempts rejected pushes with a message that says nothing was lost', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps());
    let n = 0;
    const produce: ProduceSite = async (stored) => {
      await pushFiles(dirs, remote, 'gh-pages', { [`other-${n++}.txt`]: 'x\n' });
      return produceWith([day('2026-01-05')])(stored);
    };
    await expect(publishPages(options(remote, { maxAttempts: 2 }), produce, testDeps())).rejects.toThrow(
      /rejected 2 times.*Nothing was lost/,
    );
    expect(await storedRecords(remote)).toHaveLength(1);
  });

  it('lands five concurrent publishers with nothing lost', async () => {
    const remote = await createBareRepo(dirs);
    const days = ['2026-01-10', '2026-01-11', '2026-01-12', '2026-01-13', '2026-01-14'];
    const results = await Promise.all(
      days.map((d, i) => publishPages(options(remote), produceWith([day(d, `app-${i}`)]), testDeps())),
    );
    expect(results.every((r) => r.pushed)).toBe(true);
    expect(results.map((r) => r.attempts).sort()).toContain(1);
    const stored = await storedRecords(remote);
    expect(stored.map((line) => line.slice(0, 10))).toEqual(days);
    expect(await commitCount(remote, 'gh-pages')).toBe(5);
    // Real git, several clones: on a shared two-core machine this outlasts the default 30 s.
  }, 120_000);

  it('stops on a corrupted history file: names file and line, pushes nothing, leaves the file byte-identical', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps());
    const good = (await readBranchFile(remote, 'gh-pages', 'data/usage-2026-01.csv'))!.toString();
    const corrupted = `${good}2026-01-02,app-1,App 1,Model Derivative,md-simple,x,job,lots,,false\r\n`;
    await pushFiles(dirs, remote, 'gh-pages', { 'data/usage-2026-01.csv': corrupted });
    const head = await headOf(remote, 'gh-pages');
    let produced = false;
    const error = await publishPages(
      options(remote),
      async (stored) => {
        produced = true;
        return produceWith([])(stored);
      },
      testDeps(),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HistoryParseError);
    expect((error as Error).message).toMatch(/^gh-pages:data\/usage-2026-01\.csv:3: bad quantity "lots"/);
    expect(produced).toBe(false);
    expect(await headOf(remote, 'gh-pages')).toBe(head);
    expect(
      (await readBranchFile(remote, 'gh-pages', 'data/usage-2026-01.csv'))!.equals(Buffer.from(corrupted)),
    ).toBe(true);
  });

  it('does everything but push in a dry run', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps());
    const head = await headOf(remote, 'gh-pages');
    const deps = testDeps();
    const result = await publishPages(
      options(remote, { dryRun: true }),
      produceWith([day('2026-01-02')]),
      deps,
    );
    expect(result).toMatchObject({ changed: true, pushed: false, changedFiles: 2 });
    expect(result.commit).not.toBe(head);
    expect(await headOf(remote, 'gh-pages')).toBe(head);
    expect(deps.logger.lines.join('\n')).toMatch(
      /dry run — would push commit [0-9a-f]{12} to branch gh-pages/,
    );
  });

  it('never writes through a symlink on the branch', async () => {
    const remote = await createBareRepo(dirs);
    const outside = await dirs.make('aps-outside-');
    await pushFiles(dirs, remote, 'gh-pages', { apps: { symlink: outside } });
    const head = await headOf(remote, 'gh-pages');
    await expect(
      publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps()),
    ).rejects.toThrow();
    expect(await readdir(outside)).toEqual([]);
    expect(await headOf(remote, 'gh-pages')).toBe(head);
  });

  it('drops a month that retention removed from the history, keeping the rest', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2025-11-30'), day('2026-01-01')]), testDeps());
    expect(await listBranchFiles(remote, 'gh-pages')).toContain('data/usage-2025-11.csv');
    const keep20Days: ProduceSite = (stored) =>
      produceWith([day('2026-01-02')])(applyRetention(stored, 20, '2026-01-02'));
    await publishPages(options(remote), keep20Days, testDeps());
    const files = await listBranchFiles(remote, 'gh-pages');
    expect(files).not.toContain('data/usage-2025-11.csv');
    expect(await storedRecords(remote)).toHaveLength(2);
  });

  it('fails without retrying when the remote refuses the push for another reason, and says what to check', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps());
    const hook = join(remote, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "protected branch hook declined" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const deps = testDeps();
    await expect(publishPages(options(remote), produceWith([day('2026-01-02')]), deps)).rejects.toThrow(
      /the push to branch gh-pages of .* failed: protected branch hook declined \|.*pre-receive hook declined.*The branch is protected/,
    );
    expect(deps.sleeps).toEqual([]);
  });

  it('keeps the cause of a refused push however long the remote talks, and hints at what the cause says', async () => {
    const remote = await createBareRepo(dirs);
    await publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps());
    const hook = join(remote, 'hooks', 'pre-receive');
    const detail = Array.from({ length: 8 }, (_, i) => `echo "- rule ${i + 1} applies" >&2`).join('\n');
    await writeFile(
      hook,
      `#!/bin/sh\necho "error: GH006: Protected branch update failed for refs/heads/gh-pages." >&2\n${detail}\nexit 1\n`,
    );
    await chmod(hook, 0o755);
    const error = await publishPages(options(remote), produceWith([day('2026-01-02')]), testDeps()).then(
      () => new Error('expected a failure'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toContain(
      'failed: error: GH006: Protected branch update failed for refs/heads/gh-pages.',
    );
    expect(error.message).toContain('- rule 8 applies');
    expect(error.message).toMatch(
      /The branch is protected or a rule refuses the push.*publish\.pages\.branch\.$/,
    );
    expect(error.message).not.toContain('contents: write');

    await writeFile(
      hook,
      '#!/bin/sh\necho "Permission to o/r.git denied to github-actions[bot]." >&2\nexit 1\n',
    );
    await expect(publishPages(options(remote), produceWith([day('2026-01-02')]), testDeps())).rejects.toThrow(
      /failed: Permission to o\/r\.git denied to github-actions\[bot\]\. .*permissions: contents: write/,
    );
  });

  it('reports the custom domain of the branch', async () => {
    const remote = await createBareRepo(dirs);
    await pushFiles(dirs, remote, 'gh-pages', { CNAME: 'Usage.Example.com\n' });
    const result = await publishPages(options(remote), produceWith([day('2026-01-01')]), testDeps());
    expect(result.cname).toBe('usage.example.com');
  });

  it('rejects a bad branch name before touching anything', async () => {
    const remote = await createBareRepo(dirs);
    await expect(
      publishPages(options(remote, { branch: 'bad..name' }), produceWith([]), testDeps()),
    ).rejects.toThrow(/publish\.pages\.branch: "bad\.\.name" is not a valid branch name/);
  });
});

describe('publishPages and the token', () => {
  it('never puts the token in argv, logs or messages, and sends it only as a header to the remote origin', async () => {
    // A loopback "git server" that refuses everyone, recording the headers it was sent.
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end('no');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;

    // A git wrapper that records its argv and environment keys, then runs the real git.
    const bin = await dirs.make('aps-bin-');
    const argvLog = join(bin, 'argv.log');
    const wrapper = join(bin, 'git');
    await writeFile(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec git "$@"\n`);
    await chmod(wrapper, 0o755);

    const deps = testDeps();
    try {
      const error = await publishPages(
        options(`http://127.0.0.1:${port}/owner/repo.git`, { token: FAKE_TOKEN, gitPath: wrapper }),
        produceWith([day('2026-01-01')]),
        deps,
      ).then(
        () => new Error('expected a failure'),
        (e: unknown) => e as Error,
      );

      expect(error).toBeInstanceOf(Error);
      const basic = Buffer.from(`x-access-token:${FAKE_TOKEN}`).toString('base64');
      expect(seen.length).toBeGreaterThan(0);
      expect(seen[0]!.authorization).toBe(`basic ${basic}`);
      const everything = [
        error.message,
        error.stack ?? '',
        deps.logger.lines.join('\n'),
        await readFile(argvLog, 'utf8'),
      ];
      for (const text of everything) {
        expect(text).not.toContain(FAKE_TOKEN);
        expect(text).not.toContain(basic);
      }
      expect(error.message).toMatch(/git ls-remote failed/);
    } finally {
      server.close();
    }
  });

  it('keeps the token out of logs on a successful publish to a local remote', async () => {
    const remote = await createBareRepo(dirs);
    const deps = testDeps();
    await publishPages(options(remote, { token: FAKE_TOKEN }), produceWith([day('2026-01-01')]), deps);
    expect(deps.logger.lines.join('\n')).not.toContain(FAKE_TOKEN);
  });

  it('scrubs credentials embedded in a remote URL', async () => {
    const deps = testDeps();
    const error = await publishPages(
      options('http://user:s3cretPassw0rd@127.0.0.1:9/owner/repo.git'),
      produceWith([]),
      deps,
    ).then(
      () => new Error('expected a failure'),
      (e: unknown) => e as Error,
    );
    expect(error.message).not.toContain('s3cretPassw0rd');
    expect(deps.logger.lines.join('\n')).not.toContain('s3cretPassw0rd');
  });
});

describe('readPagesHistory', () => {
  it('reads the branch history without publishing; no branch is an empty history; a bad file is an error', async () => {
    const remote = await createBareRepo(dirs);
    const location = { remote, branch: 'gh-pages', dir: '.' };
    expect(await readPagesHistory(location, testDeps())).toEqual([]);
    await publishPages(options(remote), produceWith([day('2026-01-01'), day('2026-01-02')]), testDeps());
    const head = await headOf(remote, 'gh-pages');
    expect((await readPagesHistory(location, testDeps())).map((r) => r.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(await headOf(remote, 'gh-pages')).toBe(head);
    await pushFiles(dirs, remote, 'gh-pages', { 'data/usage-2026-02.csv': 'nope\n' });
    await expect(readPagesHistory(location, testDeps())).rejects.toThrow(
      /^gh-pages:data\/usage-2026-02\.csv:1: wrong header/,
    );
  });
});

describe('isOwnedSitePath', () => {
  it('owns every file a built site has, ids shown or hidden', async () => {
    for (const showIds of [true, false]) {
      const site = await buildDemoSite({ config: { report: { showIds } } });
      const paths = [...site.files.keys()];
      expect(paths.some((p) => p.startsWith('data/public-usage-'))).toBe(!showIds);
      expect(
        paths.filter((p) => !isOwnedSitePath(p)),
        `showIds ${showIds}`,
      ).toEqual([]);
    }
  });

  it('owns the generated layout and nothing else', () => {
    for (const p of [
      'index.html',
      'summary.md',
      'apps/x-1.html',
      'months/index.html',
      'months/2026-01.html',
      'data/usage-2026-01.csv',
      'data/excel-usage-2026-01.csv',
      'data/public-usage-2026-01.csv',
      'data/cache/usage-2026-01.snapshot',
      'data/cache/files.json',
      'data/report.json',
      'assets/report.css',
    ]) {
      expect(isOwnedSitePath(p), p).toBe(true);
    }
    for (const p of [
      'CNAME',
      'README.md',
      '.nojekyll',
      'apps/notes.txt',
      'apps/sub/x.html',
      'data/mine.csv',
      'data/my-usage-2026-01.csv',
      'months/notes.html',
      'custom.html',
    ]) {
      expect(isOwnedSitePath(p), p).toBe(false);
    }
  });
});

describe('guessPagesUrl', () => {
  it('follows GitHub Pages addressing', () => {
    expect(guessPagesUrl({ owner: 'Acme', repo: 'usage', dir: '.' })).toBe('https://acme.github.io/usage/');
    expect(guessPagesUrl({ owner: 'acme', repo: 'Acme.github.io', dir: 'aps' })).toBe(
      'https://acme.github.io/aps/',
    );
    expect(guessPagesUrl({ owner: 'acme', repo: 'usage', dir: '.', cname: 'usage.acme.com' })).toBe(
      'https://usage.acme.com/',
    );
    expect(
      guessPagesUrl({ owner: 'acme', repo: 'usage', dir: '.', serverUrl: 'https://ghe.acme.com' }),
    ).toBeUndefined();
  });
});

describe('workflowRemote', () => {
  it('builds the workflow repository URL on its own server', () => {
    expect(workflowRemote(readGitHubContext({ GITHUB_REPOSITORY: 'o/r' }))).toBe(
      'https://github.com/o/r.git',
    );
    expect(
      workflowRemote(
        readGitHubContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'https://ghe.example.com/' }),
      ),
    ).toBe('https://ghe.example.com/o/r.git');
    expect(() => workflowRemote(readGitHubContext({}))).toThrow(/GITHUB_REPOSITORY/);
  });
});
