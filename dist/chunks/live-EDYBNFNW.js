import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEMO_APPS,
  DEMO_CONFIG,
  DEMO_END,
  generateDemoRecords
} from "./chunk-XYSLWUIJ.js";
import "./chunk-I3O4MRPB.js";
import "./chunk-FA6EQWUK.js";

// src/demo/live.ts
import { generateKeyPairSync, randomBytes as randomBytes2 } from "node:crypto";

// src/demo/loopback-aps.ts
import { randomBytes, verify } from "node:crypto";
import { createServer } from "node:http";
var USAGE_SCOPE = "application:client:read";
var TOKEN_PATH = "/authentication/v2/token";
var PAGE_SIZE = 500;
async function startLoopbackAps(options) {
  const { records, now, client, serviceAccount } = options;
  const names = /* @__PURE__ */ new Map();
  for (const r of records) if (!names.has(r.appId)) names.set(r.appId, r.appName);
  const tokens = /* @__PURE__ */ new Map();
  let baseUrl = "";
  let requests = 0;
  const token = (req, body) => {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    const [id, secret] = Buffer.from(basic, "base64").toString("utf8").split(":");
    if (id !== client.id || secret !== client.secret)
      return { status: 401, body: { error: "invalid_client" } };
    const form = new URLSearchParams(body);
    if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer") {
      return { status: 400, body: { error: "unsupported_grant_type" } };
    }
    const problem = checkAssertion(form.get("assertion") ?? "");
    if (problem) return { status: 400, body: { error: "invalid_grant", error_description: problem } };
    const accessToken = `demo-at-${randomBytes(16).toString("hex")}`;
    tokens.set(accessToken, now().getTime() + 36e5);
    return { status: 200, body: { access_token: accessToken, token_type: "Bearer", expires_in: 3600 } };
  };
  const checkAssertion = (assertion) => {
    const [h = "", p = "", s = ""] = assertion.split(".");
    if (!verify("sha256", Buffer.from(`${h}.${p}`), serviceAccount.publicKey, Buffer.from(s, "base64url"))) {
      return "The assertion signature is invalid.";
    }
    const claims = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
    const t = Math.floor(now().getTime() / 1e3);
    if (claims.iss !== client.id || claims.sub !== serviceAccount.id)
      return "Unknown client or service account.";
    if (typeof claims.exp !== "number" || claims.exp <= t) return "The assertion has expired.";
    if (!Array.isArray(claims.scope) || !claims.scope.includes(USAGE_SCOPE)) return "Missing scope.";
    return void 0;
  };
  const api = (req, url) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    if ((tokens.get(bearer) ?? 0) <= now().getTime()) return { status: 401, body: { errorCode: "AUTH-006" } };
    const path = url.pathname;
    const app = (id2) => ({ id: id2, name: names.get(id2) ?? id2 });
    if (path === "/applications/v2/clients") return paged(url, [...names.keys()].map(app));
    if (path === "/applications/v2/features") {
      const seen = /* @__PURE__ */ new Map();
      for (const r of records) {
        seen.set(r.featureId, { id: r.featureId, name: r.featureName, api: r.api, unit: r.unit });
      }
      return paged(url, [...seen.values()]);
    }
    const m = /^\/applications\/v2\/clients\/([^/]+)(\/usage\/daily-totals)?$/.exec(path);
    const id = decodeURIComponent(m?.[1] ?? "");
    if (!m || !names.has(id)) return { status: 404, body: { developerMessage: `No route for ${path}` } };
    if (!m[2]) return { status: 200, body: app(id) };
    const [from = "", to = ""] = (url.searchParams.get("filter[date]") ?? "").split("..");
    const rows = records.filter((r) => r.appId === id && r.date >= from && r.date <= to).map((r) => ({
      date: r.date,
      featureId: r.featureId,
      featureName: r.featureName,
      unit: r.unit,
      quantity: r.quantity,
      ...r.tokens !== null ? { tokens: r.tokens } : {},
      ...r.charged !== void 0 ? { chargeStatus: r.charged ? "charged" : "uncharged" } : {}
    }));
    return paged(url, rows);
  };
  const paged = (url, items) => {
    const offset = Number(Buffer.from(url.searchParams.get("cursor") ?? "", "base64url").toString() || 0);
    const pagination = { limit: PAGE_SIZE };
    if (offset + PAGE_SIZE < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set("cursor", Buffer.from(String(offset + PAGE_SIZE)).toString("base64url"));
      pagination.nextUrl = `${baseUrl}${next.pathname}${next.search}`;
    }
    return { status: 200, body: { pagination, results: items.slice(offset, offset + PAGE_SIZE) } };
  };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      requests++;
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      send(
        res,
        url.pathname === TOKEN_PATH ? token(req, Buffer.concat(chunks).toString("utf8")) : api(req, url)
      );
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
  return {
    baseUrl,
    requests: () => requests,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
function send(res, answer) {
  res.writeHead(answer.status, { "content-type": "application/json" });
  res.end(JSON.stringify(answer.body));
}

// src/demo/live.ts
async function startLiveDemo() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const now = () => /* @__PURE__ */ new Date(`${DEMO_END}T12:00:00Z`);
  const client = { id: "demo-live-client", secret: randomBytes2(18).toString("base64url") };
  const account = { id: "demo-service-account", keyId: "demo-key-1" };
  const mock = await startLoopbackAps({
    records: generateDemoRecords(),
    now,
    client,
    serviceAccount: { ...account, publicKey }
  });
  return {
    config: {
      ...DEMO_CONFIG,
      source: "aps",
      apps: DEMO_APPS.map((a) => ({
        id: a.id,
        ...a.monthlyBudget ? { monthlyBudget: a.monthlyBudget } : {}
      })),
      report: { ...DEMO_CONFIG.report, title: "APS usage \u2014 live demo" }
    },
    env: {
      APS_BASE_URL: mock.baseUrl,
      APS_CLIENT_ID: client.id,
      APS_CLIENT_SECRET: client.secret,
      APS_SERVICE_ACCOUNT_ID: account.id,
      APS_SERVICE_ACCOUNT_KEY_ID: account.keyId,
      APS_SERVICE_ACCOUNT_PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    },
    now,
    baseUrl: mock.baseUrl,
    requests: () => mock.requests(),
    close: () => mock.close()
  };
}
export {
  startLiveDemo
};
