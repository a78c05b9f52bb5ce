/**
 * The one pipeline: read the stored history → fetch → build the site (merge → model → render) → save it (again after
 * a rejected save, from the fresher history) → the other publishers. Front ends (action, CLI) only turn their inputs
 * into `RunOptions` and `Deps`; nothing here reads process state or imports @actions/*.
 */
import { resolve } from 'node:path';
import type { Config } from './config/schema.js';
import type { Deps } from './deps.js';
import { UserError } from './errors.js';
import type { GitHubContext } from './github-context.js';
import type { SiteData } from './history/folder-store.js';
import type { StoredHistory } from './history/history-files.js';
import type { SaveResult } from './history/store.js';
import type { HistoryRows } from './model/history-table.js';
import { decideAsOf, lastCompleteDay } from './model/as-of.js';
import { resolvePeriod, todayIn, type DateRange } from './model/dates.js';
import { describeNegativeUsage } from './model/negative-usage.js';
import type { ReportModel } from './model/types.js';
import { publishAll, type PublishContext, type PublisherResults } from './publish/index.js';
import type { PublishTarget } from './publish/targets.js';
import { openRun, type OpenRun } from './run-setup.js';
import { count } from './plural.js';
import { startProgress } from './progress.js';
import { buildSite, type Site } from './site.js';
import { loadSource } from './sources/index.js';
import type { AppStatus, SourceResult } from './sources/types.js';

export type { PublishTarget } from './publish/targets.js';

type Fetched = SourceResult<HistoryRows>;

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
  /** The demo's made-up data or real usage (default: `demo` for `source: demo`); the two never share a folder. */
  data?: SiteData;
  /** Write the site into a folder holding files this tool did not write (`--force`). */
  force?: boolean;
  /** The GitHub side of the environment, read by the front end. */
  github: GitHubContext;
}

export interface RunResult {
  model: ReportModel;
  summary: string;
  outDir: string;
  /** The site's files; those written ahead to the store's spool (large sites) can be read until the run ends. */
  files: ReadonlyMap<string, string>;
  apps: AppStatus[];
  failedApps: AppStatus[];
  /** 0 success, 2 partial (some apps failed). Total failure throws a UserError (exit 1). */
  exitCode: 0 | 2;
  merge: Site['merge'];
  /** Files written to `outDir` (changed bytes only). */
  written: number;
  /** The pages save: `changed` when a commit was made (pushed, or in a dry run would have been). */
  pages?: SaveResult & { changed: boolean; attempts: number; url?: string };
  issues?: PublisherResults['issue'];
  jobSummary?: PublisherResults['summary'];
}

export async function runReport(options: RunOptions, deps: Deps): Promise<RunResult> {
  const { logger } = deps;
  const { period, report } = options.config;
  const now = deps.clock.now();
  const today = options.today ?? todayIn(report.timezone, now);
  // The newest complete day (a pinned "today", the demo's, pins it too): default periods end on it.
  const complete = options.today ?? lastCompleteDay(now, report.timezone);
  const wanted = options.range ?? resolvePeriod(period, today, complete);
  // Stores opened and publishers checked before anything is fetched: exit 1 keeps meaning nothing was published.
  const run = await openRun(options, wanted, deps);
  try {
    let stored = await logger.group(`Read the history (${run.history.where})`, () => readHistory(run, deps));
    const fetched = await logger.group(
      `Fetch usage (${options.config.source}, ${wanted.from} to ${wanted.to})`,
      () => fetchUsage(options, wanted, stored, deps),
    );
    // The one "as of" day, decided here from how fresh the source says its data is.
    const asOf = decideAsOf(complete, fetched.asOf);
    const range = options.range ?? resolvePeriod(period, today, asOf);
    // Pages past the spool's first megabytes are written there as they render (removed when the run closes).
    const spool = await run.history.openSpool?.();
    const build = (history: StoredHistory) =>
      withPageProgress(deps, (onPage) =>
        buildSite({
          ...run.siteInput,
          stored: history,
          fetched,
          range,
          asOf,
          onPage,
          ...(deps.drawChart ? { drawChart: deps.drawChart } : {}),
          ...(deps.startPageHelper ? { startHelper: deps.startPageHelper } : {}),
          ...(spool ? { spool } : {}),
        }),
      );
    let site = await logger.group('Build the site', () => build(stored));
    let saved = await logger.group(`Save the site (${run.history.where})`, () => run.history.save(site));
    let attempts = 1;
    while (saved.status === 'rejected') {
      // Another run saved first: merge into the fresher history and save again.
      stored = await readHistory(run, deps);
      site = await build(stored);
      saved = await run.history.save(site);
      attempts++;
    }
    const copied =
      run.copy && (await logger.group(`Write the site (${run.copy.where})`, () => saveCopy(run, site)));
    const published = await publishAll(run.publishers, site, publishContext(run, site), deps);
    return runResult({ run, site, fetched, saved, attempts, copied, published, logger });
  } finally {
    await run.close();
  }
}

/** Runs `build` with a page counter that prints progress lines while a large site renders. */
async function withPageProgress<T>(
  deps: Deps,
  build: (onPage: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  const progress = startProgress({
    label: 'render',
    total: 0,
    unit: 'pages',
    log: (line) => deps.logger.info(line),
    now: () => deps.clock.now().getTime(),
  });
  let seen = 0;
  try {
    return await build((done, total) => {
      progress.setTotal(total);
      progress.advance(done - seen);
      seen = done;
    });
  } finally {
    progress.finish();
  }
}

function saveCopy(run: OpenRun, site: Site): Promise<SaveResult> {
  // Built from the other store's history: nothing here is known to be unchanged.
  return run.copy!.save({ files: site.files });
}

function publishContext(run: OpenRun, site: Site): PublishContext {
  // The ids the alerts carry: the site's (a hash with report.showIds: false), so a failed app's issue stays open.
  const failed = site.model.apps.filter((a) => a.status === 'failed').map((a) => a.id);
  return { ...run.publishContext, failedAppIds: failed };
}

function runResult(r: {
  run: OpenRun;
  site: Site;
  fetched: Fetched;
  saved: SaveResult;
  attempts: number;
  copied: SaveResult | undefined;
  published: Partial<PublisherResults>;
  logger: Deps['logger'];
}): RunResult {
  const { run, site, saved } = r;
  r.logger.info(
    `history: ${count(site.merge.records, 'record')} (${site.merge.added} new, ${site.merge.changed} corrected, ${site.merge.unchanged} unchanged)`,
  );
  const onPages = run.history.target === 'pages';
  const failed = failedApps(r.fetched);
  return {
    model: site.model,
    summary: site.summary,
    outDir: run.outDir,
    files: site.files,
    apps: r.fetched.apps,
    failedApps: failed,
    exitCode: failed.length > 0 ? 2 : 0,
    merge: site.merge,
    written: (onPages ? r.copied : saved)?.changedFiles ?? 0,
    ...(onPages
      ? {
          pages: {
            ...saved,
            changed: saved.status === 'saved',
            attempts: r.attempts,
            ...(run.siteUrl ? { url: run.siteUrl } : {}),
          },
        }
      : {}),
    ...(r.published.issue ? { issues: r.published.issue } : {}),
    ...(r.published.summary ? { jobSummary: r.published.summary } : {}),
  };
}

async function readHistory(run: OpenRun, deps: Deps): Promise<StoredHistory> {
  const stored = await run.history.read();
  deps.logger.info(
    stored.records.length ? `${count(stored.records.length, 'stored record')}` : 'no stored history yet',
  );
  return stored;
}

function failedApps(fetched: Fetched): AppStatus[] {
  return fetched.apps.filter((a) => a.status === 'failed');
}

async function fetchUsage(
  options: RunOptions,
  range: DateRange,
  stored: StoredHistory,
  deps: Deps,
): Promise<Fetched> {
  const source = await loadSource(options.config.source);
  const result = await source.fetch(
    {
      config: options.config,
      range,
      history: stored.records,
      baseDir: options.configDir,
      ...(options.recordDir ? { recordDir: resolve(options.recordDir) } : {}),
    },
    deps,
  );
  if (result.apps.length > 0 && result.apps.every((a) => a.status === 'failed')) {
    throw new UserError(
      `every app failed, nothing was published:\n${result.apps.map((a) => `  - ${a.name} (${a.id}): ${a.error ?? 'failed'}`).join('\n')}`,
    );
  }
  for (const app of failedApps(result))
    deps.logger.warning(`app ${app.name} (${app.id}) failed: ${app.error ?? 'unknown error'}`);
  const negative = describeNegativeUsage(result.records);
  if (negative) deps.logger.warning(negative);
  deps.logger.info(`${count(result.records.length, 'record')} from ${count(result.apps.length, 'app')}`);
  return result;
}
