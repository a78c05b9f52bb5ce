/**
 * The GitHub calls behind the issue publisher: find our marked issues (label listing, every page, author matched),
 * create, update, close with a comment, ensure labels. Dry runs log instead of writing. Errors say what failed.
 */
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';
import { describeGitHubError, type GitHubClient } from './github.js';
import { ISSUE_BODY_LIMIT, parseMarker, type Marker } from './issue-markers.js';

export type IssueDeps = Pick<Deps, 'logger' | 'clock'>;

export interface IssueTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** Labels of the issues (from `publish.issue.labels`); the first is used to list them back. */
  labels: readonly string[];
  dryRun: boolean;
  /**
   * The login the token acts as. Default: `GET /user`; for a GitHub App or Actions token, which cannot read
   * `/user`, any bot account matches (a person's issue never does).
   */
  author?: string;
  /** From `publish.issue.assignees`: set when an issue is created, never changed afterwards. */
  assignees?: readonly string[];
  /** From `publish.issue.mentions`: a `cc @…` line at the end of the body. */
  mentions?: readonly string[];
}

/** One of our issues (marker and author matched). */
export interface OwnIssue {
  number: number;
  title: string;
  body: string;
  state: string;
  url: string;
  marker: Marker;
}

/** Our issues with a marker, oldest first. */
export async function listOwnIssues(target: IssueTarget, deps: IssueDeps): Promise<OwnIssue[]> {
  const isOurs = await resolveAuthor(target, deps);
  const where = `${target.owner}/${target.repo}`;
  let listed;
  try {
    listed = await target.octokit.paginate(target.octokit.rest.issues.listForRepo, {
      owner: target.owner,
      repo: target.repo,
      state: 'all',
      per_page: 100,
      ...(target.labels[0] ? { labels: target.labels[0] } : {}),
    });
  } catch (error) {
    throw describeGitHubError(error, `issue: listing the issues of ${where}`);
  }
  const own: OwnIssue[] = [];
  for (const issue of listed) {
    if (issue.pull_request) continue;
    const marker = parseMarker(issue.body);
    if (!marker || !issue.user || !isOurs(issue.user)) continue;
    own.push({
      number: issue.number,
      title: issue.title,
      body: issue.body ?? '',
      state: issue.state,
      url: issue.html_url,
      marker,
    });
  }
  return own.sort((a, b) => a.number - b.number);
}

type AuthorCheck = (user: { login: string; type?: string }) => boolean;

async function resolveAuthor(target: IssueTarget, deps: IssueDeps): Promise<AuthorCheck> {
  if (target.author) {
    const login = target.author.toLowerCase();
    return (user) => user.login.toLowerCase() === login;
  }
  try {
    const { data } = await target.octokit.rest.users.getAuthenticated();
    deps.logger.debug(`issue: publishing as ${data.login}`);
    const login = data.login.toLowerCase();
    return (user) => user.login.toLowerCase() === login;
  } catch (error) {
    const status = (error as { status?: number }).status;
    // GITHUB_TOKEN and GitHub App tokens cannot read /user: they act as a bot, and no person is a bot.
    if (status === 403 || status === 404) {
      deps.logger.debug('issue: the token acts as an app; matching issues written by a bot account');
      return (user) => user.type === 'Bot';
    }
    throw describeGitHubError(error, 'issue: finding out who the token acts as (GET /user)');
  }
}

export async function createIssue(
  options: IssueTarget,
  title: string,
  body: string,
  what: string,
  deps: IssueDeps,
): Promise<{ number: number | null; url: string | null; action: 'created' }> {
  const assignees = [...(options.assignees ?? [])];
  if (options.dryRun) {
    deps.logger.info(`issue: dry run — would create ${what}: "${title}" (${body.length} characters)`);
    return { number: null, url: null, action: 'created' };
  }
  await ensureLabels(options, deps);
  try {
    const { data } = await options.octokit.rest.issues.create({
      owner: options.owner,
      repo: options.repo,
      title,
      body,
      labels: [...options.labels],
      ...(assignees.length ? { assignees } : {}),
    });
    deps.logger.info(`issue: created ${what}: ${data.html_url}`);
    return { number: data.number, url: data.html_url, action: 'created' };
  } catch (error) {
    throw describeGitHubError(error, `issue: creating ${what} in ${options.owner}/${options.repo}`);
  }
}

export async function updateIssue(
  options: IssueTarget,
  issue: OwnIssue,
  change: { title: string; body: string },
  what: string,
  deps: IssueDeps,
): Promise<void> {
  if (options.dryRun) {
    deps.logger.info(`issue: dry run — would update ${what} (#${issue.number})`);
    return;
  }
  try {
    await options.octokit.rest.issues.update({
      owner: options.owner,
      repo: options.repo,
      issue_number: issue.number,
      ...change,
    });
    deps.logger.info(`issue: updated ${what}: ${issue.url}`);
  } catch (error) {
    throw describeGitHubError(error, `issue: updating ${what} (#${issue.number})`);
  }
}

export async function closeIssue(
  options: IssueTarget,
  issue: OwnIssue,
  comment: string | undefined,
  what: string,
  deps: IssueDeps,
): Promise<void> {
  if (options.dryRun) {
    deps.logger.info(`issue: dry run — would close ${what} (#${issue.number})`);
    return;
  }
  if (comment && comment.length > ISSUE_BODY_LIMIT) {
    throw new UserError(
      `${what}: the closing comment is over GitHub's limit of ${ISSUE_BODY_LIMIT} characters`,
    );
  }
  const ref = { owner: options.owner, repo: options.repo, issue_number: issue.number };
  try {
    if (comment) await options.octokit.rest.issues.createComment({ ...ref, body: comment });
    await options.octokit.rest.issues.update({ ...ref, state: 'closed', state_reason: 'completed' });
    deps.logger.info(`issue: closed ${what}: ${issue.url}`);
  } catch (error) {
    throw describeGitHubError(error, `issue: closing ${what}`);
  }
}

/** Creates the labels that are missing; a label created meanwhile by someone else (422 already_exists) is fine. */
async function ensureLabels(options: IssueTarget, deps: IssueDeps): Promise<void> {
  for (const name of options.labels) {
    try {
      await options.octokit.rest.issues.getLabel({ owner: options.owner, repo: options.repo, name });
      continue;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) {
        throw describeGitHubError(error, `issue: reading the label ${JSON.stringify(name)}`);
      }
    }
    try {
      await options.octokit.rest.issues.createLabel({
        owner: options.owner,
        repo: options.repo,
        name,
        color: '1d76db',
      });
      deps.logger.info(`issue: created the label ${JSON.stringify(name)}`);
    } catch (error) {
      if (!isAlreadyExists(error))
        throw describeGitHubError(error, `issue: creating the label ${JSON.stringify(name)}`);
    }
  }
}

function isAlreadyExists(error: unknown): boolean {
  const e = error as { status?: number; response?: { data?: { errors?: Array<{ code?: string }> } } };
  return e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === 'already_exists');
}
