import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/model/types.js';
import { createFormatter } from '../../src/render/i18n/index.js';
import {
  createSummaryRenderer,
  ISSUE_BODY_LIMIT,
  JOB_SUMMARY_LIMIT,
  renderSummary,
  renderSummaryWithin,
  SITE_DETAIL,
  trimMarkdown,
  utf8Length,
} from '../../src/render/summary.js';
import { findAll, parseHtml, rowWidths, textOf } from '../support/html.js';
import { fencedBlocks, hasCmark, renderGfm } from '../support/markdown.js';
import { issueBodyFrame, monthMarker } from '../../src/publish/issue-markers.js';
import { buildDemoSite, syntheticModel, syntheticRecords } from '../support/site.js';

const SITE = 'https://example.github.io/usage/';

function appsTableRows(markdown: string): number {
  const html = parseHtml(renderGfm(markdown)).root;
  const table = findAll(html, 'table').find((t) => textOf(t).includes('Share'))!;
  expect(new Set(rowWidths(table)).size).toBe(1);
  return findAll(table, 'tr').length - 1;
}

let demo: Awaited<ReturnType<typeof buildDemoSite>>;
let big: ReportModel;

beforeAll(async () => {
  demo = await buildDemoSite();
  // 1,200 apps: the full per-app table alone is over GitHub's issue limit.
  big = syntheticModel({
    apps: 1500,
    // Long enough that the previous period is covered: every row carries its change.
    days: 70,
    features: [{ id: 'f', name: 'Feature', api: 'Model Derivative' }],
  });
});

describe('the Markdown summary', () => {
  it('has the headline, alerts, one Mermaid chart, the apps and the unrated features', () => {
    const md = demo.summary;
    expect(md).toMatch(/^## APS usage — demo\n/);
    expect(md).toContain('### Alerts');
    expect(md).toContain('### Apps');
    expect(md).toContain('### Features without a token rate');
    const blocks = fencedBlocks(md);
    expect(blocks.map((b) => b.info)).toEqual(['mermaid', 'yaml']);
    const mermaid = blocks[0]!.body;
    expect(mermaid[0]).toBe('xychart-beta');
    const labels = /x-axis \[(.*)\]/.exec(mermaid.join('\n'))![1]!.split(', ');
    expect(labels.length).toBeLessThanOrEqual(31);
    expect(mermaid.join('\n')).toMatch(/y-axis "Tokens" 0 --> \d+\n/);
    expect(mermaid.filter((l) => /^\s+bar \[/.test(l))).toHaveLength(1);
  });

  it('has the period digest: this month against the previous month, and the biggest movers', () => {
    const md = demo.summary;
    expect(md).toContain('| November 2026 (Month to date) | 3,858 (Forecast: 5,812) |');
    // The month so far against the same days of October (the demo's data ends on Nov 20), as the month page says.
    expect(md).toMatch(
      /\| Previous month: Nov 1, 2026 – Nov 20, 2026 vs Oct 1, 2026 – Oct 20, 2026 \| 3,858 \/ [\d,.]+ \([+−]\d+%\) \|/,
    );
    // No November 2025 in the demo's history: no year-ago row rather than an empty one.
    expect(md).not.toContain('Same month last year');
    expect(md).toContain('### Biggest movers');
    const movers = md.split('### Biggest movers')[1]!.split('###')[0]!;
    expect(movers).toMatch(/\| App \| Drawing automation \| [\d,.]+ \| [\d,.]+ \| \+[\d,.]+ \|/);
  });

  it.skipIf(!hasCmark)('renders as GitHub does: one row per app, every row as wide as the header', () => {
    expect(appsTableRows(demo.summary)).toBe(demo.model.apps.length);
  });
});

describe("the site's own summary (summary.md, the digest page)", () => {
  it.skipIf(!hasCmark)(
    'names at most 1,000 apps, the rest in one line, so that it does not grow with the hub',
    () => {
      const md = renderSummary(createSummaryRenderer({}), createFormatter('en'), big, SITE, SITE_DETAIL);
      // 1,500 apps: the first 1,000 by tokens, then "and 500 more".
      expect(appsTableRows(md)).toBe(1000);
      expect(md).toContain('and 500 more apps — see the site');
      expect(md).toContain(`(${SITE}apps/${big.apps[999]!.slug}.html)`);
      expect(md).not.toContain(`(${SITE}apps/${big.apps[1000]!.slug}.html)`);
    },
  );
});

describe('renderSummaryWithin', () => {
  it('gives the full summary when it fits', () => {
    expect(renderSummaryWithin(demo.model, ISSUE_BODY_LIMIT)).toBe(demo.summary);
  });

  it('links each app and the site when the site URL is known', () => {
    const md = renderSummaryWithin(demo.model, ISSUE_BODY_LIMIT, { siteUrl: SITE });
    const app = demo.model.apps[0]!;
    expect(md).toContain(`[${app.name}](${SITE}apps/${app.slug}.html)`);
    expect(md).toContain(`(${SITE}index.html)`);
  });

  it.skipIf(!hasCmark)(
    'shows the top apps only, with "and N more", when the full summary is too long',
    () => {
      const full = renderSummaryWithin(big, Infinity);
      expect(full.length).toBeGreaterThan(ISSUE_BODY_LIMIT);
      const md = renderSummaryWithin(big, ISSUE_BODY_LIMIT, { siteUrl: SITE });
      expect(md.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
      expect(md).toContain('and 1,450 more apps — see the site');
      expect(appsTableRows(md)).toBe(50);
      expect(md).not.toContain('shortened');
      // The job summary's limit is larger: everything fits there.
      expect(renderSummaryWithin(big, JOB_SUMMARY_LIMIT, { measure: utf8Length })).toBe(full);
    },
  );

  it('cuts with a visible notice and a link, closing an open fence, as a last resort', () => {
    const md = renderSummaryWithin(demo.model, 1500, { siteUrl: SITE });
    expect(md.length).toBeLessThanOrEqual(1500);
    expect(md).toMatch(
      /> ⚠️ This summary was shortened .*\[Open the full report\]\(https:\/\/example\.github\.io\/usage\/index\.html\)\n$/,
    );
    expect(() => fencedBlocks(md)).not.toThrow();
  });

  it('counts bytes when asked (Japanese text is three bytes a character)', async () => {
    const ja = await buildDemoSite({ locale: 'ja' });
    const chars = renderSummaryWithin(ja.model, 2000);
    const bytes = renderSummaryWithin(ja.model, 2000, { measure: utf8Length });
    expect(chars.length).toBeLessThanOrEqual(2000);
    expect(utf8Length(chars)).toBeGreaterThan(2000);
    expect(utf8Length(bytes)).toBeLessThanOrEqual(2000);
    expect(bytes.length).toBeLessThan(chars.length);
  });
});

describe('trimMarkdown', () => {
  const notice = '\n\n> cut\n';
  const text = [
    '# T',
    '',
    '```mermaid',
    'xychart-beta',
    '    bar [1, 2, 3]',
    '    bar [4]',
    '```',
    '',
    'tail',
  ].join('\n');

  it('closes a fence the cut leaves open', () => {
    const out = trimMarkdown(text, 40, notice);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out).toBe('# T\n\n```mermaid\nxychart-beta\n```\n\n> cut\n');
  });

  it('cuts at a line boundary and leaves a closed fence alone', () => {
    const out = trimMarkdown(text + '\nmore\nlines', text.length + notice.length + 2, notice);
    expect(out).toBe(`${text}${notice}`);
  });

  it('never exceeds the limit, even when nothing but the notice fits', () => {
    expect(trimMarkdown(text, 11, notice)).toBe(`# T${notice}`);
    expect(trimMarkdown(text, 10, notice)).toBe(notice);
    expect(trimMarkdown(text, 7, notice)).toBe('');
  });
});

describe('buildSite', () => {
  it('gives the publishers bodies within their limits, marker and cc line included', async () => {
    const mentions = ['@octo-org/platform-team', '@someone'];
    const site = await buildDemoSite({
      // Few apps (each gets a page) with long names: the summary's app table alone is over the issue limit.
      records: syntheticRecords({
        apps: 40,
        days: 40,
        appName: (i) => `App ${i} ${'x'.repeat(2000)}`,
        features: [{ id: 'f', name: 'Feature', api: 'Model Derivative' }],
      }),
      config: { publish: { issue: { mentions } } } as never,
    });
    expect(site.summary.length).toBeGreaterThan(ISSUE_BODY_LIMIT);
    // What the issue publisher asks for: the room its marker and cc line leave.
    const frame = issueBodyFrame(monthMarker('2026-11'), mentions);
    const issueBody = site.summaryWithin(frame.room);
    expect(() => frame.compose(issueBody, 'the usage issue')).not.toThrow();
    expect(issueBody).toContain('more apps — see the site');
    expect(utf8Length(site.summaryWithin(JOB_SUMMARY_LIMIT, utf8Length))).toBeLessThanOrEqual(
      JOB_SUMMARY_LIMIT,
    );
  });
});
