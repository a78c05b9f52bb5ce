/**
 * `digest.html`: this month's summary — the Markdown of `summary.md` and the monthly issue — as a page, with the
 * Mermaid chart replaced by the site's own SVG chart of the same figures. Pure.
 */
import type { ReportModel } from '../../model/types.js';
import type { Formatter } from '../i18n/index.js';
import { mermaidDailyTokens } from '../mermaid.js';
import type { PageView } from './common.js';
import { overviewCharts } from './overview.js';

export const DIGEST_PATH = 'digest.html';

export function digestPage(model: ReportModel, f: Formatter, summary: string): PageView {
  const tokens = overviewCharts(model, f).byApp ?? null;
  const mermaid = mermaidDailyTokens(model, f);
  return {
    path: DIGEST_PATH,
    template: 'digest.html',
    root: '',
    pageTitle: `${f.t.digest} · ${f.month(model.month.month)}`,
    description: f.message(f.t.describeDigest, { month: f.month(model.month.month) }),
    asOf: f.date(model.asOf),
    nav: 'digest',
    charts: { tokens },
    context: { monthLabel: f.month(model.month.month) },
    markdown: { text: summary, mermaid: new Map(mermaid && tokens ? [[mermaid.trim(), 'tokens']] : []) },
  };
}
