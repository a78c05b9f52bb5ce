/**
 * The one pipeline: config → source → history merge → model → render → publish. Front ends (action, CLI) only
 * turn their inputs into `RunOptions` and `Deps`; nothing here reads process state or imports @actions/*.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Config } from './config/schema.js';
import type { Deps } from './deps.js';
import { UserError } from './errors.js';
import { buildModel } from './model/build.js';
import { resolvePeriod, todayIn, type DateRange } from './model/dates.js';
import { applyRetention, mergeHistory } from './model/history.js';
import { applyRates } from './model/rates.js';
import type { UsageRecord } from './model/records.js';
import type { ReportModel } from './model/types.js';
import { historyFiles, readHistoryDir } from './publish/history-files.js';
import { renderSite } from './render/render.js';
import { loadTemplateOverrides } from './render/overrides.js';
import { getSource } from './sources/index.js';
import type { AppStatus, SourceResult } from './sources/types.js';

export type PublishTarget = 'files' | 'pages' | 'issue' | 'summary';

export interface RunOptions {
  config: Config;
  /** Folder the config file is in: relative paths in the config resolve from it. */
  configDir: string;
  /** Output folder for `files` (the site); also the stored history when not publishing to pages. */
  outDir: string;
  /** Overrides the configured period. */
  range?: DateRange;
  /** Pins "today" (the demo does, so its report never changes). */
  today?: string;
  publish: ReadonlySet<PublishTarget>;
  recordDir?: string;
  dryRun?: boolean;
  /**
   * Called as soon as the source rotated the refresh token — also when the run fails afterwards, because the old
   * token is already dead and the new one must reach the user.
   */
  onRefreshToken?: (token: string) => void | Promise<void>;
}

export interface RunResult {
  model: ReportModel;
  summary: string;
  outDir: string;
  files: Map<string, string>;
  apps: AppStatus[];
  failedApps: AppStatus[];
  /** 0 success, 2 partial (some apps failed). Total failure throws a UserError (exit 1). */
  exitCode: 0 | 2;
  refreshToken?: string;
  merge: { added: number; changed: number; unchanged: number; records: number };
  written: number;
}

export async function runReport(options: RunOptions, deps: Deps): Promise<RunResult> {
  const { config, logger } = { config: options.config, logger: deps.logger };
  const today = options.today ?? todayIn(config.report.timezone, deps.clock.now());
  const range = options.range ?? resolvePeriod(config.period, today);
  const outDir = resolve(options.outDir);

  const stored = await logger.group('Read stored history', async () => {
    const records = await readHistoryDir(outDir);
    logger.info(
      records.length
        ? `${records.length} stored records in ${join(outDir, 'data')}`
        : 'no stored history yet',
    );
    return records;
  });

  const fetched = await logger.group(`Fetch usage (${config.source}, ${range.from} to ${range.to})`, () =>
    fetchUsage(options, range, stored, deps),
  );
  const failedApps = fetched.apps.filter((a) => a.status === 'failed');
  for (const app of failedApps)
    logger.warning(`app ${app.name} (${app.id}) failed: ${app.error ?? 'unknown error'}`);

  const built = await logger.group('Build the report', () =>
    buildSite({ config, stored, fetched, range, today: fetched.asOf ?? today, options }),
  );
  logger.info(
    `history: ${built.merge.records} records (${built.merge.added} new, ${built.merge.changed} corrected, ${built.merge.unchanged} unchanged)`,
  );

  let written = 0;
  if (options.publish.has('files')) {
    written = await logger.group(`Write the site to ${outDir}`, () =>
      writeSiteFiles(outDir, built.files, options.dryRun),
    );
  }

  return {
    model: built.model,
    summary: built.summary,
    outDir,
    files: built.files,
    apps: fetched.apps,
    failedApps,
    exitCode: failedApps.length > 0 ? 2 : 0,
    ...(fetched.refreshToken ? { refreshToken: fetched.refreshToken } : {}),
    merge: built.merge,
    written,
  };
}

async function fetchUsage(
  options: RunOptions,
  range: DateRange,
  stored: UsageRecord[],
  deps: Deps,
): Promise<SourceResult> {
  const source = getSource(options.config.source);
  if (!source) throw new UserError(`source: "${options.config.source}" is not available in this build`);
  let result: SourceResult;
  try {
    result = await source.fetch(
      {
        config: options.config,
        range,
        history: stored,
        baseDir: options.configDir,
        ...(options.recordDir ? { recordDir: options.recordDir } : {}),
      },
      deps,
    );
  } catch (error) {
    const rotated = (error as { refreshToken?: unknown }).refreshToken;
    if (typeof rotated === 'string' && rotated) await handOutRefreshToken(rotated, options, deps);
    throw error;
  }
  if (result.refreshToken) await handOutRefreshToken(result.refreshToken, options, deps);
  if (result.apps.length > 0 && result.apps.every((a) => a.status === 'failed')) {
    throw new UserError(
      `every app failed, nothing was published:\n${result.apps.map((a) => `  - ${a.name} (${a.id}): ${a.error ?? 'failed'}`).join('\n')}`,
    );
  }
  deps.logger.info(`${result.records.length} records from ${result.apps.length} app(s)`);
  return result;
}

async function handOutRefreshToken(token: string, options: RunOptions, deps: Deps): Promise<void> {
  deps.logger.setSecret(token);
  if (options.onRefreshToken) await options.onRefreshToken(token);
}

export interface BuildSiteInput {
  config: Config;
  stored: readonly UsageRecord[];
  fetched: SourceResult;
  range: DateRange;
  today: string;
  options: Pick<RunOptions, 'configDir'>;
}

/**
 * Merge → model → render, entirely in memory: nothing is written until every page rendered, so a failure never
 * leaves a half-broken site over a good one. Publishers that re-merge (pages, on a rejected push) call this again.
 */
export async function buildSite(input: BuildSiteInput) {
  const { config } = input;
  const merged = mergeHistory(input.stored, input.fetched.records);
  let history = applyRates(merged.records, config.rates);
  if (config.history.keepDays) history = applyRetention(history, config.history.keepDays, input.today);
  const model = buildModel({
    records: history,
    range: input.range,
    asOf: input.today,
    statuses: input.fetched.apps,
    config,
  });
  const data = historyFiles(history);
  const overrides = config.report.templates
    ? await loadTemplateOverrides(resolve(input.options.configDir, config.report.templates))
    : undefined;
  const rendered = await renderSite(model, {
    dataFiles: [...data.keys()],
    ...(overrides ? { templates: overrides.templates, partials: overrides.partials } : {}),
    ...(config.report.siteUrl ? { siteUrl: config.report.siteUrl } : {}),
  });
  const files = new Map([...data, ...rendered.files]);
  return {
    model,
    summary: rendered.summary,
    files,
    history,
    merge: {
      added: merged.added,
      changed: merged.changed,
      unchanged: merged.unchanged,
      records: history.length,
    },
  };
}

/** Writes files whose bytes changed; returns how many were written. Unchanged files keep their mtime. */
export async function writeSiteFiles(
  outDir: string,
  files: ReadonlyMap<string, string>,
  dryRun = false,
): Promise<number> {
  let written = 0;
  for (const [rel, content] of files) {
    const path = join(outDir, rel);
    const old = await readFile(path, 'utf8').catch(() => undefined);
    if (old === content) continue;
    written++;
    if (dryRun) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return written;
}
