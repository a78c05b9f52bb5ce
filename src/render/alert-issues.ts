/**
 * Alerts → issue titles and bodies (Markdown), one per app per month per kind. Pure; names are escaped here.
 */
import type { Alert, ReportModel } from '../model/types.js';
import { createFormatter } from './i18n/index.js';
import { escapeIssueTitle, escapeMarkdown } from './markdown-escape.js';
import { alertView } from './views.js';

export interface AlertIssueContent {
  kind: Alert['kind'];
  appId: string | null;
  appName: string;
  month: string;
  title: string;
  body: string;
  severity: Alert['severity'];
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

/** One issue per app (or team/API) per month per kind: several spikes of one app in a month share one issue. */
export function alertIssues(model: ReportModel, siteUrl?: string): AlertIssueContent[] {
  const f = createFormatter(model.locale);
  const groups = new Map<string, Alert[]>();
  for (const a of model.alerts) {
    const key = `${a.kind}\u0000${a.appId ?? a.api ?? ''}\u0000${a.month}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()].map((alerts) => {
    const first = alerts[0]!;
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
    return {
      kind: first.kind,
      appId: first.kind === 'cap' ? `api:${first.api ?? ''}` : first.appId,
      appName: who,
      month: first.month,
      title,
      body: `${lines.join('\n')}${link}\n`,
      severity: alerts.some((a) => a.severity === 'critical') ? 'critical' : 'warning',
    };
  });
}
