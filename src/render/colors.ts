/**
 * Colours are presentation, chosen here: the model orders apps by all-history tokens (a stable order), and each
 * app takes the palette colour of its position. Pure.
 */
import type { ReportModel } from '../model/types.js';

/** Colour-blind-safe palette (Okabe–Ito and Tableau-like extras); "others" is grey. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#7F3C8D',
  '#11A579',
  '#3969AC',
  '#F2B701',
  '#E73F74',
] as const;
export const OTHERS_COLOR = '#9AA0A6';

/** Position in the palette for each app id (the CSS swatch classes use it too). */
export function colorIndexes(model: Pick<ReportModel, 'apps'>): ReadonlyMap<string, number> {
  return new Map(model.apps.map((a, i) => [a.id, i % PALETTE.length]));
}

/** Each app list's colours, made once: every app page asks, and 10,000 pages × 10,000 apps is too many. */
const colorsByApps = new WeakMap<ReportModel['apps'], ReadonlyMap<string, string>>();

export function appColors(model: Pick<ReportModel, 'apps'>): ReadonlyMap<string, string> {
  let colors = colorsByApps.get(model.apps);
  if (!colors) {
    colors = new Map(model.apps.map((a, i) => [a.id, PALETTE[i % PALETTE.length]!]));
    colorsByApps.set(model.apps, colors);
  }
  return colors;
}
