/**
 * The issue stage of the pipeline: this month's usage issue (updated in place) and the alert issues.
 */
import type { Config } from '../config/schema.js';
import type { Deps } from '../deps.js';
import type { ReportModel } from '../model/types.js';
import { alertClosingComment, alertIssues, monthIssueTitle } from '../render/alert-issues.js';
import { createGitHubClient, parseRepository, type GitHubClientOptions } from './github.js';
import {
  publishAlertIssues,
  publishMonthlyIssue,
  type AlertIssueResult,
  type IssueResult,
} from './issues.js';

export interface IssueStageInput {
  model: ReportModel;
  /** The Markdown summary, already within GitHub's issue body limit. */
  body: string;
  config: Config;
  failedAppIds: readonly string[];
  siteUrl?: string;
  dryRun: boolean;
  /** Test hook: point the client at a loopback fake, shorten waits. */
  github?: Partial<GitHubClientOptions>;
}

export interface IssueStageResult {
  issue: IssueResult;
  alerts: AlertIssueResult[];
}

export async function publishIssues(input: IssueStageInput, deps: Deps): Promise<IssueStageResult> {
  const settings = input.config.publish.issue ?? {
    labels: ['aps-usage'],
    closeResolved: true,
    closePreviousMonth: false,
    assignees: [],
    mentions: [],
  };
  const octokit = createGitHubClient({ token: deps.env.GITHUB_TOKEN ?? '', ...input.github }, deps);
  const { owner, repo } = parseRepository(deps.env.GITHUB_REPOSITORY);
  const target = {
    octokit,
    owner,
    repo,
    dryRun: input.dryRun,
    assignees: settings.assignees,
    mentions: settings.mentions,
    ...(settings.author ? { author: settings.author } : {}),
  };
  const month = input.model.month.month;
  const issue = await publishMonthlyIssue(
    {
      ...target,
      labels: settings.labels,
      month,
      title: monthIssueTitle(input.model),
      body: input.body,
      closePreviousMonth: settings.closePreviousMonth,
    },
    deps,
  );
  const alerts = await publishAlertIssues(
    {
      ...target,
      labels: [...settings.labels, 'aps-usage-alert'],
      alerts: alertIssues(input.model, input.siteUrl),
      month,
      closeResolved: settings.closeResolved,
      resolvedComment: alertClosingComment(input.model),
      incompleteApps: input.failedAppIds,
    },
    deps,
  );
  return { issue, alerts };
}
