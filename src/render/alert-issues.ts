/**
 * The texts of the issue publisher's issues: month issue title, alert issue title and body (Markdown), closing
 * comment. Which alerts share an issue is the publisher's (publish/issue-markers.ts). Pure; names are escaped here.
 */
import type { Alert, ReportModel } from '../model/types.js';
import { createFormatter } from './i18n/index.js';
import { escapeIssueTitle, escapeMarkdown } from './markdown-escape.js';
import { alertView } from './views.js';

export interface AlertIssueText {
  title: string;
  /** Markdown, escaped. */
  body: string;
}

/** The closing comment of an alert issue, in the report's language. */
export function alertClosingComment(model: ReportModel) {
  const f = createFormatter(model.locale);
  return (reason: 'cleared' | 'month-over', alert: { month: string }): string =>
    f.message(reason === 'cleared' ? f.t.alertCleared : f.t.alertMonthOver, {
      date: f.date(model.asOf),
      month: f.month(alert.month),
    });
}

export function monthIssueTitle(model: ReportModel): string {
  const f = createFormatter(model.locale);
  return escapeIssueTitle(`${model.title ?? f.t.defaultTitle} — ${f.month(model.month.month)}`);
}

/**
 * The title and body of one alert issue, from the alerts the issue publisher grouped into it (same kind, app or API,
 * and month; several spikes of one app in a month are one issue with a line each).
 */
export function alertIssueText(
  model: ReportModel,
  alerts: readonly Alert[],
  siteUrl?: string,
): AlertIssueText {
  const f = createFormatter(model.locale);
  const first = alerts[0];
  if (!first) throw new Error('alertIssueText: an issue needs at least one alert');
  const app = first.appId ? model.apps.find((x) => x.id === first.appId) : undefined;
  const label = alertView(f, first, model.thresholds).kindLabel;
  const who = (first.appId ? first.appName : first.api || f.t.team).replace(/[\r\n]+/g, ' ');
  // Titles are plain text on GitHub (no Markdown), but mentions and issue references still work in them.
  const title = escapeIssueTitle(`${f.labelled(label, who)} — ${f.month(first.month)}`);
  const lines = alerts.map((a) => `- ${escapeMarkdown(alertView(f, a, model.thresholds).text)}`);
  const link =
    siteUrl && app
      ? `\n\n[${escapeMarkdown(f.t.openSite)}](${new URL(`apps/${app.slug}.html`, siteUrl).href})`
      : '';
  return { title, body: `${lines.join('\n')}${link}\n` };
}
