/**
 * Builders for report tests: the demo site in memory (the real pipeline's merge → model → render), and synthetic
 * histories of any size or with hostile names. Typed factories with defaults, so each test states only what it
 * is about.
 */
import { configSchema, type Config, type ConfigInput } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build.js';
import { addDays, eachDay, resolvePeriod, type DateRange } from '../../src/model/dates.js';
import type { UsageRecord } from '../../src/model/records.js';
import type { ReportModel } from '../../src/model/types.js';
import { openFolderStore } from '../../src/history/folder-store.js';
import { loadTemplateOverrides } from '../../src/config/template-overrides.js';
import { buildSite } from '../../src/site.js';
import { DEMO_CONFIG, DEMO_END, generateDemoRecords } from '../../src/sources/demo-data.js';
import type { AppErrorHint, AppStatus } from '../../src/sources/types.js';
import { testDeps } from './memory.js';

export function demoConfig(overrides: Partial<ConfigInput> = {}, locale: 'en' | 'ja' = 'en'): Config {
  return configSchema.parse({
    ...DEMO_CONFIG,
    ...overrides,
    report: { ...DEMO_CONFIG.report, locale, ...(overrides.report ?? {}) },
  });
}

/** The demo site, in memory: `files` maps site paths to contents. */
export async function buildDemoSite(
  options: {
    locale?: 'en' | 'ja';
    config?: Partial<ConfigInput>;
    /** Marks apps as failed, as a source does when their fetch fails: the error, or the error and its hint. */
    failed?: Record<string, string | { error: string; hint: AppErrorHint }>;
    records?: UsageRecord[];
  } = {},
) {
  const config = demoConfig(options.config, options.locale);
  const records = options.records ?? generateDemoRecords();
  const apps: AppStatus[] = [...new Map(records.map((r) => [r.appId, r.appName]))].map(([id, name]) => {
    const failure = options.failed?.[id];
    if (failure === undefined) return { id, name, status: 'ok' };
    return typeof failure === 'string'
      ? { id, name, status: 'failed', error: failure }
      : { id, name, status: 'failed', ...failure };
  });
  // `report.templates` is read by the run before fetching; here, as the run would.
  const overrides = config.report.templates
    ? await loadTemplateOverrides(config.report.templates)
    : undefined;
  return buildSite({
    config,
    ...(overrides ? { overrides } : {}),
    fetched: { records, apps },
    range: resolvePeriod(config.period, DEMO_END),
    asOf: DEMO_END,
  });
}

export interface SyntheticOptions {
  apps?: number;
  days?: number;
  end?: string;
  /** Display name of app `i`. */
  appName?: (i: number) => string;
  /** Features of every app: id, name, API. */
  features?: ReadonlyArray<{ id: string; name: string; api: string; unit?: string }>;
}

const DEFAULT_FEATURES = [
  { id: 'md-simple', name: 'Model Derivative - simple job', api: 'Model Derivative', unit: 'job' },
  { id: 'automation-revit', name: 'Automation API - Revit', api: 'Automation API', unit: 'processing hour' },
];

/** A deterministic history: every app uses every feature on every day, with a weekly rhythm. */
export function syntheticRecords(options: SyntheticOptions = {}): UsageRecord[] {
  const { apps = 3, days = 60, end = '2026-11-20' } = options;
  const features = options.features ?? DEFAULT_FEATURES;
  const records: UsageRecord[] = [];
  const dates = eachDay({ from: addDays(end, -(days - 1)), to: end });
  dates.forEach((date, d) => {
    for (let a = 0; a < apps; a++) {
      features.forEach((f, k) => {
        const quantity = 1 + ((a * 7 + d * 3 + k * 5) % 11) + (d % 7 < 5 ? 4 : 0);
        records.push({
          date,
          appId: `app-${String(a).padStart(3, '0')}`,
          appName: options.appName?.(a) ?? `App ${a}`,
          api: f.api,
          featureId: f.id,
          featureName: f.name,
          unit: f.unit ?? 'job',
          quantity,
          tokens: Math.round(quantity * (a + 1) * (k + 1) * 10) / 100,
          tokensEstimated: false,
        });
      });
    }
  });
  return records;
}

export interface SyntheticModelOptions extends SyntheticOptions {
  range?: DateRange;
  asOf?: string;
  locale?: 'en' | 'ja';
  statuses?: AppStatus[];
  config?: Partial<Pick<Config, 'apps' | 'budget' | 'caps' | 'rates' | 'balance'>>;
  records?: UsageRecord[];
  title?: string;
}

export function syntheticModel(options: SyntheticModelOptions = {}): ReportModel {
  const end = options.end ?? '2026-11-20';
  const records = options.records ?? syntheticRecords({ ...options, end });
  return buildModel({
    records,
    range: options.range ?? { from: addDays(end, -29), to: end },
    asOf: options.asOf ?? end,
    statuses: options.statuses ?? [],
    config: {
      apps: options.config?.apps ?? [],
      budget: options.config?.budget ?? { thresholds: [80, 100] },
      caps: options.config?.caps ?? {},
      rates: options.config?.rates ?? {},
      ...(options.config?.balance ? { balance: options.config.balance } : {}),
      report: { title: options.title ?? 'Synthetic', locale: options.locale ?? 'en', topApps: 8 },
    },
  });
}

/** Writes a built site into a folder the way a run does (the folder store), and lets go of the folder. */
export async function writeSite(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const store = await openFolderStore({ dir, data: 'real' }, testDeps());
  try {
    await store.save({ files });
  } finally {
    await store.close();
  }
}
