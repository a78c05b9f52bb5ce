import { describe, expect, it } from 'vitest';
import { barSpec, stackedTokensSpec, seriesSpec, uniqueLabels } from '../../src/render/charts/specs.js';
import {
  compactSvg,
  prefixDefIds,
  renderSvg,
  splitData,
  titlesFromDescriptions,
} from '../../src/render/charts/svg.js';
import { createFormatter } from '../../src/render/i18n/index.js';
import { appPage } from '../../src/render/pages/app.js';
import type { PageView } from '../../src/render/pages/common.js';
import { monthPage, monthsIndexPage } from '../../src/render/pages/month.js';
import { overviewPage } from '../../src/render/pages/overview.js';
import { syntheticModel } from '../support/site.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a"b\'c&d',
  'x\ny',
  '\u2028z',
  '',
  'x" onload="alert(1)',
];

function allCharts(pages: PageView[]) {
  return pages.flatMap((p) => Object.values(p.charts).filter((c) => c !== null));
}

describe('uniqueLabels', () => {
  it('cleans control characters and numbers repeated names', () => {
    expect(uniqueLabels(['A', 'A', 'x\ny', ' ', 'A (2)', 'A'])).toEqual([
      'A',
      'A (2)',
      'x y',
      '—',
      'A (2) (2)',
      'A (3)',
    ]);
  });
});

describe('chart specs', () => {
  it('carry names only as data, never inside a Vega expression', () => {
    const specs = [
      barSpec(
        HOSTILE.map((label, i) => ({ label, tokens: i })),
        { title: 't', xTitle: '', yTitle: 'y' },
      ),
      stackedTokensSpec(
        HOSTILE.map((_, i) => ({ date: '2026-01-01', tokens: i, key: `k${i}` })),
        HOSTILE.map((label, i) => ({ key: `k${i}`, label, color: '#000' })),
        'day',
        { title: 't', xTitle: 'x', yTitle: 'y' },
        'en',
      ),
    ];
    for (const spec of specs) {
      const json = JSON.stringify(spec);
      expect(json).not.toMatch(/labelExpr|"expr"|"signal"/);
    }
  });

  it('render hostile names as escaped SVG text', async () => {
    const svg = await renderSvg(
      barSpec(
        HOSTILE.map((label, i) => ({ label, tokens: i + 1 })),
        { title: HOSTILE.join(' '), xTitle: '', yTitle: HOSTILE[1]! },
      ),
    );
    expect(svg).toMatch(/^<svg /);
    expect(svg).not.toMatch(/<script|<img/i);
    // No tag carries a handler: names only reach text nodes and escaped attribute values.
    for (const tag of svg.match(/<[^>]*>/g) ?? []) {
      const names = [...tag.matchAll(/\s([\w:-]+)="[^"]*"/g)].map((m) => m[1]);
      expect(names.filter((n) => /^on/i.test(n!))).toEqual([]);
    }
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('a"b\'c&amp;d');
  });

  it('draw the budget as a rule line on the burn-down', async () => {
    const points = [
      { date: '2026-11-01', tokens: 10 },
      { date: '2026-11-02', tokens: 30 },
    ];
    const spec = seriesSpec(points, 'day', { title: 'Burn', xTitle: '', yTitle: '' }, 'en', {
      mark: 'area',
      rule: { value: 100, label: 'Budget 100' },
    });
    const svg = await renderSvg(spec);
    expect(svg).toContain('Budget 100');
    expect(svg).toMatch(/class="mark-rule/);
  });

  it('render the same bytes whatever was drawn before, with per-chart ids', async () => {
    const spec = barSpec([{ label: 'a', tokens: 1 }], { title: 't', xTitle: '', yTitle: '' });
    const first = await renderSvg(spec, 'c1');
    await renderSvg(
      seriesSpec([{ date: '2026-01-01', tokens: 1 }], 'week', { title: 'w', xTitle: '', yTitle: '' }, 'en'),
    );
    expect(await renderSvg(spec, 'c1')).toBe(first);
    expect(
      prefixDefIds('<clipPath id="clip1"><rect/></clipPath><g clip-path="url(#clip1)">clip1</g>', 'p'),
    ).toBe('<clipPath id="p-clip1"><rect/></clipPath><g clip-path="url(#p-clip1)">clip1</g>');
  });
});

describe('every chart of the report', () => {
  it('has a title and a text alternative (caption and data table)', () => {
    const model = syntheticModel({ apps: 4, days: 120 });
    const f = createFormatter('en');
    const pages = [
      overviewPage(model, f, []),
      ...model.apps.map((a) => appPage(model, a, f)),
      monthsIndexPage(model.months, f),
      ...model.months.map((m) => monthPage(model.months, m, f)),
    ];
    const charts = allCharts(pages);
    expect(charts.length).toBeGreaterThan(10);
    for (const c of charts) {
      expect(c.title, c.id).not.toBe('');
      expect((c.spec as { title?: string }).title).toBe(c.title);
      expect(c.alt, c.id).not.toBe('');
      expect(c.table.rows.length, c.id).toBeGreaterThan(0);
      for (const row of c.table.rows) expect(row.cells.length + 1).toBe(c.table.head.length);
    }
  });

  it('stays small at 100 apps × 730 days (no SVG over 500 KB)', async () => {
    const model = syntheticModel({
      apps: 100,
      days: 730,
      features: [{ id: 'f', name: 'Feature', api: 'Model Derivative' }],
      range: { from: '2024-11-22', to: '2026-11-20' },
    });
    expect(model.granularity).toBe('week');
    const f = createFormatter('en');
    const pages = [
      overviewPage(model, f, []),
      appPage(model, model.apps[0]!, f),
      monthsIndexPage(model.months, f),
      monthPage(model.months, model.months.at(-1)!, f),
    ];
    const sizes: Record<string, number> = {};
    for (const c of allCharts(pages)) sizes[`${c.id}`] = (await renderSvg(c.spec, c.id)).length;
    const largest = Math.max(...Object.values(sizes));
    expect(largest, JSON.stringify(sizes)).toBeLessThan(500_000);
    // The stacked overview folds 100 apps into the top 8 + Others.
    expect(new Set(model.stacked.map((p) => p.key)).size).toBe(9);
  });
});

describe('compiled specs shared by chart shape', () => {
  it('splitData names each inline dataset and leaves the shape free of data', () => {
    const spec = {
      data: { values: [{ a: 1 }] },
      layer: [{ mark: 'bar' }, { data: { values: [{ b: 2 }] }, mark: 'rule' }],
    } as unknown as Parameters<typeof splitData>[0];
    const { shape, values } = splitData(spec);
    expect(shape).toEqual({
      data: { name: 'd0' },
      layer: [{ mark: 'bar' }, { data: { name: 'd1' }, mark: 'rule' }],
    });
    expect([...values]).toEqual([
      ['d0', [{ a: 1 }]],
      ['d1', [{ b: 2 }]],
    ]);
  });

  it('draws the same bytes as a fresh compile of the spec, whatever was drawn before with the same shape', async () => {
    const vega = await import('vega');
    const vl = await import('vega-lite');
    const fresh = async (spec: Parameters<typeof renderSvg>[0]) => {
      vega.resetSVGDefIds();
      const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
      const svg = compactSvg(titlesFromDescriptions(await view.toSVG()));
      view.finalize();
      return svg;
    };
    const text = { title: 'Tokens', xTitle: '', yTitle: 'Tokens' };
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        label: `App ${i}`,
        tokens: (i + 1) * 37.5,
        title: `App ${i}: ${(i + 1) * 37.5} tokens`,
      }));
    // Same shape, different data: the second reuses the first's compilation.
    for (const spec of [barSpec(rows(3), text), barSpec(rows(7), text), barSpec(rows(2), text)]) {
      expect(await renderSvg(spec)).toBe(await fresh(spec));
    }
  });

  it('draws each chart kind as a fresh view would, after charts of its shape with other data', async () => {
    // renderSvg keeps each compiled expression of a shape, bound to each new view; the bytes must not change.
    const vega = await import('vega');
    const vl = await import('vega-lite');
    const fresh = async (spec: Parameters<typeof renderSvg>[0]) => {
      vega.resetSVGDefIds();
      const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
      const svg = compactSvg(titlesFromDescriptions(await view.toSVG()));
      view.finalize();
      return svg;
    };
    const text = { title: 'Tokens', xTitle: 'Date', yTitle: 'Tokens' };
    const days = (n: number, scale: number) =>
      Array.from({ length: n }, (_, i) => ({
        date: `2026-11-${String(i + 1).padStart(2, '0')}`,
        tokens: ((i * 7) % 5) * scale,
        title: `day ${i + 1}`,
      }));
    const specs = [1, 40].flatMap((scale) => [
      seriesSpec(days(5, 10 * scale), 'day', text, 'en'),
      seriesSpec(days(9, 3 * scale), 'week', text, 'en', {
        highlight: { dates: ['2026-11-02'], color: '#f00' },
      }),
      seriesSpec(days(6, 100 * scale), 'day', text, 'en', {
        mark: 'area',
        rule: { value: 250 * scale, label: 'Budget' },
      }),
      seriesSpec(days(3, scale), 'day', text, 'ja', { mark: 'area' }),
    ]);
    for (const spec of specs) expect(await renderSvg(spec)).toBe(await fresh(spec));
  });

  it('stacks the series of a bucket as a sum over its points would', async () => {
    // The stacked spec hands vega one point per bucket and series and no aggregate; summing them first must draw
    // the same bars.
    const points = [
      { date: '2026-11-01', key: 'a', tokens: 4, title: '1 a' },
      { date: '2026-11-01', key: 'b', tokens: 1.5, title: '1 b' },
      { date: '2026-11-02', key: 'b', tokens: 3, title: '2 b' },
      { date: '2026-11-03', key: 'a', tokens: 0.25, title: '3 a' },
      { date: '2026-11-03', key: 'b', tokens: 6, title: '3 b' },
    ];
    const series = [
      { key: 'a', label: 'A', color: '#111111' },
      { key: 'b', label: 'B', color: '#222222' },
    ];
    const spec = stackedTokensSpec(points, series, 'day', { title: 't', xTitle: 'x', yTitle: 'y' }, 'en');
    const summed = structuredClone(spec) as unknown as { encoding: { y: Record<string, unknown> } };
    summed.encoding.y['aggregate'] = 'sum';
    const svg = await renderSvg(spec);
    expect(svg).toBe(await renderSvg(summed as unknown as typeof spec));
    expect(svg.match(/<title>/g)).toHaveLength(5);
  });

  it('gives each mark its title as a <title> child, every digit kept, the text still escaped', async () => {
    const svg = await renderSvg(
      barSpec(
        [
          { label: 'a', tokens: 0.125, title: 'Nov 19, 2026 · <b>"A" & co</b>: 0.125 tokens' },
          { label: 'b', tokens: 2, title: 'b: 2 tokens' },
        ],
        { title: 't', xTitle: '', yTitle: '' },
      ),
    );
    const titles = [
      ...svg.matchAll(/<path role="graphics-symbol"[^>]*><title>([^<]*)<\/title><\/path>/g),
    ].map((m) => m[1]);
    expect(titles).toEqual([
      'Nov 19, 2026 · &lt;b&gt;&quot;A&quot; &amp; co&lt;/b&gt;: 0.125 tokens',
      'b: 2 tokens',
    ]);
    expect(svg).not.toMatch(/aria-roledescription="rect mark"|aria-label="[^"]*tokens/);
  });

  it('leaves marks without a title unnamed, never "undefined"', async () => {
    const svg = await renderSvg(barSpec([{ label: 'a', tokens: 1 }], { title: 't', xTitle: '', yTitle: '' }));
    expect(svg).not.toMatch(/undefined|<title>/);
  });
});
