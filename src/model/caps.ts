/**
 * Free-tier caps: units used this month against `unitsPerMonth`, in one unit. A cap is keyed by feature id, or by
 * API when every feature of that API seen in the history has the same unit; a per-API cap over mixed units would
 * add processing hours to jobs, so it is an error naming the units. Pure.
 */
import { UserError } from '../errors.js';
import { forecastMonthEnd, dailyValues } from './alerts.js';
import { addDays, daysInMonth, monthOf, monthStart } from './dates.js';
import type { HistoryIndex } from './index-history.js';
import { sum } from './stats.js';
import type { Alert, CapStatus } from './types.js';

export type CapsConfig = Readonly<Record<string, { unitsPerMonth: number }>>;

/** Each cap's status as of `asOf`; throws a UserError for a per-API cap over mixed units. */
export function capStatuses(
  caps: CapsConfig,
  index: Pick<HistoryIndex, 'apiFeatures' | 'featureUnits'>,
  asOf: string,
  firstDay?: string,
): CapStatus[] {
  const featureUnit = new Map<string, string>();
  for (const features of index.apiFeatures.values())
    for (const [id, unit] of features) featureUnit.set(id, unit);
  return Object.entries(caps).map(([key, cap]) => {
    if (featureUnit.has(key)) {
      const byDay = index.featureUnits.get(key)?.byDay ?? new Map<string, number>();
      return capStatus(key, 'feature', featureUnit.get(key)!, cap.unitsPerMonth, byDay, asOf, firstDay);
    }
    const features = index.apiFeatures.get(key) ?? new Map<string, string>();
    const units = [...new Set(features.values())].sort();
    if (units.length > 1) {
      const byUnit = units.map((u) => {
        const ids = [...features].filter(([, unit]) => unit === u).map(([id]) => id);
        return `${u} (${ids.join(', ')})`;
      });
      throw new UserError(
        `caps.${JSON.stringify(key)}: the features of this API use different units — ${byUnit.join('; ')} — ` +
          `and a cap counts one unit; expected a cap per feature id instead, e.g. caps: { ${JSON.stringify(
            [...features.keys()][0],
          )}: { unitsPerMonth: … } }`,
      );
    }
    const byDay = new Map<string, number>();
    for (const id of features.keys()) {
      for (const [d, v] of index.featureUnits.get(id)?.byDay ?? []) byDay.set(d, (byDay.get(d) ?? 0) + v);
    }
    return capStatus(key, 'api', units[0] ?? '', cap.unitsPerMonth, byDay, asOf, firstDay);
  });
}

/**
 * One cap: units used this month against `unitsPerMonth`; the forecast uses the same run rate as tokens, and the
 * reach date is the first day the (forecast) cumulative use meets the cap.
 */
export function capStatus(
  key: string,
  scope: CapStatus['scope'],
  unit: string,
  unitsPerMonth: number,
  unitsByDay: ReadonlyMap<string, number>,
  asOf: string,
  firstDay?: string,
): CapStatus {
  const month = monthOf(asOf);
  const used = sum(dailyValues(unitsByDay, monthStart(month), asOf));
  const forecast = forecastMonthEnd(unitsByDay, asOf, firstDay);
  const status: CapStatus = {
    api: key,
    scope,
    unit,
    unitsPerMonth,
    used,
    percent: (used / unitsPerMonth) * 100,
    forecast,
  };
  if (used >= unitsPerMonth) {
    let acc = 0;
    for (let d = monthStart(month); d <= asOf; d = addDays(d, 1)) {
      acc += unitsByDay.get(d) ?? 0;
      if (acc >= unitsPerMonth) {
        status.reachDate = d;
        break;
      }
    }
  } else if (forecast >= unitsPerMonth) {
    const left = daysInMonth(month) - Number(asOf.slice(8, 10));
    const rate = left > 0 ? (forecast - used) / left : 0;
    if (rate > 0) status.reachDate = addDays(asOf, Math.ceil((unitsPerMonth - used) / rate));
  }
  return status;
}

/** The percentages at which a cap warns (80 %) and is reached (100 %). */
export const CAP_THRESHOLDS = [80, 100] as const;

/** A cap alert before the cap is reached: at 80 % used, or when the forecast reaches it this month. */
export function capAlerts(caps: readonly CapStatus[], month: string): Alert[] {
  return caps
    .filter((c) => c.percent >= CAP_THRESHOLDS[0] || c.reachDate !== undefined)
    .map((c) => ({
      kind: 'cap' as const,
      severity: c.percent >= CAP_THRESHOLDS[1] ? ('critical' as const) : ('warning' as const),
      appId: null,
      appName: c.api,
      api: c.api,
      month,
      value: c.used,
      limit: c.unitsPerMonth,
      percent: c.percent,
      unit: c.unit,
      ...(c.reachDate ? { reachDate: c.reachDate } : {}),
    }));
}
