/**
 * One Mermaid `xychart-beta` of daily tokens for issues and job summaries (GitHub renders it). Rules from
 * stack.md: keep `-beta`, one bar series, explicit y range, ≤ 31 x labels, plain numbers only. Pure.
 */
import type { ReportModel } from '../model/types.js';
import type { Formatter } from './i18n/index.js';
import { escapeMermaidLabel } from './markdown-escape.js';

export function mermaidDailyTokens(model: ReportModel, f: Formatter): string {
  const byDay = new Map<string, number>();
  for (const p of model.stacked) byDay.set(p.date, (byDay.get(p.date) ?? 0) + p.tokens);
  let points = [...byDay].sort(([a], [b]) => (a < b ? -1 : 1));
  if (points.length === 0) return '';
  // At most 31 bars: keep the most recent buckets.
  points = points.slice(-31);
  const max = Math.max(...points.map(([, v]) => v));
  const top = niceCeil(max);
  const title =
    model.granularity === 'day'
      ? f.t.dailyTokens
      : `${f.t.tokens} · ${model.granularity === 'week' ? f.t.perWeek : f.t.perMonth}`;
  const labels = points.map(([d]) => `"${d.slice(5)}"`).join(', ');
  const values = points.map(([, v]) => String(Math.round(v * 10) / 10)).join(', ');
  return [
    'xychart-beta',
    `    title "${escapeMermaidLabel(title)}"`,
    `    x-axis [${labels}]`,
    `    y-axis "${escapeMermaidLabel(f.t.tokens)}" 0 --> ${top}`,
    `    bar [${values}]`,
  ].join('\n');
}

function niceCeil(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / p) * p;
}
