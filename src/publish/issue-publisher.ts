/**
 * The issue publisher: this month's usage issue (updated in place) and the alert issues. It owns the body layout
 * (marker, summary, cc line), so it asks the site for a summary that fits what the layout leaves, and which alerts
 * share an issue; render only writes each issue's text.
 */
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';
import { requireRepository } from '../github-context.js';
import { alertClosingComment, alertIssueText, monthIssueTitle } from '../render/alert-issues.js';
import type { Site } from '../site.js';
import { createGitHubClient } from './github.js';
import type { PublishContext, Publisher } from './index.js';
import { groupAlerts, issueBodyFrame, monthMarker } from './issue-markers.js';
import {
  publishAlertIssues,
  publishMonthlyIssue,
  type AlertIssueResult,
  type IssueResult,
} from './issues.js';

export interface IssueStageResult {
  issue: IssueResult;
  alerts: AlertIssueResult[];
}

export const issuePublisher: Publisher<'issue'> = {
  target: 'issue',
  check(context) {
    requireRepository(context.github, 'publish: issue needs the repository');
    if (!context.github.token) {
      throw new UserError(
        'publish: issue needs a GitHub token: set the github-token input (action) or GITHUB_TOKEN (CLI)',
      );
    }
  },
  publish: publishIssues,
};

async function publishIssues(site: Site, context: PublishContext, deps: Deps): Promise<IssueStageResult> {
  const settings = context.config.publish.issue ?? {
    labels: ['aps-usage'],
    closeResolved: true,
    closePreviousMonth: false,
    assignees: [],
    mentions: [],
  };
  const { owner, repo } = requireRepository(context.github, 'publish: issue needs the repository');
  const octokit = createGitHubClient(
    {
      token: context.github.token ?? '',
      baseUrl: context.github.apiUrl,
      ...(context.github.orchestrationId ? { orchestrationId: context.github.orchestrationId } : {}),
    },
    deps,
  );
  const { model } = site;
  const target = {
    octokit,
    owner,
    repo,
    dryRun: context.dryRun,
    assignees: settings.assignees,
    mentions: settings.mentions,
    ...(settings.author ? { author: settings.author } : {}),
  };
  const month = model.month.month;
  const issue = await publishMonthlyIssue(
    {
      ...target,
      labels: settings.labels,
      month,
      title: monthIssueTitle(model),
      body: site.summaryWithin(issueBodyFrame(monthMarker(month), settings.mentions).room),
      closePreviousMonth: settings.closePreviousMonth,
    },
    deps,
  );
  const alerts = await publishAlertIssues(
    {
      ...target,
      labels: [...settings.labels, 'aps-usage-alert'],
      alerts: groupAlerts(model.alerts).map((group) => ({
        kind: group.kind,
        appId: group.appId,
        appName: group.alerts[0]!.appName,
        month: group.month,
        ...alertIssueText(model, group.alerts, context.siteUrl),
      })),
      month,
      closeResolved: settings.closeResolved,
      resolvedComment: alertClosingComment(model),
      incompleteApps: context.failedAppIds,
      undecided: model.undecided,
    },
    deps,
  );
  return { issue, alerts };
}
