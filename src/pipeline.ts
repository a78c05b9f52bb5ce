/**
 * The one pipeline: config → source → history merge → model → render → publish. Front ends (action, CLI) only
 * turn their inputs into `RunOptions` and `Deps`; nothing here reads process state or imports @actions/*.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Config } from './config/schema.js';
import type { Deps } from './deps.js';
import { errorMessage, UserError } from './errors.js';
import { buildModel } from './model/build.js';
import { resolvePeriod, todayIn, type DateRange } from './model/dates.js';
import { applyRetention, mergeHistory } from './model/history.js';
import { applyRates } from './model/rates.js';
import type { UsageRecord } from './model/records.js';
import type { ReportModel } from './model/types.js';
import type { GitHubClientOptions } from './publish/github.js';
import { historyFiles, readHistoryDir, unchangedHistoryFiles } from './publish/history-files.js';
import { spreadsheetFiles } from './render/spreadsheet.js';
// Publishers are imported when their stage runs: git and octokit cost start-up time a `files` run need not pay.
import type * as PagesModuleNamespace from './publish/pages.js';
import type { PagesLocation, PublishPagesResult } from './publish/pages.js';
import type { IssueStageResult } from './publish/publish-issues.js';
import { ISSUE_BODY_LIMIT, JOB_SUMMARY_LIMIT, renderSite, utf8Length } from './render/render.js';
import { loadTemplateOverrides } from './render/overrides.js';
import { loadSource } from './sources/index.js';
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
  /** Test hook for the issue publisher's GitHub client (loopback fake, short waits). */
  github?: Partial<GitHubClientOptions>;
}

export interface RunResult {
  model: ReportModel;
  summary: string;
  /** The summary within the job summary's 1 MiB limit. */
  jobSummary: string;
  outDir: string;
  files: Map<string, string>;
  apps: AppStatus[];
  failedApps: AppStatus[];
  /** 0 success, 2 partial (some apps failed). Total failure throws a UserError (exit 1). */
  exitCode: 0 | 2;
  refreshToken?: string;
  merge: { added: number; changed: number; unchanged: number; records: number };
  /** Files written to `outDir` (changed bytes only). */
  written: number;
  pages?: PublishPagesResult & { url?: string };
  issues?: IssueStageResult;
}

export async function runReport(options: RunOptions, deps: Deps): Promise<RunResult> {
  const { config } = options;
  const { logger } = deps;
  const today = options.today ?? todayIn(config.report.timezone, deps.clock.now());
  const range = options.range ?? resolvePeriod(config.period, today);
  const outDir = resolve(options.outDir);
  if (options.publish.has('files')) await checkOutDir(outDir);
  const pagesModule = options.publish.has('pages') ? await import('./publish/pages.js') : undefined;
  const pages = pagesModule ? pagesLocation(options, deps, pagesModule.actionPagesRemote) : undefined;
  const siteUrl =
    config.report.siteUrl ??
    (pagesModule ? guessSiteUrl(options, deps, pagesModule.guessPagesUrl) : undefined);

  // A missing or unreadable template folder fails before anything is fetched.
  const overrides = await readTemplateOverrides(config, options.configDir);
  // The stored history: on the pages branch when publishing there, else in the output folder.
  const stored = await logger.group('Read stored history', async () => {
    const records =
      pages && pagesModule ? await pagesModule.readPagesHistory(pages, deps) : await readHistoryDir(outDir);
    logger.info(records.length ? `${records.length} stored records` : 'no stored history yet');
    return records;
  });

  const fetched = await logger.group(`Fetch usage (${config.source}, ${range.from} to ${range.to})`, () =>
    fetchUsage(options, range, stored, deps),
  );
  const failedApps = fetched.apps.filter((a) => a.status === 'failed');
  for (const app of failedApps)
    logger.warning(`app ${app.name} (${app.id}) failed: ${app.error ?? 'unknown error'}`);

  const input = (storedNow: readonly UsageRecord[]): BuildSiteInput => ({
    config,
    stored: storedNow,
    fetched,
    range,
    today: fetched.asOf ?? today,
    options,
    ...(siteUrl ? { siteUrl } : {}),
    ...(overrides ? { overrides } : {}),
  });
  let built: BuiltSite | undefined;
  let pagesResult: RunResult['pages'];
  if (pages && pagesModule) {
    const { publishPages, isOwnedSitePath } = pagesModule;
    pagesResult = await logger.group(`Publish to ${pages.branch}`, async () => {
      const result = await publishPages(
        {
          ...pages,
          dryRun: options.dryRun ?? false,
          message: `APS usage report: ${range.from} to ${range.to}`,
          author: commitAuthor(deps.env),
        },
        // Called again after a rejected push, with the fresher history: the re-merge.
        async (storedNow) => {
          built = await buildSite(input(storedNow));
          return { files: built.files, owned: isOwnedSitePath };
        },
        deps,
      );
      return { ...result, ...(siteUrl ? { url: siteUrl } : {}) };
    });
  } else {
    built = await logger.group('Build the report', () => buildSite(input(stored)));
  }
  if (!built) throw new UserError('the report was not built (the pages publisher produced nothing)');
  const site = built;
  logger.info(
    `history: ${site.merge.records} records (${site.merge.added} new, ${site.merge.changed} corrected, ${site.merge.unchanged} unchanged)`,
  );

  let written = 0;
  if (options.publish.has('files')) {
    written = await logger.group(`Write the site to ${outDir}`, () =>
      // History months read from this folder and untouched need no writing — but with pages, the history came
      // from the branch, not from this folder.
      writeSiteFiles(outDir, site.files, options.dryRun, pages ? undefined : site.unchanged),
    );
  }

  let issues: IssueStageResult | undefined;
  if (options.publish.has('issue')) {
    const { publishIssues } = await import('./publish/publish-issues.js');
    issues = await logger.group('Publish issues', () =>
      publishIssues(
        {
          model: site.model,
          body: site.issueBody,
          config,
          failedAppIds: failedApps.map((a) => a.id),
          dryRun: options.dryRun ?? false,
          ...(siteUrl ? { siteUrl } : {}),
          ...(options.github ? { github: options.github } : {}),
        },
        deps,
      ),
    );
  }

  return {
    model: site.model,
    summary: site.summary,
    jobSummary: site.jobSummary,
    outDir,
    files: site.files,
    apps: fetched.apps,
    failedApps,
    exitCode: failedApps.length > 0 ? 2 : 0,
    ...(fetched.refreshToken ? { refreshToken: fetched.refreshToken } : {}),
    merge: site.merge,
    written,
    ...(pagesResult ? { pages: pagesResult } : {}),
    ...(issues ? { issues } : {}),
  };
}

type PagesModule = typeof PagesModuleNamespace;

function pagesLocation(
  options: RunOptions,
  deps: Deps,
  actionPagesRemote: PagesModule['actionPagesRemote'],
): PagesLocation {
  const settings = options.config.publish.pages ?? { branch: 'gh-pages', dir: '.' };
  // A local path in the config is relative to the config file, like every other path in it.
  const remote = settings.remote
    ? isLocalPath(settings.remote)
      ? resolve(options.configDir, settings.remote)
      : settings.remote
    : actionPagesRemote(deps.env);
  return {
    remote,
    branch: settings.branch,
    dir: settings.dir,
    ...(deps.env.GITHUB_TOKEN ? { token: deps.env.GITHUB_TOKEN } : {}),
    ...(deps.env.RUNNER_TEMP ? { workRoot: deps.env.RUNNER_TEMP } : {}),
  };
}

/** Not a URL (`https://…`, `file://…`) and not scp-like (`git@host:path`). */
function isLocalPath(remote: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !/^[^/\\@]+@[^:/]+:/.test(remote);
}

function guessSiteUrl(
  options: RunOptions,
  deps: Deps,
  guessPagesUrl: PagesModule['guessPagesUrl'],
): string | undefined {
  const repository = deps.env.GITHUB_REPOSITORY;
  if (!repository || options.config.publish.pages?.remote) return undefined;
  const [owner = '', repo = ''] = repository.split('/');
  return guessPagesUrl({
    owner,
    repo,
    dir: options.config.publish.pages?.dir ?? '.',
    ...(deps.env.GITHUB_SERVER_URL ? { serverUrl: deps.env.GITHUB_SERVER_URL } : {}),
  });
}

function commitAuthor(env: Record<string, string | undefined>): { name: string; email: string } {
  return env.GITHUB_ACTIONS === 'true'
    ? { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }
    : { name: 'aps-usage-report', email: 'aps-usage-report@users.noreply.github.com' };
}

async function fetchUsage(
  options: RunOptions,
  range: DateRange,
  stored: UsageRecord[],
  deps: Deps,
): Promise<SourceResult> {
  const source = await loadSource(options.config.source);
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
  /** Where the site is published, for links from Markdown (config `report.siteUrl` wins). */
  siteUrl?: string;
  /** `report.templates`, already read (runReport reads them before fetching, so a bad folder fails early). */
  overrides?: TemplateOverrides;
}

type TemplateOverrides = Awaited<ReturnType<typeof loadTemplateOverrides>>;

async function readTemplateOverrides(
  config: Config,
  configDir: string,
): Promise<TemplateOverrides | undefined> {
  return config.report.templates
    ? loadTemplateOverrides(resolve(configDir, config.report.templates))
    : undefined;
}

export type BuiltSite = Awaited<ReturnType<typeof buildSite>>;

/** The Markdown notes of the config, for the pages: `report.notes` and each app's `notes`. */
function configNotes(config: Config): NonNullable<Parameters<typeof renderSite>[1]['notes']> {
  const apps = new Map(config.apps.flatMap((a) => (a.notes ? [[a.id, a.notes] as const] : [])));
  return { ...(config.report.notes ? { report: config.report.notes } : {}), apps };
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
  // Months the run did not touch keep the text read from disk: neither formatted nor compared again.
  const data = historyFiles(history, input.stored);
  const overrides = input.overrides ?? (await readTemplateOverrides(config, input.options.configDir));
  const rendered = await renderSite(model, {
    dataFiles: [...data.keys()],
    notes: configNotes(config),
    ...(overrides ? { templates: overrides.templates, partials: overrides.partials } : {}),
    ...((input.siteUrl ?? config.report.siteUrl)
      ? { siteUrl: (input.siteUrl ?? config.report.siteUrl)! }
      : {}),
  });
  const files = new Map([...data, ...spreadsheetFiles(data), ...rendered.files]);
  return {
    model,
    summary: rendered.summary,
    // Each publisher gets the richest summary within its limit; the issue body leaves room for the hidden
    // marker and the cc line that the issue publisher adds.
    issueBody: rendered.summaryWithin(ISSUE_BODY_LIMIT - issueHeadroom(config.publish.issue?.mentions ?? [])),
    jobSummary: rendered.summaryWithin(JOB_SUMMARY_LIMIT, utf8Length),
    /** For other limits (e.g. a comment): the same templates and site URL. */
    summaryWithin: rendered.summaryWithin,
    files,
    /** History files whose bytes are those read from the stored history (`input.stored`): no need to write them. */
    unchanged: unchangedHistoryFiles(data, input.stored),
    history,
    merge: {
      added: merged.added,
      changed: merged.changed,
      unchanged: merged.unchanged,
      records: history.length,
    },
  };
}

/**
 * Writes files whose bytes changed; returns how many were written. Unchanged files keep their mtime. `unchanged`
 * names files known to hold these bytes already (history months read from this folder and not touched).
 *
 * In two steps, so that a failure (a full disk, a file or folder in the way, no permission) leaves the site as it
 * was rather than half old, half new: every changed file is first written next to its target under a temporary
 * name, and only when all of them are there are they renamed over their targets.
 */
export async function writeSiteFiles(
  outDir: string,
  files: ReadonlyMap<string, string>,
  dryRun = false,
  unchanged: ReadonlySet<string> = new Set(),
): Promise<number> {
  const changed: [path: string, content: string][] = [];
  for (const [rel, content] of files) {
    if (unchanged.has(rel)) continue;
    const path = join(outDir, rel);
    const old = await readFile(path, 'utf8').catch(() => undefined);
    if (old !== content) changed.push([path, content]);
  }
  if (dryRun || changed.length === 0) return changed.length;
  const staged: [temp: string, path: string][] = [];
  const tag = `.${process.pid}-${Date.now().toString(36)}.tmp`;
  try {
    for (const [path, content] of changed) {
      const temp = path + tag;
      await mkdir(dirname(path), { recursive: true });
      // A folder where a page goes would only fail at the rename, after other pages were replaced.
      const existing = await stat(path).catch(() => undefined);
      if (existing && !existing.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      await writeFile(temp, content);
      staged.push([temp, path]);
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    const path = changed[staged.length]?.[0] ?? outDir;
    throw new UserError(
      `cannot write the site to ${outDir}: ${path}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}; ` +
        'nothing was replaced, the site there is as it was',
    );
  }
  for (const [temp, path] of staged) await rename(temp, path);
  return changed.length;
}

/** `--out` or `publish.files.dir` must be a folder (or not exist yet): checked before anything is fetched. */
async function checkOutDir(outDir: string): Promise<void> {
  const found = await stat(outDir).catch(() => undefined);
  if (found && !found.isDirectory())
    throw new UserError(
      `output folder ${outDir}: is a file; expected a folder (or a path that does not exist yet)`,
    );
}

/** Characters the issue publisher adds around the summary: the month marker line and the cc line. */
function issueHeadroom(mentions: readonly string[]): number {
  return 64 + mentions.reduce((n, m) => n + m.length + 2, 8);
}
