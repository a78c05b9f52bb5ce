/**
 * The demo site, English and Japanese, every page, checked with tools we did not write: html-validate, axe-core
 * (WCAG 2.1 A/AA, target size and best practices; light and dark schemes) in Chromium, and a 390 px phone viewport.
 * The pages checked are the site's own list of files, so a new page is covered as soon as the site writes it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type axeCore from 'axe-core';
import { HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuffix, launchChromium, skipBrowser } from '../support/browser.js';
import { findAll, parseHtml, type El } from '../support/html.js';
import { buildDemoSite, writeSite } from '../support/site.js';

const LOCALES = ['en', 'ja'] as const;
type Locale = (typeof LOCALES)[number];
const PHONE = { width: 390, height: 844 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** What the dark scheme changes is colour; the other rules see the same page in both schemes. */
const DARK_RULES = ['color-contrast', 'link-in-text-block'];

/** The little of the DOM the in-page checks use (the project compiles without the DOM library). */
interface InPage {
  document: {
    documentElement: { scrollWidth: number; lang: string };
    body: InPageElement;
    querySelector(selector: string): InPageElement;
    querySelectorAll(selector: string): InPageElement[];
    createElement(tag: string): InPageElement;
  };
  getComputedStyle(e: InPageElement): Record<string, string> & { paddingLeft: string; paddingRight: string };
}
interface InPageElement {
  textContent: string;
  clientWidth: number;
  style: Record<string, string>;
  getBoundingClientRect(): { width: number };
  append(child: InPageElement): void;
  remove(): void;
  insertAdjacentHTML(where: string, html: string): void;
}

interface Site {
  dir: string;
  files: ReadonlyMap<string, string>;
  pages: string[];
}

let root: string;
const sites = new Map<Locale, Site>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aps-site-checks-'));
  for (const locale of LOCALES) {
    const { files } = await buildDemoSite({ locale });
    const dir = join(root, locale);
    await writeSite(dir, files);
    sites.set(locale, { dir, files, pages: [...files.keys()].filter((p) => p.endsWith('.html')).sort() });
  }
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** The data marks of a chart (the children of its `g.marks` groups): each needs a `<title>`. */
function untitledMarks(svg: El): number {
  let missing = 0;
  const containers = findAll(svg, (e) => e.tag === 'g' && e.attrs.class === 'marks');
  for (const g of containers)
    for (const mark of g.children)
      if (typeof mark !== 'string' && !mark.children.some((c) => typeof c !== 'string' && c.tag === 'title'))
        missing++;
  return missing;
}

describe.each(LOCALES)('the %s demo site', (locale) => {
  it('has pages to check (the checks below would pass on nothing)', () => {
    const site = sites.get(locale)!;
    expect(site.pages).toContain('index.html');
    expect(site.pages.filter((p) => p.startsWith('apps/')).length).toBeGreaterThan(1);
    expect(site.pages.filter((p) => p.startsWith('months/')).length).toBeGreaterThan(1);
  });

  it('passes html-validate (recommended rules) on every page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const site = sites.get(locale)!;
    const errors: string[] = [];
    for (const path of site.pages) {
      const report = await validator.validateString(site.files.get(path)!, path);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('has a meta description on every page, each its own', () => {
    const site = sites.get(locale)!;
    const descriptions = site.pages.map((p) => {
      const meta = findAll(
        parseHtml(site.files.get(p)!).root,
        (e) => e.tag === 'meta' && e.attrs.name === 'description',
      );
      expect(meta.length, p).toBe(1);
      expect(meta[0]!.attrs.content!.length, p).toBeGreaterThan(30);
      return meta[0]!.attrs.content!;
    });
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('gives every chart mark a title (the value on hover, and its accessible name)', () => {
    const site = sites.get(locale)!;
    let marks = 0;
    for (const path of site.pages) {
      for (const svg of findAll(parseHtml(site.files.get(path)!).root, 'svg')) {
        expect(untitledMarks(svg), path).toBe(0);
        marks += findAll(svg, 'title').length;
      }
    }
    expect(marks).toBeGreaterThan(100);
  });
});

describe.skipIf(skipBrowser)(`the demo sites in Chromium${browserSuffix}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let axeSource: string;

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE });
    await context.route(/^https?:|^wss?:/, (route) => route.abort());
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function axe(page: Page, rules: string[] | null): Promise<string[]> {
    const violations = await page.evaluate(
      async ({ rules, tags }) => {
        const { axe, document } = globalThis as unknown as {
          axe: typeof axeCore;
          document: axeCore.ElementContext;
        };
        const r = await axe.run(document, {
          runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          count: v.nodes.length,
          nodes: v.nodes.slice(0, 3).map((n) => `${n.html.slice(0, 120)} — ${n.failureSummary ?? ''}`),
        }));
      },
      { rules, tags: AXE_TAGS },
    );
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.count}×): ${v.nodes.join(' | ')}`);
  }

  /** Page width, and table cells narrower than one of their words (a name broken inside a word). */
  function layout(page: Page) {
    return page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as InPage;
      const words = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
      const probe = document.createElement('span');
      Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', whiteSpace: 'nowrap' });
      document.body.append(probe);
      const broken: string[] = [];
      for (const cell of document.querySelectorAll('table.data th, table.data td')) {
        const style = getComputedStyle(cell);
        // One property at a time: `font` serialises to "" when a longhand (tabular numbers) has no shorthand.
        for (const k of [
          'fontFamily',
          'fontSize',
          'fontWeight',
          'fontStyle',
          'fontVariantNumeric',
          'letterSpacing',
        ])
          probe.style[k] = style[k]!;
        const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        for (const { segment, isWordLike } of words.segment(cell.textContent)) {
          probe.textContent = segment;
          if (isWordLike && probe.getBoundingClientRect().width > room + 0.5)
            broken.push(`"${segment}" in "${cell.textContent}"`);
        }
      }
      probe.remove();
      return { width: document.documentElement.scrollWidth, broken };
    });
  }

  it.each(LOCALES)(
    '%s: every page has nothing serious for axe in light and dark, and fits a 390 px phone with names whole',
    async (locale) => {
      const site = sites.get(locale)!;
      const problems: string[] = [];
      const page = await context.newPage();
      for (const path of site.pages) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(pathToFileURL(join(site.dir, path)).href, { waitUntil: 'load' });
        // Through the DevTools protocol, so the page's CSP (no scripts at all) does not apply to it.
        await page.evaluate(axeSource);
        for (const v of await axe(page, null)) problems.push(`${path} (light): ${v}`);
        const { width, broken } = await layout(page);
        if (width > PHONE.width) problems.push(`${path}: ${width} px wide in a ${PHONE.width} px viewport`);
        for (const b of broken) problems.push(`${path}: word broken at ${PHONE.width} px: ${b}`);
        await page.emulateMedia({ colorScheme: 'dark' });
        for (const v of await axe(page, DARK_RULES)) problems.push(`${path} (dark): ${v}`);
      }
      await page.close();
      expect(problems).toEqual([]);
    },
    240_000,
  );

  it('the checks see what they are for: a wide table, a broken word and low contrast fail them', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(sites.get('en')!.dir, 'index.html')).href, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    await page.evaluate(() => {
      const { document } = globalThis as unknown as InPage;
      // A name squeezed into a 50 px table (broken inside "Viewer"), a line too long for the phone, and grey on
      // grey. Styled through the CSSOM: the page's CSP refuses style attributes.
      document
        .querySelector('main')
        .insertAdjacentHTML(
          'beforeend',
          '<table class="data" id="t-canary"><tbody><tr><th>Viewer portal</th></tr></tbody></table>' +
            `<p id="w-canary">${'x'.repeat(200)}</p><p id="c-canary">low contrast</p>`,
        );
      Object.assign(document.querySelector('#t-canary').style, { width: '50px' });
      Object.assign(document.querySelector('#t-canary th').style, { wordBreak: 'break-all' });
      Object.assign(document.querySelector('#w-canary').style, { whiteSpace: 'nowrap' });
      Object.assign(document.querySelector('#c-canary').style, { color: '#777', background: '#888' });
    });
    const { width, broken } = await layout(page);
    expect(width).toBeGreaterThan(PHONE.width);
    expect(broken.join('\n')).toMatch(/"Viewer" in "Viewer portal"/);
    expect((await axe(page, DARK_RULES)).join('\n')).toMatch(/color-contrast/);
    await page.close();
  });
});
