import { describe, expect, it } from 'vitest';
import { decideAsOf, lastCompleteDay } from '../../src/model/as-of.js';
import { resolvePeriod } from '../../src/model/dates.js';

describe('the one "as of" day', () => {
  it('is yesterday in the report’s time zone, never later than yesterday in UTC (APS days are UTC days)', () => {
    // 08:00 in Tokyo on Dec 2 is 23:00 UTC on Dec 1: Dec 1 has ended in Tokyo but not in UTC, so Nov 30.
    expect(lastCompleteDay(new Date('2026-12-01T23:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-30');
    // 10:00 in Tokyo on Dec 2 is 01:00 UTC on Dec 2: Dec 1 has ended in both.
    expect(lastCompleteDay(new Date('2026-12-02T01:00:00Z'), 'Asia/Tokyo')).toBe('2026-12-01');
    // 20:00 on Dec 1 in Los Angeles is 04:00 UTC on Dec 2: Dec 1 has not ended for the reader, so Nov 30.
    expect(lastCompleteDay(new Date('2026-12-02T04:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-30');
    // A 06:00 UTC run does not report on the day it runs in.
    expect(lastCompleteDay(new Date('2026-12-01T06:00:00Z'), 'UTC')).toBe('2026-11-30');
  });

  it('is the source’s newest day when its data ends earlier', () => {
    expect(decideAsOf('2026-11-30', '2026-11-20')).toBe('2026-11-20');
    expect(decideAsOf('2026-11-30', '2026-12-01')).toBe('2026-11-30');
    expect(decideAsOf('2026-11-30', undefined)).toBe('2026-11-30');
  });

  it('ends the default periods on it, so the period and the month to date stand on the same day', () => {
    // Run on Dec 1; the data is complete through Nov 30.
    expect(resolvePeriod('last-30-days', '2026-12-01', '2026-11-30')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(resolvePeriod('month-to-date', '2026-12-01', '2026-11-30')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    // The previous month is the month before today's.
    expect(resolvePeriod('previous-month', '2026-12-01', '2026-11-30')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });
});
