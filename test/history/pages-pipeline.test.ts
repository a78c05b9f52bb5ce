/**
 * The pages store with the real merge → model → render (demo data, real renderer), against a
 * temporary bare remote: what the action does, minus GitHub.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { type Deps } from '../../src/deps.js';
import { createMemoryLogger } from '../support/memory.js';
import { addDays } from '../../src/model/dates.js';
import { asTable } from '../../src/model/history-table.js';
import { buildSite } from '../../src/site.js';
import { demoSource } from '../../src/sources/demo.js';
import { DEMO_END } from '../../src/sources/demo-data.js';
import { publishPages, type ProduceSite } from '../support/pages-run.js';
import { createBareRepo, listBranchFiles, pushFiles, tempDirs, testGitEnv } from '../support/temp-git.js';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

function deps(): Deps {
  return {
    logger: createMemoryLogger(),
    clock: { now: () => new Date(`${DEMO_END}T12:00:00Z`) },
    sleep: async () => {},
    env: testGitEnv(),
    credentials: {},
    saveRefreshToken: () => Promise.reject(new Error('no refresh token in this test')),
    fetch: () => Promise.reject(new Error('no network in this test')),
    random: () => 0.5,
  };
}

async function producer(to: string, d: Deps): Promise<ProduceSite> {
  const config = configSchema.parse({ source: 'demo' });
  const range = { from: addDays(to, -29), to };
  const fetched = await demoSource.fetch({ config, range, history: [], baseDir: '.' }, d);
  return async (records) => {
    const stored = { records: asTable(records), months: new Map() };
    const built = await buildSite({ config, stored, fetched, range, asOf: to });
    return { files: built.files };
  };
}

describe('the pages store with the real site', () => {
  it('publishes the demo site, keeps a user file, and re-running changes nothing', async () => {
    const remote = await createBareRepo(dirs);
    await pushFiles(dirs, remote, 'gh-pages', { CNAME: 'usage.example.com\n' });
    const d = deps();
    const options = {
      remote,
      branch: 'gh-pages',
      dir: '.',
      dryRun: false,
      message: 'APS usage report',
      author: { name: 'aps-usage-report', email: 'aps-usage-report@users.noreply.github.com' },
    };
    const first = await publishPages(options, await producer(DEMO_END, d), d);
    expect(first).toMatchObject({ changed: true, pushed: true, cname: 'usage.example.com' });
    const files = await listBranchFiles(remote, 'gh-pages');
    expect(files).toEqual(expect.arrayContaining(['CNAME', 'index.html', 'summary.md', 'data/report.json']));
    expect(files.some((f) => /^data\/usage-\d{4}-\d{2}\.csv$/.test(f))).toBe(true);

    const again = await publishPages(options, await producer(DEMO_END, d), d);
    expect(again).toMatchObject({ changed: false, pushed: false, commit: first.commit });
    // Real git, several clones: on a shared two-core machine this outlasts the default 30 s.
  }, 120_000);
});
