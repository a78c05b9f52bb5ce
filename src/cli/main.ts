/**
 * The CLI front end: argv/env → RunOptions, a console logger, exit codes (0 ok, 1 nothing usable, 2 partial).
 */
import { constants } from 'node:fs';
import { access, chmod, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { dirname, join, relative, resolve } from 'node:path';
import { MAX_PERIOD_DAYS, periodDays } from '../config/schema.js';
import { realSleep, systemClock, type Deps, type Logger } from '../deps.js';
import { helpersOf } from '../page-helper.js';
import { errorMessage, UserError } from '../errors.js';
import { createHttpFetch } from '../http.js';
import { isDay } from '../model/dates.js';
import { readGitHubContext } from '../github-context.js';
import type { runReport as RunReport, RunOptions } from '../pipeline.js';
import type { readConfigFile as ReadConfigFile } from '../config/load.js';
import { isPublishTarget, PUBLISH_TARGETS, type PublishTarget } from '../publish/targets.js';
import { chooseAuthMode, credentialsFromEnv, readCredentials } from '../sources/aps/credentials.js';
import { SecretRegistry } from '../sources/aps/secrets.js';
import type { Config } from '../config/schema.js';
import { DEMO_CONFIG, DEMO_END } from '../sources/demo-data.js';
import { VERSION } from '../version.js';
import { INIT_HELP, initProject } from './init.js';
import { createConsoleLogger } from './logger.js';

/**
 * The pipeline and the config reader, loaded by the commands that use them: `--help`, `--version` and a usage
 * error start without the renderer, the templates and the YAML and schema code (about half the start-up time).
 */
const runReport: typeof RunReport = async (...args) => (await import('../pipeline.js')).runReport(...args);
const readConfigFile: typeof ReadConfigFile = async (...args) =>
  (await import('../config/load.js')).readConfigFile(...args);
const parseConfigObject = async (input: unknown): Promise<Config> =>
  (await import('../config/schema.js')).configSchema.parse(input);

const HELP: Record<string, string> = {
  main: `aps-usage-report ${VERSION} — daily APS usage for every app: history, an HTML site, Markdown, alerts.

Usage:
  aps-usage-report demo [--out DIR] [--locale en|ja] [--live] [--force]
  aps-usage-report run --config FILE [--out DIR] [--from YYYY-MM-DD --to YYYY-MM-DD]
                       [--publish files,pages,issue,summary] [--record DIR] [--dry-run]
  aps-usage-report validate --config FILE
  aps-usage-report init [--dir DIR] [--force]
  aps-usage-report <command> --help
  aps-usage-report --version

Exit codes: 0 success · 1 nothing usable was produced (nothing published) · 2 partial (some apps failed)
Docs: README.md`,
  demo: `aps-usage-report demo [--out DIR] [--locale en|ja] [--live]

Runs the whole pipeline on the built-in sample data (five apps, 234 days; no network, no credentials)
and writes the site.

Options:
  --out DIR        output folder (default: site)
  --locale en|ja   report language (default: en)
  --live           fetch the demo data through the real APS client from a loopback APS server
                   (service-account auth, the usage endpoints) — still no network, no credentials
  --force          write into a folder holding files this tool did not write
  --verbose        print timings and debug lines`,
  run: `aps-usage-report run --config FILE [options]

Fetches usage as the config says, merges it into the stored history (OUT/data/usage-*.csv),
and writes the report.

Options:
  --config FILE        config file (YAML); see README "Configuration"
  --out DIR            output folder (default: publish.files.dir from the config, else site)
  --from YYYY-MM-DD    first day (with --to; overrides the configured period)
  --to YYYY-MM-DD      last day
  --publish LIST       comma list of files,pages,issue,summary (default: files; summary needs the
                       GITHUB_STEP_SUMMARY file of a workflow step)
  --record DIR         save raw API responses (secrets removed) for bug reports and fixtures
  --refresh-token-file FILE
                       where to save a rotated APS refresh token (default: .aps-refresh-token)
  --dry-run            do everything except writing, pushing and GitHub writes
  --force              write into a folder holding files this tool did not write (never mixes demo and
                       real data)
  --verbose            print timings and debug lines

Environment: APS_CLIENT_ID, APS_CLIENT_SECRET, APS_SERVICE_ACCOUNT_ID, APS_SERVICE_ACCOUNT_KEY_ID,
APS_SERVICE_ACCOUNT_PRIVATE_KEY, APS_REFRESH_TOKEN, APS_ACCESS_TOKEN, APS_BASE_URL, APS_ASSERTION_AUDIENCE;
GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL for issues.`,
  validate: `aps-usage-report validate --config FILE

Checks a config file without fetching anything (with source: file, that its files exist); prints every
problem with its field path.
Exit code 1 when there is any problem.`,
  init: INIT_HELP,
};

export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  logger?: Logger,
  /** The helper thread's script (`dist/page-helper.js`), given by the bundle's entry. */
  helperScript?: URL,
): Promise<number> {
  const log = logger ?? createConsoleLogger(undefined, undefined, { verbose: argv.includes('--verbose') });
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      log.info(HELP.main!);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      log.info(VERSION);
      return 0;
    }
    if (!(command in HELP) || command === 'main') {
      throw new UserError(`unknown command "${command}"; expected demo, run, validate or init (see --help)`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      log.info(HELP[command]!);
      return 0;
    }
    const deps = { ...createDeps(log, env), ...helpersOf(helperScript) };
    switch (command) {
      case 'demo':
        return await demo(rest, deps);
      case 'run':
        return await run(rest, deps);
      case 'validate':
        return await validate(rest, log);
      case 'init': {
        const v = parse('init', rest, { dir: { type: 'string' }, force: { type: 'boolean' } });
        await initProject(
          { dir: resolve((v.dir as string | undefined) ?? '.'), force: v.force === true },
          log,
        );
        return 0;
      }
    }
    return 1;
  } catch (error) {
    log.error(errorMessage(error));
    if (!(error instanceof UserError) && env.APS_USAGE_DEBUG) log.error((error as Error).stack ?? '');
    return error instanceof UserError ? error.exitCode : 1;
  }
}

function createDeps(logger: Logger, env: Record<string, string | undefined>): Deps {
  return {
    logger,
    env,
    credentials: credentialsFromEnv(env),
    // Replaced by `run`, which knows where to save it; no other command signs in with a refresh token.
    saveRefreshToken: () =>
      Promise.reject(new UserError('APS rotated a refresh token, but this command has nowhere to save it')),
    clock: systemClock,
    sleep: realSleep,
    fetch: createHttpFetch(env),
    random: Math.random,
  };
}

function parse(
  command: string,
  args: string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'],
) {
  try {
    return parseArgs({
      args,
      options: { ...(options ?? {}), verbose: { type: 'boolean' } },
      allowPositionals: false,
      strict: true,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new UserError(`${command}: ${errorMessage(error)} (see aps-usage-report ${command} --help)`);
  }
}

async function demo(args: string[], deps: Deps): Promise<number> {
  const v = parse('demo', args, {
    out: { type: 'string' },
    locale: { type: 'string' },
    live: { type: 'boolean' },
    force: { type: 'boolean' },
  });
  const locale = (v.locale as string | undefined) ?? 'en';
  if (locale !== 'en' && locale !== 'ja') throw new UserError(`--locale: expected en or ja, got "${locale}"`);
  const outDir = (v.out as string | undefined) ?? 'site';
  const started = performance.now();
  const force = v.force === true;
  if (v.live) return demoLive(outDir, locale, force, deps, started);
  const config = await parseConfigObject({ ...DEMO_CONFIG, report: { ...DEMO_CONFIG.report, locale } });
  const result = await runReport(demoRunOptions(config, outDir, force, deps), deps);
  reportDone(deps.logger, result.outDir, result.written, result.files.size, performance.now() - started);
  return result.exitCode;
}

/** A demo run: the demo's data is complete through its last day, written to `outDir` only, marked as demo data. */
function demoRunOptions(config: Config, outDir: string, force: boolean, deps: Deps): RunOptions {
  return {
    config,
    configDir: process.cwd(),
    outDir,
    today: DEMO_END,
    publish: new Set(['files']),
    github: readGitHubContext(deps.env),
    data: 'demo',
    force,
  };
}

/** The fetch path for real — auth, windows, paging — against the loopback APS; no credentials, no network. */
async function demoLive(
  outDir: string,
  locale: 'en' | 'ja',
  force: boolean,
  deps: Deps,
  started: number,
): Promise<number> {
  const { startLiveDemo } = await import('../demo/live.js');
  const live = await startLiveDemo();
  try {
    deps.logger.info(`Loopback APS listening on ${live.baseUrl} (serving the demo dataset)`);
    for (const secret of [live.env.APS_CLIENT_SECRET, live.env.APS_SERVICE_ACCOUNT_PRIVATE_KEY])
      deps.logger.setSecret(secret ?? '');
    const config = await parseConfigObject({ ...live.config, report: { ...live.config.report, locale } });
    // Fetched through the real client, but the same made-up data, period and figures as the offline demo.
    const result = await runReport(demoRunOptions(config, outDir, force, deps), {
      ...deps,
      credentials: credentialsFromEnv(live.env),
      clock: { now: live.now },
    });
    deps.logger.info(`${live.requests()} requests to the loopback APS`);
    reportDone(deps.logger, result.outDir, result.written, result.files.size, performance.now() - started);
    return result.exitCode;
  } finally {
    await live.close();
  }
}

async function run(args: string[], deps: Deps): Promise<number> {
  const v = parse('run', args, {
    config: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    publish: { type: 'string' },
    record: { type: 'string' },
    'refresh-token-file': { type: 'string' },
    'dry-run': { type: 'boolean' },
    force: { type: 'boolean' },
  });
  // An empty value (`--out "$UNSET"`) would resolve to the current folder and write the site over it.
  for (const flag of ['config', 'out', 'record', 'refresh-token-file'] as const) {
    if (v[flag] === '') throw new UserError(`--${flag}: expected a path, got "" (an unset variable?)`);
  }
  if (!v.config)
    throw new UserError('run: --config FILE is required (create one with `aps-usage-report init`)');
  const tokenFile = (v['refresh-token-file'] as string | undefined) ?? '.aps-refresh-token';
  const configPath = resolve(v.config as string);
  const config = await readConfigFile(configPath);
  // Only a run that signs in with a refresh token can be handed a rotated one to save.
  if (usesRefreshToken(config, deps)) await checkTokenFolder(tokenFile);
  const range = parseRange(v.from as string | undefined, v.to as string | undefined);
  const publish = parsePublish((v.publish as string | undefined) ?? 'files');
  // A path in the config resolves against the config file, like every other path in it; --out against the
  // current folder, like every other flag.
  const outDir = v.out
    ? resolve(v.out as string)
    : config.publish.files?.dir
      ? resolve(dirname(configPath), config.publish.files.dir)
      : resolve('site');
  const started = performance.now();
  const result = await runReport(
    {
      config,
      configDir: dirname(configPath),
      outDir,
      publish,
      ...(range ? { range } : {}),
      ...(v.record ? { recordDir: resolve(v.record as string) } : {}),
      ...(v['dry-run'] ? { dryRun: true } : {}),
      ...(v.force ? { force: true } : {}),
      github: readGitHubContext(deps.env),
    },
    { ...deps, saveRefreshToken: (token) => saveRefreshToken(token, tokenFile, deps.logger) },
  );
  if (publish.has('files')) {
    reportDone(
      deps.logger,
      result.outDir,
      result.written,
      result.files.size,
      performance.now() - started,
      Boolean(v['dry-run']),
    );
  }
  if (result.pages) {
    const where = result.pages.url ? ` (${result.pages.url})` : '';
    deps.logger.info(
      result.pages.pushed
        ? `Published to the Pages branch: commit ${result.pages.commit?.slice(0, 12) ?? ''}${where}`
        : `Pages branch unchanged${v['dry-run'] ? ' (dry run)' : ''}${where}`,
    );
  }
  if (result.issues) {
    const { issue, alerts } = result.issues;
    const touched = alerts.map((a) => `${a.kind} ${a.action}`).join(', ') || 'none';
    deps.logger.info(
      `Monthly issue ${issue.action}${issue.url ? `: ${issue.url}` : ''}; alert issues: ${touched}`,
    );
  }
  if (result.failedApps.length > 0) {
    deps.logger.warning(
      `${result.failedApps.length} app(s) failed and are marked in the report: ${result.failedApps.map((a) => a.name).join(', ')}`,
    );
  }
  return result.exitCode;
}

async function validate(args: string[], logger: Logger): Promise<number> {
  const v = parse('validate', args, { config: { type: 'string' } });
  if (!v.config) throw new UserError('validate: --config FILE is required');
  const configPath = resolve(v.config as string);
  const config = await readConfigFile(configPath);
  // The paths a run would read, checked as the run checks them (against the config's folder).
  if (config.source === 'file') {
    const { findUsageFiles } = await import('../sources/file.js');
    await findUsageFiles(config.file, dirname(configPath));
  }
  logger.info(
    `${v.config as string}: valid (source: ${config.source}, ${config.apps.length} app(s) configured)`,
  );
  config.apps.forEach((app, i) => {
    if (/^YOUR_/.test(app.id)) {
      logger.warning(
        `apps[${i}].id: "${app.id}" is the placeholder from init; put the app's client id there (APS portal: your app, "Client ID")`,
      );
    }
  });
  return 0;
}

/**
 * Refresh tokens rotate: the one just used is dead, so the new one is saved (owner-only permissions) and never
 * printed.
 */
async function saveRefreshToken(token: string, file: string, logger: Logger): Promise<void> {
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  logger.warning(
    `APS rotated the refresh token; the old one no longer works. The new one is in ${file} (readable only by you). ` +
      `Next run: export APS_REFRESH_TOKEN="$(cat ${shellQuote(file)})". Keep the file out of git.`,
  );
}

/**
 * The rotated refresh token can only be saved, never printed, and the old one is dead by then: a folder it cannot be
 * written to is found before anything is fetched.
 */
async function checkTokenFolder(file: string): Promise<void> {
  const folder = dirname(resolve(file));
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new UserError(
      `--refresh-token-file ${file}: cannot write to the folder ${folder} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}); ` +
        'a rotated refresh token could not be saved',
    );
  }
}

function parseRange(from?: string, to?: string) {
  if (!from && !to) return undefined;
  if (!from || !to) throw new UserError('--from and --to go together: give both (YYYY-MM-DD)');
  for (const [name, value] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!isDay(value)) throw new UserError(`${name}: expected a date as YYYY-MM-DD, got "${value}"`);
  }
  if (from > to) throw new UserError(`--from ${from} is after --to ${to}`);
  const days = periodDays(from, to);
  if (days > MAX_PERIOD_DAYS)
    throw new UserError(
      `--from ${from} --to ${to} is ${days} days; expected at most ${MAX_PERIOD_DAYS} days (ten years)`,
    );
  return { from, to };
}

function parsePublish(list: string): Set<PublishTarget> {
  const out = new Set<PublishTarget>();
  for (const item of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!isPublishTarget(item)) {
      throw new UserError(
        `--publish: unknown target "${item}"; expected a comma list of ${PUBLISH_TARGETS.join(', ')}`,
      );
    }
    out.add(item);
  }
  if (out.size === 0)
    throw new UserError(
      `--publish: expected a comma list of ${PUBLISH_TARGETS.join(', ')}, got ${JSON.stringify(list)} (nothing would be published)`,
    );
  return out;
}

function reportDone(
  logger: Logger,
  outDir: string,
  written: number,
  total: number,
  ms: number,
  dryRun = false,
): void {
  const rel = relative(process.cwd(), join(outDir, 'index.html')) || 'index.html';
  if (dryRun) {
    logger.info(
      `Dry run: ${written} of ${total} files would change in ${relative(process.cwd(), outDir) || '.'}; nothing was written (${(ms / 1000).toFixed(1)} s)`,
    );
    return;
  }
  logger.info(`Report written: ${rel} (${written} of ${total} files changed, ${(ms / 1000).toFixed(1)} s)`);
  logger.info(`Open it with: xdg-open ${shellQuote(rel)}   (or open / start on macOS / Windows)`);
}

/** A path as a POSIX shell reads it back: as is when it is plain, else in single quotes. */
export function shellQuote(path: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** Whether the run would sign in to APS with a refresh token (the auth mode the source would pick). */
function usesRefreshToken(config: Config, deps: Deps): boolean {
  if (config.source !== 'aps') return false;
  if (config.aps.auth !== 'auto') return config.aps.auth === 'refresh-token';
  try {
    const secrets = new SecretRegistry((value) => deps.logger.setSecret(value));
    return chooseAuthMode(readCredentials(deps.credentials, secrets), 'auto') === 'refresh-token';
  } catch {
    // Missing or contradictory credentials: the source says so, with the full explanation.
    return false;
  }
}
