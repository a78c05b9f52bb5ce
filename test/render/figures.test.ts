/**
 * Figures are facts or they are labelled, in every output: the HTML, summary.md (as GitHub renders it) and
 * data/report.json. Expectations are worked out by hand from the records each test builds.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { configSchema } from '../../src/config/schema.js';
import { eachDay } from '../../src/model/dates.js';
import { type UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';
import type { ReportModel } from '../../src/model/types.js';
import { renderSite } from '../../src/render/render.js';
import { byId, find, findAll, parseHtml, tableRows, textOf, type El } from '../support/html.js';
import { renderGfm } from '../support/markdown.js';
import { buildDemoSite } from '../support/site.js';

function cards(root: El): Record<string, string> {
  const out: Record<string, string> = {};
  for (const card of findAll(root, (e) => e.attrs.class === 'card')) {
    const label = textOf(find(card, (e) => e.attrs.class === 'label')!);
    out[label] = textOf(find(card, (e) => e.attrs.class === 'value')!);
  }
  return out;
}

function markdownTables(md: string): string[][][] {
  const root = parseHtml(renderGfm(md)).root;
  return findAll(root, 'table').map(tableRows);
}

const plain = (extra: object = {}) => ({
  apps: [],
  caps: {},
  rates: {},
  budget: { thresholds: [80, 100] },
  ...extra,
});

/** A first 30-day fetch (Oct 22 – Nov 20, the demo's "today"), nothing stored before: two apps, 10 and 4 a day. */
function firstFetch(): UsageRecord[] {
  return eachDay({ from: '2026-10-22', to: '2026-11-20' }).flatMap((date) => [
    makeUsageRecord({ date, appId: 'app-a', appName: 'Drawing automation', quantity: 10, tokens: 10 }),
    makeUsageRecord({ date, appId: 'app-b', appName: 'Viewer', quantity: 4, tokens: 4 }),
  ]);
}

describe('a first fetch', () => {
  it('compares nothing against an invented zero: HTML, summary.md and report.json', async () => {
    const site = await buildDemoSite({ records: firstFetch(), config: plain() });
    const root = parseHtml(site.files.get('index.html')!).root;
    // The team's previous period (Sep 22 – Oct 21) has no data: "—", and it says why.
    expect(cards(root)['Change vs previous period']).toBe('—');
    expect(textOf(root)).toContain('Previous period covers 0 of 30 days');
    // Apps: each is new; no "+N%".
    const apps = tableRows(byId(root, 'apps-table')!);
    const change = apps[0]!.indexOf('Change');
    expect(apps.slice(1).map((r) => [r[0], r[change]])).toEqual([
      ['Drawing automation', 'new'],
      ['Viewer', 'new'],
    ]);
    // Movers: 300 and 120 tokens, new — never "0 | 300 | +300".
    expect(tableRows(byId(root, 'movers-table')!).slice(1)).toEqual([
      ['App', 'Drawing automation', '—', '300', 'new'],
      ['App', 'Viewer', '—', '120', 'new'],
      ['Feature', 'Model Derivative - simple job', '—', '420', 'new'],
    ]);
    // November against October 1–20: October has no data until the 22nd, so no month comparison at all.
    const november = parseHtml(site.files.get('months/2026-11.html')!).root;
    expect(cards(november)['Previous month']).toBe('—');
    const archive = tableRows(byId(parseHtml(site.files.get('months/index.html')!).root, 'months-table')!);
    expect(archive.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['November 2026', '—'],
      ['October 2026', '—'],
    ]);

    const tables = markdownTables(site.summary);
    expect(tables[0]![1]![1]).toBe('— (Previous period covers 0 of 30 days)');
    const movers = tables.find((t) => t[0]![1] === 'App / Feature')!;
    expect(movers.slice(1).map((r) => [r[2], r[4]])).toEqual([
      ['—', 'new'],
      ['—', 'new'],
      ['—', 'new'],
    ]);
    expect(site.summary).not.toMatch(/\+\d[\d,.]*%|\| \+[\d,]+ \|/);

    const json = JSON.parse(site.files.get('data/report.json')!) as ReportModel;
    expect(json.totals.comparison).toEqual({
      previous: null,
      change: null,
      delta: null,
      covered: 0,
      days: 30,
    });
    expect(json.apps.map((a) => [a.id, a.coverage])).toEqual([
      ['app-a', { from: '2026-10-22', to: '2026-11-20' }],
      ['app-b', { from: '2026-10-22', to: '2026-11-20' }],
    ]);
    expect(json.movers.every((m) => m.comparison.previous === null)).toBe(true);
  });
});

describe('a config whose features are all unrated', () => {
  it('shows no 0 tokens and no 0 % budget in any table or headline', async () => {
    const records = firstFetch().map((r) => ({ ...r, tokens: null }));
    const site = await buildDemoSite({
      records,
      config: plain({
        apps: [{ id: 'app-a', monthlyBudget: 1000 }],
        budget: { monthly: 5000, thresholds: [80, 100] },
      }),
    });
    const root = parseHtml(site.files.get('index.html')!).root;
    const headline = cards(root);
    expect(headline['Tokens this period']).toBe('units only — no rate configured');
    expect(headline['Month to date (November 2026)']).toBe('units only — no rate configured');
    expect(headline['Budget']).toBe('n/a — no rate for Model Derivative - simple job');
    const apps = tableRows(byId(root, 'apps-table')!);
    const col = (name: string) => apps[0]!.indexOf(name);
    for (const row of apps.slice(1)) {
      expect(row[col('Tokens')]).toBe('units only — no rate configured');
      expect(row[col('Share')]).toBe('—');
    }
    expect(apps[1]![col('Budget used')]).toBe('n/a — no rate for Model Derivative - simple job');
    expect(textOf(root)).toContain('Budgets are neither checked nor cleared while usage has no token rate');
    for (const table of findAll(root, 'table'))
      for (const row of tableRows(table)) for (const cell of row) expect(cell).not.toMatch(/^(0|0%|≈0)$/);

    const md = markdownTables(site.summary);
    expect(md[0]![1]).toEqual([
      'units only — no rate configured',
      '— (Previous period covers 0 of 30 days)',
      'units only — no rate configured',
      'units only — no rate configured',
      'n/a — no rate for Model Derivative - simple job',
    ]);
    for (const table of md)
      for (const row of table) for (const cell of row) expect(cell).not.toMatch(/^(0|0%)$/);
    expect(site.model.alerts).toEqual([]);
  });

  it('offers a rates snippet that cannot be pasted as a wrong value', async () => {
    const site = await buildDemoSite({
      records: firstFetch().map((r) => ({ ...r, tokens: null })),
      config: plain(),
    });
    const snippet = /```yaml\n([\s\S]*?)```/.exec(site.summary)![1]!;
    expect(snippet).toBe(
      'rates:\n  md-simple: { tokensPerUnit: TOKENS_PER_UNIT }   # tokens per unit from the APS rate sheet for Model Derivative - simple job (job)\n',
    );
    const pasted = configSchema.safeParse({
      source: 'demo',
      rates: { 'md-simple': { tokensPerUnit: 'TOKENS_PER_UNIT' } },
    });
    expect(pasted.success).toBe(false);
  });

  it('lists a feature rated at 0 on purpose as "rated at 0", not as missing a rate', async () => {
    const site = await buildDemoSite({
      records: firstFetch().map((r) => ({ ...r, tokens: null })),
      config: plain({ rates: { 'md-simple': { tokensPerUnit: 0 } } }),
    });
    expect(site.model.unrated).toEqual([]);
    expect(site.model.ratedZero.map((f) => f.featureId)).toEqual(['md-simple']);
    const root = parseHtml(site.files.get('index.html')!).root;
    expect(textOf(byId(root, 'rated-zero-h')!)).toBe('Features rated at 0');
    expect(cards(root)['Tokens this period']).toBe('≈0');
  });
});

describe('thresholds compare what is shown', () => {
  it('shows 79.84 % of a budget as 79.8 %, with no 80 % alert; 80 % is shown and alerted', async () => {
    const model = (tokens: number): ReportModel =>
      buildModel({
        // One day, Nov 20: `tokens` of a 10,000-token team budget.
        records: [makeUsageRecord({ date: '2026-11-20', appId: 'a', tokens, quantity: 1 })],
        range: { from: '2026-11-20', to: '2026-11-20' },
        asOf: '2026-11-30',
        statuses: [{ id: 'a', name: 'a', status: 'ok' }],
        config: configSchema.parse({ source: 'file', budget: { monthly: 10_000 } }),
      });
    const under = model(7984);
    // Month to date as of Nov 20 (the period's end): 7,984 / 10,000 = 79.84 % — under the 80 % threshold. (Its
    // forecast is over budget, a forecast alert; only the budget alert is about the threshold.)
    expect(under.alerts.filter((a) => a.kind === 'budget')).toEqual([]);
    const underPage = parseHtml((await renderSite(under, { dataFiles: [] })).files.get('index.html')!).root;
    expect(cards(underPage)['Budget']).toBe('79.8%');
    const at = model(8000);
    expect(at.alerts.filter((a) => a.kind === 'budget')).toEqual([
      expect.objectContaining({ threshold: 80 }),
    ]);
    const atPage = parseHtml((await renderSite(at, { dataFiles: [] })).files.get('index.html')!).root;
    expect(cards(atPage)['Budget']).toBe('80%');
  });
});
