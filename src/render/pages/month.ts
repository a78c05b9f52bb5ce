/**
 * The monthly archive: `months/YYYY-MM.html` per stored month and `months/index.html`. Pure.
 *
 * A month page is a function of the stored months only — never of today, the report period, the run's app
 * statuses or the colour ranking (which shifts as history grows) — so a month whose data did not change renders
 * to the same bytes on every run and the pages branch gets no noise commits. That is why this module takes
 * `months`, not the whole model, and draws in one neutral colour.
 */
import { addMonths } from '../../model/dates.js';
import type { MonthSummary } from '../../model/types.js';
import { barSpec, DEFAULT_COLOR, seriesSpec, type ChartDef } from '../charts/specs.js';
import type { Formatter } from '../i18n/index.js';
import { spreadsheetPath } from '../spreadsheet.js';
import { relativeChangeText, tokensText } from '../views.js';
import { appHref, changeClass, type PageView } from './common.js';

const HIGHLIGHT = '#D55E00';
/** Months shown in a month page's trend chart: the month and the twelve before it (same month a year ago). */
const TREND_MONTHS = 13;

export function monthHref(root: string, month: string): string {
  return `${root}months/${month}.html`;
}

export function monthPage(months: readonly MonthSummary[], m: MonthSummary, f: Formatter): PageView {
  const byMonth = new Map(months.map((x) => [x.month, x]));
  const prev = byMonth.get(addMonths(m.month, -1));
  const yearAgo = byMonth.get(addMonths(m.month, -12));
  const prevApps = new Map((prev?.apps ?? []).map((a) => [a.id, a.tokens]));
  const prevApis = new Map((prev?.apis ?? []).map((a) => [a.api, a.tokens]));
  const yearAgoApis = new Map((yearAgo?.apis ?? []).map((a) => [a.api, a.tokens]));
  const label = f.month(m.month);
  const share = (t: number): string => (m.tokens > 0 ? f.percent(t / m.tokens) : '—');
  const compare = (name: string, other: MonthSummary | undefined) =>
    other
      ? {
          label: name,
          month: f.month(other.month),
          href: monthHref('../', other.month),
          tokens: f.number(other.tokens),
          change: relativeChangeText(f, m.tokens, other.tokens),
          changeClass: changeClass(m.tokens - other.tokens),
        }
      : null;
  return {
    path: monthHref('', m.month),
    template: 'month.html',
    root: '../',
    pageTitle: label,
    asOf: '',
    nav: 'months',
    charts: monthCharts(months, m, f),
    context: {
      monthLabel: label,
      cards: [
        { label: f.t.monthTokens, value: f.number(m.tokens), note: '', noteClass: '' },
        { label: f.t.daysWithData, value: f.number(m.days), note: '', noteClass: '' },
        {
          label: f.t.previousMonth,
          value: prev ? relativeChangeText(f, m.tokens, prev.tokens) : '—',
          note: prev ? `${f.month(prev.month)}: ${f.number(prev.tokens)}` : '',
          noteClass: '',
        },
        {
          label: f.t.yearAgo,
          value: yearAgo ? relativeChangeText(f, m.tokens, yearAgo.tokens) : '—',
          note: yearAgo ? `${f.month(yearAgo.month)}: ${f.number(yearAgo.tokens)}` : '',
          noteClass: '',
        },
      ],
      comparisons: [compare(f.t.previousMonth, prev), compare(f.t.yearAgo, yearAgo)].filter(
        (c) => c !== null,
      ),
      thisMonth: { label: f.t.thisMonth, month: label, tokens: f.number(m.tokens) },
      apps: m.apps.map((a) => ({
        name: a.name,
        href: appHref('../', a.slug),
        tokens: f.number(a.tokens),
        share: share(a.tokens),
        previous: prevApps.has(a.id) ? f.number(prevApps.get(a.id)!) : '—',
        change: prevApps.has(a.id) ? relativeChangeText(f, a.tokens, prevApps.get(a.id)!) : '—',
        changeClass: prevApps.has(a.id) ? changeClass(a.tokens - prevApps.get(a.id)!) : '',
      })),
      apis: m.apis.map((a) => {
        // An API with units but no token figure says so; it is never shown as 0 tokens.
        const previous = prevApis.get(a.api) ?? null;
        const yearAgoTokens = yearAgoApis.get(a.api) ?? null;
        const comparable = a.tokens !== null && previous !== null;
        return {
          api: a.api,
          tokens: tokensText(f, a.tokens, false),
          share: a.tokens === null ? '—' : share(a.tokens),
          previous: previous === null ? '—' : f.number(previous),
          change: comparable ? relativeChangeText(f, a.tokens!, previous) : '—',
          changeClass: comparable ? changeClass(a.tokens! - previous) : '',
          yearAgo: yearAgoTokens === null ? '—' : f.number(yearAgoTokens),
        };
      }),
      prevHref: prev ? monthHref('../', prev.month) : '',
      prevLabel: prev ? f.month(prev.month) : '',
      csvHref: `../data/usage-${m.month}.csv`,
      csvLabel: `usage-${m.month}.csv`,
      excelHref: `../${spreadsheetPath(m.month)}`,
    },
  };
}

function monthCharts(
  months: readonly MonthSummary[],
  m: MonthSummary,
  f: Formatter,
): Record<string, ChartDef | null> {
  const first = addMonths(m.month, -(TREND_MONTHS - 1));
  const trend = months.filter((x) => x.month >= first && x.month <= m.month);
  const label = f.month(m.month);
  const byAppTitle = `${f.t.dailyTokensByApp} · ${label}`;
  const trendTitle = f.t.monthlyTokens;
  return {
    byApp:
      m.apps.length === 0
        ? null
        : {
            id: 'chart-month-apps',
            title: byAppTitle,
            spec: barSpec(
              m.apps.map((a) => ({ label: a.name, tokens: a.tokens })),
              { title: byAppTitle, xTitle: '', yTitle: f.t.tokens },
              DEFAULT_COLOR,
            ),
            alt: m.apps.map((a) => `${a.name}: ${f.number(a.tokens)}`).join('; '),
            table: {
              head: [f.t.app, f.t.tokens],
              rows: m.apps.map((a) => ({ label: a.name, cells: [f.number(a.tokens)] })),
            },
          },
    trend: {
      id: 'chart-month-trend',
      title: trendTitle,
      spec: seriesSpec(
        trend.map((x) => ({ date: `${x.month}-01`, tokens: x.tokens })),
        'month',
        { title: trendTitle, xTitle: f.t.month, yTitle: f.t.tokens },
        f.locale,
        { highlight: { dates: [`${m.month}-01`], color: HIGHLIGHT } },
      ),
      alt: trend.map((x) => `${f.month(x.month)}: ${f.number(x.tokens)}`).join('; '),
      table: {
        head: [f.t.month, f.t.tokens],
        rows: trend.map((x) => ({ label: f.month(x.month), cells: [f.number(x.tokens)] })),
      },
    },
  };
}

export function monthsIndexPage(months: readonly MonthSummary[], f: Formatter): PageView {
  const newestFirst = [...months].reverse();
  const title = f.t.monthlyTokens;
  return {
    path: 'months/index.html',
    template: 'months.html',
    root: '../',
    pageTitle: f.t.monthlyArchive,
    asOf: '',
    nav: 'months',
    charts: {
      trend:
        months.length === 0
          ? null
          : {
              id: 'chart-months',
              title,
              spec: seriesSpec(
                months.map((x) => ({ date: `${x.month}-01`, tokens: x.tokens })),
                'month',
                { title, xTitle: f.t.month, yTitle: f.t.tokens },
                f.locale,
              ),
              alt: months.map((x) => `${f.month(x.month)}: ${f.number(x.tokens)}`).join('; '),
              table: {
                head: [f.t.month, f.t.tokens],
                rows: months.map((x) => ({ label: f.month(x.month), cells: [f.number(x.tokens)] })),
              },
            },
    },
    context: {
      months: newestFirst.map((x) => ({
        label: f.month(x.month),
        href: `${x.month}.html`,
        tokens: f.number(x.tokens),
        days: f.number(x.days),
        change: x.change === null ? '—' : f.signedPercent(x.change),
        changeClass: changeClass(x.change),
        yearAgo: x.yearAgoTokens === null ? '—' : f.number(x.yearAgoTokens),
      })),
    },
  };
}
