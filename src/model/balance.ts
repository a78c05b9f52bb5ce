/**
 * The token balance from the Autodesk Account page (`balance` in the config; no API gives it): what is left after
 * the usage since it was read, when it runs out at the current burn rate, and the alerts about both. Pure.
 *
 * Usage counts from the day after `asOf` (the balance read that day already holds that day's earlier use) to the
 * report's day. Days the data does not cover are unknown, never zero: the figure then says how many days are
 * missing, and what is left is at most the figure shown.
 */
import { round2 } from './aggregate.js';
import { addDays, daysBetween, eachDay } from './dates.js';

/** Days of the burn rate: four whole weeks, so weekends weigh as they do. */
export const BURN_RATE_DAYS = 28;
/** Fewer covered days than this give no rate (and no run-out date). */
export const MIN_RATE_DAYS = 7;
/** The expiry alert starts this many days before `expires` while tokens remain. */
export const EXPIRY_WARN_DAYS = 90;

export interface BalanceConfig {
  tokens: number;
  asOf: string;
  expires?: string | undefined;
  warnDays: number;
}

export interface BalanceInput {
  balance: BalanceConfig;
  /** The team's tokens per day (rows without a token figure add nothing). */
  byDay: ReadonlyMap<string, number>;
  /** The days whose usage is known for the whole team; `null` when none is. */
  coverage: { from: string; to: string } | null;
  /** The report's day: "now" for the balance. */
  reportDay: string;
  /** Some usage since `asOf` has no token figure (no rate): what was spent is then more than shown. */
  unrated: boolean;
  /** Some tokens since `asOf` were estimated from the rate table. */
  estimated: boolean;
}

export interface BalanceStatus {
  tokens: number;
  asOf: string;
  expires?: string;
  warnDays: number;
  /** Tokens used on the covered days after `asOf`, up to the report's day. */
  spent: number;
  /** `tokens - spent`. */
  left: number;
  /** Days after `asOf` (to the report's day) without data: `left` is then at most the figure. */
  uncoveredDays: number;
  unrated: boolean;
  estimated: boolean;
  /** Mean tokens per covered day over the last `BURN_RATE_DAYS` days; `null` with fewer than `MIN_RATE_DAYS`. */
  rate: number | null;
  /** Covered days the rate is the mean of. */
  rateDays: number;
  /** The day the balance runs out at `rate` — or the day it ran out; `null` when it does not at this rate. */
  runOut: string | null;
  /** The balance already ran out (on `runOut`). */
  exhausted: boolean;
  /** The report's day is after `expires`. */
  expired: boolean;
}

export function balanceStatus(input: BalanceInput): BalanceStatus {
  const { balance, byDay, coverage, reportDay } = input;
  const covered = (day: string): boolean => !!coverage && day >= coverage.from && day <= coverage.to;
  const since = balance.asOf < reportDay ? eachDay({ from: addDays(balance.asOf, 1), to: reportDay }) : [];
  let spent = 0;
  let uncoveredDays = 0;
  let ranOutOn: string | null = null;
  for (const day of since) {
    if (!covered(day)) {
      uncoveredDays++;
      continue;
    }
    spent += byDay.get(day) ?? 0;
    if (ranOutOn === null && spent >= balance.tokens) ranOutOn = day;
  }
  const window = eachDay({ from: addDays(reportDay, -(BURN_RATE_DAYS - 1)), to: reportDay }).filter(covered);
  const rate =
    window.length >= MIN_RATE_DAYS
      ? window.reduce((n, d) => n + (byDay.get(d) ?? 0), 0) / window.length
      : null;
  const left = balance.tokens - spent;
  let runOut: string | null = ranOutOn;
  if (runOut === null && left > 0 && rate !== null && rate > 0)
    runOut = addDays(reportDay, Math.ceil(left / rate));
  const status: BalanceStatus = {
    tokens: balance.tokens,
    asOf: balance.asOf,
    warnDays: balance.warnDays,
    spent: round2(spent),
    left: round2(left),
    uncoveredDays,
    unrated: input.unrated,
    estimated: input.estimated,
    rate: rate === null ? null : round2(rate),
    rateDays: window.length,
    runOut,
    exhausted: ranOutOn !== null,
    expired: balance.expires !== undefined && reportDay > balance.expires,
  };
  if (balance.expires !== undefined) status.expires = balance.expires;
  return status;
}

export interface BalanceAlert {
  kind: 'balance' | 'expiry';
  severity: 'warning' | 'critical';
  /** Tokens left. */
  value: number;
  /** `balance`: the run-out day; `expiry`: the expiry day. */
  date: string;
  /** Days from the report's day to `date`. */
  days: number;
}

/**
 * `balance`: the balance ran out, or runs out within `warnDays`, or before `expires` (critical for the first two).
 * `expiry`: within `EXPIRY_WARN_DAYS` of `expires` while tokens remain — they are lost at expiry.
 */
export function balanceAlerts(status: BalanceStatus, reportDay: string): BalanceAlert[] {
  const alerts: BalanceAlert[] = [];
  if (status.expired) return alerts;
  if (status.runOut !== null) {
    const days = daysBetween(reportDay, status.runOut);
    const soon = status.exhausted || days <= status.warnDays;
    const beforeExpiry = status.expires !== undefined && status.runOut < status.expires;
    if (soon || beforeExpiry)
      alerts.push({
        kind: 'balance',
        severity: soon ? 'critical' : 'warning',
        value: status.left,
        date: status.runOut,
        days,
      });
  }
  if (
    status.expires !== undefined &&
    status.left > 0 &&
    !status.exhausted &&
    reportDay >= addDays(status.expires, -EXPIRY_WARN_DAYS)
  ) {
    alerts.push({
      kind: 'expiry',
      severity: 'warning',
      value: status.left,
      date: status.expires,
      days: daysBetween(reportDay, status.expires),
    });
  }
  return alerts;
}
