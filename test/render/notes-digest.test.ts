import { beforeAll, describe, expect, it } from 'vitest';
import { isOwnedSitePath } from '../../src/history/site-tree.js';
import { DEMO_APPS, DEMO_CONFIG } from '../../src/sources/demo-data.js';
import { find, findAll, parseHtml, textOf, type El } from '../support/html.js';
import { fencedBlocks } from '../support/markdown.js';
import { buildDemoSite } from '../support/site.js';

const REPORT_NOTES = [
  'Budget owner: @platform-team — see the [runbook](https://wiki.example.com/aps-runbook).',
  '',
  '<script>alert("notes")</script>',
  '',
  '[free tokens](javascript:alert(1))',
].join('\n');
const APP = DEMO_APPS[0]!;
const APP_NOTES = '# Owner\n\nMail [ops](mailto:ops@example.com) or read [the page](../index.html).';

type Site = Awaited<ReturnType<typeof buildDemoSite>>;
let site: Site;
let plain: Site;

function page(s: Site, path: string): El {
  const parsed = parseHtml(s.files.get(path)!);
  expect(parsed.problems, path).toEqual([]);
  return parsed.root;
}

function cspOf(root: El): string {
  return find(root, (e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')!.attrs
    .content!;
}

beforeAll(async () => {
  site = await buildDemoSite({
    config: {
      report: { notes: REPORT_NOTES },
      apps: DEMO_CONFIG.apps!.map((a) => (a.id === APP.id ? { ...a, notes: APP_NOTES } : a)),
    },
  });
  plain = await buildDemoSite();
});

describe('report.notes on the overview', () => {
  it('renders the link as a working link and the script, javascript: link and mention as text', () => {
    const root = page(site, 'index.html');
    const notes = find(root, (e) => e.tag === 'section' && e.attrs.class === 'notes')!;
    expect(textOf(find(notes, 'h2')!)).toBe('Notes');
    expect(findAll(notes, 'a').map((a) => [a.attrs.href, textOf(a)])).toEqual([
      ['https://wiki.example.com/aps-runbook', 'runbook'],
    ]);
    expect(findAll(root, 'script')).toEqual([]);
    const text = textOf(notes);
    expect(text).toContain('<script>alert("notes")</script>');
    expect(text).toContain('@platform-team');
    expect(text).toContain('free tokens');
    expect(text).not.toContain('javascript');
  });

  it('comes before the headline figures and leaves the strict CSP as it is', () => {
    const main = find(page(site, 'index.html'), 'main')!;
    const sections = main.children.filter((c): c is El => typeof c !== 'string' && c.tag === 'section');
    expect(sections[0]!.attrs.class).toBe('notes');
    expect(cspOf(page(site, 'index.html'))).toBe(cspOf(page(plain, 'index.html')));
    expect(cspOf(page(site, 'index.html'))).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; /);
  });

  it('is absent when the config has none', () => {
    const root = page(plain, 'index.html');
    expect(find(root, (e) => e.attrs.class === 'notes')).toBeUndefined();
  });
});

describe('apps[].notes on the app page', () => {
  it('shows the app its own notes, with headings under the section heading', () => {
    const slug = site.model.apps.find((a) => a.id === APP.id)!.slug;
    const notes = find(page(site, `apps/${slug}.html`), (e) => e.attrs.class === 'notes')!;
    expect(textOf(find(notes, 'h3')!)).toBe('Owner');
    expect(findAll(notes, 'a').map((a) => a.attrs.href)).toEqual(['mailto:ops@example.com', '../index.html']);
    for (const other of site.model.apps.filter((a) => a.id !== APP.id))
      expect(find(page(site, `apps/${other.slug}.html`), (e) => e.attrs.class === 'notes')).toBeUndefined();
  });
});

describe('digest.html', () => {
  it('holds the month summary with the inline SVG chart in place of the Mermaid block', () => {
    expect(fencedBlocks(site.summary).filter((b) => b.info === 'mermaid')).toHaveLength(1);
    const root = page(site, 'digest.html');
    const digest = find(root, (e) => e.attrs.class === 'digest')!;
    expect(textOf(find(digest, 'h2')!)).toBe(site.model.title);
    const figures = findAll(digest, 'figure');
    expect(figures.map((e) => e.attrs.id)).toEqual(['chart-tokens-by-app']);
    expect(findAll(figures[0]!, 'svg')).toHaveLength(1);
    expect(textOf(digest)).not.toContain('xychart-beta');
    // The rates snippet stays a code block; no Mermaid source is left as code.
    expect(findAll(digest, 'code').map(textOf)).toEqual([
      fencedBlocks(site.summary)
        .find((b) => b.info === 'yaml')!
        .body.join('\n'),
    ]);
  });

  it('shows the same apps table as summary.md', () => {
    const apps = findAll(
      find(page(site, 'digest.html'), (e) => e.attrs.class === 'digest')!,
      'table',
    ).find((t) => textOf(t).includes('Share'))!;
    const names = findAll(find(apps, 'tbody')!, 'tr').map((tr) => textOf(find(tr, 'td')!).trim());
    // Every demo app has usage and none failed: one row per app, by name.
    expect(names.sort()).toEqual(DEMO_APPS.map((a) => a.name).sort());
  });

  it('is linked from the overview and owned by the site', () => {
    const months = find(
      page(site, 'index.html'),
      (e) => e.tag === 'section' && e.attrs['aria-labelledby'] === 'months-h',
    )!;
    expect(findAll(months, 'a').map((a) => a.attrs.href)).toEqual(['months/index.html', 'digest.html']);
    expect(isOwnedSitePath('digest.html')).toBe(true);
  });
});
