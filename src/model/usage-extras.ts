/**
 * The parts of the report built straight from the records rather than from the history index: units over time
 * per app and across apps, units per feature per month and over the period, uncharged usage and the token
 * balance. Pure.
 */
import type { Config } from '../config/schema.js';
import { balanceAlerts, balanceStatus, type BalanceStatus } from './balance.js';
import type { Coverage } from './coverage.js';
import { monthOf, type DateRange } from './dates.js';
import type { UsageRecord } from './records.js';
import type { Alert, AppSummary, MonthSummary } from './types.js';
import {
  appUnitCharts,
  monthFeatureUnits,
  rangeFeatureUnits,
  teamUnitCharts,
  unchargedUse,
  type FeatureUnits,
  type UnitChart,
} from './units.js';

export interface UsageExtras {
  appUnits: Map<string, UnitChart[]>;
  apiUnits: UnitChart[];
  periodUnits: FeatureUnits[];
  monthUnits: Map<string, FeatureUnits[]>;
  balance: BalanceStatus | null;
  alerts: Alert[];
}

export function usageExtras(input: {
  /** The whole history: records, or a table's rows (read one at a time, never all held as objects). */
  records: Iterable<UsageRecord>;
  range: DateRange;
  reportDay: string;
  apps: readonly Pick<AppSummary, 'id' | 'name' | 'coverage'>[];
  totalByDay: ReadonlyMap<string, number>;
  balance: Config['balance'];
  topApps: number;
}): UsageExtras {
  const { records, range, reportDay, apps } = input;
  const inRange: UsageRecord[] = [];
  for (const r of records) if (r.date >= range.from && r.date <= range.to) inRange.push(r);
  const byApp = new Map<string, UsageRecord[]>();
  for (const r of inRange) {
    const list = byApp.get(r.appId);
    if (list) list.push(r);
    else byApp.set(r.appId, [r]);
  }
  const coverages = apps.map((a) => a.coverage);
  const appUnits = new Map(apps.map((a) => [a.id, appUnitCharts(byApp.get(a.id) ?? [], range, a.coverage)]));
  const balance = input.balance ? teamBalance(input, coverages) : null;
  const month = monthOf(reportDay);
  const alerts: Alert[] = [
    ...unchargedUse(records, reportDay).map((u): Alert => ({
      kind: 'uncharged',
      severity: 'critical',
      appId: u.appId,
      appName: u.appName,
      month: u.month,
      value: u.days,
      date: u.first,
    })),
    ...(balance
      ? balanceAlerts(balance, reportDay).map((b): Alert => ({
          kind: b.kind,
          severity: b.severity,
          appId: null,
          appName: '',
          month,
          value: b.value,
          date: b.date,
          days: b.days,
          ...(b.kind === 'balance' && balance.rate !== null ? { limit: balance.rate } : {}),
          ...(b.kind === 'balance' && balance.exhausted ? { exhausted: true } : {}),
        }))
      : []),
  ];
  return {
    appUnits,
    // Empty labels are filled by render ("Others" is a word of the report's language).
    apiUnits: teamUnitCharts(inRange, range, coverages, input.topApps, ''),
    periodUnits: rangeFeatureUnits(inRange, range),
    monthUnits: monthFeatureUnits(records),
    balance,
    alerts,
  };
}

/**
 * The balance over the team's data: known from the first stored day to the earliest end of any app's coverage
 * (an app that failed this run leaves the days after its data unknown).
 */
function teamBalance(
  input: Parameters<typeof usageExtras>[0],
  coverages: readonly (Coverage | null)[],
): BalanceStatus {
  const known = coverages.filter((c): c is Coverage => c !== null);
  const coverage =
    known.length === 0
      ? null
      : {
          from: known.reduce((m, c) => (c.from < m ? c.from : m), known[0]!.from),
          to: known.reduce((m, c) => (c.to < m ? c.to : m), known[0]!.to),
        };
  const balance = input.balance!;
  let unrated = false;
  let estimated = false;
  for (const r of input.records) {
    if (r.date <= balance.asOf || r.date > input.reportDay) continue;
    if (r.tokens === null && r.quantity !== 0) unrated = true;
    if (r.tokensEstimated) estimated = true;
  }
  return balanceStatus({
    balance,
    byDay: input.totalByDay,
    coverage,
    reportDay: input.reportDay,
    unrated,
    estimated,
  });
}

/** Month summaries with their units per feature. */
export function withMonthUnits(months: MonthSummary[], units: ReadonlyMap<string, FeatureUnits[]>): void {
  for (const m of months) m.features = units.get(m.month) ?? [];
}
