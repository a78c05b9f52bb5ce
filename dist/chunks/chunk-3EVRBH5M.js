import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/deps.ts
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var systemClock = { now: () => /* @__PURE__ */ new Date() };
function maskSecrets(text, secrets) {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("***");
  return out;
}

// src/http.ts
function createHttpFetch(env) {
  const proxy = {
    httpProxy: env.http_proxy || env.HTTP_PROXY,
    httpsProxy: env.https_proxy || env.HTTPS_PROXY,
    noProxy: env.no_proxy ?? env.NO_PROXY
  };
  let agentFetch;
  return async (input, init) => {
    agentFetch ??= import("./undici-ST5734DT.js").then((mod) => {
      const { Agent, EnvHttpProxyAgent, fetch } = "Agent" in mod ? mod : mod.default;
      const options = { keepAliveTimeout: 3e4, connections: 16 };
      const dispatcher = proxy.httpProxy || proxy.httpsProxy ? new EnvHttpProxyAgent({ ...options, ...definedOnly(proxy) }) : new Agent(options);
      return ((i, o) => fetch(i, { ...o, dispatcher }));
    });
    return (await agentFetch)(input, init);
  };
}
function definedOnly(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

export {
  realSleep,
  systemClock,
  maskSecrets,
  createHttpFetch
};
