/**
 * The whole pipeline with every publisher on real parts: the demo source, a bare git repository as the Pages remote
 * and the fake GitHub API. A re-run with unchanged data must change nothing anywhere.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../src/config/schema.js';
import { readGitHubContext } from '../src/github-context.js';
import { runReport, type RunOptions, type RunResult } from '../src/pipeline.js';
import { addDays } from '../src/model/dates.js';
import { DEMO_CONFIG, DEMO_END } from '../src/sources/demo-data.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { testDeps } from './support/memory.js';
import {
  commitCount,
  createBareRepo,
  headOf,
  pushFiles,
  readBranchFile,
  recordingGit,
  tempDirs,
  testGitEnv,
  type TempDirs,
} from './support/temp-git.js';

let github: FakeGitHub;
let dirs: TempDirs;
let remote: string;
let options: RunOptions;
let first: RunResult;

function deps() {
  return testDeps({ env: testGitEnv() });
}

beforeAll(async () => {
  github = await startFakeGitHub();
  dirs = tempDirs();
  remote = await createBareRepo(dirs);
  const work = await dirs.make('pipeline-');
  options = {
    config: configSchema.parse({
      ...DEMO_CONFIG,
      publish: { pages: { branch: 'gh-pages', remote }, issue: { labels: ['aps-usage'] } },
      report: { ...DEMO_CONFIG.report, siteUrl: 'https://example.test/aps/' },
    }),
    configDir: work,
    outDir: join(work, 'site'),
    today: DEMO_END,
    publish: new Set(['files', 'pages', 'issue']),
    github: readGitHubContext({
      GITHUB_TOKEN: github.token,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_API_URL: github.url,
    }),
  };
  first = await runReport(options, deps());
});
afterAll(async () => {
  await github?.close();
  await dirs?.cleanup();
});

describe('runReport with pages and issues', () => {
  it('publishes the site with its history to a new gh-pages branch', async () => {
    expect(first.pages).toMatchObject({ changed: true, pushed: true, attempts: 1 });
    expect((await readBranchFile(remote, 'gh-pages', 'data/usage-2026-11.csv'))?.toString()).toBe(
      first.files.get('data/usage-2026-11.csv'),
    );
  });

  it('opens the month issue and one issue per alert, linking to the site', () => {
    expect(first.issues!.issue.action).toBe('created');
    const month = github.issues.find((i) => i.number === first.issues!.issue.number)!;
    expect(month.title).toBe('APS usage — demo — November 2026');
    expect(month.body).toContain('https://example.test/aps/');
    expect(first.issues!.alerts.length).toBeGreaterThan(0);
    expect(first.issues!.alerts.every((a) => a.action === 'created')).toBe(true);
  });

  it('a re-run with unchanged data makes no commit and no GitHub write', async () => {
    const commits = await commitCount(remote, 'gh-pages');
    const writes = github.writes().length;
    const again = await runReport(options, deps());
    expect(again.pages).toMatchObject({ changed: false, pushed: false });
    expect(await commitCount(remote, 'gh-pages')).toBe(commits);
    expect(again.issues!.issue.action).toBe('unchanged');
    expect(again.issues!.alerts.every((a) => a.action === 'unchanged')).toBe(true);
    expect(github.writes().length).toBe(writes);
    expect(github.writes().filter((w) => w.method === 'PATCH')).toEqual([]);
  });

  it('a corrupted history file on the branch stops the run, untouched, with nothing published', async () => {
    const original = (await readBranchFile(remote, 'gh-pages', 'data/usage-2026-05.csv'))!.toString();
    const corrupted = original.replace(/\n(2026-05-0[1-9]),/, '\n$1x,');
    await pushFiles(dirs, remote, 'gh-pages', { 'data/usage-2026-05.csv': corrupted });
    const commits = await commitCount(remote, 'gh-pages');
    const writes = github.writes().length;
    await expect(runReport(options, deps())).rejects.toThrow(/usage-2026-05\.csv:2: bad date/);
    expect((await readBranchFile(remote, 'gh-pages', 'data/usage-2026-05.csv'))!.toString()).toBe(corrupted);
    expect(await commitCount(remote, 'gh-pages')).toBe(commits);
    expect(github.writes().length).toBe(writes);
    // Put it back for the test after this one.
    await pushFiles(dirs, remote, 'gh-pages', { 'data/usage-2026-05.csv': original });
  });

  it('makes one clone of the branch per run: the history it reads is the one it saves over', async () => {
    const git = await recordingGit(dirs);
    const writes = github.writes().length;
    const again = await runReport(
      {
        ...options,
        today: addDays(DEMO_END, 1),
        range: { from: addDays(DEMO_END, -29), to: addDays(DEMO_END, 1) },
      },
      testDeps({ env: git.env }),
    );
    expect(again.pages).toMatchObject({ status: 'saved', pushed: true, attempts: 1 });
    const calls = await git.calls();
    // A clone is `init` + `remote add`, then one `ls-remote` + `fetch` per read of the branch.
    expect(calls.filter((c) => c.startsWith('init'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('remote add'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('fetch'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('push'))).toHaveLength(1);
    expect(github.writes().length).toBeGreaterThan(writes);
  });

  it('--publish pages,issue without a GitHub token fails before fetching, and the branch is untouched', async () => {
    const head = await headOf(remote, 'gh-pages');
    const writes = github.writes().length;
    const { token: _token, ...noToken } = options.github;
    await expect(
      runReport({ ...options, today: addDays(DEMO_END, 2), github: noToken }, deps()),
    ).rejects.toThrow(
      'publish: issue needs a GitHub token: set the github-token input (action) or GITHUB_TOKEN (CLI)',
    );
    expect(await headOf(remote, 'gh-pages')).toBe(head);
    expect(github.writes().length).toBe(writes);
  });

  it('the output folder holds the same site as the branch', async () => {
    const local = await readFile(join(options.outDir, 'index.html'), 'utf8');
    expect(local).toBe((await readBranchFile(remote, 'gh-pages', 'index.html'))!.toString());
  });
});
