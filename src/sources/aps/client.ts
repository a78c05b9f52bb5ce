/**
 * The `aps` source's run: authenticate, read the feature catalogue once, then fetch each app's daily totals
 * (per app, or the whole developer hub) over the days the history does not yet hold. One app's failure marks
 * that app; an auth failure, or every app failing, stops the run.
 */
import type { Config } from '../../config/schema.js';
import type { Deps } from '../../deps.js';
import { errorMessage, UserError } from '../../errors.js';
import { startProgress, type Progress } from '../../progress.js';
import { toDay, type DateRange } from '../../model/dates.js';
import type { UsageRecord } from '../../model/records.js';
import { en } from '../../render/i18n/en.js';
import { hintText } from '../../render/i18n/hints.js';
import type { AppErrorHint, AppStatus, SourceRequest, SourceResult } from '../types.js';
import { createApsApi, type ApsApi, type UsageTarget } from './api.js';
import { createTokenProvider } from './auth.js';
import { chooseAuthMode, readCredentials, type AuthMode } from './credentials.js';
import { ApsSourceError } from './errors.js';
import { ApsHttpError, createHttpClient } from './http.js';
import { combineDuplicates, insideWindow, toRecord } from './normalise.js';
import { newestDayByApp, planWindows, rangeFromNewest } from './plan.js';
import { mapPool } from './pool.js';
import { createRecorder } from './record.js';
import { ApsShapeError, type DailyTotalRow, type FeatureInfo } from './schemas.js';
import { SecretRegistry } from './secrets.js';
import { count } from '../../plural.js';

interface RunContext {
  api: ApsApi;
  config: Config;
  deps: Deps;
  catalogue: ReadonlyMap<string, FeatureInfo>;
  /** Apps done of the total, requests and retries, in the log of a long fetch. */
  progress: Progress;
  /** Newest stored day per app inside `range` (computed once, see `newestDayByApp`). */
  newestDays: ReadonlyMap<string, string>;
  range: DateRange;
}

interface AppOutcome {
  status: AppStatus;
  records: UsageRecord[];
}

const MODE_LABEL: Record<AuthMode, string> = {
  'service-account': 'a Secure Service Account',
  'refresh-token': 'a refresh token',
  'access-token': 'the access token given',
};

export async function fetchApsUsage(request: SourceRequest, deps: Deps): Promise<SourceResult> {
  const { config } = request;
  const secrets = new SecretRegistry((value) => deps.logger.setSecret(value));
  const creds = readCredentials(deps.credentials, secrets);
  const mode = chooseAuthMode(creds, config.aps.auth);
  const progress = startProgress({
    label: 'APS',
    total: config.aps.hubId ? 0 : config.apps.length,
    unit: 'apps',
    log: (line) => deps.logger.info(line),
    now: () => deps.clock.now().getTime(),
  });
  const http = createHttpClient({
    fetch: deps.fetch,
    sleep: deps.sleep,
    random: deps.random,
    clock: deps.clock,
    logger: deps.logger,
    secrets,
    timeoutMs: config.aps.timeoutSeconds * 1000,
    onAttempt: (attempt) => {
      progress.count('requests');
      if (attempt > 1) progress.count('retries');
    },
    ...(request.recordDir ? { onResponse: createRecorder(request.recordDir, secrets) } : {}),
  });
  const auth = createTokenProvider({
    creds,
    mode,
    http,
    secrets,
    clock: deps.clock,
    onRefreshToken: deps.saveRefreshToken,
  });
  const api = createApsApi({ baseUrl: creds.baseUrl, http, auth, logger: deps.logger });

  try {
    deps.logger.info(`APS: signing in with ${MODE_LABEL[mode]}`);
    await auth.getToken();
    const ctx: RunContext = {
      api,
      config,
      deps,
      catalogue: await loadCatalogue(api, deps),
      newestDays: newestDayByApp(request.range, request.history),
      range: request.range,
      progress,
    };
    const outcomes = config.aps.hubId ? await fetchHub(ctx, config.aps.hubId) : await fetchApps(ctx);
    const result: SourceResult = {
      records: outcomes.flatMap((o) => o.records),
      apps: outcomes.map((o) => o.status),
      asOf: toDay(deps.clock.now()),
    };
    const failed = result.apps.filter((a) => a.status === 'failed');
    if (failed.length > 0 && failed.length === result.apps.length) {
      throw new ApsSourceError(
        `every APS app failed, so there is nothing to report:\n${failed.map((a) => `  - ${a.name}: ${withHint(a.error ?? '', a.hint)}`).join('\n')}`,
      );
    }
    return result;
  } finally {
    progress.finish();
  }
}

/** Labels are a nicety: without the catalogue the rows' own names and the classifier still label everything. */
async function loadCatalogue(api: ApsApi, deps: Deps): Promise<Map<string, FeatureInfo>> {
  try {
    const features = await api.features();
    return new Map(features.map((f) => [f.id, f]));
  } catch (error) {
    if (!isAppLevelError(error)) throw error;
    deps.logger.warning(
      `APS feature catalogue unavailable, features are labelled from the usage rows: ${errorMessage(error)}`,
    );
    return new Map();
  }
}

/** Per-app mode: the configured apps, or every app the credentials can see when none is configured. */
async function fetchApps(ctx: RunContext): Promise<AppOutcome[]> {
  let apps: { id: string; name?: string }[] = ctx.config.apps;
  if (apps.length === 0) {
    try {
      apps = await ctx.api.listClients();
    } catch (error) {
      if (!isAppLevelError(error)) throw error;
      throw new ApsSourceError(
        `no apps are configured, and listing the apps the credentials can see failed: ${error.message}`,
      );
    }
    if (apps.length === 0) {
      throw new UserError(
        'no apps to report: the config lists none under `apps:`, sets no `aps.hubId`, and the credentials own or ' +
          'collaborate on no APS application',
      );
    }
    ctx.deps.logger.info(`APS: no apps configured; reporting the ${apps.length} the credentials can see`);
  }
  ctx.progress.setTotal(apps.length);
  return mapPool(
    apps,
    ctx.config.aps.concurrency,
    counted(ctx.progress, (app) => fetchOneApp(ctx, app)),
  );
}

async function fetchOneApp(ctx: RunContext, app: { id: string; name?: string }): Promise<AppOutcome> {
  const { config, deps } = ctx;
  const name = app.name ?? (await lookupName(ctx, app.id)) ?? app.id;
  const range = rangeFromNewest(ctx.range, ctx.newestDays.get(app.id), config.aps.trailingDays);
  const plan = planWindows(range, { includeV1: config.aps.includeV1, hub: false });
  try {
    const rows: DailyTotalRow[] = [];
    for (const [version, windows] of [
      ['v1', plan.v1],
      ['v2', plan.v2],
    ] as const) {
      for (const window of windows) {
        const target: UsageTarget = { kind: 'client', id: app.id, version };
        rows.push(...insideWindow(await ctx.api.dailyTotals(target, window), window));
      }
    }
    const records = normalise(ctx, rows, app.id, name);
    deps.logger.info(`APS: ${name}: ${count(records.length, 'record')} for ${range.from}..${range.to}`);
    return { status: { id: app.id, name, status: 'ok' }, records };
  } catch (error) {
    if (!isAppLevelError(error)) throw error;
    // Partial windows are dropped: the app is reported failed and its stored history stays as it was.
    deps.logger.warning(`APS: ${name} failed: ${withHint(errorMessage(error), appErrorHint(error))}`);
    return { status: failedStatus(app.id, name, error), records: [] };
  }
}

/** Hub mode: one request per window for every app of the hub; v1 (older history) is still per app. */
async function fetchHub(ctx: RunContext, hubId: string): Promise<AppOutcome[]> {
  const { config, deps } = ctx;
  // The hub answers for every app at once: start from the newest day stored for any of them.
  const newest = [...ctx.newestDays.values()].reduce<string | undefined>(
    (a, b) => (a === undefined || b > a ? b : a),
    undefined,
  );
  const range = rangeFromNewest(ctx.range, newest, config.aps.trailingDays);
  const plan = planWindows(range, { includeV1: config.aps.includeV1, hub: true });
  const byApp = new Map<string, DailyTotalRow[]>();
  const hubNames = new Map<string, string>();
  try {
    for (const window of plan.v2) {
      const rows = insideWindow(await ctx.api.dailyTotals({ kind: 'hub', id: hubId }, window), window);
      for (const row of rows) {
        if (row.clientId === undefined) {
          throw new ApsShapeError(
            `hub ${hubId}: a daily-totals row of ${row.date} has no app id (expected clientId, client_id or ` +
              `appId); other keys it had: ${Object.keys(row.extra).join(', ') || 'none'}`,
          );
        }
        if (row.appName !== undefined) hubNames.set(row.clientId, row.appName);
        const list = byApp.get(row.clientId) ?? [];
        list.push(row);
        byApp.set(row.clientId, list);
      }
    }
  } catch (error) {
    if (!isAppLevelError(error)) throw error;
    throw new ApsSourceError(`could not read the usage of developer hub ${hubId}: ${explainAppError(error)}`);
  }

  const configured = new Map(config.apps.map((a) => [a.id, a.name]));
  const ids = [...new Set([...configured.keys(), ...byApp.keys()])];
  deps.logger.info(`APS: hub ${hubId}: ${byApp.size} apps with usage in ${range.from}..${range.to}`);
  ctx.progress.setTotal(ids.length);
  return mapPool(
    ids,
    config.aps.concurrency,
    counted(ctx.progress, async (id) => {
      const name = configured.get(id) ?? hubNames.get(id) ?? (await lookupName(ctx, id)) ?? id;
      const rows = byApp.get(id) ?? [];
      try {
        for (const window of plan.v1) {
          rows.push(
            ...insideWindow(await ctx.api.dailyTotals({ kind: 'client', id, version: 'v1' }, window), window),
          );
        }
      } catch (error) {
        if (!isAppLevelError(error)) throw error;
        deps.logger.warning(
          `APS: ${name}: older (v1) history failed: ${withHint(errorMessage(error), appErrorHint(error))}`,
        );
        return { status: failedStatus(id, name, error), records: [] };
      }
      return { status: { id, name, status: 'ok' }, records: normalise(ctx, rows, id, name) };
    }),
  );
}

/** `task`, counting each item done in the progress lines. */
function counted<T, R>(progress: Progress, task: (item: T) => Promise<R>): (item: T) => Promise<R> {
  return async (item) => {
    const result = await task(item);
    progress.advance();
    return result;
  };
}

function normalise(
  ctx: RunContext,
  rows: readonly DailyTotalRow[],
  appId: string,
  appName: string,
): UsageRecord[] {
  const nctx = { appId, appName, catalogue: ctx.catalogue, overrides: ctx.config.classify };
  return combineDuplicates(rows.map((row) => toRecord(row, nctx)));
}

/** The app's name from APS; a failure here is not the app's failure (its usage call will tell). */
async function lookupName(ctx: RunContext, id: string): Promise<string | undefined> {
  try {
    return (await ctx.api.getClient(id)).name;
  } catch (error) {
    if (!isAppLevelError(error)) throw error;
    ctx.deps.logger.debug(`APS: no name for app ${id}: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Errors that concern one request's answer, as opposed to auth failures and bugs, which stop the run. */
function isAppLevelError(error: unknown): error is ApsHttpError | ApsShapeError {
  return error instanceof ApsHttpError || error instanceof ApsShapeError;
}

/** What the report shows beside a failed app: the cause and, for the usual ones, what to do. */
function failedStatus(id: string, name: string, error: ApsHttpError | ApsShapeError): AppStatus {
  const hint = appErrorHint(error);
  return { id, name, status: 'failed', error: error.message, ...(hint ? { hint } : {}) };
}

/** What a user can do about an app-level error, when we know. */
function appErrorHint(error: ApsHttpError | ApsShapeError): AppErrorHint | undefined {
  if (error instanceof ApsShapeError) return 'unexpected-shape';
  switch (error.status) {
    case 403:
      return 'no-access';
    case 404:
      return 'unknown-app';
    case 400:
      return 'refused';
    default:
      return undefined;
  }
}

/** The error with its hint, for the log and for errors that stop the run (both in English). */
function explainAppError(error: ApsHttpError | ApsShapeError): string {
  return withHint(error.message, appErrorHint(error));
}

function withHint(message: string, hint: AppErrorHint | undefined): string {
  return hint ? `${message}. ${hintText(en, hint)}` : message;
}
