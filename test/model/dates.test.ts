import { describe, expect, it } from 'vitest';
import { previousRange, resolvePeriod, splitRange, todayIn, weekStart } from '../../src/model/dates.js';

describe('dates', () => {
  it('resolves periods against today', () => {
    expect(resolvePeriod('last-30-days', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(resolvePeriod('month-to-date', '2026-03-10')).toEqual({ from: '2026-03-01', to: '2026-03-10' });
    expect(resolvePeriod('previous-month', '2026-03-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(resolvePeriod({ from: '2025-01-01', to: '2025-01-31' }, '2026-03-10')).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
    });
  });

  it('splits 730 days into 4 windows of at most 200 days', () => {
    const windows = splitRange({ from: '2024-01-01', to: '2025-12-30' }, 200);
    expect(windows).toHaveLength(4);
    expect(windows[0]).toEqual({ from: '2024-01-01', to: '2024-07-18' });
    expect(windows.at(-1)!.to).toBe('2025-12-30');
  });

  it('gives the previous range of equal length, weeks from Monday, today in a time zone', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-10' })).toEqual({
      from: '2026-02-19',
      to: '2026-02-28',
    });
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(todayIn('Asia/Tokyo', new Date('2026-11-25T20:00:00Z'))).toBe('2026-11-26');
    expect(todayIn('UTC', new Date('2026-11-25T20:00:00Z'))).toBe('2026-11-25');
  });
});
