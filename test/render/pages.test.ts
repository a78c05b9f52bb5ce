import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/model/types.js';
import { appColors } from '../../src/render/colors.js';
import { renderSite } from '../../src/render/render.js';
import { DEMO_APPS } from '../../src/sources/demo-data.js';
import { byId, find, findAll, parseHtml, rowWidths, tableRows, textOf, type El } from '../support/html.js';
import { buildDemoSite, syntheticModel, syntheticRecords } from '../support/site.js';

type Site = Awaited<ReturnType<typeof buildDemoSite>>;

const FAILED_APP = DEMO_APPS[2]!;
const FAILED_ERROR = 'HTTP 503 from usage API <retry later>';

let site: Site;
let model: ReportModel;
const pages = new Map<string, El>();

function page(path: string): El {
  const el = pages.get(path);
  if (!el) throw new Error(`no page ${path}`);
  return el;
}

beforeAll(async () => {
  site = await buildDemoSite({ failed: { [FAILED_APP.id]: FAILED_ERROR } });
  model = site.model;
  for (const [path, content] of site.files) {
    if (!path.endsWith('.html')) continue;
    const parsed = parseHtml(content);
    expect(parsed.problems, path).toEqual([]);
    pages.set(path, parsed.root);
  }
});

describe('every HTML page', () => {
  it('exists for the overview, the digest, each app, each month and the archive', () => {
    const expected = [
      'index.html',
      'digest.html',
      'months/index.html',
      ...model.apps.map((a) => `apps/${a.slug}.html`),
      ...model.months.map((m) => `months/${m.month}.html`),
    ];
    expect([...pages.keys()].sort()).toEqual(expected.sort());
    expect(model.apps).toHaveLength(5);
    expect(model.months.map((m) => m.month)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });

  it('has one strict CSP that allows exactly its inline stylesheet, and no script', () => {
    for (const [path, root] of pages) {
      const metas = findAll(
        root,
        (e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy',
      );
      expect(metas, path).toHaveLength(1);
      const csp = metas[0]!.attrs.content!;
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
          .map(([k, ...v]) => [k, v]),
      );
      expect(directives.get('default-src'), path).toEqual(["'none'"]);
      expect(directives.has('script-src'), path).toBe(false);
      const styles = findAll(root, 'style');
      expect(styles, path).toHaveLength(1);
      const hash = createHash('sha256').update(textOf(styles[0]!), 'utf8').digest('base64');
      expect(directives.get('style-src'), path).toEqual([`'sha256-${hash}'`]);
      expect(findAll(root, 'script'), path).toEqual([]);
    }
  });

  it('links only to files of the site (relative, no folders, nothing on another host)', () => {
    for (const [path, root] of pages) {
      const refs = findAll(root, (e) => 'href' in e.attrs || 'src' in e.attrs).map(
        (e) => e.attrs.href ?? e.attrs.src!,
      );
      expect(refs.length, path).toBeGreaterThan(2);
      for (const ref of refs) {
        expect(ref, path).not.toMatch(/^[a-z]+:|^\/\//i);
        const target = posix.normalize(posix.join(posix.dirname(path), ref.split('#')[0]!));
        expect(site.files.has(target), `${path} → ${ref}`).toBe(true);
      }
    }
  });

  it('shows every chart with a caption and a data table whose rows are all as wide as its header', () => {
    for (const [path, root] of pages) {
      const figures = findAll(root, (e) => e.tag === 'figure' && e.attrs.class === 'chart');
      expect(figures.length, path).toBeGreaterThan(0);
      for (const fig of figures) {
        expect(find(fig, 'svg'), path).toBeDefined();
        expect(textOf(find(fig, 'figcaption')!).trim(), path).not.toBe('');
        const img = find(fig, (e) => e.attrs.role === 'img')!;
        expect(img.attrs['aria-label'], path).toBeTruthy();
        const widths = rowWidths(find(fig, 'table')!);
        expect(widths.length, path).toBeGreaterThan(1);
        expect(new Set(widths).size, `${path} ${fig.attrs.id}`).toBe(1);
      }
      for (const table of findAll(root, 'table')) expect(new Set(rowWidths(table)).size, path).toBe(1);
    }
  });

  it('keeps chart ids unique on a page', () => {
    for (const [path, root] of pages) {
      const ids = findAll(root, (e) => 'id' in e.attrs).map((e) => e.attrs.id);
      expect(new Set(ids).size, path).toBe(ids.length);
    }
  });
});

describe('overview', () => {
  it('lists every app with a link named after it to its page', () => {
    const rows = findAll(byId(page('index.html'), 'apps-table')!, 'tr').slice(1);
    expect(rows).toHaveLength(model.apps.length);
    rows.forEach((row, i) => {
      const link = find(row, 'a')!;
      expect(link.attrs.href).toBe(`apps/${model.apps[i]!.slug}.html`);
      expect(textOf(link)).toBe(model.apps[i]!.name);
    });
    const failed = rows.find((r) => textOf(r).includes(FAILED_APP.name))!;
    expect(textOf(failed)).toContain(`fetch failed: ${FAILED_ERROR}`);
  });

  it('shows the biggest movers and the Free-tier caps', () => {
    const movers = tableRows(byId(page('index.html'), 'movers-table')!);
    expect(movers).toHaveLength(model.movers.length + 1);
    expect(movers[1]![1]).toBe(model.movers[0]!.name);
    const caps = tableRows(byId(page('index.html'), 'caps-table')!);
    expect(caps).toEqual([
      ['API', 'Used', 'Cap', 'Unit', '%', 'Forecast for month end', 'Cap reached on'],
      ['Flow Graph Engine', '97.6', '120', 'processing hour', '81%', '145', 'Nov 25, 2026'],
    ]);
  });

  it('states the data date in the footer', () => {
    expect(textOf(find(page('index.html'), 'footer')!)).toContain('Data as of Nov 20, 2026');
  });
});

describe('app pages', () => {
  it('show headline figures, the per-API breakdown and the spikes', () => {
    const app = model.apps.find((a) => a.name === 'Drawing automation')!;
    const root = page(`apps/${app.slug}.html`);
    expect(textOf(find(root, 'h1')!)).toBe(app.name);
    expect(
      findAll(
        find(root, (e) => e.attrs.class === 'cards')!,
        (e) => e.attrs.class === 'card',
      ),
    ).toHaveLength(4);
    const api = byId(root, 'api-table')!;
    const groups = findAll(api, 'tbody');
    expect(
      groups.map(
        (g) =>
          textOf(find(g, 'tr')!)
            .trim()
            .split(/\s{0,}≈/)[0],
      ),
    ).toEqual(['Automation API']);
    const engines = tableRows(api)
      .slice(2)
      .map((r) => r[0]);
    expect(engines).toEqual([
      'Automation API - AutoCAD',
      'Automation API - Revit',
      'Automation API - Inventor',
      'Automation API - 3ds Max',
    ]);
    expect(tableRows(byId(root, 'spikes-table')!)).toHaveLength(app.spikes.length + 1);
    expect(app.spikes.length).toBe(1);
  });

  it('split Model Derivative into simple and complex jobs', () => {
    const app = model.apps.find((a) => a.name === 'Viewer portal')!;
    const rows = tableRows(byId(page(`apps/${app.slug}.html`), 'api-table')!).map((r) => r[0]);
    expect(rows).toContain('Model Derivative - simple job');
    expect(rows).toContain('Model Derivative - complex job');
  });

  it('draw the budget as a rule on the burn-down', () => {
    const app = model.apps.find((a) => a.name === 'Drawing automation')!;
    const burn = byId(page(`apps/${app.slug}.html`), 'chart-burn')!;
    expect(
      findAll(
        burn,
        (e) => e.tag === 'path' && e.attrs.class === 'rule' && e.attrs['stroke-dasharray'] !== undefined,
      ).length,
    ).toBeGreaterThan(0);
    expect(textOf(find(burn, 'svg')!)).toContain('Budget 2,600');
  });

  it('draw each app in the colour it has on the overview', () => {
    const overview = site.files.get('index.html')!;
    const colors = appColors(model);
    for (const app of model.apps) {
      const color = colors.get(app.id)!;
      const history = byId(page(`apps/${app.slug}.html`), 'chart-history')!;
      const fills = new Set(
        findAll(history, (e) => e.tag === 'g' && e.attrs.class === 'marks')
          .map((p) => p.attrs.fill)
          .filter(Boolean),
      );
      expect(fills, app.name).toContain(color);
      expect(overview).toContain(`fill="${color}"`);
    }
    expect(new Set(colors.values()).size).toBe(model.apps.length);
  });

  it('mark a failed app with its error', () => {
    const app = model.apps.find((a) => a.id === FAILED_APP.id)!;
    const status = byId(page(`apps/${app.slug}.html`), 'app-status')!;
    expect(status.attrs.class).toContain('status-failed');
    expect(textOf(status)).toContain(FAILED_ERROR);
  });
});

describe('monthly archive', () => {
  it('links every month from the archive index', () => {
    const links = findAll(byId(page('months/index.html'), 'months-table')!, 'a').map((a) => a.attrs.href);
    expect(links).toEqual(model.months.map((m) => `${m.month}.html`).reverse());
  });

  it('gives each month per-app and per-API tables and the comparison with the previous month', () => {
    const m = model.months.find((x) => x.month === '2026-10')!;
    const root = page('months/2026-10.html');
    expect(tableRows(byId(root, 'month-apps-table')!)).toHaveLength(m.apps.length + 1);
    expect(tableRows(byId(root, 'month-apis-table')!)).toHaveLength(m.apis.length + 1);
    const compare = tableRows(byId(root, 'compare-table')!);
    expect(compare.map((r) => r[1])).toEqual(['Comparison', 'This month', 'Previous month']);
    expect(compare[2]![0]).toBe('September 2026');
  });

  it('carries no "as of" stamp', () => {
    for (const path of ['months/index.html', 'months/2026-10.html']) {
      expect(textOf(find(page(path), 'footer')!)).not.toContain('Data as of');
    }
  });
});

describe('a month with a year of history before it', () => {
  it('compares with the same month a year earlier, per month and per API', async () => {
    // 420 days to 2026-11-20: the history begins on 2025-09-27, so October 2025 is wholly covered.
    const site = await renderSite(syntheticModel({ days: 420 }), { dataFiles: [] });
    const root = parseHtml(site.files.get('months/2026-10.html')!).root;
    const compare = tableRows(byId(root, 'compare-table')!);
    expect(compare.map((r) => r[0])).toEqual(['Month', 'October 2026', 'September 2026', 'October 2025']);
    expect(compare[3]![1]).toBe('Same month last year');
    // The unfinished month is compared over the same days, and says so.
    const november = tableRows(
      byId(parseHtml(site.files.get('months/2026-11.html')!).root, 'compare-table')!,
    );
    expect(november.map((r) => r[0])).toEqual([
      'Month',
      'November 2026',
      'Nov 1, 2026 – Nov 20, 2026 vs Oct 1, 2026 – Oct 20, 2026',
      'Nov 1, 2026 – Nov 20, 2026 vs Nov 1, 2025 – Nov 20, 2025',
    ]);
    const apis = tableRows(byId(root, 'month-apis-table')!);
    expect(apis[0]!.at(-1)).toBe('Same month last year');
    expect(apis.slice(1).every((r) => /^\d[\d,.]*$/.test(r.at(-1)!))).toBe(true);
    // The archive index shows the year-ago figure only where history reaches back that far.
    const index = tableRows(byId(parseHtml(site.files.get('months/index.html')!).root, 'months-table')!);
    expect(index[1]![3]).not.toBe('—');
    expect(index.at(-1)![3]).toBe('—');
  });
});

describe('month pages are byte-stable', () => {
  it('render the same bytes when only later data, today and the colour ranking change', async () => {
    const base = syntheticRecords({ apps: 3, days: 120, end: '2026-10-15' });
    // A month later, with a new app that outranks the others (so every app's colour shifts).
    const later = [
      ...base,
      ...syntheticRecords({ apps: 3, days: 36, end: '2026-11-20' }).filter((r) => r.date > '2026-10-15'),
      ...syntheticRecords({ apps: 1, days: 60, end: '2026-11-20', appName: () => 'Newcomer' }).map((r) => ({
        ...r,
        appId: 'zz-new',
        tokens: (r.tokens ?? 0) * 1000,
      })),
    ];
    const before = await renderSite(syntheticModel({ records: base, end: '2026-10-15' }), { dataFiles: [] });
    const after = await renderSite(syntheticModel({ records: later, end: '2026-11-20' }), { dataFiles: [] });
    const colorOf = (files: ReadonlyMap<string, string>, id: string): string | undefined =>
      appColors(JSON.parse(files.get('data/report.json')!) as ReportModel).get(id);
    expect(colorOf(after.files, 'app-002')).not.toBe(colorOf(before.files, 'app-002'));
    for (const month of ['2026-06', '2026-07', '2026-08']) {
      expect(after.files.get(`months/${month}.html`), month).toBe(before.files.get(`months/${month}.html`));
    }
    // The month the new data fell into does change.
    expect(after.files.get('months/2026-10.html')).not.toBe(before.files.get('months/2026-10.html'));
  });
});

describe('an empty history', () => {
  it('still renders every page, saying there is nothing to show', async () => {
    const empty = await renderSite(syntheticModel({ records: [] }), { dataFiles: [] });
    expect([...empty.files.keys()].sort()).toEqual([
      'data/report.json',
      'digest.html',
      'index.html',
      'months/index.html',
      'summary.md',
    ]);
    const index = parseHtml(empty.files.get('index.html')!);
    expect(index.problems).toEqual([]);
    expect(textOf(index.root)).toContain('No usage in this period.');
    expect(textOf(parseHtml(empty.files.get('months/index.html')!).root)).toContain('No stored history yet.');
    expect(empty.summary).toContain('### Apps');
  });
});
