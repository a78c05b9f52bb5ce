/**
 * Units per API, the charge flag and the balance, through the model and the rendered pages: an app using
 * Automation API on three engines and Model Derivative simple and complex. Figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { eachDay } from '../../src/model/dates.js';
import type { UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';
import type { ReportModel } from '../../src/model/types.js';
import { renderSite } from '../../src/render/render.js';
import { byId, find, findAll, parseHtml, textOf, type El } from '../support/html.js';
import { syntheticModel } from '../support/site.js';

const END = '2026-11-20';
const DAYS = eachDay({ from: '2026-10-22', to: END });
const FEATURES = [
  {
    api: 'Automation API',
    unit: 'processing hour',
    featureId: 'automation-revit',
    featureName: 'Revit',
    q: 2,
  },
  {
    api: 'Automation API',
    unit: 'processing hour',
    featureId: 'automation-autocad',
    featureName: 'AutoCAD',
    q: 1,
  },
  {
    api: 'Automation API',
    unit: 'processing hour',
    featureId: 'automation-inventor',
    featureName: 'Inventor',
    q: 0.5,
  },
  { api: 'Model Derivative', unit: 'job', featureId: 'md-simple', featureName: 'Simple', q: 10 },
  { api: 'Model Derivative', unit: 'job', featureId: 'md-complex', featureName: 'Complex', q: 3 },
];

function records(flag?: (day: string) => boolean | undefined): UsageRecord[] {
  return DAYS.flatMap((date) =>
    FEATURES.map(({ q, ...f }) => {
      const charged = flag?.(date);
      return makeUsageRecord({
        date,
        appId: 'app-1',
        appName: 'Pipeline',
        ...f,
        quantity: q,
        tokens: q,
        ...(charged === undefined ? {} : { charged }),
      });
    }),
  );
}

async function site(model: ReportModel) {
  const files = (await renderSite(model, { dataFiles: [] })).files;
  const page = (path: string): El => {
    const parsed = parseHtml(files.get(path)!);
    expect(parsed.problems, path).toEqual([]);
    return parsed.root;
  };
  return { files, page };
}

const chartHeads = (root: El, prefix: string) =>
  findAll(root, (e) => e.tag === 'figure' && (e.attrs.id ?? '').startsWith(prefix)).map((fig) =>
    findAll(find(fig, 'thead')!, 'th').map(textOf),
  );

describe('units per API', () => {
  it('gives the app an Automation API chart in processing hours by engine and a Model Derivative chart in jobs', async () => {
    const model = syntheticModel({ records: records(), end: END });
    const { page } = await site(model);
    const app = page(`apps/${model.apps[0]!.slug}.html`);
    // 30 days: Revit 60, AutoCAD 30, Inventor 15 processing hours; Simple 300, Complex 90 jobs.
    expect(
      model.apps[0]!.units.map((c) => [c.api, c.unit, c.series.map((s) => [s.label, s.quantity])]),
    ).toEqual([
      [
        'Automation API',
        'processing hour',
        [
          ['Revit', 60],
          ['AutoCAD', 30],
          ['Inventor', 15],
        ],
      ],
      [
        'Model Derivative',
        'job',
        [
          ['Simple', 300],
          ['Complex', 90],
        ],
      ],
    ]);
    expect(chartHeads(app, 'chart-units-')).toEqual([
      ['Date', 'Revit', 'AutoCAD', 'Inventor', 'Total'],
      ['Date', 'Simple', 'Complex', 'Total'],
    ]);
    const titles = findAll(
      app,
      (e) => e.tag === 'figure' && (e.attrs.id ?? '').startsWith('chart-units-'),
    ).map((fig) => textOf(find(fig, 'summary')!));
    expect(titles).toEqual([
      'Data table: Automation API · processing hour (per day)',
      'Data table: Model Derivative · job (per day)',
    ]);
    // The totals row of the data table: 60 + 30 + 15 = 105.
    const total = findAll(
      find(app, (e) => e.attrs.id === 'chart-units-0')!,
      'tr',
    ).at(-1)!;
    expect(findAll(total, (e) => e.tag === 'td').map(textOf)).toEqual(['60', '30', '15', '105']);
  });

  it('shows each API across apps on the overview, units per feature on the month page and in summary.md', async () => {
    const model = syntheticModel({ records: records(), end: END });
    const { page, files } = await site(model);
    expect(chartHeads(page('index.html'), 'chart-api-units-')).toEqual([
      ['Date', 'Pipeline', 'Total'],
      ['Date', 'Pipeline', 'Total'],
    ]);
    // November 1–20: Revit 40, AutoCAD 20, Inventor 10, Simple 200, Complex 60.
    const units = byId(page('months/2026-11.html'), 'month-units-table')!;
    expect(
      findAll(find(units, 'tbody')!, 'tr').map((tr) =>
        [...findAll(tr, 'th'), ...findAll(tr, 'td')].map(textOf),
      ),
    ).toEqual([
      ['AutoCAD', 'Automation API', '20', 'processing hour'],
      ['Inventor', 'Automation API', '10', 'processing hour'],
      ['Revit', 'Automation API', '40', 'processing hour'],
      ['Complex', 'Model Derivative', '60', 'job'],
      ['Simple', 'Model Derivative', '200', 'job'],
    ]);
    const summary = files.get('summary.md')!;
    expect(summary).toContain('| Automation API | 105 | processing hour |');
    expect(summary).toContain('| Model Derivative | 390 | job |');
  });
});

const ORANGE = '#E69F00';
const unitFigures = (root: El) =>
  findAll(root, (e) => e.tag === 'figure' && /^chart-(api-)?units-/.test(e.attrs.id ?? ''));
/** The marks of a chart's SVG (each a child of a `marks` group, which gives their fill) with their fill and title. */
const marksOf = (fig: El) =>
  findAll(find(fig, 'svg')!, (e) => e.tag === 'g' && e.attrs.class === 'marks').flatMap((g) =>
    g.children
      .filter((c): c is El => typeof c !== 'string')
      .map((m) => ({
        fill: (m.attrs.fill ?? g.attrs.fill ?? '').toUpperCase(),
        title: textOf(find(m, 'title') ?? m),
      })),
  );

/**
 * Every trace of uncharged usage in the site: the word anywhere in a page or summary.md (legend, table column,
 * alert, CSS class), and orange marks in an app page's unit chart (features are never orange).
 */
function unchargedTraces(files: ReadonlyMap<string, string>): string[] {
  const traces: string[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith('.html') && !path.endsWith('.md')) continue;
    if (/uncharged/i.test(text)) traces.push(`${path}: the word`);
    if (!path.startsWith('apps/')) continue;
    for (const fig of unitFigures(parseHtml(text).root))
      if (marksOf(fig).some((m) => m.fill === ORANGE)) traces.push(`${path}#${fig.attrs.id}: orange marks`);
  }
  return traces;
}

describe('the charge flag', () => {
  // Nov 18–20 uncharged (the team ran out), charged before.
  const flagged = () => syntheticModel({ records: records((d) => d < '2026-11-18'), end: END });

  it('draws uncharged units in orange, lists them, and raises an uncharged usage alert', async () => {
    const model = flagged();
    const [automation] = model.apps[0]!.units;
    // 3 days × (2 + 1 + 0.5) = 10.5 uncharged processing hours.
    expect(automation!.uncharged).toBe(10.5);
    const { page, files } = await site(model);
    const app = page(`apps/${model.apps[0]!.slug}.html`);
    expect(chartHeads(app, 'chart-units-')[0]).toEqual([
      'Date',
      'Revit',
      'AutoCAD',
      'Inventor',
      'Uncharged usage',
      'Total',
    ]);
    // The orange marks are exactly the uncharged ones: Nov 18, 19 and 20 at 3.5 processing hours each.
    const orange = marksOf(find(app, (e) => e.attrs.id === 'chart-units-0')!).filter(
      (m) => m.fill === ORANGE,
    );
    expect(orange.map((m) => m.title)).toEqual([
      'Nov 18, 2026 · Uncharged usage: 3.5 processing hour',
      'Nov 19, 2026 · Uncharged usage: 3.5 processing hour',
      'Nov 20, 2026 · Uncharged usage: 3.5 processing hour',
    ]);
    expect(model.alerts.filter((a) => a.kind === 'uncharged')).toEqual([
      {
        kind: 'uncharged',
        severity: 'critical',
        appId: 'app-1',
        appName: 'Pipeline',
        month: '2026-11',
        value: 3,
        date: '2026-11-18',
      },
    ]);
    expect(textOf(page('index.html'))).toContain(
      'Pipeline has uncharged usage on 3 days this month, from Nov 18, 2026',
    );
    // November: 3 days × 10 = 30 uncharged simple jobs.
    expect(textOf(byId(page('months/2026-11.html'), 'month-units-table')!)).toContain('Uncharged usage');
    expect(files.get('summary.md')).toContain('| Model Derivative | 390 | job | 39 |');
    // The same search that finds nothing without a flag finds all of it here.
    const traces = unchargedTraces(files);
    expect(traces).toEqual(
      expect.arrayContaining([
        'index.html: the word',
        'months/2026-11.html: the word',
        'summary.md: the word',
        `apps/${model.apps[0]!.slug}.html: the word`,
        `apps/${model.apps[0]!.slug}.html#chart-units-0: orange marks`,
        `apps/${model.apps[0]!.slug}.html#chart-units-1: orange marks`,
      ]),
    );
  });

  it('shows none of it when the API says nothing', async () => {
    const model = syntheticModel({ records: records(), end: END });
    const { files } = await site(model);
    expect(model.alerts.some((a) => a.kind === 'uncharged')).toBe(false);
    expect([...model.apps[0]!.units, ...model.apiUnits].map((c) => c.uncharged)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(unchargedTraces(files)).toEqual([]);
  });

  it('keeps the orange for uncharged usage on the overview: an app whose colour is orange takes another', async () => {
    // Pipeline uses more, so it is first (blue); Second takes the palette's orange in the token charts.
    const second = records((d) => d < '2026-11-18')
      .filter((r) => r.featureId === 'md-simple')
      .map((r) => ({ ...r, appId: 'app-2', appName: 'Second', quantity: 1, tokens: 1 }));
    const model = syntheticModel({ records: [...records((d) => d < '2026-11-18'), ...second], end: END });
    expect(model.apps.map((a) => a.name)).toEqual(['Pipeline', 'Second']);
    const { page } = await site(model);
    const overview = page('index.html');
    const md = find(overview, (e) => e.attrs.id === 'chart-api-units-1')!;
    const orange = marksOf(md).filter((m) => m.fill === ORANGE);
    // Nov 18–20: one orange mark a day, Pipeline's 13 and Second's 1 uncharged jobs together.
    expect(orange.map((m) => m.title)).toEqual([
      'Nov 18, 2026 · Uncharged usage: 14 job',
      'Nov 19, 2026 · Uncharged usage: 14 job',
      'Nov 20, 2026 · Uncharged usage: 14 job',
    ]);
    expect(marksOf(md).some((m) => m.title.includes('Second'))).toBe(true);
  });
});

describe('the balance on the overview', () => {
  it('shows what is left and the run-out day, and alerts', async () => {
    // Every day 2 + 1 + 0.5 + 10 + 3 = 16.5 tokens. Read 600 on Nov 10: Nov 11–20 is 10 × 16.5 = 165 spent,
    // 435 left; rate 16.5 (28 days); 435 / 16.5 = 26.4 → 27 days after Nov 20: Dec 17. Within 30 days: critical.
    const model = syntheticModel({
      records: records(),
      end: END,
      config: { balance: { tokens: 600, asOf: '2026-11-10', warnDays: 30 } },
    });
    expect(model.balance).toMatchObject({ spent: 165, left: 435, rate: 16.5, runOut: '2026-12-17' });
    expect(model.alerts.filter((a) => a.kind === 'balance')).toEqual([
      {
        kind: 'balance',
        severity: 'critical',
        appId: null,
        appName: '',
        month: '2026-11',
        value: 435,
        date: '2026-12-17',
        days: 27,
        limit: 16.5,
      },
    ]);
    const { page } = await site(model);
    const table = byId(page('index.html'), 'balance-table')!;
    expect(findAll(table, 'td').map(textOf)).toEqual(['435', 'Dec 17, 2026']);
    expect(textOf(page('index.html'))).toContain('The token balance runs out on Dec 17, 2026, in 27 days');
    expect(byId(page('index.html'), 'balance')).toBeDefined();
    const none = await site(syntheticModel({ records: records(), end: END }));
    expect(byId(none.page('index.html'), 'balance')).toBeUndefined();
  });
});

describe('units in Japanese', () => {
  it('names the units, the uncharged series and the balance in Japanese', async () => {
    const model = syntheticModel({
      records: records((d) => d < '2026-11-18'),
      end: END,
      locale: 'ja',
      config: { balance: { tokens: 600, asOf: '2026-11-10', warnDays: 30 } },
    });
    const { page, files } = await site(model);
    const app = page(`apps/${model.apps[0]!.slug}.html`);
    const titles = unitFigures(app).map((fig) => textOf(find(fig, 'summary')!));
    expect(titles.every((t) => !/processing hour|\bjob\b/.test(t))).toBe(true);
    expect(titles.some((t) => t.includes('Automation API · 処理時間'))).toBe(true);
    expect(titles.some((t) => t.includes('Model Derivative · ジョブ'))).toBe(true);
    expect(chartHeads(app, 'chart-units-')[0]).toContain('未課金の使用');
    const orange = marksOf(find(app, (e) => e.attrs.id === 'chart-units-0')!).filter(
      (m) => m.fill === ORANGE,
    );
    expect(orange[0]!.title).toContain('未課金の使用：3.5（処理時間）');
    const units = byId(page('months/2026-11.html'), 'month-units-table')!;
    expect(findAll(find(units, 'tbody')!, 'td').map(textOf)).toContain('処理時間');
    expect(files.get('summary.md')).toContain('| Model Derivative | 390 | ジョブ | 39 |');
    expect(byId(page('index.html'), 'balance-h')).toBeDefined();
    expect(textOf(byId(page('index.html'), 'balance-h')!)).toBe('トークン残高');
  });
});
