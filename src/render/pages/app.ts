/**
 * One page per app (`apps/<slug>.html`): the portal's "Token usage" and "API usage" tabs, but over all stored
 * history — headline figures, history, daily tokens, the per-API breakdown (Automation API per engine, Model
 * Derivative simple vs complex), budget burn-down, spikes and the fetch status. Pure.
 */
import type { Alert, AppSummary, ReportModel } from '../../model/types.js';
import { barSpec, seriesSpec, type ChartDef } from '../charts/specs.js';
import { hintText } from '../i18n/hints.js';
import type { Formatter } from '../i18n/index.js';
import { appColors } from '../colors.js';
import {
  alertView,
  baselineText,
  budgetClass,
  budgetText,
  comparisonText,
  deltaText,
  maybeNumber,
  partialNote,
  periodText,
  tokensText,
} from '../views.js';
import {
  appHref,
  granularityLabel,
  granularityNote,
  rebucket,
  seriesTable,
  changeClass,
  markTitle,
  titledSeries,
  tokensValue,
  type PageView,
} from './common.js';

export function appPage(model: ReportModel, app: AppSummary, f: Formatter): PageView {
  return {
    path: appHref('', app.slug),
    template: 'app.html',
    root: '../',
    pageTitle: app.name,
    description: f.message(f.t.describeApp, { app: app.name, period: periodText(f, model) }),
    asOf: f.date(model.asOf),
    nav: 'app',
    charts: appCharts(model, app, f),
    context: {
      app: {
        name: app.name,
        id: app.id,
        status: app.status,
        failed: app.status === 'failed',
        statusText: app.status === 'failed' ? f.t.failed : app.status === 'ok' ? f.t.ok : f.t.historyOnly,
        error: app.error ?? '',
        hint: app.hint ? hintText(f.t, app.hint) : '',
      },
      periodText: periodText(f, model),
      cards: appCards(f, app, model.thresholds),
      alerts: (alertsByApp(model.alerts).get(app.id) ?? []).map((a) => alertView(f, a, model.thresholds)),
      apis: app.apis.map((api) => ({
        api: api.api,
        tokens: tokensText(f, api.tokens, api.estimated),
        features: api.features.map((x) => ({
          name: x.featureName,
          id: x.featureId,
          quantity: f.number(x.quantity),
          previousQuantity: x.quantityChange.previous === null ? '—' : f.number(x.previousQuantity),
          change: comparisonText(f, x.quantityChange, x.quantity),
          changeClass: changeClass(x.quantityChange.delta),
          unit: f.unit(x.unit),
          tokens: tokensText(f, x.tokens, x.estimated),
        })),
      })),
      burnNote: app.month.budget ? '' : f.t.noBudgetBurn,
      spikes: app.spikes.map((s) => ({
        date: f.date(s.date),
        tokens: f.number(s.tokens),
        typical: f.number(s.typical),
        ratio: `${f.number(s.ratio, 1)}×`,
      })),
    },
  };
}

/** Each alert list grouped by app once: every app page asks, and 10,000 pages × every alert is too many. */
const alertsByAppCache = new WeakMap<readonly Alert[], ReadonlyMap<string, readonly Alert[]>>();

function alertsByApp(alerts: readonly Alert[]): ReadonlyMap<string, readonly Alert[]> {
  let byApp = alertsByAppCache.get(alerts);
  if (!byApp) {
    const grouped = new Map<string, Alert[]>();
    for (const a of alerts) {
      if (a.appId === null) continue;
      const list = grouped.get(a.appId);
      if (list) list.push(a);
      else grouped.set(a.appId, [a]);
    }
    alertsByAppCache.set(alerts, (byApp = grouped));
  }
  return byApp;
}

function appCards(f: Formatter, app: AppSummary, thresholds: readonly number[]) {
  const m = app.month;
  const c = app.comparison;
  return [
    {
      label: f.t.tokensThisPeriod,
      value: tokensText(f, app.tokens, app.estimated),
      note: app.tokens === null ? '' : f.labelled(f.t.share, f.percent(app.share)),
      noteClass: '',
    },
    {
      label: f.t.changeVsPrevious,
      value: comparisonText(f, c, app.tokens),
      note:
        partialNote(f, c, f.t.previousPeriod) ||
        `${f.labelled(f.t.previousPeriod, baselineText(f, c))}${c.delta === null ? '' : f.paren(deltaText(f, c, app.tokens))}`,
      noteClass: '',
    },
    {
      label: `${f.t.monthToDate}${f.paren(f.month(m.month))}`,
      value: maybeNumber(f, m.tokens),
      note: f.labelled(f.t.forecastMonthEnd, maybeNumber(f, m.forecast)),
      noteClass: '',
    },
    {
      label: f.t.budgetStatus,
      value: budgetText(f, m, thresholds),
      note: m.budget ? `${maybeNumber(f, m.tokens)} / ${f.number(m.budget)}` : f.t.noBudget,
      noteClass: budgetClass(m.budgetPercent, m.forecastPercent, thresholds),
    },
  ];
}

function appCharts(model: ReportModel, app: AppSummary, f: Formatter): Record<string, ChartDef | null> {
  const hg = app.historyGranularity;
  const historyTitle = `${f.t.tokenHistory}${f.paren(granularityNote(f, hg))}`;
  // A long period is drawn per week or month, as the overview does; the table follows the chart.
  const daily = rebucket(app.daily, model.granularity);
  const dailyTitle =
    model.granularity === 'day'
      ? f.t.dailyTokensInPeriod
      : `${f.t.tokens}${f.paren(granularityNote(f, model.granularity))}`;
  const features = app.apis.flatMap((a) => a.features).filter((x) => x.tokens !== null && x.tokens > 0);
  const m = app.month;
  const color = appColors(model).get(app.id);
  const burnTitle = `${f.t.burnDown}${f.paren(f.month(m.month))}`;
  return {
    history:
      app.history.length === 0
        ? null
        : {
            id: 'chart-history',
            title: historyTitle,
            spec: seriesSpec(
              titledSeries(f, app.history, hg),
              hg,
              { title: historyTitle, xTitle: granularityLabel(f, hg), yTitle: f.t.tokens },
              model.locale,
              { ...(color ? { color } : {}) },
            ),
            alt: `${f.labelled(historyTitle, f.range(app.history[0]!.date, app.history.at(-1)!.date))}, ${f.t.total} ${f.number(sumTokens(app.history))}`,
            table: seriesTable(f, app.history, hg),
          },
    daily:
      daily.length === 0
        ? null
        : {
            id: 'chart-daily',
            title: dailyTitle,
            spec: seriesSpec(
              titledSeries(f, daily, model.granularity),
              model.granularity,
              { title: dailyTitle, xTitle: granularityLabel(f, model.granularity), yTitle: f.t.tokens },
              model.locale,
              { ...(color ? { color } : {}) },
            ),
            alt: `${f.labelled(dailyTitle, f.t.total)} ${f.number(sumTokens(daily))}, ${f.t.max} ${f.number(Math.max(...daily.map((p) => p.tokens)))}`,
            table: seriesTable(f, daily, model.granularity),
          },
    features:
      features.length === 0
        ? null
        : {
            id: 'chart-features',
            title: f.t.tokensByFeature,
            spec: barSpec(
              features.map((x) => ({
                label: x.featureName,
                tokens: x.tokens ?? 0,
                title: markTitle(f, [x.featureName], tokensValue(f, x.tokens ?? 0, x.estimated)),
              })),
              { title: f.t.tokensByFeature, xTitle: '', yTitle: f.t.tokens },
              model.locale,
              color,
            ),
            alt: features.map((x) => f.labelled(x.featureName, f.number(x.tokens ?? 0))).join('; '),
            table: {
              head: [f.t.feature, f.t.api, f.t.tokens],
              rows: features.map((x) => ({
                label: x.featureName,
                cells: [x.api, tokensText(f, x.tokens, x.estimated)],
              })),
            },
          },
    burn:
      app.burn.length === 0
        ? null
        : {
            id: 'chart-burn',
            title: burnTitle,
            spec: seriesSpec(
              titledSeries(f, app.burn, 'day', [f.t.cumulativeTokens]),
              'day',
              { title: burnTitle, xTitle: f.t.date, yTitle: f.t.cumulativeTokens },
              model.locale,
              {
                mark: 'area',
                ...(color ? { color } : {}),
                ...(m.budget
                  ? { rule: { value: m.budget, label: `${f.t.budgetStatus} ${f.number(m.budget)}` } }
                  : {}),
              },
            ),
            alt:
              f.labelled(burnTitle, maybeNumber(f, m.tokens)) +
              (m.budget ? ` / ${f.number(m.budget)}${f.paren(budgetText(f, m, model.thresholds))}` : '') +
              `; ${f.labelled(f.t.forecastMonthEnd, maybeNumber(f, m.forecast))}`,
            table: {
              head: [f.t.date, f.t.cumulativeTokens],
              rows: app.burn.map((p) => ({ label: f.date(p.date), cells: [f.number(p.tokens)] })),
            },
          },
  };
}

function sumTokens(points: ReadonlyArray<{ tokens: number }>): number {
  return Math.round(points.reduce((a, p) => a + p.tokens, 0) * 100) / 100;
}
