/**
 * A plot description (`specs.ts`) → compact inline SVG, in a fraction of a millisecond: string building only, no
 * layout engine, no canvas (text widths are estimated, `text-width.ts`). Pure and deterministic: the same plot
 * always gives the same bytes, and the SVG holds no ids, so charts on one page cannot collide.
 *
 * Layout, in the plot area's coordinates (origin top left, y down): y axis with "nice" round ticks and grid
 * lines on the left (the value axis at the bottom for horizontal bars), the time or label axis, axis titles,
 * the chart title above, a legend below stacked charts. Every mark that has a title gets a `<title>` child (its
 * accessible name, and the hover text with JavaScript off) and `role="graphics-symbol"`; data marks sit in
 * `<g class="marks">` groups.
 */
import type { Granularity } from '../../model/types.js';
import type { BarsPlot, Plot, SeriesPlot, StackedPlot } from './specs.js';
import { plainText } from './specs.js';
import { fitText, textWidth } from './text-width.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans JP', sans-serif";
const PAD = 5;
const LABEL_SIZE = 10;
const AXIS_TITLE_SIZE = 11;
const TITLE_SIZE = 14;
/** Plot area top: the title line above it. */
const TOP = PAD + TITLE_SIZE + 14;
const TICK = 5;
const LABEL_GAP = 2;
/** Least space between two axis labels; closer ones are thinned. */
const LABEL_SEPARATION = 4;
const LEGEND_LABEL_LIMIT = 220;
const BAR_LABEL_LIMIT = 200;
const LEGEND_ROW = 16;
const LEGEND_SYMBOL = 8;
const RULE_COLOR = '#D55E00';
const COLORS = { label: '#444', grid: '#e6e6e6', domain: '#999', title: '#222' };
const DAY_MS = 86_400_000;

/** The SVG of one chart. `idPrefix` is the chart's id: reserved for ids, of which the SVG has none today. */
export function drawChart(plot: Plot, _idPrefix = ''): string {
  switch (plot.kind) {
    case 'stacked':
      return drawStacked(plot);
    case 'bars':
      return drawBars(plot);
    case 'series':
      return drawSeries(plot);
  }
}

/** One decimal at most, no "-0": a quarter of the bytes of full precision, no visible change. */
export function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? '0' : String(r);
}

/** Text for SVG: one line (control characters as spaces) with `& < > " '` escaped, in text and attributes. */
export function escapeText(text: string): string {
  // Most text needs nothing (no control character, markup character, or whitespace but single spaces): one test.
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f\u2028\u2029&<>"']|[^\S ]| {2}/.test(text)) return text;
  return plainText(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A mark's `<title>` child and role, or nothing for a mark without a title. */
function markBody(tag: string, attrs: string, title: string | undefined): string {
  return title === undefined
    ? `<${tag} ${attrs}/>`
    : `<${tag} ${attrs} role="graphics-symbol"><title>${escapeText(title)}</title></${tag}>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Scales and ticks

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The step of about `count` round ticks over [0, max] (1, 2 or 5 × a power of ten), as d3 and vega choose it. */
export function tickStep(max: number, count: number): number {
  const step = max / Math.max(1, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return power >= 0 ? factor * 10 ** power : factor / 10 ** -power;
}

/**
 * Round tick values from 0 up to the first tick at or above `max` (the axis ends on a tick, "nice"), for about
 * `count` ticks. A max of 0 (or less) gives the axis 0–1.
 */
export function niceTicks(max: number, count: number): number[] {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  let step = tickStep(top, count);
  // Extending to the next tick can change the step (d3's `nice` loop): settle it.
  for (let i = 0; i < 4; i++) {
    const next = tickStep(Math.ceil(top / step - 1e-9) * step, count);
    if (next === step) break;
    step = next;
  }
  const k = Math.ceil(top / step - 1e-9);
  const digits = decimals(step);
  const ticks: number[] = [];
  for (let i = 0; i <= k; i++) ticks.push(Number((i * step).toFixed(digits)));
  return ticks;
}

function decimals(step: number): number {
  return step >= 1 ? 0 : Math.min(20, Math.ceil(-Math.log10(step) - 1e-9));
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Tick values in the locale's number format, with as many decimals as the step has. */
function tickFormat(locale: string, step: number): (v: number) => string {
  const key = `${locale}|${decimals(step)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: decimals(step) });
    numberFormats.set(key, format);
  }
  return (v) => format.format(v);
}

function intlTag(locale: string): string {
  return locale === 'ja' ? 'ja-JP' : 'en-US';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Labels already formatted, by locale, kind and date: a site draws the same few hundred dates again and again. */
const dateLabels = new Map<string, string>();
/**
 * The x label of a bucket: `Nov 3` / `11/3` for days and weeks, `Nov 2026` / `2026年11月` for months, from the
 * locale's own formats.
 */
export function axisLabel(date: string, g: Granularity, locale: string): string {
  const key = `${locale}|${g === 'month' ? 'month' : 'day'}`;
  const cached = dateLabels.get(`${key}|${date}`);
  if (cached !== undefined) return cached;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      g === 'month'
        ? { timeZone: 'UTC', year: 'numeric', month: locale === 'ja' ? 'long' : 'short' }
        : { timeZone: 'UTC', month: locale === 'ja' ? 'numeric' : 'short', day: 'numeric' };
    format = new Intl.DateTimeFormat(intlTag(locale), options);
    dateFormats.set(key, format);
  }
  const label = format.format(dayNumber(date) * DAY_MS);
  dateLabels.set(`${key}|${date}`, label);
  return label;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` (UTC). */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** A bucket's length in days (weeks start on Monday, as the model's buckets do). */
function bucketDays(g: Granularity): number {
  return g === 'week' ? 7 : 1;
}

interface Label {
  /** Centre of the label along its axis. */
  at: number;
  text: string;
  width: number;
}

/**
 * Which of the labels along an axis to draw: all when none overlap, else every second, every fourth… (vega's
 * `labelOverlap` "parity" rule), always keeping the first.
 */
export function thinLabels<T extends Label>(labels: readonly T[], separation = LABEL_SEPARATION): T[] {
  for (let stride = 1; ; stride *= 2) {
    const kept = labels.filter((_, i) => i % stride === 0);
    let clear = true;
    for (let i = 1; i < kept.length && clear; i++) {
      const a = kept[i - 1]!;
      const b = kept[i]!;
      clear = b.at - b.width / 2 - (a.at + a.width / 2) >= separation;
    }
    if (clear || kept.length <= 1) return kept;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Time x axis (days, weeks, months) shared by stacked and series plots

interface TimeAxis {
  /** Left and right edge of a bucket's bar, in plot x. */
  band(date: string): [number, number];
  /** A point's x (areas: at the day itself). */
  point(date: string): number;
  labels: Label[];
  /** Bars touch (days, weeks): each gives up a pixel to its neighbour. Month bands have padding of their own. */
  touching: boolean;
}

/**
 * The x positions of buckets: days and weeks on a continuous day scale from the first bucket to the end of the
 * last (a week spans its Monday to the next Monday; a missing bucket leaves a gap), months as equal bands in
 * order; areas on a point scale from the first day to the last.
 */
function timeAxis(
  dates: readonly string[],
  g: Granularity,
  width: number,
  locale: string,
  points: boolean,
): TimeAxis {
  const sorted = [...new Set(dates)].sort();
  const labelOf = (d: string): Label => {
    const text = axisLabel(d, g, locale);
    return { at: 0, text, width: textWidth(text, LABEL_SIZE) };
  };
  if (g === 'month' && !points) {
    // Bands with 10% inner padding and 5% outer padding (vega-lite's defaults for bars).
    const index = new Map(sorted.map((d, i) => [d, i]));
    const step = width / Math.max(1, sorted.length);
    const band = (d: string): [number, number] => {
      const i = index.get(d) ?? 0;
      return [i * step + step * 0.05, (i + 1) * step - step * 0.05];
    };
    return {
      band,
      point: (d) => (band(d)[0] + band(d)[1]) / 2,
      labels: sorted.map((d) => ({ ...labelOf(d), at: (index.get(d)! + 0.5) * step })),
      touching: false,
    };
  }
  const first = sorted.length > 0 ? dayNumber(sorted[0]!) : 0;
  const last = sorted.length > 0 ? dayNumber(sorted.at(-1)!) : 0;
  if (points) {
    const span = last - first;
    const x = (d: string): number => (span > 0 ? ((dayNumber(d) - first) / span) * width : width / 2);
    return {
      band: (d) => [x(d), x(d)],
      point: x,
      labels: sorted.map((d) => ({ ...labelOf(d), at: x(d) })),
      touching: false,
    };
  }
  const days = bucketDays(g);
  const span = last + days - first;
  const x = (day: number): number => ((day - first) / span) * width;
  const bands = new Map<string, [number, number]>();
  const band = (d: string): [number, number] => {
    let b = bands.get(d);
    if (!b) {
      const start = dayNumber(d);
      bands.set(d, (b = [x(start), x(start + days)]));
    }
    return b;
  };
  return {
    band,
    point: (d) => (band(d)[0] + band(d)[1]) / 2,
    labels: sorted.map((d) => ({ ...labelOf(d), at: (band(d)[0] + band(d)[1]) / 2 })),
    touching: true,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Frame: title, axes, grid, legend

interface Frame {
  /** Plot area origin in the SVG. */
  left: number;
  width: number;
  height: number;
  /** SVG size. */
  svgWidth: number;
  svgHeight: number;
  /** The x axis labels kept, below the plot area. */
  xLabels: Label[];
  yTicks: number[];
  yFormat: (v: number) => string;
  /** Legend rows start here (below the x title). */
  legendTop: number;
}

/** Vega's tick count for an axis: one tick per 40 px. */
function tickCount(length: number): number {
  return Math.ceil(length / 40);
}

function yScale(ticks: readonly number[], height: number): (v: number) => number {
  const top = ticks.at(-1)!;
  return (v) => height - (v / top) * height;
}

/**
 * The space around a plot of `width` × `height`: enough on the left for the y labels and title, on the right
 * for the last x label, below for x labels, x title and `legendHeight`.
 */
function frame(
  plot: Plot,
  yMax: number,
  xLabels: Label[],
  legendHeight: number,
  leftLabelWidth?: number,
): Frame {
  const { width, height } = plot;
  const valuesAcross = plot.kind === 'bars';
  const ticks = niceTicks(yMax, tickCount(valuesAcross ? width * 0.5 : height));
  const format = tickFormat(plot.locale, ticks.length > 1 ? ticks[1]! - ticks[0]! : 1);
  let labelColumn: number;
  const yTitle = valuesAcross ? '' : plot.text.yTitle;
  if (leftLabelWidth !== undefined) labelColumn = leftLabelWidth + TICK + LABEL_GAP;
  else labelColumn = Math.max(...ticks.map((t) => textWidth(format(t), LABEL_SIZE))) + TICK + LABEL_GAP;
  const kept = thinLabels(xLabels);
  const firstHalf = kept.length > 0 ? kept[0]!.width / 2 - kept[0]!.at : 0;
  const last = kept.at(-1);
  const lastHalf = last ? last.at + last.width / 2 - width : 0;
  const left = Math.ceil(PAD + Math.max(labelColumn + (yTitle ? AXIS_TITLE_SIZE + 6 : 0), firstHalf));
  const xTitle = valuesAcross ? plot.text.yTitle : plot.text.xTitle;
  const axisBottom = TOP + height + TICK + LABEL_GAP + LABEL_SIZE + 3 + (xTitle ? AXIS_TITLE_SIZE + 6 : 0);
  const titleWidth = textWidth(plot.text.title, TITLE_SIZE, true);
  const svgWidth = Math.ceil(Math.max(left + width + Math.max(PAD, lastHalf + PAD), PAD * 2 + titleWidth));
  return {
    left,
    width,
    height,
    svgWidth,
    svgHeight: Math.ceil(axisBottom + (legendHeight ? legendHeight + 8 : 0) + PAD),
    xLabels: kept,
    yTicks: ticks,
    yFormat: format,
    legendTop: axisBottom + 8,
  };
}

function open(f: Frame, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f.svgWidth}" height="${f.svgHeight}" ` +
    `viewBox="0 0 ${f.svgWidth} ${f.svgHeight}" font-family="${FONT}" font-size="${LABEL_SIZE}">` +
    `<text x="${PAD}" y="${PAD + TITLE_SIZE - 2}" font-size="${TITLE_SIZE}" font-weight="600" ` +
    `fill="${COLORS.title}">${escapeText(title)}</text>` +
    `<g transform="translate(${f.left},${TOP})">`
  );
}

function close(): string {
  return '</g></svg>';
}

/** Horizontal grid lines and y labels at each tick, the y title rotated on the left, the y domain line. */
function valueAxisLeft(f: Frame, title: string): string {
  const y = yScale(f.yTicks, f.height);
  let grid = '';
  let labels = '';
  for (const t of f.yTicks) {
    const at = n(Math.round(y(t)) + 0.5);
    grid += `M0,${at}h${f.width}`;
    labels += `<text x="${-(TICK + LABEL_GAP)}" y="${n(y(t) + 3)}">${escapeText(f.yFormat(t))}</text>`;
  }
  const labelWidth = Math.max(...f.yTicks.map((t) => textWidth(f.yFormat(t), LABEL_SIZE)));
  const titleX = -(TICK + LABEL_GAP + labelWidth + 6);
  return (
    `<path stroke="${COLORS.grid}" d="${grid}"/>` +
    `<path stroke="${COLORS.domain}" d="M0.5,0V${f.height}${f.yTicks.map((t) => `M-${TICK},${n(Math.round(y(t)) + 0.5)}h${TICK}`).join('')}"/>` +
    `<g fill="${COLORS.label}" text-anchor="end">${labels}</g>` +
    (title
      ? `<text transform="translate(${n(titleX)},${n(f.height / 2)}) rotate(-90)" text-anchor="middle" ` +
        `font-size="${AXIS_TITLE_SIZE}" font-weight="600" fill="${COLORS.label}">${escapeText(title)}</text>`
      : '')
  );
}

/** The x axis under the plot: domain line, a tick and label per kept label, the x title centred below. */
function axisBottom(f: Frame, labels: readonly Label[], title: string): string {
  let ticks = `M0,${f.height + 0.5}h${f.width}`;
  let text = '';
  const y = f.height + TICK + LABEL_GAP + LABEL_SIZE;
  for (const l of labels) {
    ticks += `M${n(l.at)},${f.height}v${TICK}`;
    text += `<text x="${n(l.at)}" y="${y}">${escapeText(l.text)}</text>`;
  }
  return (
    `<path stroke="${COLORS.domain}" d="${ticks}"/>` +
    `<g fill="${COLORS.label}" text-anchor="middle">${text}</g>` +
    (title
      ? `<text x="${n(f.width / 2)}" y="${y + AXIS_TITLE_SIZE + 6}" text-anchor="middle" font-size="${AXIS_TITLE_SIZE}" ` +
        `font-weight="600" fill="${COLORS.label}">${escapeText(title)}</text>`
      : '')
  );
}

interface LegendLayout {
  columns: number;
  columnWidth: number;
  height: number;
  labels: string[];
}

/** Up to 3 columns, filled row by row; labels cut with an ellipsis past 220 px. */
function legendLayout(series: StackedPlot['series']): LegendLayout {
  const labels = series.map((s) => fitText(s.label, LEGEND_LABEL_LIMIT, LABEL_SIZE));
  const columns = Math.min(3, labels.length);
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_SIZE)));
  return {
    columns,
    columnWidth: LEGEND_SYMBOL + 4 + widest + 16,
    height: columns === 0 ? 0 : Math.ceil(labels.length / columns) * LEGEND_ROW,
    labels,
  };
}

function legend(f: Frame, layout: LegendLayout, series: StackedPlot['series']): string {
  let symbols = '';
  let text = '';
  layout.labels.forEach((label, i) => {
    const x = (i % layout.columns) * layout.columnWidth;
    const y = Math.floor(i / layout.columns) * LEGEND_ROW;
    symbols += `<rect x="${n(x)}" y="${y + 1}" width="${LEGEND_SYMBOL}" height="${LEGEND_SYMBOL}" fill="${series[i]!.color}"/>`;
    text += `<text x="${n(x + LEGEND_SYMBOL + 4)}" y="${y + 9}">${escapeText(label)}</text>`;
  });
  return (
    `<g class="legend" transform="translate(0,${n(f.legendTop - TOP)})">${symbols}` +
    `<g fill="#222">${text}</g></g>`
  );
}

/** A bar's left and right edge; bars that touch get a 1 px gap, when they are wide enough to spare it. */
function barEdges(axis: TimeAxis, date: string): [number, number] {
  const [x0, x1] = axis.band(date);
  return axis.touching && x1 - x0 > 3 ? [x0, x1 - 1] : [x0, x1];
}

// ---------------------------------------------------------------------------------------------------------------
// The three kinds

function drawStacked(plot: StackedPlot): string {
  const axis = timeAxis(
    plot.points.map((p) => p.date),
    plot.granularity,
    plot.width,
    plot.locale,
    false,
  );
  // Each bucket's series stacked in series order, from zero.
  const order = plot.points
    .map((p, i) => i)
    .sort((a, b) => plot.points[a]!.series - plot.points[b]!.series || a - b);
  const base = new Map<string, number>();
  const stacked = new Array<[number, number]>(plot.points.length);
  for (const i of order) {
    const p = plot.points[i]!;
    const from = base.get(p.date) ?? 0;
    const to = from + Math.max(0, p.value);
    base.set(p.date, to);
    stacked[i] = [from, to];
  }
  const layout = legendLayout(plot.series);
  const f = frame(plot, Math.max(0, ...base.values()), axis.labels, layout.height);
  const y = yScale(f.yTicks, f.height);
  const groups = plot.series.map(() => '');
  for (const i of order) {
    const p = plot.points[i]!;
    const [from, to] = stacked[i]!;
    const [x0, x1] = barEdges(axis, p.date);
    groups[p.series] += markBody(
      'rect',
      `x="${n(x0)}" y="${n(y(to))}" width="${n(x1 - x0)}" height="${n(y(from) - y(to))}"`,
      p.title,
    );
  }
  const marks = groups
    .map((g, s) => (g ? `<g class="marks" fill="${plot.series[s]!.color}">${g}</g>` : ''))
    .join('');
  return (
    open(f, plot.text.title) +
    valueAxisLeft(f, plot.text.yTitle) +
    marks +
    axisBottom(f, f.xLabels, plot.text.xTitle) +
    legend(f, layout, plot.series) +
    close()
  );
}

function drawSeries(plot: SeriesPlot): string {
  const area = plot.mark === 'area';
  const axis = timeAxis(
    plot.points.map((p) => p.date),
    plot.granularity,
    plot.width,
    plot.locale,
    area,
  );
  const max = Math.max(0, ...plot.points.map((p) => p.value), plot.rule?.value ?? 0);
  const f = frame(plot, max, axis.labels, 0);
  const y = yScale(f.yTicks, f.height);
  let marks: string;
  if (area) {
    const sorted = [...plot.points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const line = sorted
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${n(axis.point(p.date))},${n(y(p.value))}`)
      .join('');
    const first = sorted.length > 0 ? n(axis.point(sorted[0]!.date)) : '0';
    const last = sorted.length > 0 ? n(axis.point(sorted.at(-1)!.date)) : '0';
    const dots = sorted
      .map((p) => markBody('circle', `cx="${n(axis.point(p.date))}" cy="${n(y(p.value))}" r="2.3"`, p.title))
      .join('');
    marks =
      (sorted.length > 0
        ? `<path d="${line}L${last},${f.height}L${first},${f.height}Z" fill="${plot.color}" fill-opacity="0.35"/>` +
          `<path d="${line}" fill="none" stroke="${plot.color}" stroke-width="2"/>`
        : '') + `<g class="marks" fill="${plot.color}">${dots}</g>`;
  } else {
    marks =
      `<g class="marks" fill="${plot.color}">` +
      plot.points
        .map((p) => {
          const [x0, x1] = barEdges(axis, p.date);
          const top = y(Math.max(0, p.value));
          const fill = p.color && p.color !== plot.color ? ` fill="${p.color}"` : '';
          return markBody(
            'rect',
            `x="${n(x0)}" y="${n(top)}" width="${n(x1 - x0)}" height="${n(f.height - top)}"${fill}`,
            p.title,
          );
        })
        .join('') +
      '</g>';
  }
  const ruleY = plot.rule ? y(plot.rule.value) : 0;
  // The label sits above the line, or below it when the line is at the top of the plot (above, it would run
  // into the chart's title).
  const ruleLabelY = ruleY - 6 >= AXIS_TITLE_SIZE ? ruleY - 6 : ruleY + AXIS_TITLE_SIZE + 4;
  const rule = plot.rule
    ? `<path class="rule" d="M0,${n(ruleY)}h${f.width}" stroke="${RULE_COLOR}" stroke-width="2" stroke-dasharray="6,4"/>` +
      `<text x="4" y="${n(ruleLabelY)}" fill="${RULE_COLOR}" font-size="${AXIS_TITLE_SIZE}">${escapeText(plot.rule.label)}</text>`
    : '';
  return (
    open(f, plot.text.title) +
    valueAxisLeft(f, plot.text.yTitle) +
    marks +
    rule +
    axisBottom(f, f.xLabels, plot.text.xTitle) +
    close()
  );
}

function drawBars(plot: BarsPlot): string {
  const labels = plot.rows.map((r) => fitText(r.label, BAR_LABEL_LIMIT, LABEL_SIZE));
  const labelWidth = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_SIZE)));
  const max = Math.max(0, ...plot.rows.map((r) => r.value));
  // The value axis runs along the bottom: its tick labels are the x labels.
  const ticks = niceTicks(max > 0 ? max : 1, tickCount(plot.width * 0.5));
  const format = tickFormat(plot.locale, ticks.length > 1 ? ticks[1]! - ticks[0]! : 1);
  const top = ticks.at(-1)!;
  const x = (v: number): number => (v / top) * plot.width;
  const xLabels = ticks.map((t) => {
    const text = format(t);
    return { at: x(t), text, width: textWidth(text, LABEL_SIZE) };
  });
  const f = frame(plot, max, xLabels, 0, labelWidth);
  const step = plot.height / Math.max(1, plot.rows.length);
  let grid = '';
  for (const t of ticks) grid += `M${n(Math.round(x(t)) + 0.5)},0v${plot.height}`;
  let bars = '';
  let names = '';
  let ticksLeft = '';
  plot.rows.forEach((r, i) => {
    const y0 = i * step + step * 0.05;
    const w = x(Math.max(0, r.value));
    const fill = r.color !== plot.rows[0]!.color ? ` fill="${r.color}"` : '';
    bars += markBody('rect', `x="0" y="${n(y0)}" width="${n(w)}" height="${n(step * 0.9)}"${fill}`, r.title);
    names += `<text x="${-(TICK + LABEL_GAP)}" y="${n((i + 0.5) * step + 3)}">${escapeText(labels[i]!)}</text>`;
    ticksLeft += `M-${TICK},${n((i + 0.5) * step)}h${TICK}`;
  });
  return (
    open(f, plot.text.title) +
    `<path stroke="${COLORS.grid}" d="${grid}"/>` +
    `<path stroke="${COLORS.domain}" d="M0.5,0V${plot.height}${ticksLeft}"/>` +
    `<g fill="${COLORS.label}" text-anchor="end">${names}</g>` +
    (plot.rows.length > 0 ? `<g class="marks" fill="${plot.rows[0]!.color}">${bars}</g>` : '') +
    axisBottom(f, f.xLabels, plot.text.yTitle) +
    close()
  );
}
