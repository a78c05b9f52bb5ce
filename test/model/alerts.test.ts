import { describe, expect, it } from 'vitest';
import { budgetAlerts, findSpikes, forecastMonthEnd, monthStatus } from '../../src/model/alerts.js';
import { capAlerts, capStatus } from '../../src/model/caps.js';
import { addDays, eachDay } from '../../src/model/dates.js';

const tenPerDay = new Map(eachDay({ from: '2026-11-01', to: '2026-11-10' }).map((d) => [d, 10]));

describe('forecastMonthEnd', () => {
  it('adds the mean of the last 14 days times the days left (hand-checked)', () => {
    // 100 so far; 20 days left at 10/day.
    expect(forecastMonthEnd(tenPerDay, '2026-11-10', '2026-11-01')).toBe(300);
    // Without knowing where the data starts, the 4 empty October days count as zeros: 100 + 20 × 100/14.
    expect(forecastMonthEnd(tenPerDay, '2026-11-10')).toBeCloseTo(242.857, 3);
  });
});

describe('budgetAlerts', () => {
  const who = { appId: 'a', appName: 'A' };
  it('warns when the forecast is over budget before any threshold is crossed', () => {
    const alerts = budgetAlerts(
      monthStatus({ byDay: tenPerDay, firstDay: '2026-11-01' }, '2026-11-10', 250),
      [80, 100],
      who,
    );
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'forecast', severity: 'warning', value: 300, percent: 120 }),
    ]);
  });
  it('reports the highest threshold crossed; 100 % is critical', () => {
    const at80 = budgetAlerts(
      monthStatus({ byDay: tenPerDay, firstDay: '2026-11-01' }, '2026-11-10', 120),
      [80, 100],
      who,
    );
    expect(at80).toEqual([expect.objectContaining({ kind: 'budget', severity: 'warning', threshold: 80 })]);
    expect(at80[0]!.percent).toBeCloseTo(83.33, 2);
    const at100 = budgetAlerts(
      monthStatus({ byDay: tenPerDay, firstDay: '2026-11-01' }, '2026-11-10', 100),
      [80, 100],
      who,
    );
    expect(at100).toEqual([
      expect.objectContaining({ kind: 'budget', severity: 'critical', threshold: 100, percent: 100 }),
    ]);
  });
  it('says nothing without a budget or when comfortably under', () => {
    expect(budgetAlerts(monthStatus({ byDay: tenPerDay }, '2026-11-10', undefined), [80, 100], who)).toEqual(
      [],
    );
    expect(
      budgetAlerts(
        monthStatus({ byDay: tenPerDay, firstDay: '2026-11-01' }, '2026-11-10', 1000),
        [80, 100],
        who,
      ),
    ).toEqual([]);
  });
});

describe('findSpikes', () => {
  const app = { appId: 'a', appName: 'A' };
  const since = { from: '2026-10-01', to: '2026-10-29' };
  const flat = (last: number) => {
    const m = new Map(eachDay({ from: '2026-10-01', to: '2026-10-28' }).map((d) => [d, 10]));
    m.set('2026-10-29', last);
    return m;
  };
  it('flags a day ≥ 3× the 28-day median on a flat series, and not 2.5×', () => {
    expect(findSpikes(flat(40), ['2026-10-29'], app, since)).toEqual([
      { ...app, date: '2026-10-29', tokens: 40, typical: 10, ratio: 4 },
    ]);
    expect(findSpikes(flat(25), ['2026-10-29'], app, since)).toEqual([]);
  });
  it('needs both the ratio and 5 robust sigmas on a noisy series', () => {
    const noisy = new Map(
      eachDay({ from: '2026-10-01', to: '2026-10-28' }).map((d, i) => [d, i % 2 ? 11 : 9]),
    );
    const withDay = (v: number) => new Map([...noisy, ['2026-10-29', v]]);
    expect(findSpikes(withDay(31), ['2026-10-29'], app, since)).toHaveLength(1);
    expect(findSpikes(withDay(29), ['2026-10-29'], app, since)).toHaveLength(0);
  });
  it('ignores tiny apps under 5 tokens', () => {
    const tiny = new Map(eachDay({ from: '2026-10-01', to: '2026-10-28' }).map((d) => [d, 0.5]));
    tiny.set('2026-10-29', 4);
    expect(findSpikes(tiny, ['2026-10-29'], app, since)).toEqual([]);
  });
});

describe('capStatus', () => {
  it('forecasts the day the Free-tier cap is reached (hand-checked)', () => {
    const sixPerDay = new Map(eachDay({ from: '2026-11-01', to: '2026-11-10' }).map((d) => [d, 6]));
    const cap = capStatus(
      'Flow Graph Engine',
      'api',
      'processing hour',
      100,
      sixPerDay,
      '2026-11-10',
      '2026-11-01',
    );
    // 60 used; 6/day → 96 on the 16th, 102 on the 17th.
    expect(cap).toMatchObject({ used: 60, percent: 60, forecast: 180, reachDate: '2026-11-17' });
    expect(capAlerts([cap], '2026-11')).toEqual([
      expect.objectContaining({
        kind: 'cap',
        severity: 'warning',
        api: 'Flow Graph Engine',
        reachDate: '2026-11-17',
      }),
    ]);
  });
  it('names the day the cap was reached once it is', () => {
    const m = new Map(eachDay({ from: '2026-11-01', to: '2026-11-10' }).map((d) => [d, 15]));
    const cap = capStatus('Reality Capture', 'api', 'gigapixel', 100, m, '2026-11-10', '2026-11-01');
    expect(cap.reachDate).toBe(addDays('2026-11-01', 6));
    expect(capAlerts([cap], '2026-11')[0]!.severity).toBe('critical');
  });
  it('stays quiet well under the cap', () => {
    const m = new Map([['2026-11-01', 1]]);
    expect(capAlerts([capStatus('X', 'api', 'u', 100, m, '2026-11-10', '2026-11-01')], '2026-11')).toEqual(
      [],
    );
  });
});
