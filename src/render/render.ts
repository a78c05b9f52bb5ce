/**
 * Model → site files (HTML pages, summary.md, report.json). Charts are rendered to inline SVG here; everything
 * else is templates over the view contexts in `views.ts`.
 */
import { createHash } from 'node:crypto';
import cssSource from '../../templates/assets/report.css';
import alertsPartial from '../../templates/partials/alerts.html.hbs';
import chartPartial from '../../templates/partials/chart.html.hbs';
import layoutPartial from '../../templates/partials/layout.html.hbs';
import reportTemplate from '../../templates/report.html.hbs';
import summaryTemplate from '../../templates/summary.md.hbs';
import { OTHERS_COLOR, OTHERS_KEY } from '../model/build.js';
import type { ReportModel } from '../model/types.js';
import { barSpec, stackedTokensSpec, type ChartDef } from './charts/specs.js';
import { renderSvg } from './charts/svg.js';
import { createHtmlRenderer, createMarkdownRenderer, type TemplateSources } from './handlebars.js';
import { createFormatter, type Formatter } from './i18n/index.js';
import { mermaidDailyTokens } from './mermaid.js';
import { alertView, appRow, headline, periodText, tokensText, yamlKey } from './views.js';

export const DEFAULT_TEMPLATES: TemplateSources = {
  'report.html': reportTemplate,
  'summary.md': summaryTemplate,
};
export const DEFAULT_PARTIALS: TemplateSources = {
  layout: layoutPartial,
  chart: chartPartial,
  alerts: alertsPartial,
};

export interface RenderOptions {
  /** User overrides (`report.templates`), by the same names as the defaults. */
  templates?: TemplateSources;
  partials?: TemplateSources;
  /** Absolute URL of the published site, for links from Markdown. */
  siteUrl?: string;
  /** Data files present in the site (`data/usage-YYYY-MM.csv`), for the downloads list. */
  dataFiles: string[];
}

export interface RenderedSite {
  files: Map<string, string>;
  summary: string;
}

export async function renderSite(model: ReportModel, options: RenderOptions): Promise<RenderedSite> {
  const f = createFormatter(model.locale);
  const html = createHtmlRenderer(
    { ...DEFAULT_TEMPLATES, ...options.templates },
    { ...DEFAULT_PARTIALS, ...options.partials },
  );
  const md = createMarkdownRenderer(
    pick({ ...DEFAULT_TEMPLATES, ...options.templates }, '.md'),
    pick({ ...options.partials }, '.md'),
  );
  const css = cssSource;
  const csp = contentSecurityPolicy(css);
  const common = { t: f.t, title: model.title, asOf: f.date(model.asOf), css, csp };
  const files = new Map<string, string>();

  const charts = await Promise.all(overviewCharts(model, f).map(renderChart));
  files.set(
    'index.html',
    html('report.html', {
      ...common,
      root: '',
      navOverview: true,
      navMonths: false,
      pageTitle: f.t.overview,
      periodText: periodText(f, model),
      cards: cards(f, model),
      alerts: model.alerts.map((a) => alertView(f, a)),
      charts,
      apps: model.apps.map((a) => appRow(f, a, `apps/${a.slug}.html`)),
      features: model.topFeatures.map((x) => ({
        name: x.featureName,
        api: x.api,
        quantity: f.number(x.quantity),
        unit: x.unit,
        tokens: tokensText(f, x.tokens, x.estimated),
      })),
      unrated: model.unrated.map((u) => ({
        configKey: yamlKey(u.featureId),
        name: u.featureName,
        unit: u.unit,
      })),
      downloads: [
        ...options.dataFiles.map((d) => ({ href: d, label: d.replace(/^data\//, '') })),
        { href: 'data/report.json', label: 'report.json' },
      ],
    }),
  );
  const summary = renderSummary(md, f, model, options.siteUrl);
  files.set('summary.md', summary);
  files.set('data/report.json', JSON.stringify(model, null, 1) + '\n');
  return { files, summary };
}

export function renderSummary(
  md: (name: string, ctx: unknown) => string,
  f: Formatter,
  model: ReportModel,
  siteUrl?: string,
): string {
  return md('summary.md', {
    t: f.t,
    title: model.title,
    periodText: periodText(f, model),
    headline: headline(f, model),
    alerts: model.alerts.map((a) => alertView(f, a)),
    mermaid: mermaidDailyTokens(model, f),
    apps: model.apps.map((a) => appRow(f, a, '')),
    hiddenApps: '',
    unrated: model.unrated.map((u) => ({ configKey: yamlKey(u.featureId), name: u.featureName })),
    siteUrl: siteUrl ?? '',
  });
}

function cards(f: Formatter, model: ReportModel) {
  const h = headline(f, model);
  const m = model.month;
  return [
    {
      label: f.t.tokensThisPeriod,
      value: h.tokens,
      note: model.totals.estimated ? f.t.estimated : '',
      noteClass: '',
    },
    {
      label: f.t.changeVsPrevious,
      value: h.change,
      note: f.number(model.totals.previousTokens),
      noteClass: '',
    },
    {
      label: `${f.t.monthToDate} (${f.month(m.month)})`,
      value: h.monthToDate,
      note: `${f.t.forecastMonthEnd}: ${h.forecast}`,
      noteClass: '',
    },
    {
      label: f.t.budgetStatus,
      value: m.budget ? f.percent((m.budgetPercent ?? 0) / 100) : '—',
      note: m.budget ? `${f.number(m.tokens)} / ${f.number(m.budget)}` : f.t.noBudget,
      noteClass: (m.budgetPercent ?? 0) >= 100 ? 'over' : (m.forecastPercent ?? 0) > 100 ? 'near' : '',
    },
  ];
}

function overviewCharts(model: ReportModel, f: Formatter): ChartDef[] {
  const legend = [
    ...model.apps
      .filter((a) => model.stacked.some((p) => p.key === a.id))
      .map((a) => ({ key: a.id, label: a.name, color: a.color })),
    ...(model.stacked.some((p) => p.key === OTHERS_KEY)
      ? [{ key: OTHERS_KEY, label: f.t.others, color: OTHERS_COLOR }]
      : []),
  ];
  const gLabel = model.granularity === 'day' ? f.t.date : model.granularity === 'week' ? f.t.week : f.t.month;
  return [
    {
      id: 'chart-tokens-by-app',
      spec: stackedTokensSpec(
        model.stacked,
        legend,
        model.granularity,
        { title: f.t.dailyTokensByApp, xTitle: gLabel, yTitle: f.t.tokens },
        model.locale,
      ),
      alt: `${f.t.dailyTokensByApp}: ${legend.map((l) => l.label).join(', ')}`,
    },
    {
      id: 'chart-tokens-by-api',
      spec: barSpec(
        model.apis.map((a) => ({ label: a.api, tokens: a.tokens })),
        { title: f.t.tokensByApi, xTitle: '', yTitle: f.t.tokens },
      ),
      alt: model.apis.map((a) => `${a.api}: ${f.number(a.tokens)}`).join('; '),
    },
    {
      id: 'chart-tokens-by-app-total',
      spec: barSpec(
        model.apps
          .filter((a) => a.tokens > 0)
          .map((a) => ({ label: a.name, tokens: a.tokens, color: a.color })),
        { title: `${f.t.tokens} · ${f.t.apps}`, xTitle: '', yTitle: f.t.tokens },
      ),
      alt: model.apps.map((a) => `${a.name}: ${f.number(a.tokens)}`).join('; '),
    },
  ];
}

async function renderChart(chart: ChartDef): Promise<{ id: string; svg: string; alt: string }> {
  return { id: chart.id, svg: await renderSvg(chart.spec), alt: chart.alt };
}

function pick(sources: TemplateSources, suffix: string): TemplateSources {
  return Object.fromEntries(Object.entries(sources).filter(([name]) => name.endsWith(suffix)));
}

/** Nothing from any other host; the one inline stylesheet is allowed by its hash. */
export function contentSecurityPolicy(css: string): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'self' data:; base-uri 'none'; form-action 'none'`;
}
