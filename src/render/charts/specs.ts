/**
 * Chart definitions built by pure functions from the model: a small typed plot description per chart (what to
 * draw, never how), which `draw.ts` turns into SVG. Data arrives pre-aggregated (days, weeks or months), so no
 * chart becomes a multi-megabyte SVG. Colours come from the model, so an app keeps its colour on every page.
 *
 * Names (apps, features, APIs) travel as plain strings: the drawer escapes every one where it writes it.
 */
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
  spec: Plot;
  title: string;
  /** One-line plain-text summary (the figure caption). */
  alt: string;
  table: ChartTable;
}

/**
 * A mark's hover text and accessible name (date, series, value with its unit), already formatted for the locale.
 * It becomes the mark's `<title>` child.
 */
export interface MarkTitle {
  title?: string;
}

export interface SeriesKey {
  key: string;
  label: string;
  color: string;
}

/** What every plot has: its size (the plot area, without axes, title or legend), texts and locale. */
interface PlotBase {
  width: number;
  height: number;
  text: ChartText;
  /** Axis dates and numbers are formatted for it. */
  locale: string;
}

/** Bars over time stacked by series, bottom to top in the order of `series`, with a legend. */
export interface StackedPlot extends PlotBase {
  kind: 'stacked';
  granularity: Granularity;
  /** Legend entries, already distinct (`uniqueLabels`). */
  series: ReadonlyArray<{ label: string; color: string }>;
  /** One point per bucket and series; `series` is an index into `series`. */
  points: ReadonlyArray<{ date: string; series: number; value: number } & MarkTitle>;
}

/** Horizontal bars, one row per label, in the given order; the value axis is titled `text.yTitle`. */
export interface BarsPlot extends PlotBase {
  kind: 'bars';
  rows: ReadonlyArray<{ label: string; value: number; color: string } & MarkTitle>;
}

/** One series over time: a bar per bucket, or an area with its line and a point per bucket (cumulative figures). */
export interface SeriesPlot extends PlotBase {
  kind: 'series';
  granularity: Granularity;
  mark: 'bar' | 'area';
  color: string;
  /** `color` only where a bar is highlighted. */
  points: ReadonlyArray<{ date: string; value: number; color?: string } & MarkTitle>;
  /** A dashed horizontal rule with its label, e.g. the monthly budget. */
  rule?: { value: number; label: string };
}

export type Plot = StackedPlot | BarsPlot | SeriesPlot;

const WIDTH = 720;
const HEIGHT = 240;
export const DEFAULT_COLOR = '#0072B2';

/**
 * Labels that are safe and distinct as chart categories: control characters and line separators become spaces,
 * an empty name becomes "—", and a repeated name gets " (2)", " (3)"… (two apps may share a display name).
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const used = new Set<string>();
  return labels.map((raw) => {
    const base = plainText(raw).trim() || '—';
    let label = base;
    for (let n = 2; used.has(label); n++) label = `${base} (${n})`;
    used.add(label);
    return label;
  });
}

/** Control characters and line separators as single spaces: chart text is one line. */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ');
}

/** `title` only when there is one (a mark without a title has no `<title>`, never "undefined"). */
function titled(title: string | undefined): MarkTitle {
  return title === undefined ? {} : { title };
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
): StackedPlot {
  const labels = uniqueLabels(series.map((s) => s.label));
  const order = new Map(series.map((s, i) => [s.key, i]));
  const extra: { label: string; color: string }[] = [];
  // A point of a series the legend does not list still counts, as its own (grey) entry after the others.
  const indexOf = (key: string): number => {
    const known = order.get(key);
    if (known !== undefined) return known;
    order.set(key, series.length + extra.length);
    extra.push({ label: uniqueLabels([...labels, key]).at(-1)!, color: '#999999' });
    return order.get(key)!;
  };
  const drawn = points.map((p) => ({
    date: p.date,
    series: indexOf(p.key),
    value: p.tokens,
    ...titled(p.title),
  }));
  return {
    kind: 'stacked',
    width: WIDTH,
    height: HEIGHT,
    text,
    locale,
    granularity: g,
    series: [...series.map((s, i) => ({ label: labels[i]!, color: s.color })), ...extra],
    points: drawn,
  };
}

/** Horizontal bars, one per row, in the given order. */
export function barSpec(
  rows: ReadonlyArray<{ label: string; tokens: number; color?: string } & MarkTitle>,
  text: ChartText,
  locale: string,
  color = DEFAULT_COLOR,
): BarsPlot {
  const labels = uniqueLabels(rows.map((r) => r.label));
  return {
    kind: 'bars',
    width: WIDTH - 220,
    height: Math.max(60, rows.length * 26),
    text,
    locale,
    rows: rows.map((r, i) => ({
      label: labels[i]!,
      value: r.tokens,
      color: r.color ?? color,
      ...titled(r.title),
    })),
  };
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
): SeriesPlot {
  const highlighted = new Set(options.highlight?.dates ?? []);
  return {
    kind: 'series',
    width: WIDTH,
    height: HEIGHT - 40,
    text,
    locale,
    granularity: g,
    mark: options.mark ?? 'bar',
    color: options.color ?? DEFAULT_COLOR,
    points: points.map((p) => ({
      date: p.date,
      value: p.tokens,
      ...(highlighted.has(p.date) ? { color: options.highlight!.color } : {}),
      ...titled(p.title),
    })),
    ...(options.rule ? { rule: { ...options.rule } } : {}),
  };
}
