/**
 * The production fetch: undici with keep-alive, loaded on first use so commands that fetch nothing start fast.
 */
import type * as UndiciModule from 'undici';

type Undici = typeof UndiciModule;
let agentFetch: Promise<typeof globalThis.fetch> | undefined;

export const keepAliveFetch: typeof globalThis.fetch = async (input, init) => {
  agentFetch ??= import('undici').then((mod) => {
    // undici is CommonJS: in the ESM bundle its exports may sit on `default`.
    const { Agent, fetch } = (
      'Agent' in mod ? mod : (mod as unknown as { default: Undici }).default
    ) as Undici;
    const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 16 });
    return ((i: Parameters<typeof fetch>[0], o?: Parameters<typeof fetch>[1]) =>
      fetch(i, { ...o, dispatcher })) as unknown as typeof globalThis.fetch;
  });
  return (await agentFetch)(input, init);
};
