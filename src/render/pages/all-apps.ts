/**
 * The "all apps" list (`apps/index.html`, then `apps/index-2.html`, …) for hubs with more apps than the overview
 * lists: one compact row per app, by name, a bounded number per page, so that no page grows with the hub and the
 * list works with JavaScript off. Pure: model in, page views out.
 */
import type { ReportModel } from '../../model/types.js';
import type { Formatter } from '../i18n/index.js';
import { appRow } from '../views.js';
import type { PageView } from './common.js';

/** The overview lists this many apps (those with the most tokens); more than that, and the list pages exist. */
export const OVERVIEW_APPS = 50;
/** Rows per page of the list: about 200 bytes each, so a page stays well under 1 MB. */
export const APPS_PER_PAGE = 2000;

/** Whether the site has the "all apps" pages (only when the overview cannot list every app). */
export function hasAllAppsPages(model: Pick<ReportModel, 'apps'>): boolean {
  return model.apps.length > OVERVIEW_APPS;
}

/** Page `n` (1-based) of the list, from a page at `root` (`''` or `'../'`). */
export function allAppsHref(root: string, n = 1): string {
  return `${root}apps/${allAppsFile(n)}`;
}

function allAppsFile(n: number): string {
  // App pages are named `<slug>.html` and every slug ends in `-<hash>`: `index` and `index-N` cannot collide.
  return n === 1 ? 'index.html' : `index-${n}.html`;
}

export function allAppsPages(model: ReportModel, f: Formatter): PageView[] {
  if (!hasAllAppsPages(model)) return [];
  const collator = new Intl.Collator(f.locale === 'ja' ? 'ja-JP' : 'en-US', { numeric: true });
  const apps = [...model.apps].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const count = Math.ceil(apps.length / APPS_PER_PAGE);
  const pager =
    count > 1
      ? Array.from({ length: count }, (_, i) => ({
          label: f.number(i + 1),
          href: allAppsFile(i + 1),
          current: false,
        }))
      : [];
  return Array.from({ length: count }, (_, i) => ({
    path: allAppsHref('', i + 1),
    template: 'apps.html',
    root: '../',
    pageTitle:
      count > 1 ? `${f.t.allApps}${f.paren(`${f.number(i + 1)} / ${f.number(count)}`)}` : f.t.allApps,
    description: f.message(f.t.describeAllApps, { apps: f.number(apps.length), page: f.number(i + 1) }),
    asOf: f.date(model.asOf),
    nav: 'overview',
    charts: {},
    context: {
      countText: f.message(f.t.allAppsCount, { n: f.number(apps.length) }),
      pager: pager.map((p, k) => ({ ...p, current: k === i })),
      // Links between siblings in apps/: the shortest href, which matters on 10,000 rows.
      apps: apps
        .slice(i * APPS_PER_PAGE, (i + 1) * APPS_PER_PAGE)
        .map((a) => appRow(f, a, `${a.slug}.html`, 0, model.thresholds)),
    },
  }));
}
