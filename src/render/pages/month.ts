/**
 * The monthly archive: `months/YYYY-MM.html` per stored month and `months/index.html`. Pure.
 *
 * A month page is a function of the stored months only — never of today, the report period, the run's app
 * statuses or the colour ranking (which shifts as history grows) — so a month whose data did not change renders
 * to the same bytes on every run and the pages branch gets no noise commits. That is why this module takes
 * `months`, not the whole model, and draws in one neutral colour.
 */
import { addMonths } from '../../model/dates.js';
import type { MonthComparison, MonthSummary } from '../../model/types.js';
import { barSpec, DEFAULT_COLOR, seriesSpec, type ChartDef } from '../charts/specs.js';
import type { Formatter } from '../i18n/index.js';
import { monthCsvPath } from '../downloads.js';
import { spreadsheetPath } from '../spreadsheet.js';
import {
  baselineText,
  comparisonText,
  partialNote,
  relativeChangeText,
  sameDaysText,
  tokensText,
} from '../views.js';
import { allAppsHref, OVERVIEW_APPS } from './all-apps.js';
import { appHref, changeClass, markTitle, titledSeries, tokensValue, type PageView } from './common.js';

const HIGHLIGHT = '#D55E00';
/** Months shown in a month page's trend chart: the month and the twelve before it (same month a year ago). */
const TREND_MONTHS = 13;

/** The month's apps a page names: all of them, or — in a large hub — those with the most tokens. */
function listedApps(m: MonthSummary): MonthSummary['apps'] {
  return m.apps.length > OVERVIEW_APPS ? m.apps.slice(0, OVERVIEW_APPS) : m.apps;
}

/** The apps not named, as one "Others (N)" entry; none when every app is named. */
function otherApps(m: MonthSummary, f: Formatter): { label: string; tokens: number }[] {
  if (m.apps.length <= OVERVIEW_APPS) return [];
  const rest = m.apps.slice(OVERVIEW_APPS);
  const tokens = Math.round(rest.reduce((n, a) => n + a.tokens, 0) * 100) / 100;
  return [{ label: `${f.t.others}${f.paren(f.number(rest.length))}`, tokens }];
}

function barsOf(m: MonthSummary, f: Formatter): { label: string; tokens: number; title: string }[] {
  return [...listedApps(m).map((a) => ({ label: a.name, tokens: a.tokens })), ...otherApps(m, f)].map(
    (a) => ({
      ...a,
      title: markTitle(f, [a.label, f.month(m.month)], tokensValue(f, a.tokens)),
    }),
  );
}

export function monthHref(root: string, month: string): string {
  return `${root}months/${month}.html`;
}

/** `idFree`: the CSV download is the export's id-free copy (`report.showIds: false`). */
export function monthPage(
  months: readonly MonthSummary[],
  m: MonthSummary,
  f: Formatter,
  idFree = false,
): PageView {
  const byMonth = new Map(months.map((x) => [x.month, x]));
  const prev = byMonth.get(addMonths(m.month, -1));
  const yearAgo = byMonth.get(addMonths(m.month, -12));
  const prevApis = new Map((prev?.apis ?? []).map((a) => [a.api, a.tokens]));
  const yearAgoApis = new Map((yearAgo?.apis ?? []).map((a) => [a.api, a.tokens]));
  // Per API the archive keeps whole-month sums only: compared only between whole, fully covered months.
  const wholeMonths =
    m.previousMonth !== null && !m.previousMonth.sameDays && m.previousMonth.comparison.previous !== null;
  const label = f.month(m.month);
  const share = (t: number): string => (m.tokens > 0 ? f.percent(t / m.tokens) : '—');
  const card = (name: string, c: MonthComparison | null) => ({
    label: name,
    value: c ? monthChangeText(f, c) : '—',
    note: c ? monthNote(f, c) : '',
    noteClass: '',
  });
  const row = (name: string, c: MonthComparison | null) =>
    c
      ? {
          label: name,
          month: c.sameDays ? sameDaysText(f, c) : f.month(c.month),
          href: monthHref('../', c.month),
          tokens: baselineText(f, c.comparison),
          change: monthChangeText(f, c),
          changeClass: changeClass(c.comparison.delta),
        }
      : null;
  return {
    path: monthHref('', m.month),
    template: 'month.html',
    root: '../',
    pageTitle: label,
    description: f.message(f.t.describeMonth, { month: label }),
    asOf: '',
    nav: 'months',
    charts: monthCharts(months, m, f),
    context: {
      monthLabel: label,
      cards: [
        { label: f.t.monthTokens, value: f.number(m.tokens), note: '', noteClass: '' },
        {
          label: f.t.daysWithData,
          value: f.number(m.days),
          note:
            m.coveredDays < m.daysInMonth
              ? f.message(f.t.partialBaseline, {
                  what: label,
                  covered: f.number(m.coveredDays),
                  days: f.number(m.daysInMonth),
                })
              : '',
          noteClass: '',
        },
        card(f.t.previousMonth, m.previousMonth),
        card(f.t.yearAgo, m.yearAgo),
      ],
      comparisons: [row(f.t.previousMonth, m.previousMonth), row(f.t.yearAgo, m.yearAgo)].filter(
        (c) => c !== null,
      ),
      thisMonth: { label: f.t.thisMonth, month: label, tokens: f.number(m.tokens) },
      apps: [
        ...listedApps(m).map((a) => ({
          name: a.name,
          href: appHref('../', a.slug),
          tokens: f.number(a.tokens),
          share: share(a.tokens),
          previous: a.previousMonth ? baselineText(f, a.previousMonth) : '—',
          change: a.previousMonth ? comparisonText(f, a.previousMonth, a.tokens) : '—',
          changeClass: changeClass(a.previousMonth?.delta ?? null),
        })),
        ...otherApps(m, f).map((o) => ({
          name: o.label,
          href: '',
          tokens: f.number(o.tokens),
          share: share(o.tokens),
          previous: '—',
          change: '—',
          changeClass: '',
        })),
      ],
      allAppsHref: m.apps.length > OVERVIEW_APPS ? allAppsHref('../') : '',
      seeAllApps: f.message(f.t.seeAllApps, { total: f.number(m.apps.length) }),
      apis: m.apis.map((a) => {
        // An API with units but no token figure says so; it is never shown as 0 tokens.
        const previous = wholeMonths ? (prevApis.get(a.api) ?? null) : null;
        const yearAgoTokens =
          m.yearAgo && !m.yearAgo.sameDays && m.yearAgo.comparison.previous !== null
            ? (yearAgoApis.get(a.api) ?? null)
            : null;
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
      csvHref: `../${monthCsvPath(m.month, idFree)}`,
      csvLabel: monthCsvPath(m.month, idFree).replace(/^data\//, ''),
      excelHref: `../${spreadsheetPath(m.month)}`,
    },
  };
}

/** The change against a covered baseline, else "—". */
function monthChangeText(f: Formatter, c: MonthComparison): string {
  return c.comparison.previous === null ? '—' : f.signedPercent(c.comparison.change);
}

/** What was compared ("Nov 1 – Nov 20 vs Oct 1 – Oct 20"), and how much of the baseline the data covers. */
function monthNote(f: Formatter, c: MonthComparison): string {
  const partial = partialNote(f, c.comparison, f.month(c.month));
  const what = c.sameDays ? sameDaysText(f, c) : f.labelled(f.month(c.month), baselineText(f, c.comparison));
  return partial ? `${what} · ${partial}` : what;
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
              barsOf(m, f),
              { title: byAppTitle, xTitle: '', yTitle: f.t.tokens },
              f.locale,
              DEFAULT_COLOR,
            ),
            alt: barsOf(m, f)
              .map((a) => f.labelled(a.label, f.number(a.tokens)))
              .join('; '),
            table: {
              head: [f.t.app, f.t.tokens],
              rows: barsOf(m, f).map((a) => ({ label: a.label, cells: [f.number(a.tokens)] })),
            },
          },
    trend: {
      id: 'chart-month-trend',
      title: trendTitle,
      spec: seriesSpec(
        titledSeries(
          f,
          trend.map((x) => ({ date: `${x.month}-01`, tokens: x.tokens })),
          'month',
        ),
        'month',
        { title: trendTitle, xTitle: f.t.month, yTitle: f.t.tokens },
        f.locale,
        { highlight: { dates: [`${m.month}-01`], color: HIGHLIGHT } },
      ),
      alt: trend.map((x) => f.labelled(f.month(x.month), f.number(x.tokens))).join('; '),
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
    description: f.t.describeMonths,
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
                titledSeries(
                  f,
                  months.map((x) => ({ date: `${x.month}-01`, tokens: x.tokens })),
                  'month',
                ),
                'month',
                { title, xTitle: f.t.month, yTitle: f.t.tokens },
                f.locale,
              ),
              alt: months.map((x) => f.labelled(f.month(x.month), f.number(x.tokens))).join('; '),
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
        change: x.previousMonth ? monthChangeText(f, x.previousMonth) : '—',
        changeClass: changeClass(x.previousMonth?.comparison.delta ?? null),
        yearAgo: x.yearAgo ? baselineText(f, x.yearAgo.comparison) : '—',
      })),
    },
  };
}
