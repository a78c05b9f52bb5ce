/**
 * The issue publisher: one issue per calendar month, updated in place, and alert issues (one per kind, app and
 * month) that close themselves when the condition clears. Issues are found again by listing the label's issues
 * (state all, every page) and matching a hidden marker *and* the author — never the search API, whose index lags,
 * and never a person's issue, even one that carries the marker.
 */
import { UserError } from '../errors.js';
import {
  closeIssue,
  createIssue,
  listOwnIssues,
  updateIssue,
  type IssueDeps,
  type IssueTarget,
  type OwnIssue,
} from './issue-api.js';
import {
  ALERT_KINDS,
  alertKey,
  alertMarker,
  checkMonth,
  issueBodyFrame,
  monthMarker,
  sameText,
  type AlertKind,
} from './issue-markers.js';

export { ISSUE_BODY_LIMIT, type AlertKind } from './issue-markers.js';
export type { IssueDeps, IssueTarget } from './issue-api.js';

export interface MonthlyIssueOptions extends IssueTarget {
  month: string;
  title: string;
  /** Rendered Markdown, already escaped and within GitHub's limit. */
  body: string;
  /** Close our open month issues of earlier months (`publish.issue.closePreviousMonth`). */
  closePreviousMonth?: boolean;
}

export type IssueAction = 'created' | 'updated' | 'unchanged';

export interface IssueResult {
  /** null only for an issue a dry run would have created. */
  number: number | null;
  url: string | null;
  action: IssueAction;
  /** Earlier months' issues closed by `closePreviousMonth`. */
  closed: number[];
}

/** One alert issue to be (or update, or close): its identity (see `groupAlerts`) and its rendered text. */
export interface AlertIssueInput {
  kind: AlertKind;
  /** null: the whole team; `api:<name>` for a cap. */
  appId: string | null;
  /** For messages: the app's (or API's) name; empty for the team. */
  appName: string;
  month: string;
  title: string;
  /** Markdown, already escaped. */
  body: string;
}

export interface AlertIssuesOptions extends IssueTarget {
  /** Every alert that holds now; an open alert issue missing from this list has cleared. */
  alerts: readonly AlertIssueInput[];
  /** The report's current month: alert issues of earlier months are over. */
  month: string;
  /** Close cleared alerts with a short comment (`publish.issue.closeResolved`). */
  closeResolved: boolean;
  /** Apps whose data could not be fetched this run: their open alerts are left alone rather than closed. */
  incompleteApps?: readonly string[];
  /**
   * Alerts this run could not decide (a budget or forecast over usage without a token figure): not holding is not
   * the same as cleared, so their open issues are left alone.
   */
  undecided?: readonly { kind: AlertKind; appId: string | null }[];
  /** The closing comment (for the report's locale); default English. */
  resolvedComment?: (
    reason: 'cleared' | 'month-over',
    alert: { kind: AlertKind; appId: string | null; month: string },
  ) => string;
}

export interface AlertIssueResult {
  kind: AlertKind;
  appId: string | null;
  number: number | null;
  url: string | null;
  action: IssueAction | 'closed';
}

export async function publishMonthlyIssue(
  options: MonthlyIssueOptions,
  deps: IssueDeps,
): Promise<IssueResult> {
  const { logger } = deps;
  const what = `the ${options.month} usage issue`;
  const body = issueBodyFrame(monthMarker(options.month), options.mentions ?? []).compose(options.body, what);
  checkTitle(options.title, what);

  const own = await listOwnIssues(options, deps);
  const mine = own.filter((i) => i.marker.type === 'month' && i.marker.month === options.month);
  warnDuplicates(mine, what, deps);
  const existing = mine[0];
  let result: IssueResult;
  if (!existing) {
    result = { ...(await createIssue(options, options.title, body, what, deps)), closed: [] };
  } else if (sameText(existing.title, options.title) && sameText(existing.body, body)) {
    logger.info(`issue: ${what} (#${existing.number}) is up to date`);
    result = { number: existing.number, url: existing.url, action: 'unchanged', closed: [] };
  } else {
    await updateIssue(options, existing, { title: options.title, body }, what, deps);
    result = { number: existing.number, url: existing.url, action: 'updated', closed: [] };
  }

  if (options.closePreviousMonth) {
    for (const old of own) {
      if (old.marker.type !== 'month' || old.marker.month >= options.month || old.state !== 'open') continue;
      await closeIssue(options, old, undefined, `the ${old.marker.month} usage issue`, deps);
      result.closed.push(old.number);
    }
  }
  return result;
}

export async function publishAlertIssues(
  options: AlertIssuesOptions,
  deps: IssueDeps,
): Promise<AlertIssueResult[]> {
  const { logger } = deps;
  checkMonth(options.month);
  const wanted = new Map<string, { alert: AlertIssueInput; body: string; what: string }>();
  for (const alert of options.alerts) {
    const appId = alert.appId || null;
    const what = `the ${alert.kind} alert for ${appId === null ? 'the team' : JSON.stringify(alert.appName || appId)} in ${alert.month}`;
    if (!ALERT_KINDS.includes(alert.kind)) throw new UserError(`${what}: unknown alert kind`);
    checkTitle(alert.title, what);
    const key = alertKey(alert.kind, appId, alert.month);
    if (wanted.has(key)) {
      logger.warning(`issue: ${what} was given twice; publishing the first`);
      continue;
    }
    const body = issueBodyFrame(alertMarker(alert.kind, appId, alert.month), options.mentions ?? []).compose(
      alert.body,
      what,
    );
    wanted.set(key, { alert: { ...alert, appId }, body, what });
  }

  const own = await listOwnIssues(options, deps);
  const byKey = new Map<string, OwnIssue>();
  for (const issue of own) {
    if (issue.marker.type !== 'alert') continue;
    const key = alertKey(issue.marker.kind, issue.marker.appId, issue.marker.month);
    if (!byKey.has(key)) byKey.set(key, issue);
  }

  const results: AlertIssueResult[] = [];
  for (const [key, { alert, body, what }] of wanted) {
    const existing = byKey.get(key);
    const base = { kind: alert.kind, appId: alert.appId };
    if (!existing) {
      results.push({ ...base, ...(await createIssue(options, alert.title, body, what, deps)) });
    } else if (existing.state !== 'open') {
      // Closed (cleared earlier, or by a person): the same alert is never reopened or recreated this month.
      logger.info(`issue: ${what} (#${existing.number}) is closed; not reopening it`);
      results.push({ ...base, number: existing.number, url: existing.url, action: 'unchanged' });
    } else if (sameText(existing.title, alert.title) && sameText(existing.body, body)) {
      results.push({ ...base, number: existing.number, url: existing.url, action: 'unchanged' });
    } else {
      await updateIssue(options, existing, { title: alert.title, body }, what, deps);
      results.push({ ...base, number: existing.number, url: existing.url, action: 'updated' });
    }
  }

  if (options.closeResolved) {
    const incomplete = new Set(options.incompleteApps ?? []);
    const undecided = new Set((options.undecided ?? []).map((u) => alertKey(u.kind, u.appId, options.month)));
    for (const [key, issue] of byKey) {
      const m = issue.marker;
      if (m.type !== 'alert' || issue.state !== 'open' || wanted.has(key) || m.month > options.month)
        continue;
      const reason = m.month < options.month ? 'month-over' : 'cleared';
      if (reason === 'cleared' && m.appId !== null && incomplete.has(m.appId)) continue;
      if (reason === 'cleared' && undecided.has(key)) continue;
      const alert = { kind: m.kind, appId: m.appId, month: m.month };
      const comment = (options.resolvedComment ?? defaultResolvedComment(deps))(reason, alert);
      await closeIssue(options, issue, comment, `the ${m.kind} alert #${issue.number}`, deps);
      results.push({ kind: m.kind, appId: m.appId, number: issue.number, url: issue.url, action: 'closed' });
    }
  }
  return results;
}

function defaultResolvedComment(deps: IssueDeps) {
  const today = deps.clock.now().toISOString().slice(0, 10);
  return (reason: 'cleared' | 'month-over', alert: { month: string }): string =>
    reason === 'cleared'
      ? `This alert has cleared: the condition no longer holds in the report of ${today}. Closing it; it will not be reopened for ${alert.month}.`
      : `${alert.month} is over, so this alert is closed.`;
}

function checkTitle(title: string, what: string): void {
  if (!title.trim()) throw new UserError(`${what}: the title is empty`);
  if (title.length > 256)
    throw new UserError(`${what}: the title is ${title.length} characters; GitHub allows 256`);
}

function warnDuplicates(issues: readonly OwnIssue[], what: string, deps: IssueDeps): void {
  if (issues.length > 1) {
    deps.logger.warning(
      `issue: found ${issues.length} issues for ${what} (#${issues.map((i) => i.number).join(', #')}); updating the oldest`,
    );
  }
}
