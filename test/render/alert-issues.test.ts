import { describe, expect, it } from 'vitest';
import type { Alert, ReportModel } from '../../src/model/types.js';
import { alertClosingComment, alertIssueText, monthIssueTitle } from '../../src/render/alert-issues.js';

function model(alerts: Alert[], locale: 'en' | 'ja' = 'en'): ReportModel {
  return {
    title: 'APS usage',
    locale,
    asOf: '2026-11-20',
    month: { month: '2026-11' },
    thresholds: [80, 100],
    alerts,
    apps: [{ id: 'a1', slug: 'a1-0000', name: 'x' }],
  } as unknown as ReportModel;
}

const spike = (date: string): Alert => ({
  kind: 'spike',
  severity: 'warning',
  appId: 'a1',
  appName: '@org/team <b>#1</b>\nline',
  month: '2026-11',
  value: 40,
  limit: 10,
  percent: 400,
  date,
});

describe('alertIssueText', () => {
  it('writes a line per alert of the issue, and links the app page when the site has an address', () => {
    const alerts = [spike('2026-11-03'), spike('2026-11-09')];
    const issue = alertIssueText(model(alerts), alerts, 'https://example.test/r/');
    expect(issue.body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    expect(issue.body).toContain('(https://example.test/r/apps/a1-0000.html)');
    expect(alertIssueText(model(alerts), alerts).body).not.toContain('](');
  });

  it('keeps untrusted names as text: one-line title, no mention, no HTML, no issue link in the body', () => {
    const issue = alertIssueText(model([]), [spike('2026-11-03')]);
    expect(issue.title).toBe('Spikes: @\u200borg/team <b>#\u200b1</b> line — November 2026');
    expect(issue.body).not.toMatch(/@org/);
    expect(issue.body).toContain('@\u200borg');
    expect(issue.body).not.toContain('<b>');
    expect(issue.body).toContain('#\u200b1');
  });

  it('keeps a team mention and GH- links out of the title too, whatever the case', () => {
    const alert = { ...spike('2026-11-03'), appName: 'GH-2 @evil-org/all-staff gh-3' };
    const issue = alertIssueText(model([alert]), [alert]);
    expect(issue.title).toBe('Spikes: GH-\u200b2 @\u200bevil-org/all-staff gh-\u200b3 — November 2026');
    expect(issue.title).not.toMatch(/@[a-z]|GH-\d/i);
    expect(issue.body).not.toMatch(/@[a-z]|GH-\d/i);
    const titled = { ...model([]), title: 'Usage for @evil-org/all-staff' } as ReportModel;
    expect(monthIssueTitle(titled)).toBe('Usage for @\u200bevil-org/all-staff — November 2026');
  });

  it('names a cap by its API and the team budget as the team', () => {
    const cap: Alert = {
      kind: 'cap',
      severity: 'warning',
      appId: null,
      appName: 'Flow Graph Engine',
      api: 'Flow Graph Engine',
      month: '2026-11',
      value: 90,
      limit: 100,
      percent: 90,
    };
    const team: Alert = {
      kind: 'budget',
      severity: 'critical',
      appId: null,
      appName: '',
      month: '2026-11',
      value: 1,
      limit: 1,
      percent: 100,
      threshold: 100,
    };
    expect(alertIssueText(model([cap]), [cap]).title).toMatch(/^[^:]+: Flow Graph Engine — November 2026$/);
    expect(alertIssueText(model([team]), [team]).title).toMatch(/^[^:]+: Team — November 2026$/);
  });

  it('refuses an issue with no alerts', () => {
    expect(() => alertIssueText(model([]), [])).toThrow(/at least one alert/);
  });
});

describe('issue texts per locale', () => {
  it('titles the month issue and writes the closing comment in the report language', () => {
    expect(monthIssueTitle(model([]))).toBe('APS usage — November 2026');
    expect(monthIssueTitle(model([], 'ja'))).toBe('APS usage — 2026年11月');
    // Without report.title, the locale's own.
    const untitled = (locale: 'en' | 'ja') => ({ ...model([], locale), title: undefined });
    expect(monthIssueTitle(untitled('en'))).toBe('APS usage — November 2026');
    expect(monthIssueTitle(untitled('ja'))).toBe('APS 使用状況 — 2026年11月');
    expect(alertClosingComment(model([]))('cleared', { month: '2026-11' })).toMatch(
      /^This alert has cleared: .* report of Nov 20, 2026\. .* reopened for November 2026\.$/,
    );
    expect(alertClosingComment(model([], 'ja'))('month-over', { month: '2026-10' })).toMatch(
      /^2026年10月が終わった/,
    );
  });
});
