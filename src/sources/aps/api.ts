/**
 * The Application Management API endpoints this project reads, with the bearer token, one transparent re-mint
 * on a 401, and `pagination.nextUrl` followed verbatim.
 */
import type { Logger } from '../../deps.js';
import type { DateRange } from '../../model/dates.js';
import type { TokenProvider } from './auth.js';
import { ApsSourceError } from './errors.js';
import { ApsHttpError, describeEndpoint, type HttpClient } from './http.js';
import {
  parseClientsPage,
  parseDailyTotalsPage,
  parseFeaturesPage,
  type ClientInfo,
  type DailyTotalRow,
  type FeatureInfo,
  type Page,
} from './schemas.js';

export type UsageTarget = { kind: 'client'; id: string; version: 'v1' | 'v2' } | { kind: 'hub'; id: string };

export interface ApsApi {
  /** Apps the caller owns or collaborates on; APS answers 404 when there are none. */
  listClients(): Promise<ClientInfo[]>;
  getClient(id: string): Promise<ClientInfo>;
  features(): Promise<FeatureInfo[]>;
  dailyTotals(target: UsageTarget, window: DateRange): Promise<DailyTotalRow[]>;
}

export interface ApsApiOptions {
  baseUrl: string;
  http: HttpClient;
  auth: TokenProvider;
  logger: Logger;
}

/** A runaway `nextUrl` chain (a server bug) must not loop forever. */
const MAX_PAGES = 1000;

export function createApsApi(options: ApsApiOptions): ApsApi {
  const { baseUrl, http, auth, logger } = options;
  const origin = new URL(baseUrl).origin;
  const reportedKeys = new Set<string>();

  const get = async (url: string, label?: string): Promise<unknown> => {
    const send = async (token: string): Promise<unknown> =>
      (
        await http.request({
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${token}` },
          ...(label ? { label } : {}),
        })
      ).json;
    const token = await auth.getToken();
    try {
      return await send(token);
    } catch (error) {
      if (!(error instanceof ApsHttpError) || error.status !== 401) throw error;
      logger.info(`${error.endpoint}: the access token was refused (401); getting a new one`);
    }
    const renewed = await auth.renew(token);
    try {
      return await send(renewed);
    } catch (error) {
      if (error instanceof ApsHttpError && error.status === 401) {
        throw new ApsSourceError(
          `${error.message}, even with a newly minted token: the credentials do not grant the application:client:read ` +
            'scope, or the account behind them has lost access. See docs/authentication.md.',
        );
      }
      throw error;
    }
  };

  const paged = async <T>(
    firstUrl: string,
    parse: (body: unknown, endpoint: string) => Page<T>,
    label?: string,
  ): Promise<T[]> => {
    const items: T[] = [];
    const seen = new Set<string>();
    for (let url: string | undefined = firstUrl, page = 1; url !== undefined; page++) {
      const endpoint = describeEndpoint('GET', url);
      if (seen.has(url) || page > MAX_PAGES) {
        throw new ApsHttpError(
          `${endpoint}: pagination.nextUrl repeats or runs past ${MAX_PAGES} pages`,
          endpoint,
          200,
        );
      }
      seen.add(url);
      const result = parse(await get(url, label), endpoint);
      items.push(...result.items);
      reportUnknownKeys(endpoint, result.unknownKeys);
      url = result.nextUrl === undefined ? undefined : checkNextUrl(result.nextUrl, endpoint);
    }
    return items;
  };

  /** The bearer token follows `nextUrl`, so it may only lead back to the APS host the user configured. */
  const checkNextUrl = (next: string, endpoint: string): string => {
    let url: URL;
    try {
      url = new URL(next, baseUrl);
    } catch {
      throw new ApsHttpError(
        `${endpoint}: pagination.nextUrl is not a URL (${JSON.stringify(next)})`,
        endpoint,
        200,
      );
    }
    if (url.origin !== origin) {
      throw new ApsHttpError(
        `${endpoint}: pagination.nextUrl points at ${url.origin}, not at ${origin}; not following it with the token`,
        endpoint,
        200,
      );
    }
    return url.toString();
  };

  const reportUnknownKeys = (endpoint: string, keys: readonly string[]): void => {
    const fresh = keys.filter((k) => !reportedKeys.has(k));
    if (fresh.length === 0) return;
    fresh.forEach((k) => reportedKeys.add(k));
    logger.debug(`${endpoint}: fields this version does not use, kept as they are: ${fresh.join(', ')}`);
  };

  const apps = `${baseUrl}/applications`;
  const filterDate = (w: DateRange): string => `filter[date]=${w.from}..${w.to}`;

  return {
    async listClients() {
      try {
        return await paged(`${apps}/v2/clients?limit=100`, parseClientsPage);
      } catch (error) {
        if (error instanceof ApsHttpError && error.status === 404) return [];
        throw error;
      }
    },
    async getClient(id) {
      const url = `${apps}/v2/clients/${encodeURIComponent(id)}`;
      const [client] = parseClientsPage(await get(url), describeEndpoint('GET', url)).items;
      return client ?? { id };
    },
    async features() {
      return paged(`${apps}/v2/features`, parseFeaturesPage);
    },
    async dailyTotals(target, window) {
      const path =
        target.kind === 'hub'
          ? `v2/hubs/${encodeURIComponent(target.id)}`
          : `${target.version}/clients/${encodeURIComponent(target.id)}`;
      return paged(`${apps}/${path}/usage/daily-totals?${filterDate(window)}`, parseDailyTotalsPage);
    },
  };
}
