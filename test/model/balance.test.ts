/**
 * The balance and its run-out date, with every figure worked out by hand in the comments: usage counts from the
 * day after `asOf`; the burn rate is the mean of the last 28 covered days; unknown days are never zeros.
 */
import { describe, expect, it } from 'vitest';
import { balanceAlerts, balanceStatus, type BalanceInput } from '../../src/model/balance.js';
import { eachDay } from '../../src/model/dates.js';

const REPORT_DAY = '2026-11-28';

/** `perDay` tokens on every day of the range. */
function daily(from: string, to: string, perDay: (day: string) => number): Map<string, number> {
  return new Map(eachDay({ from, to }).map((d) => [d, perDay(d)]));
}

function input(partial: Partial<BalanceInput> & Pick<BalanceInput, 'balance'>): BalanceInput {
  return {
    byDay: daily('2026-10-01', REPORT_DAY, () => 10),
    coverage: { from: '2026-10-01', to: REPORT_DAY },
    reportDay: REPORT_DAY,
    unrated: false,
    estimated: false,
    ...partial,
  };
}

describe('balanceStatus', () => {
  it('takes the usage after asOf off the balance and runs out at the 28-day rate', () => {
    // 1,000 read on Nov 1; Nov 2–28 is 27 days × 10 = 270 spent, 730 left. Rate: Nov 1–28, 28 days × 10 / 28 = 10.
    // 730 / 10 = 73 days after Nov 28: Nov 30 is +2, Dec 31 +33, Jan 31 +64, Feb 9 +73.
    const status = balanceStatus(
      input({ balance: { tokens: 1000, asOf: '2026-11-01', expires: '2027-01-31', warnDays: 30 } }),
    );
    expect(status).toMatchObject({
      spent: 270,
      left: 730,
      rate: 10,
      rateDays: 28,
      runOut: '2027-02-09',
      exhausted: false,
      uncoveredDays: 0,
      expired: false,
    });
    // Runs out after it expires (no run-out alert) and is within 90 days of expiry with tokens left: Jan 31 − 90
    // days is Nov 2, so Nov 28 is inside; 64 days to go (2 in Nov, 31 in Dec, 31 in Jan).
    expect(balanceAlerts(status, REPORT_DAY)).toEqual([
      { kind: 'expiry', severity: 'warning', value: 730, date: '2027-01-31', days: 64 },
    ]);
  });

  it('says the day it ran out, and alerts critically', () => {
    // 500 read on Oct 31 at 20 a day from Nov 1: the 25th day (Nov 25) brings it to 500. 28 days × 20 = 560 spent.
    const status = balanceStatus(
      input({
        balance: { tokens: 500, asOf: '2026-10-31', warnDays: 30 },
        byDay: daily('2026-10-01', REPORT_DAY, () => 20),
      }),
    );
    expect(status).toMatchObject({ spent: 560, left: -60, runOut: '2026-11-25', exhausted: true });
    expect(balanceAlerts(status, REPORT_DAY)).toEqual([
      { kind: 'balance', severity: 'critical', value: -60, date: '2026-11-25', days: -3 },
    ]);
  });

  it('alerts when the run-out day is within warnDays, and not a day earlier', () => {
    // Read on the report day itself: nothing spent since. 1,000 / 10 a day = 100 days: Nov 28 + 100 = Mar 8
    // (Nov 30 +2, Dec 31 +33, Jan 31 +64, Feb 28 +92, Mar 8 +100).
    const at = (warnDays: number) =>
      balanceStatus(input({ balance: { tokens: 1000, asOf: REPORT_DAY, warnDays } }));
    expect(at(100)).toMatchObject({ spent: 0, left: 1000, runOut: '2027-03-08' });
    expect(balanceAlerts(at(100), REPORT_DAY)).toEqual([
      { kind: 'balance', severity: 'critical', value: 1000, date: '2027-03-08', days: 100 },
    ]);
    expect(balanceAlerts(at(99), REPORT_DAY)).toEqual([]);
  });

  it('warns when the balance runs out before it expires, even beyond warnDays', () => {
    // 580 read on Nov 1: 270 spent (as above), 310 left, 31 days at 10: Dec 29. Expires Dec 31.
    const status = balanceStatus(
      input({ balance: { tokens: 580, asOf: '2026-11-01', expires: '2026-12-31', warnDays: 14 } }),
    );
    expect(status.runOut).toBe('2026-12-29');
    expect(balanceAlerts(status, REPORT_DAY)).toEqual([
      { kind: 'balance', severity: 'warning', value: 310, date: '2026-12-29', days: 31 },
      { kind: 'expiry', severity: 'warning', value: 310, date: '2026-12-31', days: 33 },
    ]);
  });

  it('uses the mean of 28 days, not of the last fortnight', () => {
    // Nov 1–14 at 20, Nov 15–28 at 0: the 28-day mean is 14 × 20 / 28 = 10 (a 14-day mean would be 0, "never").
    // Read on Oct 31 with 580: 14 × 20 = 280 spent, 300 left, 30 days at 10: Dec 28.
    const status = balanceStatus(
      input({
        balance: { tokens: 580, asOf: '2026-10-31', warnDays: 30 },
        byDay: daily('2026-10-01', REPORT_DAY, (d) => (d >= '2026-11-01' && d <= '2026-11-14' ? 20 : 0)),
      }),
    );
    expect(status).toMatchObject({ spent: 280, left: 300, rate: 10, runOut: '2026-12-28' });
  });

  it('counts days without data as unknown, not zero: fewer days spent, the rate over covered days only', () => {
    // Data from Nov 10: Nov 2–9 (8 days) unknown. Spent Nov 10–28 = 19 × 10 = 190; 810 left; the rate is the mean
    // of the 19 covered days (10); 81 days after Nov 28 is Feb 17 (+2, +33, +64, +81).
    const status = balanceStatus(
      input({
        balance: { tokens: 1000, asOf: '2026-11-01', warnDays: 30 },
        coverage: { from: '2026-11-10', to: REPORT_DAY },
      }),
    );
    expect(status).toMatchObject({
      spent: 190,
      left: 810,
      uncoveredDays: 8,
      rate: 10,
      rateDays: 19,
      runOut: '2027-02-17',
    });
  });

  it('gives no rate and no run-out day with fewer than 7 covered days, or when nothing is used', () => {
    const short = balanceStatus(
      input({
        balance: { tokens: 1000, asOf: '2026-11-01', warnDays: 30 },
        coverage: { from: '2026-11-23', to: REPORT_DAY },
      }),
    );
    expect(short).toMatchObject({ rate: null, rateDays: 6, runOut: null, uncoveredDays: 21, spent: 60 });
    expect(balanceAlerts(short, REPORT_DAY)).toEqual([]);
    const idle = balanceStatus(
      input({ balance: { tokens: 1000, asOf: '2026-11-01', warnDays: 30 }, byDay: new Map() }),
    );
    expect(idle).toMatchObject({ spent: 0, rate: 0, runOut: null });
    expect(balanceAlerts(idle, REPORT_DAY)).toEqual([]);
  });

  it('raises nothing once the balance has expired', () => {
    const status = balanceStatus(
      input({ balance: { tokens: 1000, asOf: '2026-10-01', expires: '2026-11-27', warnDays: 30 } }),
    );
    expect(status.expired).toBe(true);
    expect(balanceAlerts(status, REPORT_DAY)).toEqual([]);
  });
});
