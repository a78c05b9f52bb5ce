/**
 * The generated site in a real browser (Debian's Chromium through playwright-core), over file:// as a user opens
 * it: charts visible, no console errors (CSP violations are console errors), no request leaving the site folder,
 * every relative link pointing at a file — and hostile names that never run as script.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, renderSite } from '../../src/render/render.js';
import { browserSuffix, launchChromium, skipBrowser } from '../support/browser.js';
import { hostileModel } from '../support/hostile.js';
import { buildDemoSite, writeSite } from '../support/site.js';

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

let root: string;
let demoDir: string;
let hostileDir: string;
let demo: Awaited<ReturnType<typeof buildDemoSite>>;
let hostileSlugs: string[];
let browser: Browser;
let context: BrowserContext;

async function visit(dir: string, path: string, ctx: BrowserContext = context): Promise<Visit> {
  const page = await ctx.newPage();
  const v: Visit = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') v.errors.push(m.text());
  });
  page.on('pageerror', (e) => v.errors.push(e.message));
  page.on('request', (r) => v.requests.push(r.url()));
  page.on('dialog', (d) => {
    v.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(join(dir, path)).href, { waitUntil: 'load' });
  return v;
}

/** What every page must satisfy; returns the visit for page-specific checks. */
async function checkPage(dir: string, path: string, ctx?: BrowserContext): Promise<Visit> {
  const v = await visit(dir, path, ctx);
  const charts = await v.page.locator('figure.chart svg').all();
  expect(charts.length, path).toBeGreaterThan(0);
  for (const svg of charts) {
    expect(await svg.isVisible(), path).toBe(true);
    const box = await svg.boundingBox();
    expect(box && box.width > 100 && box.height > 50, `${path}: chart size ${JSON.stringify(box)}`).toBe(
      true,
    );
    // Text widths are estimated when drawing: as laid out by the browser, no text is clipped by the chart's
    // edges and no two labels of an axis overlap.
    const problems = await svg.evaluate((el) => {
      const out: string[] = [];
      const frame = el.getBoundingClientRect();
      const texts = [...el.querySelectorAll('text')];
      for (const t of texts) {
        const r = t.getBoundingClientRect();
        if (
          r.left < frame.left - 1 ||
          r.right > frame.right + 1 ||
          r.top < frame.top - 1 ||
          r.bottom > frame.bottom + 1
        )
          out.push(`clipped: ${t.textContent}`);
      }
      // The chart's title (the svg's first text) clear of every other text.
      const title = texts[0]!.getBoundingClientRect();
      for (const t of texts.slice(1)) {
        const r = t.getBoundingClientRect();
        if (r.left < title.right && r.right > title.left && r.top < title.bottom && r.bottom > title.top)
          out.push(`on the title: ${t.textContent}`);
      }
      for (const g of el.querySelectorAll('g[text-anchor="middle"]')) {
        const rects = [...g.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
        for (let i = 1; i < rects.length; i++)
          if (rects[i]!.left < rects[i - 1]!.right) out.push(`overlap: ${g.children[i]!.textContent}`);
      }
      return out;
    });
    expect(problems, path).toEqual([]);
  }
  const hrefs = await v.page.$$eval('a[href]', (links) =>
    links.map((a) => (a as unknown as { href: string }).href),
  );
  expect(hrefs.length, path).toBeGreaterThan(2);
  for (const href of hrefs) {
    expect(href.startsWith(pathToFileURL(dir).href + '/'), `${path} → ${href}`).toBe(true);
    const file = fileURLToPath(href.split('#')[0]!);
    expect(existsSync(file) && !file.endsWith('/'), `${path} → ${href}`).toBe(true);
  }
  for (const url of v.requests)
    expect(url.startsWith(pathToFileURL(dir).href + '/'), `${path} requested ${url}`).toBe(true);
  expect(v.errors, path).toEqual([]);
  expect(v.dialogs, path).toEqual([]);
  return v;
}

// One Chromium for the whole file; without it the file is skipped locally and fails under CI.
describe.skipIf(skipBrowser)(`the site in Chromium${browserSuffix}`, () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'aps-browser-'));
    demoDir = join(root, 'demo');
    hostileDir = join(root, 'hostile');
    demo = await buildDemoSite();
    await writeSite(demoDir, demo.files);
    const hostile = hostileModel();
    hostileSlugs = hostile.apps.map((a) => a.slug);
    await writeSite(hostileDir, (await renderSite(hostile, { dataFiles: [] })).files);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    // Belt and braces: whatever a page asks of the network is refused (and recorded by `visit`).
    await context.route(/^https?:|^wss?:/, (route) => route.abort());
  });

  afterAll(async () => {
    await browser?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('catches a CSP violation and a blocked script (the harness itself works)', async () => {
    const css = 'body { color: black; }';
    await writeFile(
      join(demoDir, 'canary.html'),
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(css)}"><style>${css}</style></head><body><script>alert(1)</script></body></html>`,
    );
    const v = await visit(demoDir, 'canary.html');
    await v.page.close();
    await rm(join(demoDir, 'canary.html'));
    expect(v.dialogs).toEqual([]);
    expect(v.errors.join('\n')).toMatch(/Content Security Policy/);
  });

  it('shows the overview: charts, app links, no errors, nothing fetched from elsewhere', async () => {
    const v = await checkPage(demoDir, 'index.html');
    const links = await v.page.$$eval('#apps-table tbody a', (as) =>
      as.map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(links).toEqual(demo.model.apps.map((a) => [a.name, `apps/${a.slug}.html`]));
    expect(await v.page.locator('#chart-tokens-by-app details table tbody tr').count()).toBe(30);
    await v.page.close();
  });

  it('shows an app page and a month page', async () => {
    const app = demo.model.apps.find((a) => a.name === 'Drawing automation')!;
    const a = await checkPage(demoDir, `apps/${app.slug}.html`);
    // Four token charts and one units chart per API and unit the app used.
    expect(app.units.length).toBeGreaterThan(0);
    expect(await a.page.locator('figure.chart').count()).toBe(4 + app.units.length);
    await a.page.close();
    const m = await checkPage(demoDir, 'months/2026-10.html');
    expect(await m.page.locator('h1').textContent()).toBe('October 2026');
    await m.page.close();
    const i = await checkPage(demoDir, 'months/index.html');
    await i.page.close();
  });

  it('shows the digest with the site chart in place of Mermaid', async () => {
    const v = await checkPage(demoDir, 'digest.html');
    expect(await v.page.locator('.digest figure.chart svg').count()).toBe(1);
    expect(await v.page.locator('.digest').textContent()).not.toContain('xychart-beta');
    await v.page.close();
  });

  it('shows notes with a working link, and their script, javascript: link and raw HTML as text', async () => {
    const dir = join(root, 'notes');
    const site = await buildDemoSite({
      config: {
        report: {
          notes:
            '@ops owns this. [Runbook](https://wiki.example.com/rb)\n\n<script>alert("n")</script>\n\n' +
            '[x](javascript:alert("j")) <img src=x onerror=alert("i")>',
        },
      },
    });
    await writeSite(dir, site.files);
    const v = await visit(dir, 'index.html');
    expect(await v.page.$$eval('.notes a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'https://wiki.example.com/rb',
    ]);
    expect(await v.page.locator('script, img').count()).toBe(0);
    const text = await v.page.locator('.notes').textContent();
    expect(text).toContain('<script>alert("n")</script>');
    expect(text).toContain('@ops owns this.');
    expect(v.errors).toEqual([]);
    expect(v.dialogs).toEqual([]);
    await v.page.close();
  });

  it('works with JavaScript off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const v = await checkPage(demoDir, 'index.html', noJs);
    expect(demo.model.apiUnits.length).toBeGreaterThan(0);
    expect(await v.page.locator('figure.chart svg').count()).toBe(3 + demo.model.apiUnits.length);
    await noJs.close();
  });

  it('never runs script from hostile names', async () => {
    for (const path of [
      'index.html',
      `apps/${hostileSlugs[0]}.html`,
      `apps/${hostileSlugs[1]}.html`,
      'months/index.html',
    ]) {
      const v = await checkPage(hostileDir, path);
      expect(await v.page.locator('script, img, iframe, object, embed').count(), path).toBe(0);
      await v.page.close();
    }
  });
});
