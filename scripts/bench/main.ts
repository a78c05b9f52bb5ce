/**
 * `npm run bench`: end-to-end figures for the built CLI (`dist/cli.js`) on deterministic synthetic data — full
 * build, incremental day, APS fetch against the loopback mock, time per chart, cold start, site sizes and the
 * bytes one daily run adds to a pages branch. Medians over `--runs` runs; one table on stdout, JSON in
 * `bench-out/results.json`. Not part of the test suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from '../../src/model/dates.js';
import { formatExportCsv } from '../../src/model/export-format.js';
import { startMockApsServer } from '../../test/support/mock-aps-server.js';
import { harness } from './harness.js';
import { bytes, markdownTable, mem, ms, secs } from './format.js';
import { median, ok, rssMethod, runNode, type Measured } from './measure.js';
import { parseSizes, runScale, SCALE_SIZES, SCALE_TARGETS, type ScaleSize } from './scale.js';
import { syntheticApps, syntheticDay, syntheticRecords, writeSyntheticMonths } from './synthetic.js';

const QUICK_SIZES = '5x60,10x60,20x60';

const ROOT = process.cwd();
const CLI = join(ROOT, 'dist', 'cli.js');
const SELF = process.argv[1]!;

const MB = 1024 * 1024;
const KB = 1024;

/** Targets for a 2-core machine (issue 6; the pack delta is issue 8). */
export const TARGETS = {
  fullMs: 15_000,
  fullRss: 1.5 * 1024 * MB,
  incrementalMs: 5_000,
  fetchVsIdeal: 1.5,
  /** Drawing one chart (the build draws ~10 per app). */
  chartMs: 0.5,
  helpMs: 200,
  overviewBytes: 1 * MB,
  svgBytes: 500 * KB,
  packDeltaBytes: 1 * MB,
};

interface Options {
  runs: number;
  quick: boolean;
  apps: number;
  days: number;
  features: number;
  seed: number;
  end: string;
  json: string;
  only: Set<string> | null;
  keep: boolean;
  helpRuns: number;
  latencyMs: number;
  sizes: ScaleSize[];
  incrementalSizes: Set<string>;
  rssLimit: number;
}

const CASES = ['full', 'incremental', 'fetch', 'charts', 'help', 'sizes', 'pack', 'scale'] as const;
type CaseName = (typeof CASES)[number];

const USAGE = `npm run bench -- [options]

  --runs N          runs per case, median reported (default 3; --quick: 1)
  --quick           small data (10 apps × 60 days × 8 features) to check that the bench works
  --apps N --days N --features N   data size (default 100 × 730 × 8)
  --seed N          synthetic data seed (default 6)
  --end YYYY-MM-DD  last day of the synthetic history (default: yesterday, UTC)
  --only LIST       comma list of ${CASES.join(',')}
  --latency MS      added latency per request of the mock APS server (default 50)
  --sizes LIST      the scale case's sizes, APPSxDAYS[xFEATURES] (default ${SCALE_SIZES};
                    --quick: ${QUICK_SIZES}); each measured once
  --incremental-sizes LIST   the scale sizes that also get the one-new-day run (default 100x730; --quick: all)
  --rss-limit MB    stop a command whose processes go over this resident memory (default 6144)
  --json FILE       also write the results there (always: bench-out/results.json)
  --keep            keep the temporary work folder`;

function parseOptions(argv: readonly string[]): Options | null {
  const { values: v } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string' },
      quick: { type: 'boolean' },
      apps: { type: 'string' },
      days: { type: 'string' },
      features: { type: 'string' },
      seed: { type: 'string' },
      end: { type: 'string' },
      json: { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean' },
      latency: { type: 'string' },
      sizes: { type: 'string' },
      'rss-limit': { type: 'string' },
      'incremental-sizes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return null;
  const quick = Boolean(v.quick);
  const int = (s: string | undefined, d: number, name: string): number => {
    if (s === undefined) return d;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive integer, got ${s}`);
    return n;
  };
  const only = v.only ? new Set(v.only.split(',').map((s) => s.trim())) : null;
  for (const c of only ?? []) {
    if (!(CASES as readonly string[]).includes(c))
      throw new Error(`--only: unknown case ${c}; expected ${CASES.join(',')}`);
  }
  const end = v.end ?? addDays(new Date().toISOString().slice(0, 10), -1);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end)) throw new Error(`--end: expected YYYY-MM-DD, got ${end}`);
  return {
    runs: int(v.runs, quick ? 1 : 3, 'runs'),
    quick,
    apps: int(v.apps, quick ? 10 : 100, 'apps'),
    days: int(v.days, quick ? 60 : 730, 'days'),
    features: int(v.features, 8, 'features'),
    seed: int(v.seed, 6, 'seed'),
    end,
    json: v.json ?? '',
    only,
    keep: Boolean(v.keep),
    helpRuns: quick ? 3 : 10,
    latencyMs: v.latency === undefined ? 50 : Number(v.latency),
    sizes: parseSizes(v.sizes ?? (quick ? QUICK_SIZES : SCALE_SIZES), int(v.features, 8, 'features')),
    rssLimit: int(v['rss-limit'], 6144, 'rss-limit') * MB,
    incrementalSizes: new Set(
      parseSizes(
        v['incremental-sizes'] ?? (quick ? QUICK_SIZES : '100x730'),
        int(v.features, 8, 'features'),
      ).map((z) => `${z.apps}x${z.days}x${z.features}`),
    ),
  };
}

interface Row {
  case: string;
  figure: string;
  target: string;
  status: 'pass' | 'FAIL' | 'skip' | 'info';
  note?: string;
}

interface Context {
  o: Options;
  work: string;
  /** Config for the full build (the whole synthetic history). */
  fullConfig: string;
  /** Config whose source holds only the new day. */
  dayConfig: string;
  /** The synthetic history's days. */
  range: { from: string; to: string };
  /** The report period of the full build (the last 30 days; the whole history is stored). */
  period: { from: string; to: string };
  /** The report period of the daily run (30 days ending on the new day). */
  nextRange: { from: string; to: string };
  records: number;
  /** A site from the full build, kept for the later cases. */
  site?: string;
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'harness') {
    await harness(argv.slice(1));
    return 0;
  }
  const o = parseOptions(argv);
  if (!o) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!existsSync(CLI)) throw new Error(`${relative(ROOT, CLI)} is missing: run npm run build first`);
  const wanted = (c: CaseName): boolean => !o.only || o.only.has(c);
  const work = await mkdtemp(join(tmpdir(), 'aps-bench-'));
  const loadStart = loadavg();
  const rows: Row[] = [];
  const results: Record<string, unknown> = {};
  let scaleTable = '';
  try {
    const classic = CASES.filter((c) => c !== 'scale' && wanted(c));
    if (classic.length > 0) {
      const ctx = await prepare(o, work);
      log(
        `data: ${o.apps} apps × ${o.days} days × ${o.features} features = ${ctx.records.toLocaleString('en')} records, ` +
          `${ctx.range.from} to ${o.end}; ${o.runs} run(s) per case; peak RSS via ${await rssMethod()}`,
      );
      // The full build's site is where the incremental, size and pack cases start from.
      if (['full', 'incremental', 'sizes', 'pack'].some((c) => wanted(c as CaseName))) {
        const full = await fullBuild(ctx);
        results.full = full.json;
        if (wanted('full')) rows.push(...full.rows);
      }
      const cases: ReadonlyArray<[CaseName, (c: Context) => Promise<CaseResult>]> = [
        ['incremental', incremental],
        ['fetch', fetchCase],
        ['charts', charts],
        ['help', coldStart],
        ['sizes', sizes],
        ['pack', packDelta],
      ];
      for (const [name, run] of cases) {
        if (!wanted(name)) continue;
        const r = await run(ctx);
        results[name] = r.json;
        rows.push(...r.rows);
      }
    }
    if (wanted('scale')) {
      log(`scale: ${o.sizes.map((z) => `${z.apps}×${z.days}×${z.features}`).join(', ')}; once each`);
      const scale = await runScale({
        sizes: o.sizes,
        seed: o.seed,
        end: o.end,
        work,
        cli: CLI,
        self: SELF,
        rssLimit: o.rssLimit,
        incremental: o.incrementalSizes,
        log,
      });
      results.scale = scale;
      scaleTable = scale.table;
      for (const c of scale.checks)
        rows.push({
          case: c.what,
          figure: c.figure,
          target: c.target,
          status: c.pass === undefined ? 'info' : status(c.pass),
        });
    }
  } finally {
    if (o.keep) log(`work folder kept: ${work}`);
    else await rm(work, { recursive: true, force: true });
  }

  const machine = {
    loadAverage: { start: loadStart, end: loadavg() },
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memTotal: totalmem(),
    memFree: freemem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  const table = formatTable(rows, o, machine);
  process.stdout.write('\n' + table + '\n' + (scaleTable ? `\nscale (once each):\n\n${scaleTable}\n` : ''));
  const json = {
    date: new Date().toISOString(),
    command: argv.length > 0 ? `npm run bench -- ${argv.join(' ')}` : 'npm run bench',
    machine,
    options: { ...o, only: o.only ? [...o.only] : null },
    scaleTargets: SCALE_TARGETS,
    targets: TARGETS,
    rows,
    results,
  };
  const text = JSON.stringify(json, null, 2) + '\n';
  await mkdir(join(ROOT, 'bench-out'), { recursive: true });
  await writeFile(join(ROOT, 'bench-out', 'results.json'), text);
  if (o.json) {
    await mkdir(dirname(resolve(o.json)), { recursive: true });
    await writeFile(resolve(o.json), text);
  }
  log(`results: bench-out/results.json${o.json ? ` and ${o.json}` : ''}`);
  // A quick run is a smoke test: its small data is not what the targets are for.
  return !o.quick && rows.some((r) => r.status === 'FAIL') ? 3 : 0;
}

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

async function prepare(o: Options, work: string): Promise<Context> {
  const started = performance.now();
  const records = syntheticRecords(o);
  const input = join(work, 'input');
  await writeSyntheticMonths(records, input);
  // The next day on its own, as a daily run's source would return it.
  const next = addDays(o.end, 1);
  const apps = syntheticApps(o);
  await writeFile(join(work, 'day.csv'), formatExportCsv(syntheticDay(apps, next, o.days, o.days, o.seed)));
  const common = [
    'report: { title: APS usage (bench) }',
    `budget: { monthly: ${Math.round(records.length * 0.5)} }`,
    'apps:',
    ...apps.slice(0, 3).map((a, i) => `  - { id: ${a.id}, monthlyBudget: ${1000 * (i + 1)} }`),
  ].join('\n');
  const fullConfig = join(work, 'full.yml');
  const dayConfig = join(work, 'day.yml');
  await writeFile(fullConfig, `source: file\nfile: input/usage-*.csv\n${common}\n`);
  await writeFile(dayConfig, `source: file\nfile: day.csv\n${common}\n`);
  log(`synthetic data written in ${Math.round(performance.now() - started)} ms (${work})`);
  return {
    o,
    work,
    fullConfig,
    dayConfig,
    range: { from: addDays(o.end, -(o.days - 1)), to: o.end },
    period: { from: addDays(o.end, -29), to: o.end },
    nextRange: { from: addDays(next, -29), to: next },
    records: records.length,
  };
}

function runCli(
  config: string,
  out: string,
  range: { from: string; to: string },
  rss: boolean,
): Promise<Measured> {
  return runNode(
    [CLI, 'run', '--config', config, '--out', out, '--from', range.from, '--to', range.to, '--verbose'],
    {
      rss,
    },
  );
}

/** `▸ Group` lines followed by `(N ms)` in --verbose output → { group: ms }. */
function phases(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  const stack: string[] = [];
  for (const line of stdout.split('\n')) {
    const g = /^\s*▸ (.*)$/.exec(line);
    if (g) stack.push(g[1]!.replace(/ \(.*\)$/, '').replace(/ to \/.*$/, ''));
    const t = /^\s*\((\d+) ms\)$/.exec(line);
    if (t && stack.length) out[stack.pop()!] = Number(t[1]);
  }
  return out;
}

interface CaseResult {
  rows: Row[];
  json: unknown;
}

async function fullBuild(ctx: Context): Promise<CaseResult> {
  const runs: Measured[] = [];
  const out = join(ctx.work, 'site-full');
  for (let i = 0; i < ctx.o.runs; i++) {
    await rm(out, { recursive: true, force: true });
    runs.push(ok('full build', await runCli(ctx.fullConfig, out, ctx.period, true)));
  }
  ctx.site = out;
  const ms = median(runs.map((r) => r.ms));
  const rss = median(runs.map((r) => r.rss ?? Number.NaN));
  const cpu = median(runs.map((r) => r.cpu ?? Number.NaN));
  const json = {
    records: ctx.records,
    ms: runs.map((r) => r.ms),
    rss: runs.map((r) => r.rss ?? null),
    cpuMs: runs.map((r) => r.cpu ?? null),
    medianMs: ms,
    medianRss: rss,
    medianCpuMs: cpu,
    phases: phases(runs.at(-1)!.stdout),
  };
  return {
    json,
    rows: [
      {
        case: `full build (${ctx.records.toLocaleString('en')} records)`,
        figure: `${secs(ms)} (CPU ${secs(cpu)}) · ${mem(rss)} RSS`,
        target: `≤ ${secs(TARGETS.fullMs)}, ≤ ${mem(TARGETS.fullRss)}`,
        status: status(ms <= TARGETS.fullMs && !(rss > TARGETS.fullRss)),
        note: phaseNote(json.phases),
      },
    ],
  };
}

function phaseNote(p: Record<string, number>): string {
  return Object.entries(p)
    .map(([k, v]) => `${k.replace(/ \(.*$/, '').toLowerCase()} ${secs(v)}`)
    .join(', ');
}

async function incremental(ctx: Context): Promise<CaseResult> {
  const runs: Measured[] = [];
  const out = join(ctx.work, 'site-incremental');
  let changed = '';
  for (let i = 0; i < ctx.o.runs; i++) {
    await rm(out, { recursive: true, force: true });
    await cp(ctx.site!, out, { recursive: true });
    const m = ok('incremental day', await runCli(ctx.dayConfig, out, ctx.nextRange, true));
    runs.push(m);
    changed = /\((\d+ of \d+) files changed/.exec(m.stdout)?.[1] ?? '';
  }
  const ms = median(runs.map((r) => r.ms));
  const rss = median(runs.map((r) => r.rss ?? Number.NaN));
  const cpu = median(runs.map((r) => r.cpu ?? Number.NaN));
  const json = {
    ms: runs.map((r) => r.ms),
    rss: runs.map((r) => r.rss ?? null),
    cpuMs: runs.map((r) => r.cpu ?? null),
    medianMs: ms,
    medianRss: rss,
    medianCpuMs: cpu,
    filesChanged: changed,
    phases: phases(runs.at(-1)!.stdout),
  };
  return {
    json,
    rows: [
      {
        case: 'incremental day (+1 day into the full history)',
        figure: `${secs(ms)} (CPU ${secs(cpu)}) · ${mem(rss)} RSS`,
        target: `≤ ${secs(TARGETS.incrementalMs)}`,
        status: status(ms <= TARGETS.incrementalMs),
        note: `${changed} files changed; ${phaseNote(json.phases)}`,
      },
    ],
  };
}

async function fetchCase(ctx: Context): Promise<CaseResult> {
  const what = `fetch (APS mock, ${ctx.o.latencyMs} ms/request, ${ctx.o.apps} apps × ${ctx.o.days} days)`;
  const records = syntheticRecords(ctx.o);
  const apps = syntheticApps(ctx.o);
  const concurrency = 4;
  const config = join(ctx.work, 'fetch.yml');
  await writeFile(
    config,
    [
      'source: aps',
      `aps: { concurrency: ${concurrency}, includeV1: true }`,
      'report: { title: APS usage (bench) }',
      'apps:',
      ...apps.map((a) => `  - { id: ${a.id} }`),
      '',
    ].join('\n'),
  );
  const token = 'bench-access-token';
  const runs: Array<{
    fetchMs: number;
    wallMs: number;
    cpuMs: number;
    mockBusyMs: number;
    requests: number;
    maxInFlight: number;
  }> = [];
  for (let i = 0; i < ctx.o.runs; i++) {
    const mock = await startMockApsServer({ records, accessTokens: [token] });
    try {
      mock.inject({ kind: 'slow', delayMs: ctx.o.latencyMs, match: /./, times: Number.MAX_SAFE_INTEGER });
      const out = join(ctx.work, 'site-fetch');
      await rm(out, { recursive: true, force: true });
      // The mock answers in this process: its busy time is time the client may have waited for it.
      const elu = performance.eventLoopUtilization();
      const m = ok(
        'fetch run',
        await runNode(
          [
            CLI,
            'run',
            '--config',
            config,
            '--out',
            out,
            '--from',
            ctx.range.from,
            '--to',
            ctx.range.to,
            '--verbose',
          ],
          { env: { APS_BASE_URL: mock.baseUrl, APS_ACCESS_TOKEN: token }, rss: true },
        ),
      );
      const mockBusyMs = performance.eventLoopUtilization(elu).active;
      const fetchMs = Object.entries(phases(m.stdout)).find(([k]) => k.startsWith('Fetch usage'))?.[1];
      runs.push({
        fetchMs: fetchMs ?? m.ms,
        wallMs: m.ms,
        cpuMs: m.cpu ?? Number.NaN,
        mockBusyMs,
        requests: mock.requests.length,
        maxInFlight: mock.maxInFlight,
      });
    } finally {
      await mock.close();
    }
  }
  const fetchMs = median(runs.map((r) => r.fetchMs));
  const requests = runs[0]!.requests;
  const idealMs = (requests / concurrency) * ctx.o.latencyMs;
  const ratio = fetchMs / idealMs;
  return {
    json: { runs, medianFetchMs: fetchMs, requests, concurrency, latencyMs: ctx.o.latencyMs, idealMs, ratio },
    rows: [
      {
        case: what,
        figure: `${secs(fetchMs)} = ${ratio.toFixed(2)}× ideal`,
        target: `≤ ${TARGETS.fetchVsIdeal}× ideal`,
        status: status(ratio <= TARGETS.fetchVsIdeal),
        note:
          `${requests} requests ÷ ${concurrency} × ${ctx.o.latencyMs} ms = ${secs(idealMs)} ideal; ` +
          `most in flight ${runs[0]!.maxInFlight}; the whole run ${secs(median(runs.map((r) => r.wallMs)))}, ` +
          `CPU ${secs(median(runs.map((r) => r.cpuMs)))}; the mock server was busy ${secs(median(runs.map((r) => r.mockBusyMs)))}`,
      },
    ],
  };
}

async function charts(ctx: Context): Promise<CaseResult> {
  const specs = join(ctx.work, 'specs');
  await rm(specs, { recursive: true, force: true });
  const capture = ok(
    'chart capture',
    await runNode([
      SELF,
      'harness',
      'capture',
      ctx.fullConfig,
      join(ctx.work, 'site-capture'),
      ctx.period.from,
      ctx.period.to,
      specs,
    ]),
  );
  const { charts: n } = JSON.parse(capture.stdout.trim()) as { charts: number };
  if (n === 0) {
    return {
      json: { charts: 0 },
      rows: [{ case: 'charts', figure: 'no charts rendered', target: '', status: 'skip' }],
    };
  }
  const inProcess: Array<{ wall: number; ms: number; bytes: number; biggest: number }> = [];
  for (let i = 0; i < ctx.o.runs; i++) {
    const m = ok('chart render', await runNode([SELF, 'harness', 'render', specs]));
    const r = JSON.parse(m.stdout.trim()) as { ms: number; bytes: number; biggest: number };
    inProcess.push({ wall: m.ms, ...r });
  }
  // The drawing alone, per chart: the site's own renderer (`src/render/charts/draw.ts`) on every plot of the build.
  const perChart = median(inProcess.map((r) => r.ms)) / n;
  const json = {
    charts: n,
    inProcessWallMs: inProcess.map((r) => r.wall),
    inProcessRenderMs: inProcess.map((r) => r.ms),
    perChartMs: perChart,
    svgBytes: inProcess[0]!.bytes,
    biggestSvgBytes: inProcess[0]!.biggest,
  };
  return {
    json,
    rows: [
      {
        case: `charts (${n} drawn in one process)`,
        figure: `${perChart.toFixed(3)} ms/chart`,
        target: `≤ ${TARGETS.chartMs} ms/chart`,
        status: status(perChart <= TARGETS.chartMs),
        note: `${ms(median(inProcess.map((r) => r.ms)))} drawing for ${n} chart(s), ${bytes(inProcess[0]!.bytes)} of SVG (largest ${bytes(inProcess[0]!.biggest)})`,
      },
    ],
  };
}

async function coldStart(ctx: Context): Promise<CaseResult> {
  const runs: number[] = [];
  // One warm-up run fills the OS file cache, as on any machine that ran it before.
  ok('--help', await runNode([CLI, '--help']));
  for (let i = 0; i < ctx.o.helpRuns; i++) runs.push(ok('--help', await runNode([CLI, '--help'])).ms);
  const nodeOnly: number[] = [];
  for (let i = 0; i < ctx.o.helpRuns; i++) nodeOnly.push((await runNode(['-e', '0'])).ms);
  const m = median(runs);
  return {
    json: { ms: runs, medianMs: m, bareNodeMedianMs: median(nodeOnly) },
    rows: [
      {
        case: `cold start: cli --help (median of ${ctx.o.helpRuns})`,
        figure: ms(m),
        target: `≤ ${ms(TARGETS.helpMs)}`,
        status: status(m <= TARGETS.helpMs),
        note: `bare \`node -e 0\`: ${ms(median(nodeOnly))}`,
      },
    ],
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function sizes(ctx: Context): Promise<CaseResult> {
  const site = ctx.site!;
  const files = await listFiles(site);
  let total = 0;
  let biggest = { bytes: 0, where: '' };
  let svgCount = 0;
  const byKind: Record<string, number> = {};
  for (const f of files) {
    const size = (await stat(f)).size;
    total += size;
    const rel = relative(site, f);
    const kind = rel.startsWith('data/') ? 'data' : (/\.([a-z]+)$/.exec(rel)?.[1] ?? 'other');
    byKind[kind] = (byKind[kind] ?? 0) + size;
    if (!/\.(html|svg)$/.test(f)) continue;
    const text = await readFile(f, 'utf8');
    for (const m of text.matchAll(/<svg[\s>][\s\S]*?<\/svg>/g)) {
      svgCount++;
      const bytes = Buffer.byteLength(m[0]);
      if (bytes > biggest.bytes) biggest = { bytes, where: rel };
    }
  }
  const overview = (await stat(join(site, 'index.html'))).size;
  const json = {
    overviewBytes: overview,
    biggestSvg: biggest,
    svgCount,
    totalBytes: total,
    files: files.length,
    byKind,
  };
  return {
    json,
    rows: [
      {
        case: 'overview page (index.html)',
        figure: bytes(overview),
        target: `≤ ${bytes(TARGETS.overviewBytes)}`,
        status: status(overview <= TARGETS.overviewBytes),
      },
      {
        case: `biggest SVG (of ${svgCount})`,
        figure: bytes(biggest.bytes),
        target: `≤ ${bytes(TARGETS.svgBytes)}`,
        status: status(biggest.bytes <= TARGETS.svgBytes),
        note: biggest.where,
      },
      {
        case: `site total (${files.length} files)`,
        figure: bytes(total),
        target: '—',
        status: 'info',
        note: Object.entries(byKind)
          .map(([k, v]) => `${k} ${bytes(v)}`)
          .join(', '),
      },
    ],
  };
}

async function packDelta(ctx: Context): Promise<CaseResult> {
  const repo = join(ctx.work, 'pages-repo');
  await rm(repo, { recursive: true, force: true });
  await cp(ctx.site!, repo, { recursive: true });
  const env = {
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@localhost',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@localhost',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', repo, '-c', 'gc.auto=0', ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 512 * MB,
    });
  // Repacked with a wider delta window than gc's default (10): among 100 app pages of similar size, gc's window
  // rarely holds a page's own previous version, and its growth measured the window (1.18 MB) more than the
  // branch (573 KB with 50, the size of the push).
  const sizePack = (): number => {
    git('repack', '-q', '-a', '-d', '-f', '--window=50', '--depth=50');
    git('prune', '--expire=now');
    const kib = /size-pack: (\d+)/.exec(git('count-objects', '-v'))?.[1];
    return Number(kib) * 1024;
  };
  git('init', '-q', '-b', 'gh-pages');
  git('add', '-A');
  git('commit', '-q', '-m', 'full site');
  const before = sizePack();
  ok('incremental into the pages repo', await runCli(ctx.dayConfig, repo, ctx.nextRange, false));
  git('add', '-A');
  const changed = git('diff', '--cached', '--name-only').trim().split('\n').filter(Boolean);
  git('commit', '-q', '-m', 'daily run');
  // What a push sends: a thin pack of the new commit's objects against the parent, made as a push makes it, from
  // the loose objects the commit wrote. Made after a gc, it reused the deltas the gc had chosen (new pages against
  // each other, not against their own previous bytes) and came out twice as big.
  const thin = execFileSync('git', ['-C', repo, 'pack-objects', '--revs', '--thin', '--stdout', '-q'], {
    input: 'HEAD\n^HEAD~1\n',
    env: { ...process.env, ...env },
    maxBuffer: 512 * MB,
  }).length;
  const after = sizePack();
  const delta = after - before;
  const json = {
    fullPackBytes: before,
    afterPackBytes: after,
    deltaBytes: delta,
    pushBytes: thin,
    changedFiles: changed,
  };
  return {
    json,
    rows: [
      {
        case: 'daily run: packed bytes added to the pages branch',
        figure: `${bytes(delta)} (push ${bytes(thin)})`,
        target: `≤ ${bytes(TARGETS.packDeltaBytes)}`,
        status: status(delta <= TARGETS.packDeltaBytes && thin <= TARGETS.packDeltaBytes),
        note: `size-pack (repacked, window 50) ${bytes(before)} → ${bytes(after)}; ${changed.length} files changed`,
      },
    ],
  };
}

function status(pass: boolean): Row['status'] {
  return pass ? 'pass' : 'FAIL';
}

function formatTable(
  rows: readonly Row[],
  o: Options,
  machine: { loadAverage: { start: number[]; end: number[] }; nproc: number },
): string {
  const head = ['case', 'figure', 'target', 'status'];
  const cells = rows.map((r) => [r.case, r.figure, r.target, r.status]);
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.case}: ${r.note}`);
  return [
    o.quick
      ? 'QUICK run (small data): the targets are for 100 apps × 730 days × 8 features; read the figures as a smoke test.'
      : `${o.apps} apps × ${o.days} days × ${o.features} features; medians of ${o.runs} run(s).`,
    `machine: ${machine.nproc} cores; load average ${machine.loadAverage.start[0]!.toFixed(1)} at the start, ${machine.loadAverage.end[0]!.toFixed(1)} at the end` +
      (Math.max(machine.loadAverage.start[0]!, machine.loadAverage.end[0]!) > machine.nproc
        ? ' — BUSY: other work competed for the cores, wall times are inflated (CPU times are steadier)'
        : ''),
    '',
    markdownTable(head, cells),
    '',
    ...notes,
  ].join('\n');
}
