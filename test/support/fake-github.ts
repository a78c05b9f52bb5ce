/**
 * A loopback fake of the slice of GitHub's REST API the issue publisher uses, behaving like GitHub: paginated
 * listing with `Link` headers, 422 validation errors in GitHub's shape, rate-limit and 5xx injection. It records
 * every request so tests can assert on what was (not) sent. Like a strict reading of GitHub's REST conventions, it
 * refuses any request without `X-GitHub-Api-Version: 2022-11-28` and `Accept: application/vnd.github+json`, so
 * every test that talks to it checks the client sends them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  user: FakeUser;
  assignees: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull_request?: boolean;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: FakeUser;
}

export interface RecordedRequest {
  method: string;
  /** Path below the API root, without the query. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  accept: string | undefined;
  apiVersion: string | undefined;
  userAgent: string | undefined;
}

export const GITHUB_API_VERSION = '2022-11-28';
export const GITHUB_ACCEPT = 'application/vnd.github+json';

export interface Injection {
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  method?: string;
  path?: RegExp;
  /** 403 with `x-ratelimit-remaining: 0` and a reset one second ahead. */
  rateLimit?: boolean;
  /** 403 "secondary rate limit" with `retry-after: 1`. */
  secondary?: boolean;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** The token the server accepts (`Authorization: token …`). */
  token?: string;
  /** Who the token is. Default the Actions bot, for which `GET /user` answers 403 as GitHub does. */
  identity?: FakeUser;
  /** `/api/v3` to look like GitHub Enterprise Server. */
  pathPrefix?: string;
  /** Users that may be assigned. */
  assignable?: string[];
  /** The server's clock, for rate-limit resets: share it with the client's `deps.clock`. */
  now?: () => Date;
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface FakeGitHub {
  /** API root to use as `baseUrl`. */
  url: string;
  owner: string;
  repo: string;
  token: string;
  requests: RecordedRequest[];
  issues: FakeIssue[];
  comments: FakeComment[];
  labels: Map<string, { name: string; color: string }>;
  seedIssue(partial: Partial<FakeIssue>): FakeIssue;
  seedLabel(name: string): void;
  inject(injection: Injection): void;
  /** Requests other than GET. */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'o';
  const repo = options.repo ?? 'r';
  const token = options.token ?? 'ghs_fakeGitHubToken000000000000000000';
  const identity = options.identity ?? ACTIONS_BOT;
  const prefix = options.pathPrefix ?? '';
  const assignable = new Set(options.assignable ?? []);
  const now = options.now ?? (() => new Date());
  const requests: RecordedRequest[] = [];
  const issues: FakeIssue[] = [];
  const comments: FakeComment[] = [];
  const labels = new Map<string, { name: string; color: string }>();
  const injections: Array<Injection & { left: number }> = [];
  let tick = 0;
  const stamp = (): string => new Date(Date.UTC(2026, 0, 1) + ++tick * 1000).toISOString();

  let base = '';
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { message: `fake GitHub crashed: ${String(error)}` });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { message: 'Problems parsing JSON' });
      }
    }
    if (!url.pathname.startsWith(prefix)) return send(res, 404, { message: 'Not Found' });
    const path = url.pathname.slice(prefix.length);
    const auth = req.headers.authorization;
    const accept = req.headers.accept;
    const apiVersion = req.headers['x-github-api-version'] as string | undefined;
    requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: auth,
      accept,
      apiVersion,
      userAgent: req.headers['user-agent'],
    });
    // GitHub answers an unsupported version with 400 and serves its default when the header is missing; the fake
    // refuses both, so a client that forgets either header fails every test that talks to it.
    if (apiVersion !== GITHUB_API_VERSION) {
      return send(res, 400, {
        message: `fake GitHub: expected X-GitHub-Api-Version: ${GITHUB_API_VERSION}, got ${JSON.stringify(apiVersion ?? null)}`,
      });
    }
    if (accept !== GITHUB_ACCEPT) {
      return send(res, 415, {
        message: `fake GitHub: expected Accept: ${GITHUB_ACCEPT}, got ${JSON.stringify(accept ?? null)}`,
      });
    }

    const injected = injections.find(
      (i) => i.left > 0 && (!i.method || i.method === method) && (!i.path || i.path.test(path)),
    );
    if (injected) {
      injected.left--;
      if (injected.rateLimit) {
        return send(
          res,
          403,
          {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url: docs('rate-limit'),
          },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.floor(now().getTime() / 1000) + 1),
          },
        );
      }
      if (injected.secondary) {
        return send(
          res,
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: docs('secondary-rate-limits'),
          },
          { 'retry-after': '1' },
        );
      }
      return send(res, injected.status, { message: injected.status >= 500 ? 'Server Error' : 'Injected' });
    }

    if (auth !== `token ${token}` && auth !== `Bearer ${token}` && auth !== `bearer ${token}`) {
      return send(res, 401, { message: 'Bad credentials', documentation_url: docs('') });
    }
    if (method === 'GET' && path === '/user') {
      if (identity.type === 'Bot') {
        return send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: docs('users'),
        });
      }
      return send(res, 200, userJson(identity));
    }
    const repoPath = `/repos/${owner}/${repo}`;
    if (!path.startsWith(`${repoPath}/`)) return send(res, 404, { message: 'Not Found' });
    const rest = path.slice(repoPath.length);
    let m: RegExpExecArray | null;

    if (rest === '/issues' && method === 'GET') return listIssues(url, res);
    if (rest === '/issues' && method === 'POST') return createIssue(body, res);
    if ((m = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      if (method === 'GET') return send(res, 200, issueJson(issue));
      if (method === 'PATCH') return updateIssue(issue, body, res);
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      if (method === 'POST') {
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string' || text === '')
          return validation(res, 'IssueComment', 'missing_field', 'body');
        const comment = {
          id: 1000 + comments.length,
          issue_number: issue.number,
          body: text,
          user: identity,
        };
        comments.push(comment);
        issue.updated_at = stamp();
        return send(res, 201, { ...comment, user: userJson(identity) });
      }
      if (method === 'GET') {
        return send(
          res,
          200,
          comments
            .filter((c) => c.issue_number === issue.number)
            .map((c) => ({ ...c, user: userJson(c.user) })),
        );
      }
    }
    if (rest === '/labels' && method === 'GET') return send(res, 200, [...labels.values()].map(labelJson));
    if (rest === '/labels' && method === 'POST') {
      const { name, color } = (body ?? {}) as { name?: unknown; color?: unknown };
      if (typeof name !== 'string' || name === '') return validation(res, 'Label', 'missing_field', 'name');
      if (labels.has(name.toLowerCase())) return validation(res, 'Label', 'already_exists', 'name');
      const label = { name, color: typeof color === 'string' ? color : 'ededed' };
      labels.set(name.toLowerCase(), label);
      return send(res, 201, labelJson(label));
    }
    if ((m = /^\/labels\/([^/]+)$/.exec(rest)) && method === 'GET') {
      const label = labels.get(decodeURIComponent(m[1]!).toLowerCase());
      return label ? send(res, 200, labelJson(label)) : send(res, 404, { message: 'Not Found' });
    }
    return send(res, 404, { message: 'Not Found' });
  }

  function listIssues(url: URL, res: ServerResponse): void {
    const q = url.searchParams;
    const state = q.get('state') ?? 'open';
    const wanted = (q.get('labels') ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const creator = q.get('creator');
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30)));
    const page = Math.max(1, Number(q.get('page') ?? 1));
    // GitHub's default order: newest first.
    const matching = [...issues]
      .reverse()
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .filter((i) => !creator || i.user.login === creator);
    const last = Math.max(1, Math.ceil(matching.length / perPage));
    const link = (p: number): string => {
      const next = new URL(url);
      next.searchParams.set('page', String(p));
      return `<${next.toString()}>`;
    };
    const links: string[] = [];
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) links.push(`${link(page - 1)}; rel="prev"`, `${link(1)}; rel="first"`);
    const slice = matching.slice((page - 1) * perPage, page * perPage);
    send(res, 200, slice.map(issueJson), links.length ? { link: links.join(', ') } : {});
  }

  function createIssue(body: unknown, res: ServerResponse): void {
    const b = (body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown; assignees?: unknown };
    if (typeof b.title !== 'string' || b.title.trim() === '')
      return validation(res, 'Issue', 'missing_field', 'title');
    const problem = checkIssueFields(b);
    if (problem) return send(res, 422, problem);
    const issue = seedIssue({
      title: b.title,
      body: typeof b.body === 'string' ? b.body : null,
      labels: (b.labels as string[] | undefined) ?? [],
      assignees: (b.assignees as string[] | undefined) ?? [],
      user: identity,
    });
    send(res, 201, issueJson(issue), {
      location: `${base}${prefix}/repos/${owner}/${repo}/issues/${issue.number}`,
    });
  }

  function updateIssue(issue: FakeIssue, body: unknown, res: ServerResponse): void {
    const b = (body ?? {}) as Record<string, unknown>;
    if ('title' in b && (typeof b.title !== 'string' || b.title.trim() === '')) {
      return validation(res, 'Issue', 'missing_field', 'title');
    }
    const problem = checkIssueFields(b);
    if (problem) return send(res, 422, problem);
    if (typeof b.title === 'string') issue.title = b.title;
    if (typeof b.body === 'string') issue.body = b.body;
    if (Array.isArray(b.labels)) issue.labels = b.labels as string[];
    if (b.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.state_reason = typeof b.state_reason === 'string' ? b.state_reason : 'completed';
      issue.closed_at = stamp();
    } else if (b.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.state_reason = 'reopened';
      issue.closed_at = null;
    }
    issue.updated_at = stamp();
    send(res, 200, issueJson(issue));
  }

  function checkIssueFields(b: {
    body?: unknown;
    labels?: unknown;
    assignees?: unknown;
  }): object | undefined {
    if (typeof b.body === 'string' && b.body.length > 65_536) {
      return validationBody('Issue', 'custom', 'body', 'body is too long (maximum is 65536 characters)');
    }
    for (const l of (b.labels as unknown[] | undefined) ?? []) {
      if (typeof l !== 'string' || !labels.has(l.toLowerCase())) {
        return {
          ...validationBody('Label', 'invalid', 'labels'),
          errors: [{ resource: 'Label', code: 'invalid', field: 'name', value: l }],
        };
      }
    }
    for (const a of (b.assignees as unknown[] | undefined) ?? []) {
      if (typeof a !== 'string' || !assignable.has(a)) {
        return {
          ...validationBody('Issue', 'invalid', 'assignees'),
          errors: [{ resource: 'Issue', code: 'invalid', field: 'assignees', value: a }],
        };
      }
    }
    return undefined;
  }

  function seedIssue(partial: Partial<FakeIssue>): FakeIssue {
    const created = stamp();
    const issue: FakeIssue = {
      number: issues.length + 1,
      title: 'an issue',
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      user: { login: 'someone', id: 7, type: 'User' },
      assignees: [],
      created_at: created,
      updated_at: created,
      closed_at: null,
      ...partial,
    };
    issues.push(issue);
    return issue;
  }

  function issueJson(i: FakeIssue): object {
    return {
      id: 500_000 + i.number,
      node_id: `I_${i.number}`,
      number: i.number,
      url: `${base}${prefix}/repos/${owner}/${repo}/issues/${i.number}`,
      html_url: `https://github.test/${owner}/${repo}/issues/${i.number}`,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason,
      locked: false,
      user: userJson(i.user),
      labels: i.labels.map((name) => labelJson(labels.get(name.toLowerCase()) ?? { name, color: 'ededed' })),
      assignee: i.assignees[0] ? { login: i.assignees[0] } : null,
      assignees: i.assignees.map((login) => ({ login })),
      comments: comments.filter((c) => c.issue_number === i.number).length,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      author_association: i.user.type === 'Bot' ? 'NONE' : 'OWNER',
      ...(i.pull_request ? { pull_request: { url: `${base}/pulls/${i.number}` } } : {}),
    };
  }

  function validation(res: ServerResponse, resource: string, code: string, field: string): void {
    send(res, 422, validationBody(resource, code, field));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${base}${prefix}`,
    owner,
    repo,
    token,
    requests,
    issues,
    comments,
    labels,
    seedIssue,
    seedLabel: (name) => void labels.set(name.toLowerCase(), { name, color: 'ededed' }),
    inject: (injection) => void injections.push({ ...injection, left: injection.times ?? 1 }),
    writes: () => requests.filter((r) => r.method !== 'GET'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function validationBody(resource: string, code: string, field: string, message?: string): object {
  return {
    message: 'Validation Failed',
    errors: [{ resource, code, field, ...(message ? { message } : {}) }],
    documentation_url: docs('issues'),
    status: '422',
  };
}

function docs(topic: string): string {
  return `https://docs.github.com/rest/${topic}`;
}

function userJson(u: FakeUser): object {
  return { login: u.login, id: u.id, type: u.type, site_admin: false };
}

function labelJson(l: { name: string; color: string }): object {
  return { id: l.name.length, name: l.name, color: l.color, default: false, description: null };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
