/**
 * Vega-Lite specs built by pure functions from the model. Data arrives pre-aggregated (days, weeks or months), so
 * no chart becomes a multi-megabyte SVG. Colours come from the model, so an app keeps its colour on every page.
 *
 * Untrusted names (apps, features, APIs) only ever travel as data values, never inside a Vega expression: an
 * expression is code to Vega, and a name holding a quote or U+2028 would break (or worse, change) it.
 */
import type { TopLevelSpec } from 'vega-lite';
import { addDays } from '../../model/dates.js';
import type { Granularity, SeriesPoint } from '../../model/types.js';

export interface ChartText {
  title: string;
  xTitle: string;
  yTitle: string;
}

/** The text alternative shown under a chart: the same figures as a table. */
export interface ChartTable {
  head: string[];
  rows: { label: string; cells: string[] }[];
}

export interface ChartDef {
  id: string;
  spec: TopLevelSpec;
  title: string;
  /** One-line plain-text summary (the figure caption). */
  alt: string;
  table: ChartTable;
}

/**
 * A mark's hover text and accessible name (date, series, value with its unit), already formatted for the locale.
 * It travels as data, like every name, and becomes the mark's `<title>` (see `svg.ts`).
 */
export interface MarkTitle {
  title?: string;
}

/**
 * The encoding that hands each datum's `title` to vega as its mark's description — when every datum has one
 * (vega would name the others "undefined").
 */
function describedBy(data: ReadonlyArray<MarkTitle>): { description?: { field: 'title'; type: 'nominal' } } {
  return data.length > 0 && data.every((d) => d.title !== undefined)
    ? { description: { field: 'title', type: 'nominal' } }
    : {};
}

export interface SeriesKey {
  key: string;
  label: string;
  color: string;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const WIDTH = 720;
const HEIGHT = 240;
export const DEFAULT_COLOR = '#0072B2';
const RULE_COLOR = '#D55E00';

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

/** Numeric date formats only: vega's month names are English whatever the report's locale. */
export function axisFormat(g: Granularity, locale: string): string {
  if (g === 'month') return locale === 'ja' ? '%Y年%-m月' : '%b %Y';
  return locale === 'ja' ? '%-m/%-d' : '%b %-d';
}

/**
 * The x encoding of a time series. Days and months are vega time-unit bands; a week has no such band starting on
 * Monday, so weekly bars span `date` to `end` (the next bucket) explicitly.
 */
function xEncoding(g: Granularity, title: string, locale: string): Record<string, unknown> {
  const axis = { format: axisFormat(g, locale), labelOverlap: true, grid: false };
  if (g === 'week') {
    return { x: { field: 'date', type: 'temporal', title, axis }, x2: { field: 'end' } };
  }
  if (g === 'month') {
    // One band per month, labelled under its bar (a time axis would label the boundaries between months).
    return {
      x: {
        field: 'date',
        type: 'ordinal',
        timeUnit: 'utcyearmonth',
        title,
        axis: { ...axis, labelAngle: 0 },
      },
    };
  }
  return { x: { field: 'date', type: 'temporal', timeUnit: 'utcyearmonthdate', title, axis } };
}

/** Data fields for a bucket's time: `end` only where `xEncoding` needs it. */
function timeFields(date: string, g: Granularity): { date: string; end?: string } {
  return g === 'week' ? { date, end: addDays(date, 7) } : { date };
}

/** Bars that touch (weeks) get a hairline gap so neighbours stay apart. */
function barMark(g: Granularity): {
  type: 'bar';
  orient?: 'vertical';
  stroke?: string;
  strokeWidth?: number;
} {
  return g === 'week'
    ? { type: 'bar', orient: 'vertical', stroke: '#fff', strokeWidth: 0.5 }
    : { type: 'bar' };
}

/**
 * Labels that are safe and distinct as chart categories: control characters and line separators become spaces,
 * an empty name becomes "—", and a repeated name gets " (2)", " (3)"… (two apps may share a display name).
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const used = new Set<string>();
  return labels.map((raw) => {
    const base =
      raw
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || '—';
    let label = base;
    for (let n = 2; used.has(label); n++) label = `${base} (${n})`;
    used.add(label);
    return label;
  });
}

/**
 * Tokens over time, stacked by series (top apps + Others), one colour per app as the model assigned it. One point
 * per bucket and series (as the model's buckets are); each point is one mark.
 */
export function stackedTokensSpec(
  points: ReadonlyArray<SeriesPoint & { key: string } & MarkTitle>,
  series: readonly SeriesKey[],
  g: Granularity,
  text: ChartText,
  locale: string,
): TopLevelSpec {
  const labels = uniqueLabels(series.map((s) => s.label));
  const labelOf = new Map(series.map((s, i) => [s.key, labels[i]!]));
  const order = new Map(series.map((s, i) => [s.key, i]));
  return {
    $schema: SCHEMA,
    title: text.title,
    width: WIDTH,
    height: HEIGHT,
    config: BASE_CONFIG,
    data: {
      values: points.map((p) => ({
        ...timeFields(p.date, g),
        tokens: p.tokens,
        series: labelOf.get(p.key) ?? p.key,
        o: order.get(p.key) ?? series.length,
        title: p.title,
      })),
    },
    mark: barMark(g),
    encoding: {
      ...xEncoding(g, text.xTitle, locale),
      // No `aggregate`: the points are already one per bucket and series, and an aggregate over them would only
      // repeat that grouping (same SVG, about a third of the chart's time).
      y: { field: 'tokens', type: 'quantitative', title: text.yTitle, stack: 'zero' },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: { domain: labels, range: series.map((s) => s.color) },
        sort: labels,
      },
      order: { field: 'o', type: 'quantitative', sort: 'ascending' },
      ...describedBy(points),
    },
  } as TopLevelSpec;
}

/** Horizontal bars, one per row, in the given order. */
export function barSpec(
  rows: ReadonlyArray<{ label: string; tokens: number; color?: string } & MarkTitle>,
  text: ChartText,
  color = DEFAULT_COLOR,
): TopLevelSpec {
  const labels = uniqueLabels(rows.map((r) => r.label));
  return {
    $schema: SCHEMA,
    title: text.title,
    width: WIDTH - 220,
    height: Math.max(60, rows.length * 26),
    config: BASE_CONFIG,
    data: {
      values: rows.map((r, i) => ({
        label: labels[i]!,
        tokens: r.tokens,
        color: r.color ?? color,
        title: r.title,
      })),
    },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: null, axis: { labelLimit: 200 } },
      x: { field: 'tokens', type: 'quantitative', title: text.yTitle },
      color: { field: 'color', type: 'nominal', scale: null, legend: null },
      ...describedBy(rows),
    },
  } as TopLevelSpec;
}

export interface SeriesOptions {
  /** `area` for cumulative figures, `bar` (default) for per-bucket ones. */
  mark?: 'bar' | 'area';
  color?: string;
  /** A dashed horizontal rule, e.g. the monthly budget. */
  rule?: { value: number; label: string };
  /** Bars on these dates get `highlightColor` (e.g. the month a page is about). */
  highlight?: { dates: readonly string[]; color: string };
}

/** One series over time: bars per bucket, or an area for cumulative figures, with an optional rule line. */
export function seriesSpec(
  points: ReadonlyArray<SeriesPoint & MarkTitle>,
  g: Granularity,
  text: ChartText,
  locale: string,
  options: SeriesOptions = {},
): TopLevelSpec {
  const color = options.color ?? DEFAULT_COLOR;
  const highlighted = new Set(options.highlight?.dates ?? []);
  const area = options.mark === 'area';
  const layer: unknown[] = [
    {
      // The area and its line are one shape each, named by the chart; the points below name each day.
      mark: area
        ? { type: 'area', color, opacity: 0.35, aria: false, line: { color, aria: false } }
        : barMark(g),
      encoding: {
        ...xEncoding(g, text.xTitle, locale),
        y: { field: 'tokens', type: 'quantitative', title: text.yTitle },
        ...(area
          ? {}
          : {
              color: { field: 'color', type: 'nominal', scale: null, legend: null },
              ...describedBy(points),
            }),
      },
    },
  ];
  // An area is one shape for the whole series: a point on each day carries that day's title.
  if (area) {
    layer.push({
      mark: { type: 'point', filled: true, size: 16, color, opacity: 1 },
      encoding: {
        ...xEncoding(g, text.xTitle, locale),
        y: { field: 'tokens', type: 'quantitative' },
        ...describedBy(points),
      },
    });
  }
  if (options.rule) {
    layer.push({
      data: { values: [{ value: options.rule.value, label: options.rule.label }] },
      layer: [
        {
          // The rule's label (the text mark) says what it is.
          mark: { type: 'rule', color: RULE_COLOR, strokeDash: [6, 4], strokeWidth: 2, aria: false },
          encoding: { y: { field: 'value', type: 'quantitative' } },
        },
        {
          mark: { type: 'text', color: RULE_COLOR, align: 'left', dx: 4, dy: -6, x: 0 },
          encoding: { y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    });
  }
  return {
    $schema: SCHEMA,
    title: text.title,
    width: WIDTH,
    height: HEIGHT - 40,
    config: BASE_CONFIG,
    data: {
      values: points.map((p) => ({
        ...timeFields(p.date, g),
        tokens: p.tokens,
        color: highlighted.has(p.date) ? options.highlight!.color : color,
        title: p.title,
      })),
    },
    layer,
  } as TopLevelSpec;
}
