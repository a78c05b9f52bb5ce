/**
 * The scale cases of `npm run bench` (`--only scale`): for each size (apps × days × features), the floor — reading
 * the CSV once and totalling it per app and day — then the full build, the site's page sizes and one new day run
 * into that site, each measured once (ratios within one run), and the growth exponents of time and memory
 * against records. Each size's files are removed before the next one is written.
 */
import { spawnSync } from 'node:child_process';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { addDays } from '../../src/model/dates.js';
import { formatExportCsv } from '../../src/model/export-format.js';
import { bytes, count, markdownTable, mem, secs, times } from './format.js';
import { bytesPerRecord, growthExponent, growthPoints, timesFloor, type GrowthPoint } from './growth.js';
import { ok, runNode, type Measured } from './measure.js';
import { syntheticApps, syntheticDay, writeSyntheticHistory } from './synthetic.js';

export interface ScaleSize {
  apps: number;
  days: number;
  features: number;
}

/** The table, then its two targets (the biggest last: a failure there leaves the others measured). */
export const SCALE_SIZES = '25x730,100x730,400x730,100x1460,10000x10,10000x30,1000x1095';

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** Targets of the scale cases (issue 15), by size. */
export const SCALE_TARGETS = {
  '1000x1095x8': { timesFloor: 4, rss: 2 * GB },
  '100x730x8': { timesFloor: 3, rss: 400 * MB, incrementalTimesFloor: 1.5 },
  '10000x30x8': { ms: 90_000, overview: 1 * MB, page: 1 * MB },
  exponent: 1.1,
} as const;

export function parseSizes(text: string, features: number): ScaleSize[] {
  return text.split(',').map((part) => {
    const m = /^\s*(\d+)\s*[x×]\s*(\d+)(?:\s*[x×]\s*(\d+))?\s*$/.exec(part);
    if (!m) throw new Error(`--sizes: expected APPSxDAYS or APPSxDAYSxFEATURES, got ${JSON.stringify(part)}`);
    const size = { apps: Number(m[1]), days: Number(m[2]), features: m[3] ? Number(m[3]) : features };
    if (size.apps < 1 || size.days < 1 || size.features < 1 || size.features > 8)
      throw new Error(`--sizes: ${part}: apps and days ≥ 1, features 1 to 8`);
    return size;
  });
}

export interface ScaleOptions {
  sizes: ScaleSize[];
  seed: number;
  end: string;
  work: string;
  cli: string;
  self: string;
  rssLimit: number;
  /** Sizes (`APPSxDAYSxFEATURES`) that also get the one-new-day run. */
  incremental: ReadonlySet<string>;
  log: (line: string) => void;
}

export interface ScaleMeasure {
  size: string;
  records: number;
  floorMs?: number;
  floorCpuMs?: number;
  floorRss?: number;
  fullMs?: number;
  fullCpuMs?: number;
  fullRss?: number;
  incrementalMs?: number;
  incrementalCpuMs?: number;
  incrementalRss?: number;
  overviewBytes?: number;
  biggestPage?: { bytes: number; path: string };
  siteBytes?: number;
  siteFiles?: number;
  error?: string;
}

export interface ScaleCheck {
  what: string;
  figure: string;
  target: string;
  /** `undefined`: for information only (e.g. an exponent over sizes outside the range it is defined on). */
  pass: boolean | undefined;
}

export async function runScale(o: ScaleOptions): Promise<{
  measures: ScaleMeasure[];
  checks: ScaleCheck[];
  table: string;
  exponents: { time?: number; memory?: number; inRange: boolean; sizes: string[] };
}> {
  const measures: ScaleMeasure[] = [];
  for (const size of o.sizes) measures.push(await measureSize(size, o));
  const exponents = exponentsOf(measures);
  return {
    measures,
    checks: checksOf(measures, exponents),
    table: scaleTable(measures, exponents),
    exponents,
  };
}

function sizeKey(s: ScaleSize): string {
  return `${s.apps}x${s.days}x${s.features}`;
}

async function measureSize(size: ScaleSize, o: ScaleOptions): Promise<ScaleMeasure> {
  const key = sizeKey(size);
  const dir = join(o.work, `scale-${key}`);
  const started = performance.now();
  const synth = { ...size, seed: o.seed, end: o.end };
  const { records } = await writeSyntheticHistory(synth, join(dir, 'input'));
  const apps = syntheticApps(synth);
  const next = addDays(o.end, 1);
  await writeFile(
    join(dir, 'day.csv'),
    formatExportCsv(syntheticDay(apps, next, size.days, size.days, o.seed)),
  );
  const common = [
    'report: { title: APS usage (bench) }',
    `budget: { monthly: ${Math.round(records * 0.5)} }`,
    'apps:',
    ...apps.slice(0, 3).map((a, i) => `  - { id: ${a.id}, monthlyBudget: ${1000 * (i + 1)} }`),
  ].join('\n');
  await writeFile(join(dir, 'full.yml'), `source: file\nfile: input/usage-*.csv\n${common}\n`);
  await writeFile(join(dir, 'day.yml'), `source: file\nfile: day.csv\n${common}\n`);
  o.log(`scale ${key}: ${count(records)} records written in ${secs(performance.now() - started)}`);
  const m: ScaleMeasure = { size: key, records };
  const site = join(dir, 'site');
  try {
    // The floor twice, the faster counted: a busy moment must not make the ratios look better. Once for the
    // largest sizes, where it takes minutes.
    const floors: Measured[] = [];
    for (let i = 0; i < (records <= 3_000_000 ? 2 : 1); i++) {
      settle();
      floors.push(
        ok('floor', await runNode([o.self, 'harness', 'floor', join(dir, 'input')], { rss: true })),
      );
    }
    const floor = floors.reduce((a, b) => (b.ms < a.ms ? b : a));
    m.floorMs = floor.ms;
    if (floor.cpu !== undefined) m.floorCpuMs = floor.cpu;
    if (floor.rss !== undefined) m.floorRss = floor.rss;
    o.log(`scale ${key}: floor ${secs(floor.ms)}, ${mem(floor.rss)}`);

    const period = { from: addDays(o.end, -29), to: o.end };
    settle();
    const full = ok('full build', await runCli(o, join(dir, 'full.yml'), site, period));
    m.fullMs = full.ms;
    if (full.cpu !== undefined) m.fullCpuMs = full.cpu;
    if (full.rss !== undefined) m.fullRss = full.rss;
    o.log(
      `scale ${key}: full build ${secs(full.ms)} = ${times(timesFloor(full.ms, m.floorMs))} floor, ${mem(full.rss)}`,
    );
    Object.assign(m, await pageSizes(site));

    if (!o.incremental.has(key)) return m;
    const nextRange = { from: addDays(next, -29), to: next };
    settle();
    const inc = ok('incremental day', await runCli(o, join(dir, 'day.yml'), site, nextRange));
    m.incrementalMs = inc.ms;
    if (inc.cpu !== undefined) m.incrementalCpuMs = inc.cpu;
    if (inc.rss !== undefined) m.incrementalRss = inc.rss;
    o.log(`scale ${key}: incremental day ${secs(inc.ms)}, ${mem(inc.rss)}`);
  } catch (error) {
    m.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    o.log(`scale ${key}: ${m.error}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return m;
}

/**
 * Flushes the files just written (the history, a site) to disk before the next timed command, so that the
 * kernel writing back one step's gigabytes is not counted in the next step (after 1,000 × 1,095 it added seconds
 * to the 10,000 × 30 build).
 */
function settle(): void {
  if (process.platform !== 'win32') spawnSync('sync');
}

function runCli(
  o: ScaleOptions,
  config: string,
  out: string,
  range: { from: string; to: string },
): Promise<Measured> {
  return runNode([o.cli, 'run', '--config', config, '--out', out, '--from', range.from, '--to', range.to], {
    rss: true,
    rssLimit: o.rssLimit,
  });
}

async function pageSizes(site: string): Promise<Partial<ScaleMeasure>> {
  let total = 0;
  let files = 0;
  let biggest = { bytes: 0, path: '' };
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        const size = (await stat(p)).size;
        total += size;
        files++;
        if (p.endsWith('.html') && size > biggest.bytes) biggest = { bytes: size, path: relative(site, p) };
      }
    }
  };
  await walk(site);
  return {
    overviewBytes: (await stat(join(site, 'index.html'))).size,
    biggestPage: biggest,
    siteBytes: total,
    siteFiles: files,
  };
}

function exponentsOf(measures: readonly ScaleMeasure[]) {
  const ok = measures.filter((m) => m.fullMs !== undefined && m.error === undefined);
  // Time as CPU time when measured: steadier than wall time on a shared machine.
  const time = growthPoints(
    ok.map((m): GrowthPoint => ({ records: m.records, value: m.fullCpuMs ?? m.fullMs! })),
  );
  const memory = growthPoints(
    ok.map((m): GrowthPoint => ({ records: m.records, value: m.fullRss ?? Number.NaN })),
  );
  const t = growthExponent(time.points);
  const r = growthExponent(memory.points);
  return {
    ...(t !== undefined ? { time: t } : {}),
    ...(r !== undefined ? { memory: r } : {}),
    inRange: time.inRange,
    sizes: time.points.map((p) => count(p.records)),
  };
}

function checksOf(
  measures: readonly ScaleMeasure[],
  exponents: { time?: number; memory?: number; inRange: boolean; sizes: string[] },
): ScaleCheck[] {
  const checks: ScaleCheck[] = [];
  const by = new Map(measures.map((m) => [m.size, m]));
  const big = by.get('1000x1095x8');
  if (big) {
    const r = timesFloor(big.fullMs, big.floorMs);
    checks.push({
      what: `1,000 × 1,095 × 8 (${count(big.records)} records): full build`,
      figure:
        big.error ??
        `${times(r)} floor (CPU ${times(timesFloor(big.fullCpuMs, big.floorCpuMs))}), ${mem(big.fullRss)}`,
      target: `≤ ${SCALE_TARGETS['1000x1095x8'].timesFloor}× floor, ≤ ${mem(SCALE_TARGETS['1000x1095x8'].rss)}`,
      pass:
        !big.error &&
        r !== undefined &&
        r <= SCALE_TARGETS['1000x1095x8'].timesFloor &&
        (big.fullRss ?? Infinity) <= SCALE_TARGETS['1000x1095x8'].rss,
    });
  }
  const mid = by.get('100x730x8');
  if (mid) {
    const t = SCALE_TARGETS['100x730x8'];
    const r = timesFloor(mid.fullMs, mid.floorMs);
    const ri = timesFloor(mid.incrementalMs, mid.floorMs);
    checks.push({
      what: '100 × 730 × 8: full build',
      figure:
        mid.error ??
        `${times(r)} floor (CPU ${times(timesFloor(mid.fullCpuMs, mid.floorCpuMs))}), ${mem(mid.fullRss)}`,
      target: `≤ ${t.timesFloor}× floor, ≤ ${mem(t.rss)}`,
      pass: !mid.error && r !== undefined && r <= t.timesFloor && (mid.fullRss ?? Infinity) <= t.rss,
    });
    checks.push({
      what: '100 × 730 × 8: one new day',
      figure:
        mid.error ?? `${times(ri)} floor (CPU ${times(timesFloor(mid.incrementalCpuMs, mid.floorCpuMs))})`,
      target: `≤ ${t.incrementalTimesFloor}× floor`,
      pass: !mid.error && ri !== undefined && ri <= t.incrementalTimesFloor,
    });
  }
  const wide = by.get('10000x30x8');
  if (wide) {
    const t = SCALE_TARGETS['10000x30x8'];
    checks.push({
      what: '10,000 × 30 × 8: full build, overview, biggest page',
      figure:
        wide.error ??
        `${secs(wide.fullMs)}, ${bytes(wide.overviewBytes)}, ${bytes(wide.biggestPage?.bytes)} (${wide.biggestPage?.path ?? ''})`,
      target: `≤ ${secs(t.ms)}, ≤ ${bytes(t.overview)}, ≤ ${bytes(t.page)}`,
      pass:
        !wide.error &&
        (wide.fullMs ?? Infinity) <= t.ms &&
        (wide.overviewBytes ?? Infinity) <= t.overview &&
        (wide.biggestPage?.bytes ?? Infinity) <= t.page,
    });
  }
  const range = exponents.inRange
    ? 'between 0.9 M and 9 M records'
    : 'over every size (fewer than 2 in 0.9–9 M)';
  for (const [name, value] of [
    ['time (CPU)', exponents.time],
    ['memory (peak RSS)', exponents.memory],
  ] as const) {
    if (value === undefined) continue;
    checks.push({
      what: `growth exponent of ${name}, ${range}`,
      figure: value.toFixed(2),
      target: `≤ ${SCALE_TARGETS.exponent}`,
      pass: exponents.inRange ? value <= SCALE_TARGETS.exponent : undefined,
    });
  }
  return checks;
}

function scaleTable(
  measures: readonly ScaleMeasure[],
  exponents: { time?: number; memory?: number; inRange: boolean; sizes: string[] },
): string {
  const head = [
    'apps × days × features',
    'records',
    'floor',
    'full build',
    '× floor',
    '(CPU)',
    'peak RSS',
    'bytes per record',
    'one new day',
    '× floor',
    '(CPU)',
    'overview',
    'biggest page',
  ];
  const rows = measures.map((m) => {
    const [a, d, f] = m.size.split('x').map(Number) as [number, number, number];
    return [
      `${count(a)} × ${count(d)} × ${f}`,
      count(m.records),
      secs(m.floorMs),
      m.error && m.fullMs === undefined ? `failed: ${m.error}` : secs(m.fullMs),
      times(timesFloor(m.fullMs, m.floorMs)),
      times(timesFloor(m.fullCpuMs, m.floorCpuMs)),
      mem(m.fullRss),
      bytesPerRecord(m.fullRss, m.records)?.toLocaleString('en') ?? '—',
      m.error && m.fullMs !== undefined && m.incrementalMs === undefined ? 'failed' : secs(m.incrementalMs),
      times(timesFloor(m.incrementalMs, m.floorMs)),
      times(timesFloor(m.incrementalCpuMs, m.floorCpuMs)),
      bytes(m.overviewBytes),
      bytes(m.biggestPage?.bytes),
    ];
  });
  const exp =
    exponents.time === undefined
      ? 'growth exponent: needs two sizes that finished'
      : `growth exponent (${exponents.inRange ? '' : 'NOT in 0.9–9 M records; '}sizes ${exponents.sizes.join(', ')}): ` +
        `time (CPU) ${exponents.time.toFixed(2)}, memory ${exponents.memory?.toFixed(2) ?? '—'} (1 = linear)`;
  return [markdownTable(head, rows), '', exp].join('\n');
}
