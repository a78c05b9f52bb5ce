/**
 * The chart renderer (`charts/draw.ts`) on small plots whose geometry is worked out by hand here, and the
 * plot descriptions the pages build.
 */
import { describe, expect, it } from 'vitest';
import { axisLabel, drawChart, niceTicks, thinLabels, tickStep } from '../../src/render/charts/draw.js';
import { barSpec, seriesSpec, stackedTokensSpec, uniqueLabels } from '../../src/render/charts/specs.js';
import { fitText, textWidth } from '../../src/render/charts/text-width.js';
import { createFormatter } from '../../src/render/i18n/index.js';
import { appPage } from '../../src/render/pages/app.js';
import type { PageView } from '../../src/render/pages/common.js';
import { monthPage, monthsIndexPage } from '../../src/render/pages/month.js';
import { overviewPage } from '../../src/render/pages/overview.js';
import { findAll, parseHtml, textOf, type El } from '../support/html.js';
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
const TEXT = { title: 'T', xTitle: 'Date', yTitle: 'Tokens' };

function allCharts(pages: PageView[]) {
  return pages.flatMap((p) => Object.values(p.charts).filter((c) => c !== null));
}

function svgOf(markup: string): El {
  return findAll(parseHtml(markup).root, 'svg')[0]!;
}

/** The data marks of a chart (children of its `g.marks` groups), with their numeric attributes. */
function marks(
  markup: string,
): { tag: string; attrs: Record<string, number>; title?: string; fill?: string }[] {
  const groups = findAll(svgOf(markup), (e) => e.tag === 'g' && e.attrs.class === 'marks');
  return groups.flatMap((g) =>
    g.children
      .filter((c): c is El => typeof c !== 'string')
      .map((m) => {
        const title = m.children.find((c): c is El => typeof c !== 'string' && c.tag === 'title');
        return {
          tag: m.tag,
          attrs: Object.fromEntries(
            Object.entries(m.attrs)
              .filter(([, v]) => /^-?[\d.]+$/.test(v ?? ''))
              .map(([k, v]) => [k, Number(v)]),
          ),
          ...(title ? { title: textOf(title) } : {}),
          fill: m.attrs.fill ?? g.attrs.fill!,
        };
      }),
  );
}

/** The text of the x axis labels (the `text-anchor="middle"` label group under the plot). */
function xLabels(markup: string): string[] {
  const group = findAll(
    svgOf(markup),
    (e) => e.tag === 'g' && e.attrs['text-anchor'] === 'middle' && e.attrs.fill === '#444',
  )[0]!;
  return findAll(group, 'text').map(textOf);
}

function yLabels(markup: string): string[] {
  const group = findAll(svgOf(markup), (e) => e.tag === 'g' && e.attrs['text-anchor'] === 'end')[0]!;
  return findAll(group, 'text').map(textOf);
}

function days(from: number, to: number, month = '2026-11'): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${month}-${String(from + i).padStart(2, '0')}`);
}

describe('nice ticks', () => {
  it('end on a round tick at or above the maximum', () => {
    // 9,730 / 5 ticks = 1,946 → a step of 2,000; the axis ends at 10,000.
    expect(niceTicks(9730, 5)).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    // 45 / 5 = 9 → 10.
    expect(niceTicks(45, 5)).toEqual([0, 10, 20, 30, 40, 50]);
    // 300 / 5 = 60 → 50, and 300 is a tick itself.
    expect(niceTicks(300, 5)).toEqual([0, 50, 100, 150, 200, 250, 300]);
    // 0.3 / 5 = 0.06 → 0.05.
    expect(niceTicks(0.3, 5)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(tickStep(708, 6)).toBe(100);
  });

  it('give an empty or all-zero chart the axis 0–1', () => {
    expect(niceTicks(0, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('drawChart: series bars', () => {
  it('draws bars in proportion to their values, the tallest reaching the top tick', () => {
    // Height 200, max 300: ticks 0…300 by 50, so 300 is the top of the plot and 100 a third of it.
    const svg = drawChart(
      seriesSpec(
        [
          { date: '2026-11-01', tokens: 100 },
          { date: '2026-11-02', tokens: 300 },
        ],
        'day',
        TEXT,
        'en',
      ),
    );
    const [a, b] = marks(svg);
    expect(b!.attrs.height).toBe(200);
    expect(b!.attrs.y).toBe(0);
    expect(a!.attrs.height).toBeCloseTo(200 / 3, 0);
    expect(a!.attrs.y).toBeCloseTo(200 - 200 / 3, 0);
    // Two days over 720 px: 360 px each, less a 1 px gap.
    expect(a!.attrs.x).toBe(0);
    expect(a!.attrs.width).toBe(359);
    expect(b!.attrs.x).toBe(360);
    expect(yLabels(svg)).toEqual(['0', '50', '100', '150', '200', '250', '300']);
  });

  it('spans a week bar from its Monday to the next Monday, a missing week left as a gap', () => {
    // Mondays Nov 2 and Nov 16: the domain runs Nov 2 → Nov 23 (21 days over 720 px), Nov 9's week is empty.
    const svg = drawChart(
      seriesSpec(
        [
          { date: '2026-11-02', tokens: 5 },
          { date: '2026-11-16', tokens: 5 },
        ],
        'week',
        TEXT,
        'en',
      ),
    );
    const [a, b] = marks(svg);
    const week = (720 * 7) / 21;
    expect(a!.attrs.x).toBe(0);
    expect(a!.attrs.width).toBeCloseTo(week - 1, 1);
    expect(b!.attrs.x).toBeCloseTo(2 * week, 1);
    expect(b!.attrs.x! + b!.attrs.width! + 1).toBeCloseTo(720, 1);
    expect(xLabels(svg)).toEqual(['Nov 2', 'Nov 16']);
  });

  it('draws months as equal bands labelled under their bars, in the locale', () => {
    const points = ['2026-09-01', '2026-10-01', '2026-11-01'].map((date) => ({ date, tokens: 1 }));
    const en = drawChart(seriesSpec(points, 'month', TEXT, 'en'));
    const bars = marks(en);
    // 240 px per month, 5% padding each side: 12 px in, 216 px wide.
    expect(bars.map((m) => [m.attrs.x, m.attrs.width])).toEqual([
      [12, 216],
      [252, 216],
      [492, 216],
    ]);
    expect(xLabels(en)).toEqual(['Sep 2026', 'Oct 2026', 'Nov 2026']);
    expect(xLabels(drawChart(seriesSpec(points, 'month', TEXT, 'ja')))).toEqual([
      '2026年9月',
      '2026年10月',
      '2026年11月',
    ]);
  });

  it('drops every second label when neighbours would overlap', () => {
    // 30 days over 720 px put labels 24 px apart, narrower than "Nov 1" (≈ 29 px): every second one is kept,
    // 48 px apart, wider than the widest ("Nov 29", ≈ 35 px) plus the 4 px separation.
    const svg = drawChart(
      seriesSpec(
        days(1, 30).map((date) => ({ date, tokens: 1 })),
        'day',
        TEXT,
        'en',
      ),
    );
    expect(xLabels(svg)).toEqual(
      days(1, 30)
        .filter((_, i) => i % 2 === 0)
        .map((d) => `Nov ${Number(d.slice(8))}`),
    );
    // A label per day fits when there are few.
    expect(
      xLabels(
        drawChart(
          seriesSpec(
            days(1, 5).map((date) => ({ date, tokens: 1 })),
            'day',
            TEXT,
            'en',
          ),
        ),
      ),
    ).toEqual(['Nov 1', 'Nov 2', 'Nov 3', 'Nov 4', 'Nov 5']);
  });

  it('thins by parity: all, else every 2nd, 4th…, always keeping the first', () => {
    const at = (xs: number[]) => xs.map((x, i) => ({ at: x, width: 10, text: String(i) }));
    expect(thinLabels(at([0, 20, 40])).map((l) => l.text)).toEqual(['0', '1', '2']);
    // 12 px apart: 10 wide + 4 separation does not fit; 24 px does.
    expect(thinLabels(at([0, 12, 24, 36, 48])).map((l) => l.text)).toEqual(['0', '2', '4']);
    // 5 px apart: 10 px overlap, 20 px too close (needs 14), 40 px clear: every 4th.
    expect(thinLabels(at([0, 5, 10, 15, 20, 25, 30, 35, 40])).map((l) => l.text)).toEqual(['0', '4', '8']);
  });

  it('colours highlighted bars and formats ticks for the locale', () => {
    const svg = drawChart(
      seriesSpec(
        [
          { date: '2026-10-01', tokens: 9730 },
          { date: '2026-11-01', tokens: 5000 },
        ],
        'month',
        TEXT,
        'en',
        { highlight: { dates: ['2026-11-01'], color: '#D55E00' } },
      ),
    );
    expect(marks(svg).map((m) => m.fill)).toEqual(['#0072B2', '#D55E00']);
    // Height 200 → 5 ticks: 0, 2,000 … 10,000.
    expect(yLabels(svg)).toEqual(['0', '2,000', '4,000', '6,000', '8,000', '10,000']);
  });
});

describe('drawChart: area with rule', () => {
  it('draws a point per day with its title and the budget as a dashed rule inside the axis', () => {
    const svg = drawChart(
      seriesSpec(
        [
          { date: '2026-11-01', tokens: 10, title: 'Nov 1: 10' },
          { date: '2026-11-02', tokens: 30, title: 'Nov 2: 30' },
        ],
        'day',
        TEXT,
        'en',
        { mark: 'area', rule: { value: 100, label: 'Budget 100' } },
      ),
    );
    const points = marks(svg);
    // The points run from the first day (x 0) to the last (x 720); the axis reaches the rule: 0…100 by 20.
    expect(points.map((p) => [p.tag, p.attrs.cx, p.attrs.cy, p.title])).toEqual([
      ['circle', 0, 180, 'Nov 1: 10'],
      ['circle', 720, 140, 'Nov 2: 30'],
    ]);
    expect(yLabels(svg).at(-1)).toBe('100');
    expect(svg).toContain(
      '<path class="rule" d="M0,0h720" stroke="#D55E00" stroke-width="2" stroke-dasharray="6,4"/>',
    );
    // The rule is the top of the plot: its label goes under the line (11 px text + 4), not into the title above.
    expect(svg).toMatch(/<text x="4" y="15"[^>]*>Budget 100<\/text>/);
    // Lower down (rule 50 on an axis to 100, at y 100), the label sits 6 px above the line.
    const lower = drawChart(
      seriesSpec([{ date: '2026-11-01', tokens: 100 }], 'day', TEXT, 'en', {
        mark: 'area',
        rule: { value: 50, label: 'Budget 50' },
      }),
    );
    expect(lower).toMatch(/<text x="4" y="94"[^>]*>Budget 50<\/text>/);
    // The area: the line through the points, closed along the bottom.
    expect(svg).toContain('<path d="M0,180L720,140L720,200L0,200Z"');
  });
});

describe('drawChart: stacked bars', () => {
  it('stacks a bucket in series order, each series in its colour, with a legend', () => {
    const svg = drawChart(
      stackedTokensSpec(
        [
          { date: '2026-11-01', key: 'b', tokens: 1, title: '1 b' },
          { date: '2026-11-01', key: 'a', tokens: 4, title: '1 a' },
          { date: '2026-11-02', key: 'b', tokens: 5, title: '2 b' },
        ],
        [
          { key: 'a', label: 'A', color: '#111111' },
          { key: 'b', label: 'B', color: '#222222' },
        ],
        'day',
        TEXT,
        'en',
      ),
    );
    // Height 240 → 6 ticks; max 5 → step 1, axis 0…5: 48 px per token.
    const byTitle = new Map(marks(svg).map((m) => [m.title, m]));
    expect(byTitle.get('1 a')).toMatchObject({ fill: '#111111', attrs: { y: 240 - 4 * 48, height: 4 * 48 } });
    expect(byTitle.get('1 b')).toMatchObject({ fill: '#222222', attrs: { y: 0, height: 48 } });
    expect(byTitle.get('2 b')).toMatchObject({ attrs: { y: 0, height: 5 * 48 } });
    const legend = findAll(svgOf(svg), (e) => e.tag === 'g' && e.attrs.class === 'legend')[0]!;
    expect(findAll(legend, 'text').map(textOf)).toEqual(['A', 'B']);
    expect(findAll(legend, 'rect').map((r) => r.attrs.fill)).toEqual(['#111111', '#222222']);
  });

  it('lays the legend out in up to 3 columns and cuts labels past 220 px with an ellipsis', () => {
    const long = 'Very long application name '.repeat(6);
    const series = ['a', 'b', 'c', 'd'].map((key, i) => ({
      key,
      label: i === 0 ? long : key.toUpperCase(),
      color: '#000',
    }));
    const svg = drawChart(
      stackedTokensSpec(
        series.map((s) => ({ date: '2026-11-01', key: s.key, tokens: 1 })),
        series,
        'day',
        TEXT,
        'en',
      ),
    );
    const legend = findAll(svgOf(svg), (e) => e.tag === 'g' && e.attrs.class === 'legend')[0]!;
    const texts = findAll(legend, 'text');
    const first = textOf(texts[0]!);
    expect(first.endsWith('…')).toBe(true);
    expect(long.startsWith(first.slice(0, -1))).toBe(true);
    expect(textWidth(first, 10)).toBeLessThanOrEqual(220);
    // Four entries: three on the first row, the fourth under the first.
    const ys = texts.map((t) => Number(t.attrs.y));
    expect(ys[0]).toBe(ys[1]);
    expect(ys[1]).toBe(ys[2]);
    expect(ys[3]).toBeGreaterThan(ys[0]!);
    expect(texts[3]!.attrs.x).toBe(texts[0]!.attrs.x);
  });
});

describe('drawChart: horizontal bars', () => {
  it('draws one row per label in order, bar lengths in proportion, labels cut past 200 px', () => {
    const long = 'Model Derivative - a feature with a very long name indeed';
    const svg = drawChart(
      barSpec(
        [
          { label: 'a', tokens: 800, title: 'a: 800' },
          { label: long, tokens: 200, title: 'long: 200' },
        ],
        { title: 'By feature', xTitle: '', yTitle: 'Tokens' },
        'en',
      ),
    );
    const [a, b] = marks(svg);
    // Width 500, max 800: the axis ends at 800, so a spans the plot and b a quarter of it. Height 60 for two rows:
    // 30 px each, bars 27 px with 1.5 px either side.
    expect(a!.attrs).toMatchObject({ x: 0, y: 1.5, width: 500, height: 27 });
    expect(b!.attrs).toMatchObject({ x: 0, y: 31.5, width: 125, height: 27 });
    const labels = yLabels(svg);
    expect(labels[0]).toBe('a');
    expect(labels[1]!.endsWith('…')).toBe(true);
    expect(textWidth(labels[1]!, 10)).toBeLessThanOrEqual(200);
    expect(fitText('short', 200, 10)).toBe('short');
  });
});

describe('drawChart: text and bytes', () => {
  it('keeps hostile names as escaped text, on one line, in labels, legends and titles', () => {
    const svg = drawChart(
      stackedTokensSpec(
        HOSTILE.map((label, i) => ({ date: '2026-11-01', key: `k${i}`, tokens: i + 1, title: label })),
        HOSTILE.map((label, i) => ({ key: `k${i}`, label, color: '#000' })),
        'day',
        { title: HOSTILE.join(' '), xTitle: HOSTILE[2]!, yTitle: HOSTILE[1]! },
        'en',
      ),
    );
    expect(svg).toMatch(/^<svg /);
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).not.toContain('\u2028');
    expect(svg).not.toContain('\n');
    // No tag carries a handler: names only reach text nodes.
    for (const tag of svg.match(/<[^>]*>/g) ?? []) {
      const names = [...tag.matchAll(/\s([\w:-]+)="[^"]*"/g)].map((m) => m[1]);
      expect(names.filter((n) => /^on/i.test(n!))).toEqual([]);
    }
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a&quot;b&#39;c&amp;d');
    expect(svg).toContain('<title>x y</title>');
    const titles = marks(svg).map((m) => m.title);
    expect(titles).toContain('<img src=x onerror=alert(1)>');
  });

  it('gives a titled mark its role and <title>, an untitled one neither (never "undefined")', () => {
    const titled = drawChart(barSpec([{ label: 'a', tokens: 1, title: 'a: 1 token' }], TEXT, 'en'));
    expect(titled).toMatch(/<rect [^>]*role="graphics-symbol"><title>a: 1 token<\/title><\/rect>/);
    const untitled = drawChart(barSpec([{ label: 'a', tokens: 1 }], TEXT, 'en'));
    expect(untitled).not.toMatch(/undefined|<title>|graphics-symbol/);
  });

  it('gives the same bytes for the same plot, and no ids that two charts on a page could share', () => {
    const plot = seriesSpec(
      days(1, 9).map((date, i) => ({ date, tokens: (i * 7) % 5, title: date })),
      'week',
      TEXT,
      'en',
    );
    const first = drawChart(plot, 'chart-a');
    drawChart(barSpec([{ label: 'x', tokens: 3 }], TEXT, 'en'), 'chart-b');
    expect(drawChart(structuredClone(plot), 'chart-a')).toBe(first);
    expect(first).not.toMatch(/\sid="/);
    // Coordinates carry one decimal at most.
    for (const tag of first.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\d\.\d\d/);
  });

  it('labels axis dates in the locale', () => {
    expect(axisLabel('2026-11-03', 'day', 'en')).toBe('Nov 3');
    expect(axisLabel('2026-11-03', 'week', 'ja')).toBe('11/3');
    expect(axisLabel('2026-11-01', 'month', 'en')).toBe('Nov 2026');
    expect(axisLabel('2026-11-01', 'month', 'ja')).toBe('2026年11月');
  });

  it('estimates CJK characters one em wide', () => {
    expect(textWidth('トークン', 10)).toBe(40);
  });
});

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
      expect(c.spec.text.title).toBe(c.title);
      expect(c.alt, c.id).not.toBe('');
      expect(c.table.rows.length, c.id).toBeGreaterThan(0);
      for (const row of c.table.rows) expect(row.cells.length + 1).toBe(c.table.head.length);
    }
  });

  it('stays small at 100 apps × 730 days (no SVG over 200 KB)', () => {
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
    for (const c of allCharts(pages)) sizes[`${c.id}`] = drawChart(c.spec, c.id).length;
    const largest = Math.max(...Object.values(sizes));
    expect(largest, JSON.stringify(sizes)).toBeLessThan(200_000);
    // The stacked overview folds 100 apps into the top 8 + Others.
    expect(new Set(model.stacked.map((p) => p.key)).size).toBe(9);
  });
});
