/**
 * Unit charts (one per API and unit) as page charts and tables, for the app pages (stacked by feature) and the
 * overview (stacked by app). Uncharged usage is orange, as in the APS portal; charged and unflagged usage take
 * the other colours. Buckets without data are left out of the bars and said in the table. Pure.
 */
import { OTHER_APPS_KEY, UNCHARGED_KEY, type FeatureUnits, type UnitChart } from '../../model/units.js';
import { stackedTokensSpec, type ChartDef, type SeriesKey } from '../charts/specs.js';
import { OTHERS_COLOR } from '../colors.js';
import type { Formatter } from '../i18n/index.js';
import { bucketText, bucketTitle, granularityLabel, granularityNote, markTitle } from './common.js';

/** The portal's orange for uncharged usage. */
export const UNCHARGED_COLOR = '#E69F00';
/** The app palette's oranges and yellows: next to uncharged usage they would read as uncharged. */
const ORANGES = new Set(['#E69F00', '#D55E00', '#F0E442', '#F2B701']);
/**
 * Feature colours: the palette without its oranges and yellows, which stay for uncharged usage. Neighbours differ
 * in hue (the second blue comes last), since a chart's first features are the ones drawn side by side.
 */
const FEATURE_COLORS = [
  '#0072B2',
  '#56B4E9',
  '#009E73',
  '#CC79A7',
  '#7F3C8D',
  '#E73F74',
  '#11A579',
  '#3969AC',
];

/**
 * The charts of `charts` as named page charts (`units-0`, `units-1`, …) and the list of their names in order.
 * `colorOf` gives a series its colour (app colours on the overview); features get `FEATURE_COLORS` in order.
 */
export function unitChartDefs(
  charts: readonly UnitChart[],
  f: Formatter,
  locale: string,
  idPrefix: string,
  colorOf?: (key: string) => string | undefined,
): { names: string[]; defs: Record<string, ChartDef> } {
  const defs: Record<string, ChartDef> = {};
  const names: string[] = [];
  charts.forEach((chart, i) => {
    const name = `${idPrefix}-${i}`;
    names.push(name);
    defs[name] = unitChartDef(chart, `chart-${name}`, f, locale, colorOf);
  });
  return { names, defs };
}

function unitChartDef(
  chart: UnitChart,
  id: string,
  f: Formatter,
  locale: string,
  colorOf?: (key: string) => string | undefined,
): ChartDef {
  const g = chart.granularity;
  const label = (key: string, own: string): string =>
    key === UNCHARGED_KEY ? f.t.uncharged : key === OTHER_APPS_KEY ? f.t.others : own;
  const flagged = chart.series.some((s) => s.key === UNCHARGED_KEY);
  let next = 0;
  const own = (key: string): string => {
    const color = colorOf?.(key);
    // An app keeps its colour unless it is an orange beside uncharged usage.
    if (color !== undefined && !(flagged && ORANGES.has(color.toUpperCase()))) return color;
    return FEATURE_COLORS[next++ % FEATURE_COLORS.length]!;
  };
  const series: SeriesKey[] = chart.series.map((s) => ({
    key: s.key,
    label: label(s.key, s.label),
    color: s.key === UNCHARGED_KEY ? UNCHARGED_COLOR : s.key === OTHER_APPS_KEY ? OTHERS_COLOR : own(s.key),
  }));
  const title = `${chart.api} · ${chart.unit ? f.unit(chart.unit) : f.t.unit}${f.paren(granularityNote(f, g))}`;
  const unit = chart.unit ? f.unit(chart.unit) : f.t.quantity;
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  // Each mark says when, which series and how much in the chart's unit: the value on hover, and its name.
  const points = chart.buckets.flatMap((b) =>
    b.unknown
      ? []
      : Object.entries(b.values).map(([key, quantity]) => ({
          date: b.date,
          key,
          tokens: quantity,
          title: markTitle(
            f,
            [bucketTitle(f, b.date, g), labelOf.get(key) ?? key],
            f.message(f.t.unitValue, { value: f.number(quantity), unit }),
          ),
        })),
  );
  return {
    id,
    title,
    spec: stackedTokensSpec(
      points,
      series,
      g,
      { title, xTitle: granularityLabel(f, g), yTitle: unit },
      locale,
    ),
    alt:
      `${title}: ` +
      series.map((s, i) => `${s.label} ${f.number(chart.series[i]!.quantity)}`).join(', ') +
      `; ${f.t.total} ${f.number(chart.total)} ${unit}`,
    table: {
      head: [granularityLabel(f, g), ...series.map((s) => s.label), f.t.total],
      rows: [
        ...chart.buckets.map((b) => {
          const values = chart.series.map((s) => b.values[s.key] ?? 0);
          const text = bucketText(f, b.date, g);
          if (b.unknown)
            return { label: text, cells: [...values.map(() => f.t.unknownData), f.t.unknownData] };
          return {
            label: b.covered ? text : `${text}${f.paren(f.t.partialData)}`,
            cells: [...values.map((v) => f.number(v)), f.number(values.reduce((n, v) => n + v, 0))],
          };
        }),
        {
          label: f.t.total,
          cells: [...chart.series.map((s) => f.number(s.quantity)), f.number(chart.total)],
        },
      ],
    },
  };
}

/** Rows of a units-per-feature table; `flagged` says whether to show the uncharged column at all. */
export function featureUnitRows(f: Formatter, features: readonly FeatureUnits[]) {
  const flagged = features.some((x) => x.uncharged !== null);
  return {
    flagged,
    rows: features.map((x) => ({
      api: x.api,
      name: x.featureName,
      quantity: f.number(x.quantity),
      unit: f.unit(x.unit),
      uncharged: x.uncharged === null ? '—' : f.number(x.uncharged),
      unchargedClass: x.uncharged ? 'uncharged' : '',
    })),
  };
}

/** One row per (API, unit) over the period, for the summary's compact table. */
export function apiUnitRows(f: Formatter, features: readonly FeatureUnits[]) {
  const byApi = new Map<string, { api: string; unit: string; quantity: number; uncharged: number | null }>();
  for (const x of features) {
    const key = `${x.api}\u0000${x.unit}`;
    const row = byApi.get(key) ?? { api: x.api, unit: x.unit, quantity: 0, uncharged: null };
    row.quantity += x.quantity;
    if (x.uncharged !== null) row.uncharged = (row.uncharged ?? 0) + x.uncharged;
    byApi.set(key, row);
  }
  const rows = [...byApi.values()];
  return {
    flagged: rows.some((r) => r.uncharged !== null),
    rows: rows.map((r) => ({
      api: r.api,
      unit: f.unit(r.unit),
      quantity: f.number(Math.round(r.quantity * 100) / 100),
      uncharged: r.uncharged === null ? '—' : f.number(Math.round(r.uncharged * 100) / 100),
    })),
  };
}
