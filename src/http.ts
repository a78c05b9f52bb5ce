/**
 * The production fetch: undici with keep-alive, loaded on first use so commands that fetch nothing start fast.
 * It goes through the proxy the environment names (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, either case), so a
 * self-hosted runner behind a proxy reaches APS and GitHub (octokit sends through this fetch too) alike.
 */
import type * as UndiciModule from 'undici';

type Undici = typeof UndiciModule;

export function createHttpFetch(env: Record<string, string | undefined>): typeof globalThis.fetch {
  const proxy = {
    httpProxy: env.http_proxy || env.HTTP_PROXY,
    httpsProxy: env.https_proxy || env.HTTPS_PROXY,
    noProxy: env.no_proxy ?? env.NO_PROXY,
  };
  let agentFetch: Promise<typeof globalThis.fetch> | undefined;
  return async (input, init) => {
    agentFetch ??= import('undici').then((mod) => {
      // undici is CommonJS: in the ESM bundle its exports may sit on `default`.
      const { Agent, EnvHttpProxyAgent, fetch } = (
        'Agent' in mod ? mod : (mod as unknown as { default: Undici }).default
      ) as Undici;
      const options = { keepAliveTimeout: 30_000, connections: 16 };
      const dispatcher =
        proxy.httpProxy || proxy.httpsProxy
          ? new EnvHttpProxyAgent({ ...options, ...definedOnly(proxy) })
          : new Agent(options);
      return ((i: Parameters<typeof fetch>[0], o?: Parameters<typeof fetch>[1]) =>
        fetch(i, { ...o, dispatcher })) as unknown as typeof globalThis.fetch;
    });
    return (await agentFetch)(input, init);
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
