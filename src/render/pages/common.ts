/**
 * What every page view shares: the page shape handed to the renderer, and small formatting helpers. Pure.
 */
import { bucketOf, round2 } from '../../model/aggregate.js';
import type { Granularity, SeriesPoint } from '../../model/types.js';
import type { ChartDef, ChartTable } from '../charts/specs.js';
import type { Formatter } from '../i18n/index.js';

/** One HTML page: its path in the site, its template, its context, and the charts the renderer draws into it. */
export interface PageView {
  path: string;
  template: string;
  /** Relative path from the page back to the site root (`''` or `'../'`). */
  root: string;
  pageTitle: string;
  /** The page's `<meta name="description">`: what a search result or a shared link shows. */
  description: string;
  /**
   * The "data as of" footer. Month pages leave it out so that a month whose data did not change renders to the
   * same bytes on every run (the pages branch then gets no noise commits).
   */
  asOf: string;
  nav: 'overview' | 'months' | 'app' | 'digest';
  context: Record<string, unknown>;
  /** Named charts; `null` when a page has nothing to draw there (templates test it with `{{#if}}`). */
  charts: Record<string, ChartDef | null>;
  /**
   * Markdown the renderer turns into HTML (the template's `markdown` field), with each Mermaid block whose source
   * is a key of `mermaid` replaced by the named chart.
   */
  markdown?: { text: string; mermaid: ReadonlyMap<string, string> };
}

/** An app's page, from a page at `root` (`''` or `'../'`); the slug is a safe file name made from the id. */
export function appHref(root: string, slug: string): string {
  return `${root}apps/${slug}.html`;
}

export function granularityLabel(f: Formatter, g: Granularity): string {
  return g === 'day' ? f.t.date : g === 'week' ? f.t.week : f.t.month;
}

export function granularityNote(f: Formatter, g: Granularity): string {
  return g === 'day' ? f.t.perDay : g === 'week' ? f.t.perWeek : f.t.perMonth;
}

/** Re-buckets a daily series when a period is too long to draw day by day (a chart stays small). */
export function rebucket(points: readonly SeriesPoint[], g: Granularity): SeriesPoint[] {
  if (g === 'day') return [...points];
  const out = new Map<string, number>();
  for (const p of points) {
    const b = bucketOf(p.date, g);
    out.set(b, (out.get(b) ?? 0) + p.tokens);
  }
  return [...out].map(([date, tokens]) => ({ date, tokens: round2(tokens) }));
}

/** A bucket's label in tables: the day, the week's first day, or the month. */
export function bucketText(f: Formatter, date: string, g: Granularity): string {
  return g === 'month' ? f.month(date.slice(0, 7)) : f.date(date);
}

export function seriesTable(f: Formatter, points: readonly SeriesPoint[], g: Granularity): ChartTable {
  return {
    head: [granularityLabel(f, g), f.t.tokens],
    rows: points.map((p) => ({ label: bucketText(f, p.date, g), cells: [f.number(p.tokens)] })),
  };
}

/** "1,234 tokens", "≈1,234 tokens" (estimated). */
export function tokensValue(f: Formatter, tokens: number, estimated = false): string {
  return f.message(f.t.tokensValue, { value: `${estimated ? f.t.estimatedMark : ''}${f.number(tokens)}` });
}

/** When a bucket is, in a mark's title: the day, "week of" its first day, or the month. */
export function bucketTitle(f: Formatter, date: string, g: Granularity): string {
  return g === 'week' ? f.message(f.t.weekOf, { date: f.date(date) }) : bucketText(f, date, g);
}

/** A chart mark's title: what it is (when, which series), then how much. */
export function markTitle(f: Formatter, what: readonly string[], value: string): string {
  return f.message(f.t.labelValue, { label: what.join(' · '), value });
}

/** A series with each point titled by its bucket and tokens. */
export function titledSeries(
  f: Formatter,
  points: readonly SeriesPoint[],
  g: Granularity,
  what: readonly string[] = [],
): Array<SeriesPoint & { title: string }> {
  return points.map((p) => ({
    ...p,
    title: markTitle(f, [bucketTitle(f, p.date, g), ...what], tokensValue(f, p.tokens)),
  }));
}

/** "CSS class for a change": rising usage is the thing to look at. */
export function changeClass(change: number | null): string {
  return change !== null && change > 0 ? 'up' : change !== null && change < 0 ? 'down' : '';
}

export function signedNumber(f: Formatter, n: number): string {
  return n > 0 ? `+${f.number(n)}` : n < 0 ? `−${f.number(-n)}` : f.number(0);
}
