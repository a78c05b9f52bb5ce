/**
 * Model → template contexts: every figure formatted per locale here, so templates only place text. Pure.
 */
import type {
  Alert,
  AppSummary,
  Comparison,
  MonthComparison,
  MonthStatus,
  ReportModel,
} from '../model/types.js';
import { CAP_THRESHOLDS } from '../model/caps.js';
import { relativeChange } from '../model/stats.js';
import { hintText } from './i18n/hints.js';
import type { Formatter } from './i18n/index.js';

export interface AlertView {
  kind: Alert['kind'];
  kindLabel: string;
  severity: Alert['severity'];
  text: string;
  href?: string;
  linkText?: string;
}

export function tokensText(f: Formatter, tokens: number | null, estimated: boolean): string {
  if (tokens === null) return f.t.unitsOnly;
  return `${estimated ? f.t.estimatedMark : ''}${f.number(tokens)}`;
}

export function periodText(f: Formatter, model: ReportModel): string {
  return `${f.range(model.period.from, model.period.to)}${f.paren(`${f.number(model.period.days)} ${f.t.days}`)}`;
}

/** A token figure that may be unknown: `null` reads "units only", never 0. */
export function maybeNumber(f: Formatter, n: number | null): string {
  return n === null ? f.t.unitsOnly : f.number(n);
}

/**
 * A comparison's value: the change when the baseline is fully covered, "new" when none of it is (and there is
 * something now), "—" otherwise — never a change against an invented zero.
 */
export function comparisonText(f: Formatter, c: Comparison, current: number | null): string {
  if (current === null) return '—';
  if (c.previous !== null) return f.signedPercent(c.change);
  return c.covered === 0 && current > 0 ? f.t.newItem : '—';
}

/** The baseline's tokens, or "—" when it is not fully covered. */
export function baselineText(f: Formatter, c: Comparison): string {
  return c.previous === null ? '—' : f.number(c.previous);
}

/** current − previous, or "new"/"—" as `comparisonText`. */
export function deltaText(f: Formatter, c: Comparison, current: number | null): string {
  if (c.delta === null || current === null) return comparisonText(f, c, current);
  return c.delta > 0 ? `+${f.number(c.delta)}` : c.delta < 0 ? `−${f.number(-c.delta)}` : f.number(0);
}

/**
 * "previous period covers 12 of 30 days" when the baseline is partly covered ('' otherwise; with `evenNone`, also
 * when none of it is — for figures where "new" would not read well, such as the team's total).
 */
export function partialNote(f: Formatter, c: Comparison, what: string, evenNone = false): string {
  if (c.previous !== null || (c.covered === 0 && !evenNone)) return '';
  return f.message(f.t.partialBaseline, {
    what,
    covered: f.number(c.covered),
    days: f.number(c.days),
  });
}

/**
 * A percentage compared with thresholds, shown so that it never rounds across one: 79.84 % of a budget with an
 * 80 % threshold reads "79.8%", not "80%" (which would promise an alert that rightly is not there).
 */
export function thresholdPercent(f: Formatter, percent: number, thresholds: readonly number[]): string {
  const shown = f.percent(percent / 100);
  const rounded = Number(shown.replace(/[^\d.]/g, ''));
  const crossesOne = thresholds.some((t) => percent < t && rounded >= t);
  if (!crossesOne) return shown;
  const truncated = Math.floor(percent * 10) / 10;
  return `${f.number(truncated, 1)}%`;
}

/** "Nov 1, 2026 – Nov 20, 2026 vs Oct 1, 2026 – Oct 20, 2026" for an unfinished month; months for whole ones. */
export function sameDaysText(f: Formatter, c: MonthComparison): string {
  return c.sameDays
    ? f.message(f.t.sameDaysLabel, {
        current: f.range(c.currentFrom, c.currentTo),
        other: f.range(c.from, c.to),
      })
    : f.message(f.t.sameDaysLabel, { current: f.month(c.currentFrom.slice(0, 7)), other: f.month(c.month) });
}

/** A budget's use: the percentage, "n/a — no rate for …" when unrated usage makes it unknowable, or "—". */
export function budgetText(f: Formatter, m: MonthStatus, thresholds: readonly number[]): string {
  if (!m.budget) return '—';
  if (m.budgetPercent === undefined) return f.message(f.t.noRateFor, { features: m.unrated.join(', ') });
  return thresholdPercent(f, m.budgetPercent, thresholds);
}

export function headline(f: Formatter, model: ReportModel) {
  const m = model.month;
  return {
    tokens: tokensText(f, model.totals.tokens, model.totals.estimated),
    // The team is not "new" when its history begins: its baseline is simply not known yet.
    change: model.totals.comparison.previous === null ? '—' : f.signedPercent(model.totals.comparison.change),
    changeNote: partialNote(f, model.totals.comparison, f.t.previousPeriod, true),
    monthToDate: maybeNumber(f, m.tokens),
    forecast: maybeNumber(f, m.forecast),
    budget: m.budget
      ? m.budgetPercent === undefined
        ? budgetText(f, m, model.thresholds)
        : `${budgetText(f, m, model.thresholds)} / ${f.number(m.budget)}`
      : f.t.noBudget,
  };
}

/** "over" at or past the highest threshold, "near" past a lower one or when the forecast is over budget. */
export function budgetClass(
  percent: number | undefined,
  forecastPercent: number | undefined,
  thresholds: readonly number[],
): string {
  if (percent === undefined) return '';
  const top = Math.max(...thresholds);
  if (percent >= top) return 'over';
  if (thresholds.some((t) => percent >= t) || (forecastPercent ?? 0) > 100) return 'near';
  return '';
}

export function alertView(
  f: Formatter,
  a: Alert,
  thresholds: readonly number[],
  appHref?: (appId: string) => string,
): AlertView {
  const t = f.t;
  const values: Record<string, string> = {
    app: a.appName,
    api: a.api ?? '',
    unit: a.unit ? f.unit(a.unit) : '',
    value: f.number(a.value),
    limit: a.limit === undefined ? '' : f.number(a.limit),
    percent:
      a.percent === undefined
        ? ''
        : thresholdPercent(f, a.percent, a.kind === 'cap' ? CAP_THRESHOLDS : thresholds),
    ratio: a.percent === undefined ? '' : f.number(a.percent / 100, 1),
    date: a.date ? f.date(a.date) : '',
    days: a.days === undefined ? '' : f.number(Math.abs(a.days)),
  };
  let text: string;
  switch (a.kind) {
    case 'budget':
      text = f.message(a.appId ? t.alertBudget : t.alertBudgetTotal, values);
      break;
    case 'forecast':
      text = f.message(a.appId ? t.alertForecast : t.alertForecastTotal, values);
      break;
    case 'spike':
      text = f.message(t.alertSpike, values);
      break;
    case 'cap':
      text =
        f.message(t.alertCap, values) +
        (a.reachDate ? f.message(t.alertCapForecast, { date: f.date(a.reachDate) }) : '');
      break;
    case 'uncharged':
      text = f.message(t.alertUncharged, values);
      break;
    case 'balance':
      text = f.message(
        a.exhausted ? t.alertBalanceOut : a.limit === undefined ? t.alertBalanceNoRate : t.alertBalance,
        values,
      );
      break;
    case 'expiry':
      text = f.message(t.alertExpiry, values);
      break;
  }
  const label = {
    budget: t.budgetStatus,
    forecast: t.forecast,
    spike: t.spikes,
    cap: t.caps,
    uncharged: t.uncharged,
    balance: t.balance,
    expiry: t.balanceExpiry,
  }[a.kind];
  const view: AlertView = { kind: a.kind, kindLabel: label, severity: a.severity, text };
  if (a.appId && appHref) {
    view.href = appHref(a.appId);
    view.linkText = a.appName;
  }
  return view;
}

export function appRow(
  f: Formatter,
  a: AppSummary,
  href: string,
  colorIndex: number,
  thresholds: readonly number[],
) {
  return {
    id: a.id,
    name: a.name,
    href,
    colorIndex,
    status: a.status,
    failed: a.status === 'failed',
    statusText:
      a.status === 'failed'
        ? f.labelled(f.t.failed, failureText(f, a))
        : a.status === 'ok'
          ? f.t.ok
          : f.t.historyOnly,
    tokens: tokensText(f, a.tokens, a.estimated),
    change: comparisonText(f, a.comparison, a.tokens),
    changeNote: partialNote(f, a.comparison, f.t.previousPeriod),
    share: a.tokens === null ? '—' : f.percent(a.share),
    monthToDate: maybeNumber(f, a.month.tokens),
    budgetPercent: budgetText(f, a.month, thresholds),
    budgetClass: budgetClass(a.month.budgetPercent, a.month.forecastPercent, thresholds),
    forecast: maybeNumber(f, a.month.forecast),
  };
}

/** Why an app failed, with what to do about it in the report's language. */
export function failureText(f: Formatter, a: Pick<AppSummary, 'error' | 'hint'>): string {
  const hint = a.hint ? hintText(f.t, a.hint) : '';
  if (!hint) return a.error ?? '';
  return f.locale === 'ja' ? `${a.error ?? ''} ${hint}` : `${a.error ?? ''}. ${hint}`;
}

/**
 * The YAML offered for features without a rate. The placeholder is not a number, so pasting it unchanged fails
 * `validate` rather than rating the feature at a wrong value; the comment says where the figure comes from.
 */
export function rateSnippet(f: Formatter, unrated: ReportModel['unrated']): string[] {
  if (unrated.length === 0) return [];
  const lines = unrated.map(
    (u) =>
      `  ${yamlKey(u.featureId)}: { tokensPerUnit: ${RATE_PLACEHOLDER} }   # ${f.t.rateFromSheet} ${oneLine(u.featureName)}${u.unit ? ` (${oneLine(u.unit)})` : ''}`,
  );
  return ['rates:', ...lines];
}

/** Refused by the config schema: a rate must be a number. */
export const RATE_PLACEHOLDER = 'TOKENS_PER_UNIT';

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Said once: budgets with unrated usage are neither raised nor cleared. */
export function budgetsUndecidedText(f: Formatter, model: ReportModel): string {
  if (model.undecided.length === 0) return '';
  const features = [
    ...new Set([model.month, ...model.apps.map((a) => a.month)].flatMap((m) => (m.budget ? m.unrated : []))),
  ];
  return f.message(f.t.budgetsUndecided, { features: features.join(', ') });
}

/** A YAML key that is safe whatever the feature id holds. */
export function yamlKey(id: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) ? id : JSON.stringify(id).replace(/`/g, '\\u0060');
}

/** "+12%" for a change from `previous` to `current`; "—" when there is nothing to compare with. */
export function relativeChangeText(f: Formatter, current: number, previous: number): string {
  return f.signedPercent(relativeChange(current, previous));
}
