/**
 * The parts of the report built straight from the history rather than from the history index: units over time
 * per app and across apps, units per feature per month and over the period, uncharged usage and the token
 * balance. One pass over the table's columns, no object per row. Pure.
 */
import type { Config } from '../config/schema.js';
import { balanceAlerts, balanceStatus, type BalanceStatus } from './balance.js';
import type { Coverage } from './coverage.js';
import { monthOf, type DateRange } from './dates.js';
import type { HistoryTable } from './history-table.js';
import type { Alert, AppSummary, MonthSummary } from './types.js';
import {
  appUnitChartsOfRows,
  FeatureUnitsByMonth,
  teamUnitChartsOfRows,
  UnchargedTally,
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
  /** The whole history, in any order (rows are read in the table's order). */
  records: HistoryTable;
  range: DateRange;
  reportDay: string;
  apps: readonly Pick<AppSummary, 'id' | 'name' | 'coverage'>[];
  totalByDay: ReadonlyMap<string, number>;
  balance: Config['balance'];
  topApps: number;
}): UsageExtras {
  const { records: table, range, reportDay, apps } = input;
  const month = monthOf(reportDay);
  const balanceFrom = input.balance?.asOf;
  /** The period's rows, as indexes into the table. */
  const inRange: number[] = [];
  const months = new FeatureUnitsByMonth(table);
  const period = new FeatureUnitsByMonth(table).month('');
  const uncharged = new UnchargedTally(table, reportDay);
  let unrated = false;
  let estimated = false;
  // Rows come in runs of one day: a day's text and the windows it is in are worked out once per run.
  let day = NaN;
  let date = '';
  let inPeriod = false;
  let inBalance = false;
  let monthUnits = period;
  for (let i = 0; i < table.length; i++) {
    if (table.day[i] !== day) {
      day = table.day[i]!;
      date = table.date(i);
      inPeriod = date >= range.from && date <= range.to;
      inBalance = balanceFrom !== undefined && date > balanceFrom && date <= reportDay;
      monthUnits = months.month(monthOf(date));
    }
    monthUnits.add(i);
    uncharged.add(i, date);
    if (inPeriod) {
      inRange.push(i);
      period.add(i);
    }
    if (inBalance) {
      if (Number.isNaN(table.tokens[i]!) && table.quantity[i] !== 0) unrated = true;
      if (table.estimated(i)) estimated = true;
    }
  }
  const byApp = new Map<string, number[]>();
  for (const i of inRange) {
    const id = table.apps[table.app[i]!]!.id;
    const list = byApp.get(id);
    if (list) list.push(i);
    else byApp.set(id, [i]);
  }
  const coverages = apps.map((a) => a.coverage);
  const appUnits = new Map(
    apps.map((a) => [a.id, appUnitChartsOfRows(table, byApp.get(a.id) ?? [], range, a.coverage)]),
  );
  const balance = input.balance ? teamBalance(input, coverages, unrated, estimated) : null;
  const alerts: Alert[] = [
    ...uncharged.result().map((u): Alert => ({
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
    apiUnits: teamUnitChartsOfRows(table, inRange, range, coverages, input.topApps, ''),
    periodUnits: period.result(),
    monthUnits: months.result(),
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
  unrated: boolean,
  estimated: boolean,
): BalanceStatus {
  const known = coverages.filter((c): c is Coverage => c !== null);
  const coverage =
    known.length === 0
      ? null
      : {
          from: known.reduce((m, c) => (c.from < m ? c.from : m), known[0]!.from),
          to: known.reduce((m, c) => (c.to < m ? c.to : m), known[0]!.to),
        };
  return balanceStatus({
    balance: input.balance!,
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
