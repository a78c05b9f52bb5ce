import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/model/types.js';
import { renderSite } from '../../src/render/render.js';
import { renderSummaryWithin } from '../../src/render/summary.js';
import { byId, find, findAll, parseHtml, rowWidths, textOf, type El } from '../support/html.js';
import { HOSTILE_ERROR, HOSTILE_NAMES, HOSTILE_TITLE, hostileModel } from '../support/hostile.js';
import { fencedBlocks, hasCmark, renderGfm } from '../support/markdown.js';

const SITE = 'https://example.github.io/usage/';

let model: ReportModel;
let files: ReadonlyMap<string, string>;
let summary: string;

beforeAll(async () => {
  model = hostileModel();
  const site = await renderSite(model, { dataFiles: [], siteUrl: SITE });
  files = site.files;
  summary = site.summary;
});

function eachPage(fn: (path: string, root: El) => void): void {
  for (const [path, content] of files) {
    if (!path.endsWith('.html')) continue;
    const parsed = parseHtml(content);
    expect(parsed.problems, path).toEqual([]);
    fn(path, parsed.root);
  }
}

describe('hostile names in HTML', () => {
  it('never become markup: no script element, no handler attribute, no javascript: link', () => {
    let pages = 0;
    eachPage((path, root) => {
      pages++;
      expect(findAll(root, 'script'), path).toEqual([]);
      expect(findAll(root, 'img'), path).toEqual([]);
      const handlers = findAll(root, (e) => Object.keys(e.attrs).some((a) => a.startsWith('on')));
      expect(
        handlers.map((e) => e.tag),
        path,
      ).toEqual([]);
      for (const a of findAll(root, 'a')) expect(a.attrs.href, path).not.toMatch(/^\s*javascript:/i);
      // One svg per chart: a name that closes the svg's text must not open another element.
      expect(findAll(root, 'svg').length, path).toBe(findAll(root, 'figure').length);
    });
    expect(pages).toBe(model.apps.length + model.months.length + 3);
  });

  it('show as the exact text, and the failed app its error', () => {
    const root = parseHtml(files.get('index.html')!).root;
    const names = findAll(byId(root, 'apps-table')!, 'a').map(textOf);
    expect(names.sort()).toEqual([...HOSTILE_NAMES].sort());
    expect(textOf(find(root, 'h1')!)).toBe(HOSTILE_TITLE);
    expect(textOf(byId(root, 'apps-table')!)).toContain(HOSTILE_ERROR);
    const failed = model.apps.find((a) => a.status === 'failed')!;
    const page = parseHtml(files.get(`apps/${failed.slug}.html`)!).root;
    expect(textOf(byId(page, 'app-status')!)).toContain(HOSTILE_ERROR);
  });

  it('give safe page names', () => {
    for (const path of files.keys())
      expect(path).toMatch(
        /^(index\.html|digest\.html|summary\.md|data\/report\.json|apps\/[a-z0-9_-]+\.html|months\/(index|\d{4}-\d{2})\.html)$/,
      );
  });
});

describe('hostile names in Markdown', () => {
  it('keep the Mermaid chart one block with plain labels', () => {
    const blocks = fencedBlocks(summary);
    expect(blocks.filter((b) => b.info === 'mermaid')).toHaveLength(1);
    const mermaid = blocks.find((b) => b.info === 'mermaid')!.body;
    for (const line of mermaid) {
      expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
      for (const label of line.match(/"[^"]*"/g) ?? []) expect(label).not.toMatch(/[`<>#;]/);
    }
  });

  it('keep the rates snippet one YAML block, one line per feature', () => {
    const yaml = fencedBlocks(summary).find((b) => b.info === 'yaml')!;
    expect(yaml.body[0]).toBe('rates:');
    expect(yaml.body.slice(1)).toHaveLength(model.unrated.length);
    for (const line of yaml.body.slice(1))
      expect(line).toMatch(/^ {2}"[^`\n]*": \{ tokensPerUnit: TOKENS_PER_UNIT \} {3}# [^`\n]*$/);
  });

  it.skipIf(!hasCmark)(
    'render on GitHub with whole tables, no links but the site, no mentions or issue links',
    () => {
      for (const md of [summary, renderSummaryWithin(model, 3000, { siteUrl: SITE })]) {
        const root = parseHtml(renderGfm(md)).root;
        const allowed = new Set([
          'h2',
          'h3',
          'p',
          'table',
          'thead',
          'tbody',
          'tr',
          'th',
          'td',
          'ul',
          'li',
          'strong',
          'a',
          'pre',
          'code',
          'br',
          'blockquote',
        ]);
        expect(findAll(root, (e) => !allowed.has(e.tag)).map((e) => e.tag)).toEqual([]);
        for (const a of findAll(root, 'a')) expect(a.attrs.href!.startsWith(SITE), a.attrs.href).toBe(true);
        for (const table of findAll(root, 'table')) expect(new Set(rowWidths(table)).size).toBe(1);
        // GitHub does not turn mentions or issue numbers inside code blocks into links.
        const text = textOf({
          ...root,
          children: root.children.filter((c) => typeof c === 'string' || c.tag !== 'pre'),
        });
        expect(text).not.toMatch(/@[A-Za-z]/);
        expect(text).not.toMatch(/#\d/);
        // cmark-gfm does not make GH-123 links; GitHub does, for exactly these letters and digits.
        expect(text).not.toMatch(/\bGH-\d/i);
      }
      const apps = findAll(parseHtml(renderGfm(summary)).root, 'table').find((t) =>
        textOf(t).includes('Share'),
      )!;
      expect(findAll(apps, 'tr')).toHaveLength(HOSTILE_NAMES.length + 1);
    },
  );
});
