import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Alert, AlertKind as ModelAlertKind } from '../../src/model/types.js';
import {
  ALERT_KINDS,
  alertMarker,
  groupAlerts,
  ISSUE_BODY_LIMIT,
  issueBodyFrame,
  monthMarker,
  parseMarker,
  sameText,
  type AlertKind,
} from '../../src/publish/issue-markers.js';

describe('issue markers', () => {
  it('uses the same alert kinds as the model', () => {
    expectTypeOf<AlertKind>().toEqualTypeOf<ModelAlertKind>();
    expect([...ALERT_KINDS].sort()).toEqual([
      'balance',
      'budget',
      'cap',
      'expiry',
      'forecast',
      'spike',
      'uncharged',
    ]);
  });

  it('round-trips month and alert markers, whatever the app id', () => {
    expect(parseMarker(`${monthMarker('2026-01')}\nbody`)).toEqual({ type: 'month', month: '2026-01' });
    for (const appId of ['app-1', 'x;month=2025-01', 'a -->b', '%41', 'ünï cødé', '']) {
      const marker = alertMarker('spike', appId, '2026-02');
      expect(marker.match(/-->/g)).toHaveLength(1);
      expect(parseMarker(`intro\n${marker}`)).toEqual({
        type: 'alert',
        kind: 'spike',
        appId: appId || null,
        month: '2026-02',
      });
    }
    expect(parseMarker(alertMarker('cap', null, '2026-02'))).toEqual({
      type: 'alert',
      kind: 'cap',
      appId: null,
      month: '2026-02',
    });
  });

  it('ignores markers that are not exactly ours', () => {
    for (const body of [
      null,
      'no marker',
      '<!-- aps-usage-report:month=2026-13 -->',
      '<!-- aps-usage-report:month=2026-01;extra=1 -->',
      '<!-- aps-usage-report:alert=other;app=x;month=2026-01 -->',
      '<!-- aps-usage-report:alert=spike;app=%E0%A4%A;month=2026-01 -->',
      '<!-- aps-usage-report:alert=spike;month=2026-01 -->',
    ]) {
      expect(parseMarker(body), String(body)).toBeUndefined();
    }
    expect(() => monthMarker('2026-1')).toThrow(/expected YYYY-MM/);
  });

  it('composes the stored body and compares it as GitHub shows it', () => {
    const body = issueBodyFrame(monthMarker('2026-01'), ['@a']).compose('hello  \n\n', 'x');
    expect(body).toBe('<!-- aps-usage-report:month=2026-01 -->\nhello\n\ncc @a\n');
    expect(sameText(body.replace(/\n/g, '\r\n'), body)).toBe(true);
    expect(sameText('a', 'b')).toBe(false);
  });

  it('leaves exactly the room it reports: a body of that size composes, one character more is refused', () => {
    const markers = [monthMarker('2026-01'), alertMarker('cap', 'api:Flow Graph Engine', '2026-01')];
    for (const marker of markers) {
      for (const mentions of [[], ['@a'], ['@octo-org/platform-team', '@someone', 'third']]) {
        const frame = issueBodyFrame(marker, mentions);
        // Marker line, then (with mentions) a blank line and "cc @x @y", then the final newline.
        const cc = mentions.length
          ? `\n\ncc ${mentions.map((m) => (m.startsWith('@') ? m : `@${m}`)).join(' ')}`
          : '';
        expect(frame.room).toBe(ISSUE_BODY_LIMIT - marker.length - 1 - cc.length - 1);
        const body = frame.compose('x'.repeat(frame.room), 'the issue');
        expect(body).toBe(`${marker}\n${'x'.repeat(frame.room)}${cc}\n`);
        expect(body).toHaveLength(ISSUE_BODY_LIMIT);
        expect(() => frame.compose('x'.repeat(frame.room + 1), 'the issue')).toThrow(
          /the issue: the body is 65537 characters, over GitHub's limit of 65536/,
        );
      }
    }
  });
});

describe('alert issue identity', () => {
  const alert = (over: Partial<Alert>): Alert => ({
    kind: 'spike',
    severity: 'warning',
    appId: 'a1',
    appName: 'Viewer',
    month: '2026-11',
    value: 40,
    ...over,
  });

  it('makes one issue per kind, app and month: two spikes of one app share it', () => {
    const first = alert({ date: '2026-11-03' });
    const second = alert({ date: '2026-11-09' });
    const groups = groupAlerts([first, alert({ appId: 'a2' }), second, alert({ month: '2026-10' })]);
    expect(groups.map((g) => [g.kind, g.appId, g.month, g.alerts.length])).toEqual([
      ['spike', 'a1', '2026-11', 2],
      ['spike', 'a2', '2026-11', 1],
      ['spike', 'a1', '2026-10', 1],
    ]);
    expect(groups[0]!.alerts).toEqual([first, second]);
    expect(groupAlerts([alert({ kind: 'uncharged' }), alert({})]).map((g) => g.kind)).toEqual([
      'uncharged',
      'spike',
    ]);
  });

  it('tells caps apart by API (api:<name> in the marker), and the team budget by a null app', () => {
    const cap = (api: string) => alert({ kind: 'cap', appId: null, appName: api, api });
    const team = alert({ kind: 'budget', appId: null, appName: '' });
    const groups = groupAlerts([cap('Flow Graph Engine'), cap('Reality Capture'), team]);
    expect(groups.map((g) => g.appId)).toEqual(['api:Flow Graph Engine', 'api:Reality Capture', null]);
    expect(parseMarker(alertMarker('cap', groups[0]!.appId, '2026-11'))).toMatchObject({
      appId: 'api:Flow Graph Engine',
    });
  });
});
