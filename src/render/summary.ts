/**
 * The Markdown summary (`summary.md`, the monthly issue's body, the job summary), and its budget-aware variant:
 * GitHub caps issue bodies at 65,536 characters and a step's job summary at 1 MiB. Over the limit, the summary is
 * rendered again with less detail (top apps and alerts only, "and N more — see the site"); only if that is still
 * too long is it cut, with any open code fence closed and a visible notice with a link. Pure.
 */
import summaryTemplate from '../../templates/summary.md.hbs';
import type { MonthComparison, ReportModel } from '../model/types.js';
import { colorIndexes } from './colors.js';
import { createMarkdownRenderer, type Render, type TemplateSources } from './handlebars.js';
import { createFormatter, type Formatter } from './i18n/index.js';
import { escapeMarkdown } from './markdown-escape.js';
import { mermaidDailyTokens } from './mermaid.js';
import { apiUnitRows } from './pages/units.js';
import {
  alertView,
  appRow,
  baselineText,
  budgetsUndecidedText,
  deltaText,
  headline,
  maybeNumber,
  partialNote,
  periodText,
  rateSnippet,
  sameDaysText,
  yamlKey,
} from './views.js';

export { ISSUE_BODY_LIMIT, JOB_SUMMARY_LIMIT } from '../limits.js';

export const DEFAULT_MARKDOWN_TEMPLATES: TemplateSources = { 'summary.md': summaryTemplate };

/** How much of the report a summary shows; `Infinity` is everything. */
export interface SummaryDetail {
  maxApps: number;
  maxAlerts: number;
  unrated: boolean;
}

export const FULL_DETAIL: SummaryDetail = { maxApps: Infinity, maxAlerts: Infinity, unrated: true };

/**
 * The site's own summary (`summary.md`, the digest page): bounded, so that no page grows with the hub. A row is
 * about 175 bytes in the digest: 1,000 apps and 1,000 alerts stay well under 1 MB.
 */
export const SITE_DETAIL: SummaryDetail = { maxApps: 1000, maxAlerts: 1000, unrated: true };

/** Tried in order until one fits. */
const REDUCED_DETAIL: readonly SummaryDetail[] = [
  { maxApps: 50, maxAlerts: 30, unrated: true },
  { maxApps: 20, maxAlerts: 10, unrated: true },
  { maxApps: 10, maxAlerts: 5, unrated: false },
  { maxApps: 5, maxAlerts: 3, unrated: false },
];

export interface SummaryOptions {
  /** Absolute URL of the published site: the summary links to it and to each app's page. */
  siteUrl?: string;
  /** User overrides (`report.templates`); only the `.md` ones are used here. */
  templates?: TemplateSources;
  partials?: TemplateSources;
  /**
   * How the limit is counted. Default: UTF-16 code units (`string.length`), never fewer than GitHub's characters;
   * pass `utf8Length` for the job summary, whose limit is in bytes.
   */
  measure?: (text: string) => number;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function createSummaryRenderer(options: Pick<SummaryOptions, 'templates' | 'partials'> = {}): Render {
  const md = (sources: TemplateSources = {}) =>
    Object.fromEntries(Object.entries(sources).filter(([name]) => name.endsWith('.md')));
  return createMarkdownRenderer(
    { ...DEFAULT_MARKDOWN_TEMPLATES, ...md(options.templates) },
    md(options.partials),
  );
}

/** The summary with everything (`summary.md` on the site). */
export function renderSummary(
  render: Render,
  f: Formatter,
  model: ReportModel,
  siteUrl = '',
  detail: SummaryDetail = FULL_DETAIL,
): string {
  const site = safeSiteUrl(siteUrl);
  const apps = model.apps.slice(0, detail.maxApps);
  const alerts = model.alerts.slice(0, detail.maxAlerts);
  const hiddenApps = model.apps.length - apps.length;
  const hiddenAlerts = model.alerts.length - alerts.length;
  const colors = colorIndexes(model);
  return render('summary.md', {
    t: f.t,
    title: model.title ?? f.t.defaultTitle,
    periodText: periodText(f, model),
    headline: headline(f, model),
    alerts: alerts.map((a) => alertView(f, a, model.thresholds)),
    budgetsUndecided: budgetsUndecidedText(f, model),
    hiddenAlerts: hiddenAlerts > 0 ? f.message(f.t.moreAlerts, { n: f.number(hiddenAlerts) }) : '',
    mermaid: mermaidDailyTokens(model, f),
    apps: apps.map((a) => ({
      ...appRow(f, a, '', colors.get(a.id) ?? 0, model.thresholds),
      url: site ? `${site}apps/${a.slug}.html` : '',
    })),
    hiddenApps: hiddenApps > 0 ? f.message(f.t.moreApps, { n: f.number(hiddenApps) }) : '',
    digest: monthDigest(f, model),
    movers: model.movers.map((m) => ({
      kind: m.kind === 'app' ? f.t.app : f.t.feature,
      name: m.name,
      previous: baselineText(f, m.comparison),
      current: f.number(m.tokens),
      delta: deltaText(f, m.comparison, m.tokens),
    })),
    unrated: detail.unrated
      ? model.unrated.map((u) => ({ configKey: yamlKey(u.featureId), name: u.featureName }))
      : [],
    rateLines: detail.unrated ? rateSnippet(f, model.unrated) : [],
    ratedZero: model.ratedZero.map((u) => ({ name: u.featureName, id: u.featureId })),
    units: apiUnitRows(f, model.periodUnits),
    siteUrl: site ? `${site}index.html` : '',
  });
}

/**
 * The period digest: this month so far (and its forecast) against the same days of the previous month and of the
 * same month a year earlier — the comparison the month page shows, so the two agree.
 */
function monthDigest(f: Formatter, model: ReportModel): { label: string; value: string }[] {
  const month = model.month;
  const rows = [
    {
      label: `${f.month(month.month)}${f.paren(f.t.monthToDate)}`,
      value: `${maybeNumber(f, month.tokens)}${f.paren(f.labelled(f.t.forecast, maybeNumber(f, month.forecast)))}`,
    },
  ];
  const summary = model.months.find((m) => m.month === month.month);
  for (const [label, c] of [
    [f.t.previousMonth, summary?.previousMonth ?? null],
    [f.t.yearAgo, summary?.yearAgo ?? null],
  ] as const) {
    if (c) rows.push({ label: f.labelled(label, sameDaysText(f, c)), value: digestValue(f, c) });
  }
  return rows;
}

function digestValue(f: Formatter, c: MonthComparison): string {
  if (c.comparison.previous === null) return `—${f.paren(partialNote(f, c.comparison, f.month(c.month)))}`;
  return `${f.number(c.tokens)} / ${f.number(c.comparison.previous)}${f.paren(f.signedPercent(c.comparison.change))}`;
}

/**
 * The richest summary that fits `limit`: full detail, then less, then cut with a notice. The result is always
 * within the limit (as counted by `options.measure`).
 */
export function renderSummaryWithin(model: ReportModel, limit: number, options: SummaryOptions = {}): string {
  const measure = options.measure ?? ((s: string) => s.length);
  const render = createSummaryRenderer(options);
  const f = createFormatter(model.locale);
  const site = options.siteUrl ?? '';
  let text = renderSummary(render, f, model, site);
  if (measure(text) <= limit) return text;
  for (const detail of REDUCED_DETAIL) {
    text = renderSummary(render, f, model, site, detail);
    if (measure(text) <= limit) return text;
  }
  return trimMarkdown(text, limit, trimNotice(f, safeSiteUrl(site)), measure);
}

function trimNotice(f: Formatter, site: string): string {
  const link = site ? ` [${escapeMarkdown(f.t.openSite)}](${site}index.html)` : '';
  return `\n\n> ⚠️ ${escapeMarkdown(f.t.trimmed)}${link}\n`;
}

/**
 * Cuts Markdown at a line boundary so that it plus `notice` fits `limit`, closing a code fence left open (an
 * unclosed fence would swallow the notice and render everything after it as code).
 */
export function trimMarkdown(
  text: string,
  limit: number,
  notice: string,
  measure: (s: string) => number = (s) => s.length,
): string {
  const finish = (kept: string): string => {
    const fences = kept.split('\n').filter((line) => /^\s{0,3}(```|~~~)/.test(line)).length;
    return kept + (fences % 2 === 1 ? '\n```' : '') + notice;
  };
  if (measure(text + notice) <= limit) return text + notice;
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i);
  const candidate = (k: number): string => finish(text.slice(0, ends[k]).trimEnd());
  // The longest run of whole lines that fits: binary search, as the size grows with the lines kept.
  let lo = -1;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(candidate(mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  if (lo >= 0) return candidate(lo);
  return measure(notice) <= limit ? notice : '';
}

/** Only http(s) site URLs become links; characters that would end a Markdown link target are encoded. */
export function safeSiteUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '';
  const encoded = url.replace(/[()<>\s"'`]/g, (c) => encodeURIComponent(c));
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}
