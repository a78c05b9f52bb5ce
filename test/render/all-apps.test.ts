/**
 * A large hub: the overview and month pages name a bounded number of apps; every app is on the "all apps" pages,
 * by name, a bounded number per page, with working links and JavaScript off (plain HTML tables and links).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/render/i18n/index.js';
import { allAppsPages, APPS_PER_PAGE, OVERVIEW_APPS } from '../../src/render/pages/all-apps.js';
import { renderSite } from '../../src/render/render.js';
import { byId, findAll, parseHtml, tableRows, textOf } from '../support/html.js';
import { syntheticModel } from '../support/site.js';

describe('all apps', () => {
  // One site of 60 apps for the first two tests: rendering 60 app pages is the slow part.
  const model = syntheticModel({ apps: 60, days: 20, end: '2026-11-20' });
  let site: Awaited<ReturnType<typeof renderSite>>;
  beforeAll(async () => {
    site = await renderSite(model, { dataFiles: [] });
  }, 180_000);

  it('a site of 60 apps: 50 in the overview, a link to all 60, which are listed by name', () => {
    const overview = parseHtml(site.files.get('index.html')!);
    expect(overview.problems).toEqual([]);
    expect(tableRows(byId(overview.root, 'apps-table')!).slice(1)).toHaveLength(50);
    const link = findAll(overview.root, 'a').find((a) => a.attrs.href === 'apps/index.html');
    expect(link && textOf(link)).toBe('All 60 apps');

    const list = parseHtml(site.files.get('apps/index.html')!);
    expect(list.problems).toEqual([]);
    const rows = tableRows(byId(list.root, 'all-apps-table')!).slice(1);
    // Names compare as numbers where they hold digits: App 0, App 1, …, App 9, App 10, …, App 59.
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 60 }, (_, i) => `App ${i}`));
    const hrefs = findAll(byId(list.root, 'all-apps-table')!, 'a').map((a) => a.attrs.href!);
    expect(hrefs).toHaveLength(60);
    for (const href of hrefs) expect(site.files.has(`apps/${href}`), href).toBe(true);
    // The app pages are siblings of the list: every one of them is there, each once.
    expect(new Set(hrefs).size).toBe(60);
  });

  it('a month page names 50 apps and folds the rest into one Others row', () => {
    const page = parseHtml(site.files.get('months/2026-11.html')!);
    const rows = tableRows(byId(page.root, 'month-apps-table')!).slice(1);
    expect(rows).toHaveLength(51);
    expect(rows.at(-1)![0]).toBe('Others (10)');
    const month = model.months.find((m) => m.month === '2026-11')!;
    const named = new Set(month.apps.slice(0, OVERVIEW_APPS).map((a) => a.name));
    expect(rows.slice(0, 50).every((r) => named.has(r[0]!))).toBe(true);
    expect(findAll(page.root, 'a').some((a) => a.attrs.href === '../apps/index.html')).toBe(true);
  });

  it('a small site has no list pages and no link to them', async () => {
    const site = await renderSite(syntheticModel({ apps: 3, days: 10 }), { dataFiles: [] });
    expect([...site.files.keys()].some((p) => p.startsWith('apps/index'))).toBe(false);
    expect(site.files.get('index.html')).not.toContain('apps/index.html');
  });

  it('pages of at most 2,000 apps, each linking to every other', () => {
    const n = 2 * APPS_PER_PAGE + 1;
    const model = syntheticModel({ apps: n, days: 1, end: '2026-11-20' });
    const pages = allAppsPages(model, createFormatter('en'));
    expect(pages.map((p) => p.path)).toEqual(['apps/index.html', 'apps/index-2.html', 'apps/index-3.html']);
    const apps = pages.map((p) => (p.context.apps as unknown[]).length);
    expect(apps).toEqual([2000, 2000, 1]);
    const pager = pages[1]!.context.pager as { href: string; current: boolean }[];
    expect(pager.map((p) => [p.href, p.current])).toEqual([
      ['index.html', false],
      ['index-2.html', true],
      ['index-3.html', false],
    ]);
  });
});
