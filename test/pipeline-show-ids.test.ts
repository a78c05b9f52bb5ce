/**
 * `report.showIds: false` through the whole run on real parts (demo source, a bare git repository as the Pages
 * remote, the fake GitHub API): no file name or file on the Pages branch but the stored history, no issue title or
 * body and no page of the output folder holds a client id — and the history on the branch holds every one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../src/config/schema.js';
import { readGitHubContext } from '../src/github-context.js';
import { runReport, type RunResult } from '../src/pipeline.js';
import { DEMO_APPS, DEMO_CONFIG, DEMO_END } from '../src/sources/demo-data.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { testDeps } from './support/memory.js';
import {
  createBareRepo,
  listBranchFiles,
  readBranchFile,
  tempDirs,
  testGitEnv,
  type TempDirs,
} from './support/temp-git.js';

/** The stored history: the month CSVs and their snapshots, which keep the ids. */
const HISTORY = /^data\/(usage-\d{4}-\d{2}\.csv|cache\/usage-\d{4}-\d{2}\.snapshot)$/;
/** The ids as they could show: whole, or their first 12 characters in any case (page names are lower case). */
const NEEDLES = DEMO_APPS.map((a) => a.id.slice(0, 12).toLowerCase());
const holdsId = (text: string): boolean => NEEDLES.some((n) => text.toLowerCase().includes(n));

let github: FakeGitHub;
let dirs: TempDirs;
let remote: string;
let outDir: string;
let result: RunResult;

beforeAll(async () => {
  github = await startFakeGitHub();
  dirs = tempDirs();
  remote = await createBareRepo(dirs);
  const work = await dirs.make('show-ids-');
  outDir = join(work, 'site');
  result = await runReport(
    {
      config: configSchema.parse({
        ...DEMO_CONFIG,
        publish: { pages: { branch: 'gh-pages', remote }, issue: { labels: ['aps-usage'] } },
        report: { ...DEMO_CONFIG.report, siteUrl: 'https://example.test/aps/', showIds: false },
      }),
      configDir: work,
      outDir,
      today: DEMO_END,
      publish: new Set(['files', 'pages', 'issue']),
      github: readGitHubContext({
        GITHUB_TOKEN: github.token,
        GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
        GITHUB_API_URL: github.url,
      }),
    },
    testDeps({ env: testGitEnv() }),
  );
});
afterAll(async () => {
  await github?.close();
  await dirs?.cleanup();
});

describe('a run with report.showIds: false', () => {
  it('publishes no client id on the Pages branch but in the stored history, which holds them all', async () => {
    expect(result.pages).toMatchObject({ pushed: true });
    const paths = await listBranchFiles(remote, 'gh-pages');
    expect(paths.filter((p) => p.startsWith('apps/')).length).toBe(DEMO_APPS.length);
    const leaks: string[] = [];
    let history = '';
    for (const path of paths) {
      if (holdsId(path)) leaks.push(`path ${path}`);
      const text = (await readBranchFile(remote, 'gh-pages', path))!.toString();
      if (HISTORY.test(path)) history += text;
      else if (holdsId(text)) leaks.push(path);
    }
    expect(leaks).toEqual([]);
    for (const app of DEMO_APPS) expect(history, app.name).toContain(app.id);
  });

  it('opens the month issue and the alert issues without a client id', () => {
    expect(result.issues!.alerts.length).toBeGreaterThan(0);
    expect(github.issues.length).toBe(1 + result.issues!.alerts.length);
    for (const issue of github.issues) {
      expect(holdsId(issue.title), issue.title).toBe(false);
      expect(holdsId(issue.body ?? ''), issue.title).toBe(false);
    }
  });

  it('writes the same to the output folder', async () => {
    const pages = (await readdir(join(outDir, 'apps'))).map((p) => `apps/${p}`);
    expect(pages.length).toBe(DEMO_APPS.length);
    for (const path of ['index.html', 'summary.md', 'data/report.json', ...pages])
      expect(holdsId(await readFile(join(outDir, path), 'utf8')), path).toBe(false);
  });
});
