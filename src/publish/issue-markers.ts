/**
 * The hidden markers that let the issue publisher find its own issues again, and the body it stores. Pure.
 *
 *   month issue: <!-- aps-usage-report:month=2026-01 -->
 *   alert issue: <!-- aps-usage-report:alert=budget;app=<encodeURIComponent(id)>;month=2026-01 -->
 *
 * App ids are untrusted: encodeURIComponent turns `;`, `=`, `>` and spaces into `%XX`, so no id can end the
 * comment or forge another key. The whole team (no app) is `app=` with nothing after it; a cap is `app=api%3A<api>`.
 */
import { UserError } from '../errors.js';
/** GitHub's limit for issue and comment bodies, in characters. */
import { ISSUE_BODY_LIMIT } from '../limits.js';
import type { Alert } from '../model/types.js';

export { ISSUE_BODY_LIMIT };

export const ALERT_KINDS = ['budget', 'forecast', 'spike', 'cap', 'uncharged', 'balance', 'expiry'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export type Marker =
  { type: 'month'; month: string } | { type: 'alert'; kind: AlertKind; appId: string | null; month: string };

const MARKER = /<!-- aps-usage-report:([^\s]*) -->/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthMarker(month: string): string {
  checkMonth(month);
  return `<!-- aps-usage-report:month=${month} -->`;
}

export function alertMarker(kind: AlertKind, appId: string | null, month: string): string {
  checkMonth(month);
  if (!ALERT_KINDS.includes(kind))
    throw new UserError(`alert kind ${JSON.stringify(kind)}: expected one of ${ALERT_KINDS.join(', ')}`);
  return `<!-- aps-usage-report:alert=${kind};app=${appId ? encodeURIComponent(appId) : ''};month=${month} -->`;
}

/** The first marker in a body, or undefined when there is none or it is not one of ours. */
export function parseMarker(body: string | null | undefined): Marker | undefined {
  const match = MARKER.exec(body ?? '');
  if (!match) return undefined;
  const fields = new Map<string, string>();
  for (const part of match[1]!.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) return undefined;
    fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const month = fields.get('month');
  if (!month || !MONTH.test(month)) return undefined;
  const kind = fields.get('alert');
  if (kind === undefined) return fields.size === 1 ? { type: 'month', month } : undefined;
  if (!(ALERT_KINDS as readonly string[]).includes(kind) || !fields.has('app') || fields.size !== 3)
    return undefined;
  let appId: string | null;
  try {
    appId = fields.get('app') ? decodeURIComponent(fields.get('app')!) : null;
  } catch {
    return undefined;
  }
  return { type: 'alert', kind: kind as AlertKind, appId, month };
}

/** What makes two alerts the same issue: one issue per kind, app (or API, for a cap) and month. */
export function alertKey(kind: string, appId: string | null, month: string): string {
  return `${kind}\u0000${appId ?? ''}\u0000${month}`;
}

/** The app id an alert's issue carries in its marker: a cap belongs to no app, so its API stands in (`api:<name>`). */
export function alertIssueAppId(alert: Pick<Alert, 'kind' | 'appId' | 'api'>): string | null {
  return alert.kind === 'cap' ? `api:${alert.api ?? ''}` : alert.appId;
}

/** The alerts of one issue (several spikes of one app in a month share it), in the model's order. */
export interface AlertGroup {
  kind: AlertKind;
  appId: string | null;
  month: string;
  alerts: Alert[];
}

export function groupAlerts(alerts: readonly Alert[]): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const alert of alerts) {
    const appId = alertIssueAppId(alert);
    const key = alertKey(alert.kind, appId, alert.month);
    const group = groups.get(key);
    if (group) group.alerts.push(alert);
    else groups.set(key, { kind: alert.kind, appId, month: alert.month, alerts: [alert] });
  }
  return [...groups.values()];
}

/**
 * The stored body's layout, defined once: the marker line first (GitHub hides it), the rendered Markdown, then the
 * mentions. `room` is what the layout leaves for the Markdown; `compose` builds the body and refuses one over the
 * limit, so a publisher that asks the site for `room` characters can never be refused.
 */
export interface IssueBodyFrame {
  room: number;
  compose(body: string, what: string): string;
}

export function issueBodyFrame(marker: string, mentions: readonly string[]): IssueBodyFrame {
  const head = `${marker}\n`;
  const tail = `${ccLine(mentions)}\n`;
  return {
    room: ISSUE_BODY_LIMIT - head.length - tail.length,
    compose(body, what) {
      const full = `${head}${body.replace(/\s+$/, '')}${tail}`;
      if (full.length > ISSUE_BODY_LIMIT) {
        throw new UserError(
          `${what}: the body is ${full.length} characters, over GitHub's limit of ${ISSUE_BODY_LIMIT}; ` +
            'the Markdown renderer must step down detail before publishing (this is a bug — please report it).',
        );
      }
      return full;
    },
  };
}

function ccLine(mentions: readonly string[]): string {
  return mentions.length > 0 ? `\n\ncc ${mentions.map(checkMention).join(' ')}` : '';
}

/** GitHub trims trailing whitespace and may store CRLF; compare what it would show. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined): string => (s ?? '').replace(/\r\n/g, '\n').replace(/\s+$/, '');
  return norm(a) === norm(b);
}

export function checkMonth(month: string): void {
  if (!MONTH.test(month)) throw new UserError(`issue month ${JSON.stringify(month)}: expected YYYY-MM`);
}

/** `@user` or `@org/team`, from config only; anything else could turn the line into arbitrary Markdown. */
function checkMention(mention: string): string {
  const name = mention.startsWith('@') ? mention.slice(1) : mention;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/.test(name)) {
    throw new UserError(
      `publish.issue.mentions: ${JSON.stringify(mention)} is not a GitHub user or @org/team name`,
    );
  }
  return `@${name}`;
}
