/**
 * Deterministic synthetic usage for the benchmark: apps × days × features, every combination present (the worst
 * case for the pipeline: 100 apps × 730 days × 8 features = 584,000 records). The same seed, size and end day
 * always give the same records and the same bytes. Pure, except `writeSyntheticMonths`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, eachDay, isWeekend } from '../../src/model/dates.js';
import { formatExportCsv, monthFileName } from '../../src/model/export-format.js';
import { partitionByMonth } from '../../test/support/records.js';
import type { UsageRecord } from '../../src/model/records.js';

export interface SyntheticSize {
  apps: number;
  days: number;
  /** At most `FEATURES.length`. */
  features: number;
}

export interface SyntheticOptions extends SyntheticSize {
  /** Last day of the data (YYYY-MM-DD); the first is `end - (days - 1)`. */
  end: string;
  seed: number;
}

interface FeatureDef {
  id: string;
  name: string;
  api: string;
  unit: string;
  /** Tokens per unit; null: APS gives no token figure for it (an unrated feature). */
  rate: number | null;
  decimals: number;
  base: number;
}

export const FEATURES: readonly FeatureDef[] = [
  {
    id: 'automation-revit',
    name: 'Automation API - Revit',
    api: 'Automation API',
    unit: 'processing hour',
    rate: 6,
    decimals: 2,
    base: 3,
  },
  {
    id: 'automation-autocad',
    name: 'Automation API - AutoCAD',
    api: 'Automation API',
    unit: 'processing hour',
    rate: 4,
    decimals: 2,
    base: 2,
  },
  {
    id: 'automation-inventor',
    name: 'Automation API - Inventor',
    api: 'Automation API',
    unit: 'processing hour',
    rate: 6,
    decimals: 2,
    base: 1,
  },
  {
    id: 'md-simple',
    name: 'Model Derivative - simple job',
    api: 'Model Derivative',
    unit: 'job',
    rate: 0.1,
    decimals: 0,
    base: 40,
  },
  {
    id: 'md-complex',
    name: 'Model Derivative - complex job',
    api: 'Model Derivative',
    unit: 'job',
    rate: 0.5,
    decimals: 0,
    base: 8,
  },
  {
    id: 'reality-capture-photo',
    name: 'Reality Capture - photo scene',
    api: 'Reality Capture',
    unit: 'gigapixel',
    rate: 2,
    decimals: 2,
    base: 1.5,
  },
  {
    id: 'flow-graph-engine',
    name: 'Flow Graph Engine - compute',
    api: 'Flow Graph Engine',
    unit: 'processing minute',
    rate: 0.05,
    decimals: 1,
    base: 30,
  },
  {
    id: 'data-model-requests',
    name: 'AEC Data Model - requests',
    api: 'Data Model',
    unit: 'thousand requests',
    rate: null,
    decimals: 0,
    base: 12,
  },
];

/** mulberry32: small, fast, and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface SyntheticApp {
  id: string;
  name: string;
  scale: number;
  growth: number;
  weekendFactor: number;
  features: FeatureDef[];
}

/** The apps (ids like APS client ids, 32 characters; some names need CSV quoting). */
export function syntheticApps(options: Pick<SyntheticOptions, 'apps' | 'features' | 'seed'>): SyntheticApp[] {
  const random = seededRandom(options.seed);
  const features = FEATURES.slice(0, Math.max(1, Math.min(options.features, FEATURES.length)));
  return Array.from({ length: options.apps }, (_, i) => {
    let id = '';
    for (let k = 0; k < 32; k++) id += ID_CHARS[Math.floor(random() * ID_CHARS.length)];
    const n = String(i + 1).padStart(3, '0');
    const name = i % 10 === 3 ? `Portal ${n}, "staging"` : `Synthetic app ${n}`;
    return {
      id,
      name,
      // A few big apps and a long tail, as in real hubs.
      scale: 0.05 + 3 * random() ** 3,
      growth: 0.6 + random(),
      weekendFactor: 0.15 + 0.5 * random(),
      features,
    };
  });
}

/** Every record of one day, in export order (app, then feature). */
export function syntheticDay(
  apps: readonly SyntheticApp[],
  day: string,
  dayIndex: number,
  days: number,
  seed: number,
): UsageRecord[] {
  // One stream per day, so any single day can be generated on its own (the incremental case).
  const random = seededRandom((seed ^ Math.imul(dayIndex + 1, 0x9e3779b1)) >>> 0);
  const weekend = isWeekend(day);
  const progress = days > 1 ? dayIndex / (days - 1) : 1;
  const out: UsageRecord[] = [];
  for (const app of apps) {
    const level = app.scale * (1 + (app.growth - 1) * progress) * (weekend ? app.weekendFactor : 1);
    for (const f of app.features) {
      const noise = 0.6 + 0.8 * random();
      const spike = random() < 0.002 ? 6 : 1;
      const quantity = round(f.base * level * noise * spike, f.decimals);
      out.push({
        date: day,
        appId: app.id,
        appName: app.name,
        api: f.api,
        featureId: f.id,
        featureName: f.name,
        unit: f.unit,
        quantity,
        tokens: f.rate === null ? null : round(quantity * f.rate, 2),
        tokensEstimated: false,
      });
    }
  }
  return out;
}

/** The whole dataset, oldest day first. */
export function syntheticRecords(options: SyntheticOptions): UsageRecord[] {
  const apps = syntheticApps(options);
  const from = addDays(options.end, -(options.days - 1));
  const out: UsageRecord[] = [];
  eachDay({ from, to: options.end }).forEach((day, i) => {
    for (const r of syntheticDay(apps, day, i, options.days, options.seed)) out.push(r);
  });
  return out;
}

/**
 * The whole dataset written month by month into `dir` (the same bytes as `writeSyntheticMonths` of
 * `syntheticRecords`), holding one month in memory at a time: 8.76 M records would not fit as objects.
 */
export async function writeSyntheticHistory(
  options: SyntheticOptions,
  dir: string,
): Promise<{ records: number; paths: string[] }> {
  await mkdir(dir, { recursive: true });
  const apps = syntheticApps(options);
  const from = addDays(options.end, -(options.days - 1));
  const paths: string[] = [];
  let records = 0;
  let month = '';
  let list: UsageRecord[] = [];
  const flush = async (): Promise<void> => {
    if (list.length === 0) return;
    const path = join(dir, monthFileName(month));
    await writeFile(path, formatExportCsv(list));
    paths.push(path);
    records += list.length;
    list = [];
  };
  const days = eachDay({ from, to: options.end });
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    if (day.slice(0, 7) !== month) {
      await flush();
      month = day.slice(0, 7);
    }
    for (const r of syntheticDay(apps, day, i, options.days, options.seed)) list.push(r);
  }
  await flush();
  return { records, paths };
}

/** Writes `usage-YYYY-MM.csv` files (the export format) into `dir`; returns their paths. */
export async function writeSyntheticMonths(records: readonly UsageRecord[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [month, list] of partitionByMonth(records)) {
    const path = join(dir, monthFileName(month));
    await writeFile(path, formatExportCsv(list));
    paths.push(path);
  }
  return paths;
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
