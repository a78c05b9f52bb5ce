import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AlertKind as ModelAlertKind } from '../../src/model/types.js';
import {
  ALERT_KINDS,
  alertMarker,
  composeBody,
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
    const body = composeBody(monthMarker('2026-01'), 'hello  \n\n', ['@a'], 'x');
    expect(body).toBe('<!-- aps-usage-report:month=2026-01 -->\nhello\n\ncc @a\n');
    expect(sameText(body.replace(/\n/g, '\r\n'), body)).toBe(true);
    expect(sameText('a', 'b')).toBe(false);
  });
});
