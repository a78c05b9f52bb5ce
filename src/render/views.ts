/**
 * Model → template contexts: every figure formatted per locale here, so templates only place text. Pure.
 */
import { PALETTE } from '../model/build.js';
import type { Alert, AppSummary, ReportModel } from '../model/types.js';
import { relativeChange } from '../model/stats.js';
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
  return `${f.date(model.period.from)} – ${f.date(model.period.to)} (${f.number(model.period.days)} ${f.t.days})`;
}

export function headline(f: Formatter, model: ReportModel) {
  const m = model.month;
  return {
    tokens: tokensText(f, model.totals.tokens, model.totals.estimated),
    change: f.signedPercent(model.totals.change),
    monthToDate: f.number(m.tokens),
    forecast: f.number(m.forecast),
    budget: m.budget ? `${f.percent((m.budgetPercent ?? 0) / 100)} / ${f.number(m.budget)}` : f.t.noBudget,
  };
}

export function budgetClass(percent: number | undefined, forecastPercent?: number): string {
  if (percent === undefined) return '';
  if (percent >= 100) return 'over';
  if (percent >= 80 || (forecastPercent ?? 0) > 100) return 'near';
  return '';
}

export function alertView(f: Formatter, a: Alert, appHref?: (appId: string) => string): AlertView {
  const t = f.t;
  const values: Record<string, string> = {
    app: a.appName,
    api: a.api ?? '',
    value: f.number(a.value),
    limit: a.limit === undefined ? '' : f.number(a.limit),
    percent: a.percent === undefined ? '' : f.percent(a.percent / 100),
    ratio: a.percent === undefined ? '' : f.number(a.percent / 100, 1),
    date: a.date ? f.date(a.date) : '',
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
  }
  const label = { budget: t.budgetStatus, forecast: t.forecast, spike: t.spikes, cap: t.caps }[a.kind];
  const view: AlertView = { kind: a.kind, kindLabel: label, severity: a.severity, text };
  if (a.appId && appHref) {
    view.href = appHref(a.appId);
    view.linkText = a.appName;
  }
  return view;
}

export function appRow(f: Formatter, a: AppSummary, href: string) {
  return {
    id: a.id,
    name: a.name,
    href,
    colorIndex: Math.max(0, PALETTE.indexOf(a.color)),
    status: a.status,
    failed: a.status === 'failed',
    statusText:
      a.status === 'failed'
        ? `${f.t.failed}: ${a.error ?? ''}`
        : a.status === 'ok'
          ? f.t.ok
          : f.t.historyOnly,
    tokens: tokensText(f, a.tokens, a.estimated),
    change: f.signedPercent(a.change),
    share: f.percent(a.share),
    monthToDate: f.number(a.month.tokens),
    budgetPercent: a.month.budgetPercent === undefined ? '—' : f.percent(a.month.budgetPercent / 100),
    budgetClass: budgetClass(a.month.budgetPercent, a.month.forecastPercent),
    forecast: f.number(a.month.forecast),
  };
}

/** A YAML key that is safe whatever the feature id holds. */
export function yamlKey(id: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) ? id : JSON.stringify(id).replace(/`/g, '\\u0060');
}

/** "+12%" for a change from `previous` to `current`; "—" when there is nothing to compare with. */
export function relativeChangeText(f: Formatter, current: number, previous: number): string {
  return f.signedPercent(relativeChange(current, previous));
}
