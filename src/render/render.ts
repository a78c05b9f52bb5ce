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
import digestTemplate from '../../templates/digest.html.hbs';
import cardsPartial from '../../templates/partials/cards.html.hbs';
import chartPartial from '../../templates/partials/chart.html.hbs';
import layoutPartial from '../../templates/partials/layout.html.hbs';
import reportTemplate from '../../templates/report.html.hbs';
import summaryTemplate from '../../templates/summary.md.hbs';
import type { ReportModel } from '../model/types.js';
import { ChunkedFile, SiteFileMap, type FileSpool } from '../site-files.js';
import type { ChartDef } from './charts/specs.js';
import { drawChart as drawSvg } from './charts/draw.js';
import { createHtmlRenderer, type Render, type TemplateSources } from './handlebars.js';
import { createFormatter, type Formatter } from './i18n/index.js';
import { isHelpedApp, type HelpedPage, type HelperRenderOptions, type PageHelper } from './helper.js';
import { balanceView } from './balance-view.js';
import { appColors } from './colors.js';
import { allAppsPages } from './pages/all-apps.js';
import { jsonChunks } from './json-bytes.js';
import { markdownToHtml } from './markdown.js';
import { sha256Hex, sha256Pieces } from '../model/sha256.js';
import { svgMarkers } from './page-bytes.js';
import { featureUnitRows, unitChartDefs } from './pages/units.js';
import { appPage } from './pages/app.js';
import type { PageView } from './pages/common.js';
import { digestPage } from './pages/digest.js';
import { monthPage, monthsIndexPage } from './pages/month.js';
import { overviewPage } from './pages/overview.js';
import {
  createSummaryRenderer,
  renderSummary,
  renderSummaryWithin,
  SITE_DETAIL,
  type SummaryOptions,
} from './summary.js';

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
  'digest.html': digestTemplate,
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
  /** Month CSVs offered for download (`data/usage-YYYY-MM.csv`, or their id-free copies), for the downloads list. */
  dataFiles: string[];
  /** The month CSVs offered are the id-free copies (`report.showIds: false`). */
  idFreeDownloads?: boolean;
  /** Called after each page is rendered, for progress lines on large sites. */
  onPage?: (done: number, total: number) => void;
  /** Markdown notes from the config: `report.notes` on the overview, `apps[].notes` by app id on its page. */
  notes?: { report?: string; apps?: ReadonlyMap<string, string> };
  /** Draws one chart to SVG (default: `charts/draw.ts`). Tests pass one that counts what is drawn. */
  drawChart?: ChartDrawer;
  /** Pages whose inputs did not change keep the bytes stored for them (their charts are not drawn). */
  cache?: PageCache;
  /** Where pages past the spool's `holdBytes` are written as they are rendered, instead of held until the save. */
  spool?: FileSpool;
  /**
   * A second thread rendering nearly half the app pages and `report.json` (`helper.ts`) from the same model,
   * which it built itself. The pages come back in order, with their keys and the SHA-256 of their bytes; the
   * site is the same bytes. Whoever started the helper closes it.
   */
  helper?: PageHelper;
}

/**
 * What a page is made of, hashed: its view (figures, chart specs with their data, texts, links), the templates,
 * partials and CSS, the locale and its messages, the title, and the tool that renders them. A page whose key is
 * the one recorded for its stored bytes renders to exactly those bytes, so it keeps them.
 */
export interface PageCache {
  /** The tool's version and build: a new one renders every page again (the helpers and chart drawing are code). */
  tool: string;
  /** The stored bytes of the page at `path` when they were rendered from inputs with this key; else undefined. */
  keep(path: string, key: string): Promise<Uint8Array | undefined>;
}

/** A page as rendered or kept: the key of its inputs and the SHA-256 of its bytes. */
export interface PageRecord {
  key: string;
  bytes: string;
}

/** A chart's plot → inline SVG; `idPrefix` (the chart's id) keeps any ids of several charts on one page apart. */
export type ChartDrawer = (spec: ChartDef['spec'], idPrefix: string) => string;

export interface RenderedSite {
  /** The pages and summary as text; `data/report.json` produced when read (hundreds of MB at 10,000 apps). */
  files: SiteFileMap;
  /** With `cache`: every page's record, and the pages that kept their stored bytes. */
  pages: Map<string, PageRecord>;
  kept: Set<string>;
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
  const renderer = pageRenderer(model, options, options.cache?.tool ?? '');
  const { f } = renderer;
  const summaryOptions: SummaryOptions = {
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
    ...(options.partials ? { partials: options.partials } : {}),
  };
  const summary = renderSummary(
    createSummaryRenderer(summaryOptions),
    f,
    model,
    options.siteUrl,
    SITE_DETAIL,
  );

  const colors = appColors(model);
  // Each page's view is made just before it is rendered and dropped after: at 10,000 apps the views (chart specs
  // with their data, tables) would take gigabytes held all at once.
  const pages: (() => PageView)[] = [
    () =>
      withExtras(withNotes(overviewPage(model, f, options.dataFiles), options.notes?.report), {
        units: unitChartDefs(model.apiUnits, f, model.locale, 'api-units', (key) => colors.get(key)),
        context: { balance: balanceView(f, model.balance) },
      }),
    ...model.apps.map((_, j) => () => appPageView(model, j, f, options.notes?.apps)),
    ...allAppsPages(model, f).map((page) => () => page),
    () => monthsIndexPage(model.months, f),
    ...model.months.map(
      (m) => () =>
        withExtras(monthPage(model.months, m, f, options.idFreeDownloads), {
          context: { featureUnits: featureUnitRows(f, m.features) },
        }),
    ),
    () => digestPage(model, f, summary),
  ];
  const files = new SiteFileMap();
  const records = new Map<string, PageRecord>();
  const kept = new Set<string>();
  const { cache, helper, spool } = options;
  let held = 0;
  // One page at a time: more pages in flight would only raise peak memory.
  for (let i = 0; i < pages.length; i++) {
    const make = pages[i]!;
    const j = i - FIRST_APP_PAGE;
    const helped = helper && isHelpedApp(j, model.apps.length) ? await takeHelped(helper, j) : undefined;
    const view = helped ? undefined : make();
    const path = helped?.path ?? view!.path;
    const key = helped?.key ?? (cache ? renderer.key(view!) : '');
    const stored = cache ? await cache.keep(path, key) : undefined;
    // UTF-8 outside the JavaScript heap (thousands of page texts held in the heap made garbage collection the
    // largest cost of a large site); past the spool's `holdBytes`, written ahead instead of held until the save.
    const made = stored ?? helped?.bytes;
    // A page the helper took for kept whose stored bytes are not the recorded ones after all: rendered here.
    const bytes = made ?? renderer.render(view ?? make());
    const digest = made && !stored ? helped?.digest : undefined;
    held += stored ? 0 : bytes.length;
    files.set(path, spool && !stored && held > spool.holdBytes ? await spool.put(path, bytes) : bytes);
    if (cache) {
      records.set(path, { key, bytes: digest ?? sha256Hex(bytes) });
      if (stored !== undefined) kept.add(path);
    }
    options.onPage?.(files.size, pages.length);
  }
  const json = await helper?.reportJson();
  await spool?.flush();
  files.set('summary.md', summary);
  // Made when the store writes it, not held beside the pages until then (unless the helper made it).
  files.set('data/report.json', new ChunkedFile(() => json ?? jsonChunks(model, '\n')));
  return {
    files,
    pages: records,
    kept,
    summary,
    summaryWithin: (limit, measure) =>
      renderSummaryWithin(model, limit, { ...summaryOptions, ...(measure ? { measure } : {}) }),
  };
}

/** The overview comes first; the app pages follow it, in the model's order. */
const FIRST_APP_PAGE = 1;

/** The helper's next page, which must be app page `j` (it renders them in order). */
async function takeHelped(helper: PageHelper, j: number): Promise<HelpedPage> {
  const page = await helper.next();
  if (page.app !== j) throw new Error(`page helper: sent app page ${page.app} where ${j} was due`);
  return page;
}

/**
 * The helper's app pages (`isHelpedApp`) rendered as `renderSite` renders them, for the helper thread: each with
 * its key, and its bytes and their SHA-256 unless its key is the one `recorded` for the stored page (the main
 * thread then keeps the stored bytes, or renders the page itself when they are not the recorded ones).
 */
export function* renderHelpedApps(
  model: ReportModel,
  options: HelperRenderOptions,
  recorded: ReadonlyMap<string, string>,
): Generator<HelpedPage> {
  const renderer = pageRenderer(model, options, options.tool);
  for (let j = 0; j < model.apps.length; j++) {
    if (!isHelpedApp(j, model.apps.length)) continue;
    const page = appPageView(model, j, renderer.f, options.notes?.apps);
    const key = renderer.key(page);
    if (recorded.get(page.path) === key) {
      yield { app: j, path: page.path, key };
      continue;
    }
    const bytes = renderer.render(page);
    yield { app: j, path: page.path, key, bytes, digest: sha256Hex(bytes) };
  }
}

/** App page `j` with its notes and unit charts. */
function appPageView(
  model: ReportModel,
  j: number,
  f: Formatter,
  notes: ReadonlyMap<string, string> | undefined,
): PageView {
  const a = model.apps[j]!;
  return withExtras(withNotes(appPage(model, a, f), notes?.get(a.id)), {
    units: unitChartDefs(a.units, f, model.locale, 'units'),
  });
}

interface PageRenderer {
  f: Formatter;
  /** The page's key (see `PageCache`). */
  key(page: PageView): string;
  render(page: PageView): Buffer;
}

/** The templates compiled once, the context every page shares and the shared part of the keys. */
function pageRenderer(
  model: ReportModel,
  options: Pick<RenderOptions, 'templates' | 'partials' | 'drawChart'>,
  tool: string,
): PageRenderer {
  const f = createFormatter(model.locale);
  // Markdown templates go to their own instance (no HTML escaping, explicit helpers); keep them out of this one.
  const sources: { templates: TemplateSources; partials: TemplateSources } = {
    templates: {
      ...withoutMarkdown({ ...DEFAULT_TEMPLATES, ...options.templates }),
      [CHART_FRAGMENT]: '{{> chart chart}}',
    },
    partials: withoutMarkdown({ ...DEFAULT_PARTIALS, ...options.partials }),
  };
  const html = createHtmlRenderer(sources.templates, sources.partials);
  const css = cssSource;
  const common = { t: f.t, title: model.title ?? f.t.defaultTitle, css, csp: contentSecurityPolicy(css) };
  let inputs: string | undefined;
  const templateKeys = new Map<string, string>();
  const draw = options.drawChart ?? drawSvg;
  return {
    f,
    key(page) {
      inputs ??= renderInputs(tool, model.locale, sources, common);
      let template = templateKeys.get(page.template);
      if (template === undefined)
        templateKeys.set(page.template, (template = sha256Hex(sources.templates[page.template] ?? '')));
      return pageKey(inputs, template, page);
    },
    render: (page) => renderPage(html, page, common, draw),
  };
}

/** The page's bytes: its charts' SVG placed after the template ran (see `page-bytes.ts`). */
function renderPage(
  html: Render,
  page: PageView,
  common: Record<string, unknown>,
  draw: ChartDrawer,
): Buffer {
  const markers = svgMarkers();
  const bytes = markers.assemble(
    renderPageText(html, page, common, (spec, id) => markers.mark(draw(spec, id))),
  );
  // A template that did not pass a marker through whole: rendered again with the SVG in its text.
  return bytes ?? Buffer.from(renderPageText(html, page, common, draw), 'utf8');
}

function renderPageText(
  html: Render,
  page: PageView,
  common: Record<string, unknown>,
  draw: ChartDrawer,
): string {
  const charts: Record<string, unknown> = Object.fromEntries(
    Object.entries(page.charts).map(([name, chart]) => [name, chart ? drawChart(chart, draw) : null]),
  );
  const context = {
    ...common,
    root: page.root,
    pageTitle: page.pageTitle,
    description: page.description,
    asOf: page.asOf,
    nav: page.nav,
  };
  const markdown = page.markdown
    ? {
        // Each Mermaid block the site draws itself becomes that chart, through the (overridable) chart partial.
        markdown: markdownToHtml(page.markdown.text, {
          mermaid: (source) => {
            const name = page.markdown!.mermaid.get(source.trim());
            return name && charts[name]
              ? html(CHART_FRAGMENT, { ...context, chart: charts[name] })
              : undefined;
          },
        }),
      }
    : {};
  return html(page.template, { ...context, ...page.context, ...markdown, charts });
}

/**
 * The inputs every page shares, hashed once: the tool, the locale, the partials (any template may use any) and
 * the chart fragment, the common context (title, messages, CSS).
 */
function renderInputs(
  tool: string,
  locale: string,
  sources: { templates: TemplateSources; partials: TemplateSources },
  common: Record<string, unknown>,
): string {
  const fragment = sources.templates[CHART_FRAGMENT];
  return sha256Hex(stableJson({ tool, locale, partials: sources.partials, fragment, common }));
}

/**
 * The key of one page: the shared inputs, its template's source (hashed) and everything in its view. The charts,
 * most of a view's bytes, are plain data by their types (no maps, sets or functions), so they are written by
 * `JSON.stringify` alone: a replacer called for every value made the keys a large part of a site of many apps.
 * Each chart is hashed on its own (JSON texts end unambiguously, so the sequence is as good as one text): a dash in
 * one chart's text makes a whole page's JSON two bytes a character, and hashing that took four times as long.
 */
function pageKey(inputs: string, template: string, page: PageView): string {
  const { charts, ...rest } = page;
  const hash = sha256Pieces();
  hash.update(`${inputs}\n${template}\n`);
  hash.update(stableJson(rest));
  hash.update('\n');
  for (const [name, chart] of Object.entries(charts)) {
    if (chart === undefined) continue;
    hash.update(JSON.stringify(name));
    hash.update(JSON.stringify(chart));
  }
  return hash.hex();
}

/** JSON with maps and sets spelled out (a view's Mermaid map), so that they count in the key. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v === undefined ? null : v,
  );
}

/** Renders the `chart` partial alone, for a chart placed inside Markdown. */
const CHART_FRAGMENT = '_chart-fragment';

/**
 * The page with its unit charts (named in `unitCharts`, in order, for `{{> chart (lookup @root.charts this)}}`)
 * and more context fields.
 */
function withExtras(
  page: PageView,
  extras: { units?: ReturnType<typeof unitChartDefs>; context?: Record<string, unknown> },
): PageView {
  return {
    ...page,
    charts: { ...page.charts, ...(extras.units?.defs ?? {}) },
    context: { ...page.context, unitCharts: extras.units?.names ?? [], ...extras.context },
  };
}

/** The page with its Markdown notes as HTML in `notes` (empty when there are none). */
function withNotes(page: PageView, notes: string | undefined): PageView {
  // Notes sit under the page's <h2>: a `#` heading in them becomes an <h3>.
  const rendered = notes ? markdownToHtml(notes, { headingOffset: 2 }) : '';
  return { ...page, context: { ...page.context, notes: rendered } };
}

function drawChart(chart: ChartDef, draw: ChartDrawer) {
  return {
    id: chart.id,
    title: chart.title,
    alt: chart.alt,
    table: chart.table,
    svg: draw(chart.spec, chart.id),
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
