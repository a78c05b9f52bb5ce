/**
 * The overview (`index.html`): headline figures, alerts, the period's charts, apps, movers, Free-tier caps, top
 * features. Pure: model in, page view out.
 */
import { OTHERS_KEY } from '../../model/build.js';
import { CAP_THRESHOLDS } from '../../model/caps.js';
import type { ReportModel } from '../../model/types.js';
import { barSpec, stackedTokensSpec, type ChartDef, type SeriesKey } from '../charts/specs.js';
import { appColors, colorIndexes, OTHERS_COLOR } from '../colors.js';
import type { Formatter } from '../i18n/index.js';
import { allAppsHref, hasAllAppsPages, OVERVIEW_APPS } from './all-apps.js';
import { spreadsheetPathOf } from '../spreadsheet.js';
import {
  alertView,
  appRow,
  baselineText,
  budgetText,
  budgetsUndecidedText,
  deltaText,
  headline,
  maybeNumber,
  partialNote,
  periodText,
  rateSnippet,
  sameDaysText,
  thresholdPercent,
  tokensText,
  yamlKey,
} from '../views.js';
import {
  appHref,
  bucketText,
  bucketTitle,
  changeClass,
  markTitle,
  tokensValue,
  granularityLabel,
  granularityNote,
  type PageView,
} from './common.js';

export function overviewPage(model: ReportModel, f: Formatter, dataFiles: readonly string[]): PageView {
  const slugs = new Map(model.apps.map((a) => [a.id, a.slug]));
  const colors = colorIndexes(model);
  return {
    path: 'index.html',
    template: 'report.html',
    root: '',
    pageTitle: f.t.overview,
    description: f.message(f.t.describeOverview, {
      period: periodText(f, model),
      apps: f.number(model.apps.length),
    }),
    asOf: f.date(model.asOf),
    nav: 'overview',
    charts: overviewCharts(model, f),
    context: {
      periodText: periodText(f, model),
      historyText: model.history
        ? f.labelled(f.t.storedHistory, f.range(model.history.from, model.history.to)) +
          f.paren(`${f.number(model.history.days)} ${f.t.days}`)
        : '',
      cards: overviewCards(f, model),
      alerts: model.alerts.map((a) =>
        alertView(f, a, model.thresholds, (id) => (slugs.has(id) ? appHref('', slugs.get(id)!) : '')),
      ),
      budgetsUndecided: budgetsUndecidedText(f, model),
      // A large hub's overview names the apps with the most tokens; the rest are on the "all apps" pages.
      apps: (hasAllAppsPages(model) ? model.apps.slice(0, OVERVIEW_APPS) : model.apps).map((a) =>
        appRow(f, a, appHref('', a.slug), colors.get(a.id) ?? 0, model.thresholds),
      ),
      allAppsHref: hasAllAppsPages(model) ? allAppsHref('') : '',
      appsShown: f.message(f.t.appsShown, {
        shown: f.number(OVERVIEW_APPS),
        total: f.number(model.apps.length),
      }),
      seeAllApps: f.message(f.t.seeAllApps, { total: f.number(model.apps.length) }),
      movers: model.movers.map((m) => ({
        kind: m.kind === 'app' ? f.t.app : f.t.feature,
        name: m.name,
        href: m.kind === 'app' && slugs.has(m.id) ? appHref('', slugs.get(m.id)!) : '',
        previous: baselineText(f, m.comparison),
        current: f.number(m.tokens),
        delta: deltaText(f, m.comparison, m.tokens),
        deltaClass: changeClass(m.comparison.delta),
      })),
      caps: model.caps.map((c) => ({
        api: c.api,
        used: f.number(c.used),
        cap: f.number(c.unitsPerMonth),
        unit: f.unit(c.unit),
        percent: thresholdPercent(f, c.percent, CAP_THRESHOLDS),
        forecast: f.number(c.forecast),
        reach: c.reachDate ? f.date(c.reachDate) : f.t.notThisMonth,
        capClass: c.percent >= 100 ? 'over' : c.percent >= 80 || c.reachDate ? 'near' : '',
      })),
      features: model.topFeatures.map((x) => ({
        name: x.featureName,
        api: x.api,
        quantity: f.number(x.quantity),
        unit: f.unit(x.unit),
        tokens: tokensText(f, x.tokens, x.estimated),
      })),
      unrated: model.unrated.map((u) => ({
        configKey: yamlKey(u.featureId),
        name: u.featureName,
        unit: f.unit(u.unit),
      })),
      rateLines: rateSnippet(f, model.unrated),
      ratedZero: model.ratedZero.map((u) => ({ name: u.featureName, id: u.featureId, unit: f.unit(u.unit) })),
      downloads: [
        ...dataFiles.map((d) => ({
          href: d,
          label: d.replace(/^data\//, ''),
          excelHref: spreadsheetPathOf(d) ?? '',
        })),
        { href: 'data/report.json', label: 'report.json' },
        { href: 'summary.md', label: 'summary.md' },
      ],
    },
  };
}

function overviewCards(f: Formatter, model: ReportModel) {
  const h = headline(f, model);
  const m = model.month;
  const c = model.totals.comparison;
  return [
    {
      label: f.t.tokensThisPeriod,
      value: h.tokens,
      note: [
        model.totals.estimated ? f.t.estimated : '',
        model.totals.tokens !== null && model.unrated.length > 0
          ? f.message(f.t.excludesUnrated, { n: f.number(model.unrated.length) })
          : '',
      ]
        .filter(Boolean)
        .join(' · '),
      noteClass: '',
    },
    {
      label: f.t.changeVsPrevious,
      value: h.change,
      note: h.changeNote || f.labelled(f.t.previousPeriod, baselineText(f, c)),
      noteClass: '',
    },
    {
      label: `${f.t.monthToDate}${f.paren(f.month(m.month))}`,
      value: h.monthToDate,
      note: [f.labelled(f.t.forecastMonthEnd, h.forecast), monthVsPrevious(f, m.previousMonth)]
        .filter(Boolean)
        .join(' · '),
      noteClass: '',
    },
    {
      label: f.t.budgetStatus,
      value: m.budget ? budgetText(f, m, model.thresholds) : '—',
      note: m.budget ? `${maybeNumber(f, m.tokens)} / ${f.number(m.budget)}` : f.t.noBudget,
      noteClass: (m.budgetPercent ?? 0) >= 100 ? 'over' : (m.forecastPercent ?? 0) > 100 ? 'near' : '',
    },
  ];
}

/** "Nov 1–20 vs Oct 1–20: +25%", as the month page says it; '' when there is nothing to compare. */
function monthVsPrevious(f: Formatter, c: ReportModel['month']['previousMonth']): string {
  if (!c) return '';
  const value = c.comparison.previous === null ? '—' : f.signedPercent(c.comparison.change);
  const note = partialNote(f, c.comparison, f.month(c.month));
  return `${f.labelled(sameDaysText(f, c), value)}${note ? f.paren(note) : ''}`;
}

export function overviewCharts(model: ReportModel, f: Formatter): Record<string, ChartDef | null> {
  const colors = appColors(model);
  const series: SeriesKey[] = [
    ...model.apps
      .filter((a) => model.stacked.some((p) => p.key === a.id))
      .map((a) => ({ key: a.id, label: a.name, color: colors.get(a.id)! })),
    ...(model.stacked.some((p) => p.key === OTHERS_KEY)
      ? [{ key: OTHERS_KEY, label: f.t.others, color: OTHERS_COLOR }]
      : []),
  ];
  const g = model.granularity;
  // The stacked chart's table: one row per bucket, one column per series, and the total.
  const buckets = [...new Set(model.stacked.map((p) => p.date))].sort();
  const cell = new Map(model.stacked.map((p) => [`${p.date}\u0000${p.key}`, p.tokens]));
  const byAppTitle = `${f.t.dailyTokensByApp}${f.paren(granularityNote(f, g))}`;
  const totals = appTotals(model, f);
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  return {
    byApp:
      buckets.length === 0
        ? null
        : {
            id: 'chart-tokens-by-app',
            title: byAppTitle,
            spec: stackedTokensSpec(
              model.stacked.map((p) => ({
                ...p,
                title: markTitle(
                  f,
                  [bucketTitle(f, p.date, g), labelOf.get(p.key) ?? p.key],
                  tokensValue(f, p.tokens),
                ),
              })),
              series,
              g,
              { title: byAppTitle, xTitle: granularityLabel(f, g), yTitle: f.t.tokens },
              model.locale,
            ),
            alt: f.labelled(byAppTitle, series.map((s) => s.label).join(', ')),
            table: {
              head: [granularityLabel(f, g), ...series.map((s) => s.label), f.t.total],
              rows: buckets.map((d) => {
                const values = series.map((s) => cell.get(`${d}\u0000${s.key}`) ?? 0);
                return {
                  label: bucketText(f, d, g),
                  cells: [...values.map((v) => f.number(v)), f.number(values.reduce((a, b) => a + b, 0))],
                };
              }),
            },
          },
    byApi:
      model.apis.length === 0
        ? null
        : {
            id: 'chart-tokens-by-api',
            title: f.t.tokensByApi,
            // APIs without a token figure are left out of the bars (a bar of 0 would be a silent zero) and
            // named as "units only" in the text and the table.
            spec: barSpec(
              model.apis.flatMap((a) =>
                a.tokens === null
                  ? []
                  : [
                      {
                        label: a.api,
                        tokens: a.tokens,
                        title: markTitle(f, [a.api], tokensValue(f, a.tokens, a.estimated)),
                      },
                    ],
              ),
              { title: f.t.tokensByApi, xTitle: '', yTitle: f.t.tokens },
              model.locale,
            ),
            alt: model.apis.map((a) => f.labelled(a.api, tokensText(f, a.tokens, a.estimated))).join('; '),
            table: {
              head: [f.t.api, f.t.tokens],
              rows: model.apis.map((a) => ({ label: a.api, cells: [tokensText(f, a.tokens, a.estimated)] })),
            },
          },
    appTotals:
      totals.length === 0
        ? null
        : {
            id: 'chart-tokens-by-app-total',
            title: f.t.periodTokensByApp,
            spec: barSpec(
              totals.map((a) => ({
                ...a,
                title: markTitle(f, [a.label], tokensValue(f, a.tokens, a.estimated)),
              })),
              {
                title: f.t.periodTokensByApp,
                xTitle: '',
                yTitle: f.t.tokens,
              },
              model.locale,
            ),
            alt: totals.map((a) => f.labelled(a.label, f.number(a.tokens))).join('; '),
            table: {
              head: [f.t.app, f.t.tokens, f.t.share],
              rows: totals.map((a) => ({
                label: a.label,
                cells: [a.tokensText, f.percent(model.totals.tokens ? a.tokens / model.totals.tokens : 0)],
              })),
            },
          },
  };
}

/** Period tokens per app as the stacked chart folds them: the same top apps, then one "Others" bar. */
function appTotals(model: ReportModel, f: Formatter) {
  const colors = appColors(model);
  const top = new Set(model.stacked.map((p) => p.key));
  const active = model.apps.flatMap((a) =>
    a.tokens !== null && a.tokens > 0 ? [{ ...a, tokens: a.tokens }] : [],
  );
  const rows = active
    .filter((a) => top.has(a.id))
    .map((a) => ({
      label: a.name,
      tokens: a.tokens,
      color: colors.get(a.id)!,
      estimated: a.estimated,
      tokensText: tokensText(f, a.tokens, a.estimated),
    }));
  const rest = active.filter((a) => !top.has(a.id));
  if (rest.length > 0) {
    const tokens = Math.round(rest.reduce((n, a) => n + a.tokens, 0) * 100) / 100;
    const estimated = rest.some((a) => a.estimated);
    rows.push({
      label: `${f.t.others}${f.paren(f.number(rest.length))}`,
      tokens,
      color: OTHERS_COLOR,
      estimated,
      tokensText: tokensText(f, tokens, estimated),
    });
  }
  return rows;
}
