/**
 * The helper thread renders nearly half the app pages of a large site and its report.json, from a model it builds
 * itself: the site must be byte for byte the one the main thread renders alone, kept pages included, and a
 * helper that fails must fail the build with its message. The helper runs as it does in the bundle: its entry
 * bundled by esbuild, in a real worker.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, readHistoryDir, type StoredHistory } from '../src/history/history-files.js';
import { openFileSpool } from '../src/history/file-spool.js';
import { pageHelperAt } from '../src/page-helper.js';
import { SpooledFile, type SiteFileMap } from '../src/site-files.js';
import {
  isHelpedApp,
  monthCounter,
  takeMonth,
  takeMonthsLeft,
  worthAHelper,
  worthHelperMonths,
  type HelperJob,
  type StartPageHelper,
} from '../src/render/helper.js';
import { buildSite, type Site } from '../src/site.js';
import { BUNDLE_OPTIONS } from '../scripts/bundle-options.mjs';
import { tempDir } from './support/memory.js';
import { demoConfig, syntheticRecords, writeSite } from './support/site.js';

// Enough apps for the helper to be worth starting (500), over a few days.
const RECORDS = syntheticRecords({ apps: 520, days: 3, end: '2026-11-20' });
const APPS = [...new Map(RECORDS.map((r) => [r.appId, r.appName]))].map(([id, name]) => ({
  id,
  name,
  status: 'ok' as const,
}));

let dir: Awaited<ReturnType<typeof tempDir>>;
let script: string;
let alone: Site;

function buildWith(stored: StoredHistory, startHelper?: StartPageHelper): Promise<Site> {
  return buildSite({
    config: demoConfig({ apps: [] }),
    stored,
    fetched: { records: stored.records.length ? [] : RECORDS, apps: APPS },
    range: { from: '2026-11-18', to: '2026-11-20' },
    asOf: '2026-11-20',
    ...(startHelper ? { startHelper } : {}),
  });
}

/** The helper of `script`, keeping the jobs it was given and the report.json chunks it made. */
function counted(start: StartPageHelper): {
  start: StartPageHelper;
  jobs: HelperJob[];
  json: Uint8Array[][];
} {
  const jobs: HelperJob[] = [];
  const json: Uint8Array[][] = [];
  return {
    jobs,
    json,
    start: async (job) => {
      jobs.push(job);
      const helper = await start(job);
      return {
        ...helper,
        reportJson: async () => {
          const chunks = await helper.reportJson();
          json.push(chunks);
          return chunks;
        },
      };
    },
  };
}

beforeAll(async () => {
  dir = await tempDir();
  await build({
    ...BUNDLE_OPTIONS,
    entryPoints: { 'page-helper': 'src/page-helper-entry.ts' },
    outdir: dir.path,
  });
  script = join(dir.path, 'page-helper.js');
  alone = await buildWith(EMPTY_HISTORY);
}, 60_000);

afterAll(() => dir.cleanup());

describe('the page helper', () => {
  it('renders the site the main thread renders alone, with the same page records', async () => {
    const helper = counted(pageHelperAt(script));
    const helped = await buildWith(EMPTY_HISTORY, helper.start);
    expect(helper.jobs).toHaveLength(1);
    expect(helper.jobs[0]!.history.day).toHaveLength(RECORDS.length);
    expect(new Map(helped.files)).toEqual(new Map(alone.files));
    expect(helped.files.get('data/cache/files.json')).toBe(alone.files.get('data/cache/files.json'));
    // report.json came from the helper, in chunks.
    expect(helper.json).toHaveLength(1);
    expect(Buffer.concat(helper.json[0]!).toString('utf8')).toBe(alone.files.get('data/report.json'));
  }, 60_000);

  it('keeps the stored pages the main thread keeps, and renders again one whose bytes were changed', async () => {
    const folder = join(dir.path, 'stored');
    await writeSite(folder, alone.files);
    // App page 1 is the helper's (`isHelpedApp`): it takes it for kept, the main thread finds it edited.
    const edited = alone.model.apps[1]!;
    const page = [...alone.files.keys()].find((p) => p.endsWith(`/${edited.slug}.html`))!;
    await writeFile(join(folder, page), 'edited by hand');
    const stored = await readHistoryDir(folder);
    const helper = counted(pageHelperAt(script));
    const helped = await buildWith(stored, helper.start);
    const main = await buildWith(stored);
    expect(helper.jobs[0]!.pages!.recorded.get(page)).toBe(stored.files!.records.get(page)!.key);
    expect(new Map(helped.files)).toEqual(new Map(main.files));
    expect(helped.files.get(page)).toBe(alone.files.get(page));
    expect([...helped.keptPages].sort()).toEqual([...main.keptPages].sort());
    expect(helped.keptPages.has(page)).toBe(false);
    // Every other page kept: the overview, the app pages (the edited one aside), the months and the digest.
    const pages = [...alone.files.keys()].filter((p) => p.endsWith('.html'));
    expect(helped.keptPages.size).toBe(pages.length - 1);
  }, 60_000);

  it("fails the build with the helper's error, and stops the thread", async () => {
    const failing = join(dir.path, 'failing.mjs');
    await writeFile(
      failing,
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ error: 'Error: out of memory' });\n",
    );
    await expect(buildWith(EMPTY_HISTORY, pageHelperAt(failing))).rejects.toThrow(
      'page helper: Error: out of memory',
    );
    const exiting = join(dir.path, 'exiting.mjs');
    await writeFile(exiting, 'process.exit(3);\n');
    await expect(buildWith(EMPTY_HISTORY, pageHelperAt(exiting))).rejects.toThrow(
      'page helper: the thread stopped before its last page (exit code 3)',
    );
  }, 60_000);
});

describe('the month files the helper makes', () => {
  it('are byte for byte the ones the main thread makes, written into the spool', async () => {
    // 104,000 rows over seven years and more: enough for the helper to take months (`worthHelperMonths`).
    const records = syntheticRecords({ apps: 20, days: 2600, end: '2026-11-20' });
    const input = {
      config: demoConfig({ apps: [] }),
      fetched: { records, apps: [] },
      range: { from: '2026-11-18', to: '2026-11-20' },
      asOf: '2026-11-20',
    };
    const main = await buildSite(input);
    const spool = await openFileSpool(join(dir.path, 'months-spool'));
    const helper = counted(pageHelperAt(script));
    // The build goes on once the helper has made every month: it takes them all, whatever the machine's speed.
    const startHelper: StartPageHelper = async (job) => {
      const started = await helper.start(job);
      await started.months();
      return started;
    };
    const helped = await buildSite({ ...input, spool, startHelper });
    expect(helper.jobs[0]!.pages).toBeUndefined();
    const months = helper.jobs[0]!.months!.list;
    expect(months.length).toBeGreaterThan(80);
    // Each month's export, snapshot and spreadsheet copy: files of the spool.
    const spooled = [...helped.files.keys()].filter(
      (p) => (helped.files as SiteFileMap).made(p) instanceof SpooledFile,
    );
    expect(spooled).toHaveLength(3 * months.length);
    expect(new Map(helped.files)).toEqual(new Map(main.files));
    await spool.remove();
  }, 120_000);
});

describe('isHelpedApp', () => {
  it('gives the helper 9 app pages of every 20, at odd positions', () => {
    const helped = Array.from({ length: 40 }, (_, j) => j).filter((j) => isHelpedApp(j, 40));
    expect(helped).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 21, 23, 25, 27, 29, 31, 33, 35, 37]);
    expect(isHelpedApp(41, 41)).toBe(false);
    expect(isHelpedApp(-1, 41)).toBe(false);
  });
});

describe('worthAHelper', () => {
  it('starts a helper when half the app pages cost more than building the model again', () => {
    // 10,000 apps × 30 days × 8 features: 2.4 M rows; 25 s of pages saved against 7.9 s of model.
    expect(worthAHelper(10_000, 2_400_000)).toBe(true);
    // 1,000 apps × 1,095 days × 8 features: 2.5 s saved against 28.9 s.
    expect(worthAHelper(1_000, 8_760_000)).toBe(false);
    // 100 apps: never, whatever the history.
    expect(worthAHelper(100, 100)).toBe(false);
    expect(worthAHelper(499, 100)).toBe(false);
    expect(worthAHelper(500, 100)).toBe(true);
    // The break-even: 2,000 apps save 5 s, which 1,515,151 rows of model cost (5 s / 3.3 µs).
    expect(worthAHelper(2_000, 1_515_151)).toBe(true);
    expect(worthAHelper(2_000, 1_515_152)).toBe(false);
  });
});

describe('months the helper makes', () => {
  it('makes them from 100,000 rows, and each is taken by one thread only', () => {
    expect(worthHelperMonths(99_999)).toBe(false);
    expect(worthHelperMonths(100_000)).toBe(true);
    const job = {
      list: [1, 2, 3].map((i) => ({ path: `m${i}` })),
      next: monthCounter(),
    } as unknown as Parameters<typeof takeMonth>[0];
    expect(takeMonth(job)).toBe(0);
    expect(takeMonth(job)).toBe(1);
    // The main thread takes what is left: the helper's are the first two.
    expect(takeMonthsLeft(job)).toBe(2);
    expect(takeMonth(job)).toBeUndefined();
    expect(takeMonthsLeft(job)).toBe(3);
  });
});
