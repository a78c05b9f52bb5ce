/**
 * `uses: ./`-style smoke test: the bundled action (dist/index.js) runs as the runner would start it — INPUT_*
 * environment, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files — against the loopback APS mock, the fake GitHub API and
 * a bare git repository as the Pages remote.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toDay } from '../../src/model/dates.js';
import { DEMO_APPS, DEMO_CONFIG, DEMO_END, generateDemoRecords } from '../../src/sources/demo-data.js';
import { daysBetween } from '../../src/model/dates.js';
import { testServiceAccount, TEST_CLIENT, ssaEnv } from '../support/aps-harness.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startMockApsServer, type MockAps } from '../support/mock-aps-server.js';
import {
  createBareRepo,
  listBranchFiles,
  readBranchFile,
  tempDirs,
  testGitEnv,
  type TempDirs,
} from '../support/temp-git.js';

const apps = DEMO_APPS.slice(0, 2);
let mock: MockAps;
let github: FakeGitHub;
let dirs: TempDirs;
let run: { code: number; stdout: string; stderr: string; outputs: Record<string, string>; summary: string };
let remote: string;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Parses the runner's `name<<DELIM … DELIM` output file. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

beforeAll(async () => {
  // The action uses the real clock, so the data ends today.
  const today = toDay(new Date());
  const shift = daysBetween(DEMO_END, today);
  const ids = new Set(apps.map((a) => a.id));
  const records = generateDemoRecords()
    .filter((r) => ids.has(r.appId) && r.date > addDays(DEMO_END, -60))
    .map((r) => ({ ...r, date: addDays(r.date, shift) }));
  const account = testServiceAccount();
  mock = await startMockApsServer({
    records,
    oauthClient: TEST_CLIENT,
    serviceAccount: { id: account.id, keyId: account.keyId, publicKey: account.publicKeyPem },
  });
  github = await startFakeGitHub();
  dirs = tempDirs();
  remote = await createBareRepo(dirs);
  const work = await dirs.make('action');
  const config = join(work, 'aps-usage.yml');
  await writeFile(
    config,
    [
      'source: aps',
      'apps:',
      // Tiny budgets, so that alert issues are opened.
      ...apps.map((a) => `  - { id: ${a.id}, name: ${JSON.stringify(a.name)}, monthlyBudget: 5 }`),
      // Every feature rated: usage without a rate leaves a budget undecided (no alert either way).
      `rates: ${JSON.stringify({ ...DEMO_CONFIG.rates, 'aec-data-model-out': { tokensPerUnit: 1 } })}`,
      'publish:',
      `  pages: { branch: gh-pages, remote: ${JSON.stringify(remote)} }`,
      '  issue: { labels: [aps-usage] }',
    ].join('\n'),
  );
  const outputFile = join(work, 'output.txt');
  const summaryFile = join(work, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await mkdir(join(work, 'tmp'), { recursive: true });
  const credentials = ssaEnv(mock.baseUrl);
  const env: Record<string, string> = {
    ...(testGitEnv() as Record<string, string>),
    RUNNER_TEMP: join(work, 'tmp'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_API_URL: github.url,
    APS_BASE_URL: mock.baseUrl,
    INPUT_CONFIG: config,
    INPUT_PUBLISH: 'pages,issue,summary',
    'INPUT_GITHUB-TOKEN': github.token,
    'INPUT_APS-CLIENT-ID': credentials.APS_CLIENT_ID!,
    'INPUT_APS-CLIENT-SECRET': credentials.APS_CLIENT_SECRET!,
    'INPUT_APS-SERVICE-ACCOUNT-ID': credentials.APS_SERVICE_ACCOUNT_ID!,
    'INPUT_APS-SERVICE-ACCOUNT-KEY-ID': credentials.APS_SERVICE_ACCOUNT_KEY_ID!,
    'INPUT_APS-SERVICE-ACCOUNT-PRIVATE-KEY': credentials.APS_SERVICE_ACCOUNT_PRIVATE_KEY!,
    'INPUT_DRY-RUN': 'false',
    'INPUT_FAIL-ON-APP-ERROR': 'false',
  };
  const exited = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['dist/index.js'], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
  // Read after the callback, so that a missing file fails this hook instead of leaving the promise unsettled.
  run = {
    ...exited,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}, 90_000);

afterAll(async () => {
  await mock?.close();
  await github?.close();
  await dirs?.cleanup();
});

describe('the bundled action', () => {
  it('succeeds and sets its outputs', () => {
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(Number(run.outputs['total-tokens'])).toBeGreaterThan(0);
    expect(run.outputs['failed-apps']).toBe('[]');
    expect(run.outputs['report-dir']).toMatch(/aps-usage-report[/\\]site$/);
    expect(run.outputs['issue-number']).toMatch(/^\d+$/);
    expect(run.outputs['issue-url']).toContain(`/issues/${run.outputs['issue-number']}`);
    const alerts = JSON.parse(run.outputs['alert-issues']!) as { action: string }[];
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.every((a) => a.action === 'created')).toBe(true);
  });

  it('fetched through the APS mock with a service account', () => {
    expect(mock.requests.some((r) => r.grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer')).toBe(
      true,
    );
    expect(mock.usageRequests().length).toBeGreaterThanOrEqual(apps.length);
  });

  it('writes the job summary, opens the month issue and alert issues, and publishes the site to gh-pages', async () => {
    expect(run.summary).toMatch(/^## /);
    expect(github.issues.filter((i) => i.title.includes('APS usage'))).toHaveLength(1);
    expect(github.issues.length).toBeGreaterThan(1);
    const files = await listBranchFiles(remote, 'gh-pages');
    expect(files).toContain('index.html');
    expect(files.some((f) => /^data\/usage-\d{4}-\d{2}\.csv$/.test(f))).toBe(true);
  });

  it('leaks no secret into the site it wrote, nor into the Pages branch', async () => {
    const account = testServiceAccount();
    const keyLines = account.privateKeyPem.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'));
    const secrets = [TEST_CLIENT.secret, github.token, ...keyLines, ...mock.issued.accessTokens];
    const written: string[] = [];
    for (const file of await listFiles(run.outputs['report-dir']!))
      written.push(await readFile(file, 'utf8'));
    for (const path of await listBranchFiles(remote, 'gh-pages')) {
      written.push((await readBranchFile(remote, 'gh-pages', path))!.toString('utf8'));
    }
    expect(written.length).toBeGreaterThan(10);
    for (const text of written) for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('leaks no secret into its log or the summary', () => {
    // `::add-mask::` lines are how the runner learns what to mask; it never prints them.
    const text = [run.stdout, run.stderr, run.summary]
      .join('\n')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const account = testServiceAccount();
    const keyLines = account.privateKeyPem.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'));
    for (const secret of [TEST_CLIENT.secret, github.token, ...keyLines, ...mock.issued.accessTokens]) {
      expect(text).not.toContain(secret);
    }
  });
});
