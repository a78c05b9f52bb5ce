/**
 * Vega-Lite specs built by pure functions from the model. Data arrives pre-aggregated (days, weeks or months), so
 * no chart becomes a multi-megabyte SVG. Colours come from the model, so an app keeps its colour on every page.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Granularity, SeriesPoint, StackedPoint } from '../../model/types.js';

export interface ChartText {
  title: string;
  xTitle: string;
  yTitle: string;
}

export interface ChartDef {
  id: string;
  spec: TopLevelSpec;
  /** Plain-text alternative (the page also shows a table). */
  alt: string;
}

const WIDTH = 720;
const HEIGHT = 240;

/** Shared look: system fonts, no ARIA attributes per mark (they triple the SVG size; the page gives the alt text). */
export const BASE_CONFIG = {
  aria: false,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans JP", sans-serif',
  view: { stroke: null },
  axis: {
    labelColor: '#444',
    titleColor: '#444',
    gridColor: '#e6e6e6',
    domainColor: '#999',
    tickColor: '#999',
  },
  legend: { labelLimit: 220, orient: 'bottom', columns: 3 },
  title: { anchor: 'start', fontSize: 14, fontWeight: 600, color: '#222' },
} as const;

function timeUnit(g: Granularity): 'utcyearmonthdate' | 'utcyearmonth' {
  return g === 'month' ? 'utcyearmonth' : 'utcyearmonthdate';
}

function axisFormat(g: Granularity, locale: string): string {
  if (g === 'month') return locale === 'ja' ? '%Y年%-m月' : '%b %Y';
  return locale === 'ja' ? '%-m/%-d' : '%b %-d';
}

export function stackedTokensSpec(
  points: readonly StackedPoint[],
  colors: ReadonlyArray<{ key: string; label: string; color: string }>,
  g: Granularity,
  text: ChartText,
  locale: string,
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: text.title,
    width: WIDTH,
    height: HEIGHT,
    config: BASE_CONFIG,
    data: { values: points.map((p) => ({ date: p.date, tokens: p.tokens, key: p.key })) },
    mark: { type: 'bar', ...(g === 'day' ? {} : { binSpacing: 1 }) },
    encoding: {
      x: {
        field: 'date',
        type: 'temporal',
        timeUnit: timeUnit(g),
        title: text.xTitle,
        axis: { format: axisFormat(g, locale), labelOverlap: true, grid: false },
      },
      y: { field: 'tokens', type: 'quantitative', aggregate: 'sum', title: text.yTitle, stack: 'zero' },
      color: {
        field: 'key',
        type: 'nominal',
        title: null,
        scale: { domain: colors.map((c) => c.key), range: colors.map((c) => c.color) },
        legend: { labelExpr: labelExpr(colors) },
        sort: colors.map((c) => c.key),
      },
      order: { field: 'key', sort: 'ascending' },
    },
  } as TopLevelSpec;
}

/** Legend labels are looked up from the key: keys are ids, labels are untrusted names — both stay data. */
function labelExpr(colors: ReadonlyArray<{ key: string; label: string }>): string {
  const map = Object.fromEntries(colors.map((c) => [c.key, c.label]));
  return `${JSON.stringify(map)}[datum.label] || datum.label`;
}

export function barSpec(
  rows: ReadonlyArray<{ label: string; tokens: number; color?: string }>,
  text: ChartText,
  color = '#0072B2',
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: text.title,
    width: WIDTH - 220,
    height: Math.max(60, rows.length * 26),
    config: BASE_CONFIG,
    data: { values: rows.map((r, i) => ({ i, label: r.label, tokens: r.tokens, color: r.color ?? color })) },
    mark: { type: 'bar' },
    encoding: {
      y: {
        field: 'i',
        type: 'ordinal',
        title: null,
        axis: { labelExpr: labelLookup(rows), labelLimit: 200 },
      },
      x: { field: 'tokens', type: 'quantitative', title: text.yTitle },
      color: { field: 'color', type: 'nominal', scale: null, legend: null },
    },
  } as TopLevelSpec;
}

function labelLookup(rows: ReadonlyArray<{ label: string }>): string {
  return `${JSON.stringify(rows.map((r) => r.label))}[datum.value]`;
}

export function lineSpec(
  points: readonly SeriesPoint[],
  g: Granularity,
  text: ChartText,
  locale: string,
  color = '#0072B2',
  options: { area?: boolean; rule?: { value: number; label: string } } = {},
): TopLevelSpec {
  const layer: unknown[] = [
    {
      mark: {
        type: options.area ? 'area' : 'bar',
        color,
        ...(options.area ? { opacity: 0.35, line: { color } } : {}),
      },
      encoding: {
        x: {
          field: 'date',
          type: 'temporal',
          timeUnit: timeUnit(g),
          title: text.xTitle,
          axis: { format: axisFormat(g, locale), labelOverlap: true, grid: false },
        },
        y: { field: 'tokens', type: 'quantitative', title: text.yTitle },
      },
    },
  ];
  if (options.rule) {
    layer.push({
      data: { values: [{ budget: options.rule.value }] },
      mark: { type: 'rule', color: '#D55E00', strokeDash: [6, 4], strokeWidth: 2 },
      encoding: { y: { field: 'budget', type: 'quantitative' } },
    });
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: text.title,
    width: WIDTH,
    height: HEIGHT - 40,
    config: BASE_CONFIG,
    data: { values: points.map((p) => ({ date: p.date, tokens: p.tokens })) },
    layer,
  } as TopLevelSpec;
}
