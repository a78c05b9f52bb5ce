import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../support/memory.js';
import { readGitHubContext, requireRepository } from '../../src/github-context.js';
import { createGitHubClient, type GitHubClient, type GitHubDeps } from '../../src/publish/github.js';
import { alertMarker, monthMarker } from '../../src/publish/issue-markers.js';
import {
  publishAlertIssues,
  publishMonthlyIssue,
  type AlertIssueInput,
  type AlertIssuesOptions,
  type IssueDeps,
  type MonthlyIssueOptions,
} from '../../src/publish/issues.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';

let gh: FakeGitHub;
let logger: ReturnType<typeof createMemoryLogger>;
let octokit: GitHubClient;
let deps: IssueDeps & GitHubDeps & { slept: number[] };

async function start(options: FakeGitHubOptions = {}): Promise<void> {
  await gh?.close();
  const now = () => new Date('2026-01-20T06:00:00Z');
  gh = await startFakeGitHub({ now, ...options });
  logger = createMemoryLogger();
  const slept: number[] = [];
  deps = {
    logger,
    clock: { now },
    fetch: globalThis.fetch,
    slept,
    sleep: async (ms) => {
      slept.push(ms);
    },
  };
  octokit = createGitHubClient({ token: gh.token, baseUrl: gh.url }, deps);
}

beforeEach(() => start());
afterEach(() => gh.close());

function monthly(overrides: Partial<MonthlyIssueOptions> = {}): MonthlyIssueOptions {
  return {
    octokit,
    owner: 'o',
    repo: 'r',
    labels: ['aps-usage'],
    dryRun: false,
    month: '2026-01',
    title: 'APS usage — January 2026',
    body: '## Usage\n\n| App | Tokens |\n|---|---|\n| Viewer | 12 |\n',
    ...overrides,
  };
}

function alert(overrides: Partial<AlertIssueInput> = {}): AlertIssueInput {
  return {
    kind: 'budget',
    appId: 'app-1',
    appName: 'Viewer portal',
    month: '2026-01',
    title: 'Budget: Viewer portal used 82% of 500 tokens',
    body: 'Viewer portal has used **410** of 500 tokens.',
    ...overrides,
  };
}

function alerts(list: AlertIssueInput[], overrides: Partial<AlertIssuesOptions> = {}): AlertIssuesOptions {
  return {
    octokit,
    owner: 'o',
    repo: 'r',
    labels: ['aps-usage', 'aps-usage-alert'],
    dryRun: false,
    month: '2026-01',
    closeResolved: true,
    alerts: list,
    ...overrides,
  };
}

const writesSince = (n: number) => gh.requests.slice(n).filter((r) => r.method !== 'GET');

describe('publishMonthlyIssue', () => {
  it('creates the month issue once, with the label, marker and the bot as author', async () => {
    const result = await publishMonthlyIssue(monthly(), deps);
    expect(result).toMatchObject({ number: 1, action: 'created', url: 'https://github.test/o/r/issues/1' });
    const issue = gh.issues[0]!;
    expect(issue.user.login).toBe('github-actions[bot]');
    expect(issue.labels).toEqual(['aps-usage']);
    expect(issue.body!.startsWith(`${monthMarker('2026-01')}\n## Usage`)).toBe(true);
    expect(gh.labels.has('aps-usage')).toBe(true);
  });

  it('finds its issue on page 3 and updates it in place; an unchanged body sends no PATCH', async () => {
    await publishMonthlyIssue(monthly(), deps);
    for (let i = 0; i < 250; i++) {
      gh.seedIssue({
        title: `other ${i}`,
        body: `noise ${i}`,
        labels: ['aps-usage'],
        state: i % 3 ? 'open' : 'closed',
      });
    }
    const before = gh.requests.length;
    const updated = await publishMonthlyIssue(monthly({ body: '## Usage\n\nnew figures\n' }), deps);
    expect(updated).toMatchObject({ number: 1, action: 'updated' });
    const lists = gh.requests
      .slice(before)
      .filter((r) => r.method === 'GET' && r.path === '/repos/o/r/issues');
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(lists[0]!.query).toMatchObject({ state: 'all', labels: 'aps-usage', per_page: '100' });
    expect(writesSince(before)).toEqual([
      expect.objectContaining({ method: 'PATCH', path: '/repos/o/r/issues/1' }),
    ]);
    expect(gh.issues[0]!.body).toContain('new figures');
    expect(gh.issues).toHaveLength(251);

    const again = gh.requests.length;
    const unchanged = await publishMonthlyIssue(monthly({ body: '## Usage\n\nnew figures\n' }), deps);
    expect(unchanged).toMatchObject({ number: 1, action: 'unchanged' });
    expect(writesSince(again)).toEqual([]);
  });

  it('never edits a person’s issue that carries the same marker', async () => {
    const theirs = gh.seedIssue({
      title: 'my copy',
      body: `${monthMarker('2026-01')}\nI pasted this`,
      labels: ['aps-usage'],
      user: { login: 'alice', id: 9, type: 'User' },
    });
    const first = await publishMonthlyIssue(monthly(), deps);
    expect(first.action).toBe('created');
    expect(first.number).not.toBe(theirs.number);
    const second = await publishMonthlyIssue(monthly({ body: 'changed' }), deps);
    expect(second).toMatchObject({ number: first.number, action: 'updated' });
    expect(theirs.body).toBe(`${monthMarker('2026-01')}\nI pasted this`);
    expect(gh.writes().some((r) => r.path === `/repos/o/r/issues/${theirs.number}`)).toBe(false);
  });

  it('matches the token’s user when GET /user answers (a personal token)', async () => {
    await start({ identity: { login: 'usage-bot', id: 5, type: 'User' } });
    gh.seedIssue({
      body: `${monthMarker('2026-01')}\nold`,
      labels: ['aps-usage'],
      user: { login: 'alice', id: 9, type: 'User' },
    });
    const mine = gh.seedIssue({
      body: `${monthMarker('2026-01')}\nold`,
      labels: ['aps-usage'],
      user: { login: 'usage-bot', id: 5, type: 'User' },
    });
    gh.seedLabel('aps-usage');
    const result = await publishMonthlyIssue(monthly({ octokit }), deps);
    expect(result).toMatchObject({ number: mine.number, action: 'updated' });
    expect(gh.writes().map((r) => r.path)).toEqual([`/repos/o/r/issues/${mine.number}`]);
  });

  it('matches an explicit author option', async () => {
    const other = gh.seedIssue({
      body: `${monthMarker('2026-01')}\nx`,
      labels: ['aps-usage'],
      user: { login: 'other[bot]', id: 3, type: 'Bot' },
    });
    const result = await publishMonthlyIssue(monthly({ author: 'github-actions[bot]' }), deps);
    expect(result.action).toBe('created');
    expect(result.number).not.toBe(other.number);
    expect(gh.requests.some((r) => r.path === '/user')).toBe(false);
  });

  it('closes earlier months’ open issues when asked, and only ours', async () => {
    await publishMonthlyIssue(monthly({ month: '2025-12', title: 'December' }), deps);
    const person = gh.seedIssue({
      body: `${monthMarker('2025-11')}\nmine`,
      labels: ['aps-usage'],
      user: { login: 'alice', id: 9, type: 'User' },
    });
    const result = await publishMonthlyIssue(monthly({ closePreviousMonth: true }), deps);
    expect(result.closed).toEqual([1]);
    expect(gh.issues[0]!.state).toBe('closed');
    expect(person.state).toBe('open');
    const again = await publishMonthlyIssue(monthly({ closePreviousMonth: true }), deps);
    expect(again).toMatchObject({ action: 'unchanged', closed: [] });
  });

  it('appends mentions from config and assigns on creation only', async () => {
    await start({ assignable: ['bob'] });
    await publishMonthlyIssue(
      monthly({ octokit, assignees: ['bob'], mentions: ['@carol', 'acme/finops'] }),
      deps,
    );
    expect(gh.issues[0]!.assignees).toEqual(['bob']);
    expect(gh.issues[0]!.body).toMatch(/\n\ncc @carol @acme\/finops\n$/);
    await expect(
      publishMonthlyIssue(monthly({ octokit, mentions: ['x](javascript:alert(1))'] }), deps),
    ).rejects.toThrow(/publish\.issue\.mentions/);
  });

  it('reports GitHub’s 422 for an invalid assignee clearly', async () => {
    await expect(publishMonthlyIssue(monthly({ assignees: ['nobody'] }), deps)).rejects.toThrow(
      /creating the 2026-01 usage issue in o\/r failed \(HTTP 422\).*assignees.*publish\.issue/,
    );
  });

  it('tolerates a label someone else created meanwhile (422 already_exists)', async () => {
    gh.seedLabel('aps-usage');
    gh.inject({ status: 404, method: 'GET', path: /^\/repos\/o\/r\/labels\// });
    const result = await publishMonthlyIssue(monthly(), deps);
    expect(result.action).toBe('created');
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path === '/repos/o/r/labels')).toHaveLength(1);
  });

  it('refuses a body over GitHub’s limit before sending anything', async () => {
    await expect(publishMonthlyIssue(monthly({ body: 'x'.repeat(65_536) }), deps)).rejects.toThrow(
      /over GitHub's limit of 65536/,
    );
    expect(gh.requests).toEqual([]);
  });

  it('writes nothing in a dry run', async () => {
    const result = await publishMonthlyIssue(monthly({ dryRun: true }), deps);
    expect(result).toMatchObject({ number: null, action: 'created' });
    expect(gh.writes()).toEqual([]);
    expect(logger.lines.join('\n')).toMatch(/dry run — would create the 2026-01 usage issue/);
  });
});

describe('publishAlertIssues', () => {
  const spike = alert({
    kind: 'spike',
    appId: 'app-2',
    appName: 'Batch',
    title: 'Spike: Batch',
    body: 'x5 on 2026-01-19',
  });
  const team = alert({
    kind: 'forecast',
    appId: null,
    appName: 'Team',
    title: 'Forecast: team over budget',
    body: 'f',
  });

  it('creates each alert once and does not duplicate it on a re-run', async () => {
    const first = await publishAlertIssues(alerts([alert(), spike, team]), deps);
    expect(first.map((r) => [r.kind, r.appId, r.action])).toEqual([
      ['budget', 'app-1', 'created'],
      ['spike', 'app-2', 'created'],
      ['forecast', null, 'created'],
    ]);
    expect(gh.issues.map((i) => i.labels)).toEqual(Array(3).fill(['aps-usage', 'aps-usage-alert']));
    expect(gh.issues[2]!.body).toContain(alertMarker('forecast', null, '2026-01'));

    const before = gh.requests.length;
    const second = await publishAlertIssues(alerts([alert(), spike, team]), deps);
    expect(second.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(writesSince(before)).toEqual([]);
    expect(gh.issues).toHaveLength(3);
  });

  it('updates an alert in place when its figures change', async () => {
    await publishAlertIssues(alerts([alert()]), deps);
    const before = gh.requests.length;
    const result = await publishAlertIssues(
      alerts([
        alert({
          title: 'Budget: Viewer portal used 101% of 500 tokens',
          body: '505 of 500',
        }),
      ]),
      deps,
    );
    expect(result).toEqual([expect.objectContaining({ action: 'updated', number: 1 })]);
    expect(writesSince(before)).toEqual([
      expect.objectContaining({ method: 'PATCH', path: '/repos/o/r/issues/1' }),
    ]);
    expect(gh.issues[0]!.title).toContain('101%');
  });

  it('closes a cleared alert once, with a comment, and never recreates it that month', async () => {
    await publishAlertIssues(alerts([alert(), spike]), deps);
    const cleared = await publishAlertIssues(alerts([alert()]), deps);
    expect(cleared).toEqual([
      expect.objectContaining({ kind: 'budget', action: 'unchanged' }),
      expect.objectContaining({ kind: 'spike', appId: 'app-2', number: 2, action: 'closed' }),
    ]);
    expect(gh.issues[1]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(gh.comments).toEqual([
      expect.objectContaining({ issue_number: 2, body: expect.stringContaining('has cleared') }),
    ]);

    const before = gh.requests.length;
    expect((await publishAlertIssues(alerts([alert()]), deps)).map((r) => r.action)).toEqual(['unchanged']);
    // The spike comes back the same month: the closed issue counts as existing.
    const back = await publishAlertIssues(alerts([alert(), spike]), deps);
    expect(back[1]).toMatchObject({ kind: 'spike', number: 2, action: 'unchanged' });
    expect(writesSince(before)).toEqual([]);
    expect(gh.issues).toHaveLength(2);
    expect(gh.comments).toHaveLength(1);
  });

  it('closes last month’s alerts when the month is over, and leaves open alerts of apps that failed to fetch', async () => {
    await publishAlertIssues(alerts([alert({ month: '2025-12' }), spike], { month: '2025-12' }), deps);
    const result = await publishAlertIssues(alerts([], { incompleteApps: ['app-2'] }), deps);
    // December's budget alert is over; January's spike did not clear — app-2 could not be fetched this run.
    expect(result).toEqual([expect.objectContaining({ kind: 'budget', number: 1, action: 'closed' })]);
    expect(gh.comments[0]!.body).toBe('2025-12 is over, so this alert is closed.');
    expect(gh.issues[1]!.state).toBe('open');
  });

  it('leaves open the alerts this run could not decide, and still closes the ones that cleared', async () => {
    const team = alert({ appId: null, appName: '', title: 'Budget: the team used 85% of 1,000 tokens' });
    await publishAlertIssues(alerts([alert(), team, spike]), deps);
    // The rate table lost its rates: neither budget can be decided, the spike did clear.
    const undecided = [
      { kind: 'budget' as const, appId: 'app-1' },
      { kind: 'forecast' as const, appId: 'app-1' },
      { kind: 'budget' as const, appId: null },
    ];
    const result = await publishAlertIssues(alerts([], { undecided }), deps);
    expect(result).toEqual([expect.objectContaining({ kind: 'spike', appId: 'app-2', action: 'closed' })]);
    expect(gh.issues.map((i) => i.state)).toEqual(['open', 'open', 'closed']);
    // An undecided alert of an earlier month is still over when its month is.
    const next = await publishAlertIssues(alerts([], { month: '2026-02', undecided }), deps);
    expect(next.map((r) => [r.kind, r.appId, r.action])).toEqual([
      ['budget', 'app-1', 'closed'],
      ['budget', null, 'closed'],
    ]);
  });

  it('leaves cleared alerts open when closeResolved is off', async () => {
    await publishAlertIssues(alerts([alert()]), deps);
    const before = gh.requests.length;
    expect(await publishAlertIssues(alerts([], { closeResolved: false }), deps)).toEqual([]);
    expect(writesSince(before)).toEqual([]);
  });

  it('keeps an untrusted app id from breaking or forging the marker', async () => {
    const evil = 'x;app=app-1;month=2026-01 --> <b>';
    await publishAlertIssues(alerts([alert({ appId: evil, appName: 'evil' }), alert()]), deps);
    expect(gh.issues[0]!.body).toContain(
      'app=x%3Bapp%3Dapp-1%3Bmonth%3D2026-01%20--%3E%20%3Cb%3E;month=2026-01 -->',
    );
    const again = await publishAlertIssues(alerts([alert({ appId: evil, appName: 'evil' }), alert()]), deps);
    expect(again.map((r) => [r.appId, r.action])).toEqual([
      [evil, 'unchanged'],
      ['app-1', 'unchanged'],
    ]);
  });

  it('never closes a person’s issue that carries an alert marker', async () => {
    const theirs = gh.seedIssue({
      body: `${alertMarker('budget', 'app-1', '2026-01')}\nquoted`,
      labels: ['aps-usage', 'aps-usage-alert'],
      user: { login: 'alice', id: 9, type: 'User' },
    });
    await publishAlertIssues(alerts([]), deps);
    expect(theirs.state).toBe('open');
    expect(gh.writes()).toEqual([]);
  });
});

describe('publishAlertIssues in a dry run', () => {
  it('reads but writes nothing', async () => {
    await publishAlertIssues(alerts([alert()]), deps);
    const before = gh.requests.length;
    const result = await publishAlertIssues(
      alerts([alert({ body: 'changed' }), alert({ kind: 'cap', title: 'Cap' })], { dryRun: true }),
      deps,
    );
    expect(result.map((r) => r.action)).toEqual(['updated', 'created']);
    expect(writesSince(before)).toEqual([]);
    const closing = await publishAlertIssues(alerts([], { dryRun: true }), deps);
    expect(closing).toEqual([expect.objectContaining({ action: 'closed', number: 1 })]);
    expect(gh.issues[0]!.state).toBe('open');
    expect(writesSince(before)).toEqual([]);
  });
});

describe('the GitHub client', () => {
  it('sends the REST API version and GitHub’s media type on every request, retries included', async () => {
    gh.inject({ status: 502, method: 'GET', path: /\/issues$/ });
    await publishMonthlyIssue(monthly(), deps);
    await publishMonthlyIssue(monthly({ body: 'changed' }), deps);
    await publishAlertIssues(alerts([alert()]), deps);
    await publishAlertIssues(alerts([]), deps);
    const methods = new Set(gh.requests.map((r) => r.method));
    expect([...methods].sort()).toEqual(['GET', 'PATCH', 'POST']);
    expect(gh.requests.length).toBeGreaterThan(8);
    for (const r of gh.requests) {
      expect({ path: r.path, accept: r.accept, apiVersion: r.apiVersion }).toEqual({
        path: r.path,
        accept: 'application/vnd.github+json',
        apiVersion: '2022-11-28',
      });
    }
  });

  it('is talking to a fake that refuses a request without those headers', async () => {
    const url = `${gh.url}/repos/o/r/issues`;
    const authorization = `token ${gh.token}`;
    const bare = await fetch(url, { headers: { authorization } });
    expect(bare.status).toBe(400);
    const oldAccept = await fetch(url, {
      headers: {
        authorization,
        'x-github-api-version': '2022-11-28',
        accept: 'application/vnd.github.v3+json',
      },
    });
    expect(oldAccept.status).toBe(415);
    const current = await fetch(url, {
      headers: { authorization, 'x-github-api-version': '2022-11-28', accept: 'application/vnd.github+json' },
    });
    expect(current.status).toBe(200);
  });

  it('waits out a 403 rate limit until its reset, through deps.sleep, with a warning', async () => {
    gh.inject({ status: 403, rateLimit: true, method: 'GET', path: /\/issues$/ });
    const result = await publishMonthlyIssue(monthly(), deps);
    expect(result.action).toBe('created');
    expect(gh.requests.filter((r) => r.method === 'GET' && r.path === '/repos/o/r/issues')).toHaveLength(2);
    expect(logger.lines.some((l) => l.startsWith('warning: GitHub rate limit hit for GET'))).toBe(true);
    // The fake resets one second after its (and the client's) clock; the writes after it are a second apart.
    expect(deps.slept[0]).toBe(1000);
  });

  it('retries a secondary rate limit after its retry-after', async () => {
    gh.inject({ status: 403, secondary: true, method: 'POST', path: /\/issues$/ });
    const result = await publishMonthlyIssue(monthly(), deps);
    expect(result.action).toBe('created');
    expect(gh.issues).toHaveLength(1);
    expect(logger.lines.some((l) => l.includes('secondary rate limit'))).toBe(true);
    // retry-after: 1 (the label write before it also leaves a second: both are 1 s).
    expect(deps.slept).toContain(1000);
  });

  it('retries 5xx with backoff', async () => {
    gh.inject({ status: 502, times: 2, method: 'GET', path: /\/issues$/ });
    gh.inject({ status: 500, method: 'PATCH' });
    await publishMonthlyIssue(monthly(), deps);
    const result = await publishMonthlyIssue(monthly({ body: 'new' }), deps);
    expect(result.action).toBe('updated');
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
    // Backoff (retry n waits n² s): 1 s and 4 s for the GETs, 1 s for the PATCH; plus write spacing of 1 s.
    expect(deps.slept.filter((ms) => ms === 4000)).toHaveLength(1);
  });

  it('gives up on a rate limit after the bounded retries, with a clear error', async () => {
    gh.inject({ status: 403, rateLimit: true, times: 10, method: 'GET', path: /\/issues$/ });
    await expect(publishMonthlyIssue(monthly(), deps)).rejects.toThrow(
      /listing the issues of o\/r failed \(HTTP 403\)/,
    );
    expect(gh.requests.filter((r) => r.path === '/repos/o/r/issues')).toHaveLength(3);
  });

  it('sends through deps.fetch and spaces writes a second apart through deps.sleep', async () => {
    const sent: string[] = [];
    const client = createGitHubClient(
      { token: gh.token, baseUrl: gh.url },
      {
        ...deps,
        fetch: (input, init) => {
          sent.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
          return globalThis.fetch(input, init);
        },
      },
    );
    // Two writes, the label then the issue: the second waits a second after the first was answered (the clock
    // stands still here, so the whole second).
    expect((await publishMonthlyIssue(monthly({ octokit: client }), deps)).action).toBe('created');
    expect(sent.filter((r) => !r.startsWith('GET'))).toEqual([
      'POST /repos/o/r/labels',
      'POST /repos/o/r/issues',
    ]);
    expect(sent.length).toBe(gh.requests.length);
    expect(deps.slept).toEqual([1000]);
  });

  it('uses GITHUB_API_URL (GitHub Enterprise Server) and keeps the token out of errors and logs', async () => {
    await start({ pathPrefix: '/api/v3' });
    const client = createGitHubClient(
      {
        token: gh.token,
        baseUrl: readGitHubContext({ GITHUB_API_URL: `${gh.url}/` }).apiUrl,
      },
      deps,
    );
    expect((await publishMonthlyIssue(monthly({ octokit: client }), deps)).action).toBe('created');
    expect(gh.requests[0]!.authorization).toBe(`token ${gh.token}`);
    expect(gh.requests[0]!.userAgent).toMatch(/^aps-usage-report octokit-core\.js\//);

    const wrong = 'ghp_wrongTokenABCDEFGHIJ0123456789';
    const bad = createGitHubClient({ token: wrong, baseUrl: gh.url }, deps);
    const error = await publishMonthlyIssue(monthly({ octokit: bad }), deps).then(
      () => new Error('expected a failure'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(/HTTP 401.*Bad credentials.*invalid or has expired/);
    expect(`${error.message}\n${error.stack}\n${logger.lines.join('\n')}`).not.toContain(wrong);
  });
});

describe('the user agent', () => {
  it('carries the run orchestration id from the GitHub context, with anything odd in it replaced', async () => {
    const context = readGitHubContext({ ACTIONS_ORCHESTRATION_ID: ' run 7/a:b ' });
    expect(context.orchestrationId).toBe('run 7/a:b');
    const client = createGitHubClient(
      { token: gh.token, baseUrl: gh.url, orchestrationId: context.orchestrationId! },
      deps,
    );
    await publishMonthlyIssue(monthly({ octokit: client }), deps);
    expect(gh.requests[0]!.userAgent).toMatch(
      /^aps-usage-report actions_orchestration_id\/run_7_a_b octokit-core/,
    );
    expect(readGitHubContext({ ACTIONS_ORCHESTRATION_ID: '  ' }).orchestrationId).toBeUndefined();
  });
});

describe('readGitHubContext', () => {
  it('splits owner/name once, and says whether the value was missing or malformed', () => {
    expect(readGitHubContext({ GITHUB_REPOSITORY: 'octo/usage' }).repository).toEqual({
      owner: 'octo',
      repo: 'usage',
    });
    expect(() => requireRepository(readGitHubContext({}), 'publish: issue needs the repository')).toThrow(
      'publish: issue needs the repository: GITHUB_REPOSITORY is not set; expected the repository as owner/name',
    );
    expect(() => requireRepository(readGitHubContext({ GITHUB_REPOSITORY: 'bad' }), 'issue')).toThrow(
      'issue: GITHUB_REPOSITORY: expected owner/name, got "bad"',
    );
  });
});
