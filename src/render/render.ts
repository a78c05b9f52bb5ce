/**
 * Model → site files: the overview, one page per app, the monthly archive, summary.md and report.json. The page
 * views (`pages/`) are pure; this module only compiles the templates, draws the charts to inline SVG and places
 * both.
 */
import { createHash } from 'node:crypto';
import cssSource from '../../templates/assets/report.css';
import appTemplate from '../../templates/app.html.hbs';
import appsTemplate from '../../templates/apps.html.hbs';
import monthTemplate from '../../templates/month.html.hbs';
import monthsTemplate from '../../templates/months.html.hbs';
import alertsPartial from '../../templates/partials/alerts.html.hbs';
import cardsPartial from '../../templates/partials/cards.html.hbs';
import chartPartial from '../../templates/partials/chart.html.hbs';
import layoutPartial from '../../templates/partials/layout.html.hbs';
import reportTemplate from '../../templates/report.html.hbs';
import summaryTemplate from '../../templates/summary.md.hbs';
import type { ReportModel } from '../model/types.js';
import type { ChartDef } from './charts/specs.js';
import { renderSvg } from './charts/svg.js';
import { createHtmlRenderer, type Render, type TemplateSources } from './handlebars.js';
import { createFormatter } from './i18n/index.js';
import { allAppsPages } from './pages/all-apps.js';
import { appPage } from './pages/app.js';
import type { PageView } from './pages/common.js';
import { monthPage, monthsIndexPage } from './pages/month.js';
import { overviewPage } from './pages/overview.js';
import { createSummaryRenderer, renderSummary, renderSummaryWithin, type SummaryOptions } from './summary.js';

export {
  ISSUE_BODY_LIMIT,
  JOB_SUMMARY_LIMIT,
  renderSummary,
  renderSummaryWithin,
  trimMarkdown,
  utf8Length,
  type SummaryOptions,
} from './summary.js';

export const DEFAULT_TEMPLATES: TemplateSources = {
  'report.html': reportTemplate,
  'app.html': appTemplate,
  'apps.html': appsTemplate,
  'month.html': monthTemplate,
  'months.html': monthsTemplate,
  'summary.md': summaryTemplate,
};
export const DEFAULT_PARTIALS: TemplateSources = {
  layout: layoutPartial,
  chart: chartPartial,
  alerts: alertsPartial,
  cards: cardsPartial,
};

export interface RenderOptions {
  /** User overrides (`report.templates`), by the same names as the defaults. */
  templates?: TemplateSources;
  partials?: TemplateSources;
  /** Absolute URL of the published site, for links from Markdown. */
  siteUrl?: string;
  /** Data files present in the site (`data/usage-YYYY-MM.csv`), for the downloads list. */
  dataFiles: string[];
  /** Called after each page is rendered, for progress lines on large sites. */
  onPage?: (done: number, total: number) => void;
}

export interface RenderedSite {
  files: Map<string, string>;
  /** The full summary (also written as `summary.md`). */
  summary: string;
  /**
   * The summary that fits a publisher's limit, with the same templates and site URL:
   * `summaryWithin(ISSUE_BODY_LIMIT)` for issues, `summaryWithin(JOB_SUMMARY_LIMIT, utf8Length)` for the job
   * summary.
   */
  summaryWithin(limit: number, measure?: (text: string) => number): string;
}

export async function renderSite(model: ReportModel, options: RenderOptions): Promise<RenderedSite> {
  const f = createFormatter(model.locale);
  // Markdown templates go to their own instance (no HTML escaping, explicit helpers); keep them out of this one.
  const html = createHtmlRenderer(
    withoutMarkdown({ ...DEFAULT_TEMPLATES, ...options.templates }),
    withoutMarkdown({ ...DEFAULT_PARTIALS, ...options.partials }),
  );
  const css = cssSource;
  const common = { t: f.t, title: model.title, css, csp: contentSecurityPolicy(css) };

  const pages: PageView[] = [
    overviewPage(model, f, options.dataFiles),
    ...model.apps.map((a) => appPage(model, a, f)),
    ...allAppsPages(model, f),
    monthsIndexPage(model.months, f),
    ...model.months.map((m) => monthPage(model.months, m, f)),
  ];
  const files = new Map<string, string>();
  // One page at a time: vega is CPU-bound, so drawing in parallel would only raise peak memory.
  for (const page of pages) {
    files.set(page.path, await renderPage(html, page, common));
    options.onPage?.(files.size, pages.length);
  }

  const summaryOptions: SummaryOptions = {
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
    ...(options.partials ? { partials: options.partials } : {}),
  };
  const summary = renderSummary(createSummaryRenderer(summaryOptions), f, model, options.siteUrl);
  files.set('summary.md', summary);
  files.set('data/report.json', JSON.stringify(model, null, 1) + '\n');
  return {
    files,
    summary,
    summaryWithin: (limit, measure) =>
      renderSummaryWithin(model, limit, { ...summaryOptions, ...(measure ? { measure } : {}) }),
  };
}

async function renderPage(html: Render, page: PageView, common: Record<string, unknown>): Promise<string> {
  const charts: Record<string, unknown> = {};
  for (const [name, chart] of Object.entries(page.charts))
    charts[name] = chart ? await drawChart(chart) : null;
  return html(page.template, {
    ...common,
    root: page.root,
    pageTitle: page.pageTitle,
    asOf: page.asOf,
    nav: page.nav,
    ...page.context,
    charts,
  });
}

async function drawChart(chart: ChartDef) {
  return {
    id: chart.id,
    title: chart.title,
    alt: chart.alt,
    table: chart.table,
    svg: await renderSvg(chart.spec, chart.id),
  };
}

function withoutMarkdown(sources: TemplateSources): TemplateSources {
  return Object.fromEntries(Object.entries(sources).filter(([name]) => !name.endsWith('.md')));
}

/** Nothing from any other host; the one inline stylesheet is allowed by its hash. */
export function contentSecurityPolicy(css: string): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}
