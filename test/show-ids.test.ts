/**
 * `report.showIds: false` through the real merge → model → render → folder store: no page, file name, link or
 * download of the site holds a client id — the app named by the API, the one without a name (its name is its id)
 * and the failed one whose error quotes its id — while the stored history (`data/usage-*.csv`, read back by the
 * next run) keeps every id.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistoryDir } from '../src/history/history-files.js';
import { resolvePeriod } from '../src/model/dates.js';
import { publicAppId } from '../src/model/public-ids.js';
import { parseExportCsv } from '../src/model/export-format.js';
import { compareRecords, type UsageRecord } from '../src/model/records.js';
import { buildSite, type Site } from '../src/site.js';
import { DEMO_APPS, DEMO_END, generateDemoRecords } from '../src/sources/demo-data.js';
import type { AppStatus } from '../src/sources/types.js';
import { findAll, parseHtml } from './support/html.js';
import { tempDir } from './support/memory.js';
import { demoConfig, writeSite } from './support/site.js';

const [named, unnamed, failed] = DEMO_APPS.map((a) => a.id);
const IDS = DEMO_APPS.map((a) => a.id);
/** The stored history: the month CSVs and their snapshots, which keep the ids. */
const HISTORY = /^data\/(usage-\d{4}-\d{2}\.csv|cache\/usage-\d{4}-\d{2}\.snapshot)$/;

/** The demo data, one app without a name (APS gave none, so its name is its id), one failed with its id quoted. */
function input(showIds: boolean, stored?: Awaited<ReturnType<typeof readHistoryDir>>) {
  const records: UsageRecord[] = generateDemoRecords().map((r) =>
    r.appId === unnamed ? { ...r, appName: unnamed! } : r,
  );
  const apps: AppStatus[] = DEMO_APPS.map((a) =>
    a.id === failed
      ? { id: a.id, name: a.name, status: 'failed', error: `APS answered 403 for application ${a.id}` }
      : { id: a.id, name: a.id === unnamed ? a.id : a.name, status: 'ok' },
  );
  const config = demoConfig({
    report: { title: 'Usage', locale: 'en', timezone: 'UTC', topApps: 8, showIds },
    // A budget and notes keyed by client id still reach their app.
    apps: [{ id: named!, name: 'Named app', monthlyBudget: 100, notes: 'Owned by the **viewer** team.' }],
  });
  return {
    config,
    ...(stored ? { stored } : {}),
    fetched: { records: stored ? [] : records, apps },
    range: resolvePeriod(config.period, DEMO_END),
    asOf: DEMO_END,
  };
}

/** Where a client id (or the first 12 characters of one, any case) shows in the site's paths and files. */
function idsIn(site: Site, skip: (path: string) => boolean = () => false): string[] {
  const found: string[] = [];
  for (const [path, text] of site.files) {
    for (const id of IDS) {
      const needle = id.slice(0, 12).toLowerCase();
      if (path.toLowerCase().includes(needle)) found.push(`path ${path}`);
      if (!skip(path) && text.toLowerCase().includes(needle)) found.push(`${path} holds ${id}`);
    }
  }
  return found;
}

let dir: Awaited<ReturnType<typeof tempDir>>;
let hidden: Site;

beforeAll(async () => {
  dir = await tempDir();
  hidden = await buildSite(input(false));
});
afterAll(() => dir.cleanup());

describe('report.showIds: false', () => {
  it('puts no client id in any page, file name, link or download; only the history files hold them', () => {
    expect(idsIn(hidden, (p) => HISTORY.test(p))).toEqual([]);
    const history = [...hidden.files.keys()].filter((p) => HISTORY.test(p));
    expect(history.length).toBeGreaterThan(1);
    for (const id of IDS)
      expect(
        history.some((p) => hidden.files.get(p)!.includes(id)),
        id,
      ).toBe(true);
  });

  it('finds the ids when showIds is on (the search above can fail)', async () => {
    const found = idsIn(await buildSite(input(true)), (p) => HISTORY.test(p));
    for (const where of [
      'path apps/',
      'index.html holds',
      'data/report.json holds',
      'data/excel-usage-2026-11.csv',
    ])
      expect(
        found.some((f) => f.startsWith(where)),
        where,
      ).toBe(true);
  });

  it('shows names, and the short hash for the app without one and in the failed app error', () => {
    // SHA-256 test vector (FIPS 180-2): "abc" → ba7816bf8f01cfea…
    expect(publicAppId('abc')).toBe('app-ba7816bf8f');
    const hash = (id: string) => `app-${createHash('sha256').update(id).digest('hex').slice(0, 10)}`;
    const overview = hidden.files.get('index.html')!;
    expect(overview).toContain('Named app');
    expect(overview).toContain(hash(unnamed!));
    expect(overview).toContain(`APS answered 403 for application ${hash(failed!)}`);
    // Every app page is named by the hash, and the links between pages lead to files the site has.
    const pages = [...hidden.files.keys()].filter((p) => p.startsWith('apps/') && p.endsWith('.html'));
    expect(pages.length).toBe(IDS.length);
    for (const id of IDS)
      expect(
        pages.some((p) => p.startsWith(`apps/${hash(id)}-`)),
        id,
      ).toBe(true);
    const hrefs = findAll(parseHtml(overview).root, 'a')
      .map((a) => a.attrs.href!.split('#')[0]!)
      .filter((h) => h !== '' && !/^(https?:|mailto:)/.test(h));
    expect(hrefs.length).toBeGreaterThan(IDS.length);
    for (const href of hrefs) expect(hidden.files.has(href), href).toBe(true);
    // The budget and notes configured by client id reach the named app's page.
    const page = hidden.model.apps.find((a) => a.name === 'Named app')!;
    expect(page.id).toBe(hash(named!));
    expect(hidden.files.get(`apps/${page.slug}.html`)).toContain('<strong>viewer</strong>');
    expect(hidden.model.alerts.some((a) => a.appId === hash(named!) && a.kind === 'budget')).toBe(true);
  });

  it('offers id-free copies of the month CSVs for download, in the export format', () => {
    const month = hidden.files.get('months/2026-11.html')!;
    expect(month).toContain('href="../data/public-usage-2026-11.csv"');
    const copy = hidden.files.get('data/public-usage-2026-11.csv')!;
    const history = hidden.files.get('data/usage-2026-11.csv')!;
    // The same rows, ids swapped for hashes: as many lines, and the header of the export.
    expect(copy.split('\n').length).toBe(history.split('\n').length);
    expect(copy.split('\n')[0]).toBe(history.split('\n')[0]);
    expect(copy).toContain(publicAppId(named!));
    expect(hidden.files.get('data/excel-usage-2026-11.csv')).toContain(publicAppId(named!));
    // In storage order by the hashes (not by the client ids they replace), as every export is.
    const rows = parseExportCsv(copy, 'public-usage-2026-11.csv');
    expect(rows.map((r) => `${r.date} ${r.appId} ${r.featureId}`)).toEqual(
      [...rows].sort(compareRecords).map((r) => `${r.date} ${r.appId} ${r.featureId}`),
    );
    expect(new Set(rows.map((r) => r.appId)).size).toBeGreaterThan(1);
  });

  it('keeps the ids in the stored history, which the next run reads back whole', async () => {
    await writeSite(dir.path, hidden.files);
    const stored = await readHistoryDir(dir.path);
    expect(new Set([...stored.records].map((r) => r.appId))).toEqual(new Set(IDS));
    expect([...stored.records].find((r) => r.appId === unnamed)!.appName).toBe(unnamed);
    // A second run that fetches nothing keeps every record and every id, and still shows none.
    const again = await buildSite(input(false, stored));
    expect(again.history.length).toBe(stored.records.length);
    expect(new Set([...again.history].map((r) => r.appId))).toEqual(new Set(IDS));
    expect(idsIn(again, (p) => HISTORY.test(p))).toEqual([]);
    for (const path of [...again.files.keys()].filter((p) => HISTORY.test(p)))
      expect(again.files.get(path)).toBe(hidden.files.get(path));
  });
});
