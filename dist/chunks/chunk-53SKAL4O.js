import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/deps.ts
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var systemClock = { now: () => /* @__PURE__ */ new Date() };
function maskSecrets(text, secrets) {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("***");
  return out;
}

// src/page-helper.ts
import { availableParallelism } from "node:os";
function helpersOf(script) {
  return script && availableParallelism() > 1 ? { startPageHelper: pageHelperAt(script), startFileReader: fileReaderAt(script) } : {};
}
function fileReaderAt(script) {
  return async (read, onRead) => {
    const { Worker } = await import("node:worker_threads");
    const worker = new Worker(script, { workerData: { read } });
    const table = settling();
    let done = false;
    worker.on("message", (message) => {
      if ("read" in message) onRead(message.read);
      else if ("table" in message) {
        done = true;
        table.resolve(message.table);
      } else
        table.reject(
          message.user ? new UserError(message.error) : new Error(`file reader: ${message.error}`)
        );
    });
    worker.on("error", (error) => table.reject(new Error(`file reader: ${error.message}`)));
    worker.on("exit", (code) => {
      if (!done)
        table.reject(new Error(`file reader: the thread stopped before the end (exit code ${code})`));
    });
    return {
      table: () => table.promise,
      async close() {
        done = true;
        await worker.terminate();
      }
    };
  };
}
function pageHelperAt(script) {
  return async (job) => {
    const { Worker } = await import("node:worker_threads");
    const worker = new Worker(script, { workerData: job });
    const pages = [];
    let waiting;
    let failure;
    let done = false;
    const json = [];
    const months = [];
    const jsonMade = settling();
    const ended = settling();
    const fail = (error) => {
      failure ??= error;
      waiting?.reject(failure);
      waiting = void 0;
      jsonMade.reject(failure);
      ended.reject(failure);
    };
    worker.on("message", (message) => {
      if ("error" in message) fail(new Error(`page helper: ${message.error}`));
      else if ("json" in message) json.push(message.json);
      else if ("jsonDone" in message) jsonMade.resolve();
      else if ("month" in message) months.push(message.month);
      else if ("done" in message) {
        done = true;
        ended.resolve();
      } else if (waiting) {
        waiting.resolve(message.page);
        waiting = void 0;
      } else pages.push(message.page);
    });
    worker.on("error", (error) => fail(new Error(`page helper: ${error.message}`)));
    worker.on("exit", (code) => {
      if (!done) fail(new Error(`page helper: the thread stopped before its last page (exit code ${code})`));
    });
    return {
      next() {
        const page = pages.shift();
        if (page) return Promise.resolve(page);
        if (failure) return Promise.reject(failure);
        if (done) return Promise.reject(new Error("page helper: asked for a page after its last one"));
        return new Promise((resolve, reject) => waiting = { resolve, reject });
      },
      reportJson: () => jsonMade.promise.then(() => json),
      months: () => ended.promise.then(() => months),
      async close() {
        done = true;
        await worker.terminate();
      }
    };
  };
}
function settling() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => (resolve = res, reject = rej));
  promise.catch(() => {
  });
  return { promise, resolve, reject };
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
  helpersOf,
  createHttpFetch
};
