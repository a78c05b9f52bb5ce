/**
 * Pages whose inputs did not change keep their stored bytes and their charts are not drawn; every other page is
 * rendered again. Kept or not, the site must be byte for byte the one a render from scratch gives. A site is
 * written to a real folder, one input is changed at a time, and the next build is compared with a build of the
 * same inputs that has no stored pages.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/config/schema.js';
import { EMPTY_HISTORY, readHistoryDir, type StoredHistory } from '../../src/history/history-files.js';
import { drawChart } from '../../src/render/charts/draw.js';
import { DEFAULT_TEMPLATES, renderSite, type PageRecord } from '../../src/render/render.js';
import { buildSite, type Site } from '../../src/site.js';
import type { TemplateOverrides } from '../../src/config/template-overrides.js';
import { tempDir } from '../support/memory.js';
import { demoConfig, syntheticRecords, writeSite } from '../support/site.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
let base: Site;
let baseDir: string;
let drawn = 0;

const RECORDS = syntheticRecords({ apps: 2, days: 70, end: '2026-11-20' });
const APPS = [...new Map(RECORDS.map((r) => [r.appId, r.appName]))].map(([id, name]) => ({
  id,
  name,
  status: 'ok' as const,
}));

interface Inputs {
  stored: StoredHistory;
  config?: Partial<ConfigInput>;
  locale?: 'en' | 'ja';
  overrides?: TemplateOverrides;
}

function build(inputs: Inputs): Promise<Site> {
  return buildSite({
    config: demoConfig({ apps: [], ...inputs.config }, inputs.locale),
    stored: inputs.stored,
    fetched: { records: inputs.stored.records.length ? [] : RECORDS, apps: APPS },
    range: { from: '2026-10-22', to: '2026-11-20' },
    asOf: '2026-11-20',
    ...(inputs.overrides ? { overrides: inputs.overrides } : {}),
    drawChart: (spec, id) => {
      drawn++;
      return drawChart(spec, id);
    },
  });
}

const pagesOf = (site: Site) => [...site.files.keys()].filter((p) => p.endsWith('.html'));

/** The site built from `inputs` with the stored pages, checked against a build with none. */
async function rebuild(inputs: Inputs): Promise<{ site: Site; drawn: number }> {
  drawn = 0;
  const site = await build(inputs);
  const count = drawn;
  const history: StoredHistory = { records: inputs.stored.records, months: inputs.stored.months };
  const scratch = await build({ ...inputs, stored: history });
  expect(scratch.keptPages.size).toBe(0);
  expect(new Map(site.files)).toEqual(new Map(scratch.files));
  return { site, drawn: count };
}

/** A copy of the base site's folder, changed by `change`, read back as a run would. */
async function storedAfter(name: string, change?: (dir: string) => Promise<void>): Promise<StoredHistory> {
  const copy = join(dir.path, name);
  await mkdir(copy);
  await writeSite(copy, base.files);
  await change?.(copy);
  return readHistoryDir(copy);
}

beforeAll(async () => {
  dir = await tempDir();
  base = await build({ stored: EMPTY_HISTORY });
  baseDir = join(dir.path, 'base');
  await writeSite(baseDir, base.files);
});
afterAll(() => dir.cleanup());

describe('pages kept when their inputs did not change', () => {
  it('a run with nothing new keeps every page and draws no chart', async () => {
    const { site, drawn } = await rebuild({ stored: await readHistoryDir(baseDir) });
    expect([...site.keptPages].sort()).toEqual(pagesOf(base).sort());
    expect(drawn).toBe(0);
    // The spreadsheet copies of unchanged exports are kept too: not made again, not compared by the store.
    for (const month of ['2026-09', '2026-10', '2026-11'])
      expect(site.unchanged.has(`data/excel-usage-${month}.csv`), month).toBe(true);
    expect(new Map(site.files)).toEqual(new Map(base.files));
  });

  it('a figure changed in a closed month renders the pages that show it, and keeps the others', async () => {
    const stored = await storedAfter('closed-month', async (copy) => {
      const path = join(copy, 'data/usage-2026-10.csv');
      const text = await readFile(path, 'utf8');
      const line = text.split('\n')[1]!;
      const fields = line.split(',');
      fields[8] = String(Number(fields[8]) + 1000);
      await writeFile(path, text.replace(line, fields.join(',')));
    });
    const { site } = await rebuild({ stored });
    expect(site.keptPages.has('months/2026-10.html')).toBe(false);
    expect(site.files.get('months/2026-10.html')).not.toBe(base.files.get('months/2026-10.html'));
    // September's page shows nothing of October.
    expect(site.keptPages.has('months/2026-09.html')).toBe(true);
  });

  for (const [what, inputs] of [
    ['locale', { locale: 'ja' as const }],
    ['title', { config: { report: { title: 'Other title' } } }],
  ] as const)
    it(`another ${what} renders every page again`, async () => {
      const { site, drawn } = await rebuild({ stored: await readHistoryDir(baseDir), ...inputs });
      expect(site.keptPages.size).toBe(0);
      expect(drawn).toBeGreaterThan(0);
    });

  it('a template override renders the pages of that template, and keeps the others', async () => {
    const overrides: TemplateOverrides = {
      templates: { 'month.html': `${DEFAULT_TEMPLATES['month.html']!}<!-- our month -->` },
      partials: {},
    };
    const { site } = await rebuild({ stored: await readHistoryDir(baseDir), overrides });
    const months = pagesOf(base).filter((p) => /^months\/\d{4}-\d{2}\.html$/.test(p));
    expect(months.length).toBe(3);
    for (const p of months) {
      expect(site.keptPages.has(p), p).toBe(false);
      expect(site.files.get(p)).toContain('<!-- our month -->');
    }
    for (const p of pagesOf(base).filter((x) => !months.includes(x)))
      expect(site.keptPages.has(p), p).toBe(true);
  });

  it('a page or spreadsheet copy edited by hand is made again, to the bytes a render gives', async () => {
    const stored = await storedAfter('edited-page', async (copy) => {
      await writeFile(join(copy, 'months/2026-09.html'), '<p>edited</p>');
      await writeFile(join(copy, 'data/excel-usage-2026-09.csv'), 'edited');
    });
    const { site } = await rebuild({ stored });
    expect(site.unchanged.has('data/excel-usage-2026-09.csv')).toBe(false);
    expect(site.files.get('data/excel-usage-2026-09.csv')).toBe(
      base.files.get('data/excel-usage-2026-09.csv'),
    );
    expect(site.unchanged.has('data/excel-usage-2026-10.csv')).toBe(true);
    expect(site.keptPages.has('months/2026-09.html')).toBe(false);
    expect(site.files.get('months/2026-09.html')).toBe(base.files.get('months/2026-09.html'));
    expect(site.keptPages.has('months/2026-10.html')).toBe(true);
  });

  it('another tool version renders every page again', async () => {
    const records = new Map<string, PageRecord>();
    const texts = new Map<string, Buffer>();
    const render = (tool: string) =>
      renderSite(base.model, {
        dataFiles: [],
        cache: {
          tool,
          keep: async (path, key) => (records.get(path)?.key === key ? texts.get(path) : undefined),
        },
      });
    const first = await render('1.0.0 abc');
    for (const [path, r] of first.pages) {
      records.set(path, r);
      texts.set(path, Buffer.from(first.files.get(path)!));
    }
    expect((await render('1.0.0 abc')).kept.size).toBe(first.pages.size);
    const next = await render('1.0.1 abc');
    expect(next.kept.size).toBe(0);
    expect(new Map(next.files)).toEqual(new Map(first.files));
  });
});
