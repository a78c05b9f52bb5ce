import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEMO_APPS,
  DEMO_CONFIG,
  DEMO_END,
  generateDemoRecords
} from "./chunk-4PJ7YPUV.js";
import {
  addDays,
  isDay,
  rangeLength,
  toDay
} from "./chunk-BJZKRI2V.js";
import "./chunk-FA6EQWUK.js";

// src/demo/live.ts
import { generateKeyPairSync, randomBytes as randomBytes2 } from "node:crypto";

// src/demo/mock-aps-server.ts
import { createPublicKey, randomBytes, verify } from "node:crypto";
import { createServer } from "node:http";
var USAGE_SCOPE = "application:client:read";
var DOCUMENTED_AUDIENCE = "https://developer.api.autodesk.com/authentication/v2/token";
var MOCK_V2_START = "2025-12-07";
var MAX_FILTER_DAYS = 200;
var REFRESH_TOKEN_LIFETIME_MS = 15 * 864e5;
async function startMockApsServer(options = {}) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const records = options.records ?? generateDemoRecords();
  const apps = options.apps ?? derivedApps(records);
  const appIds = new Set(apps.map((a) => a.id));
  const byApp = /* @__PURE__ */ new Map();
  for (const r of records) {
    let list = byApp.get(r.appId);
    if (!list) byApp.set(r.appId, list = []);
    list.push(r);
  }
  const hubs = options.hubs ?? { "hub-1": apps.map((a) => a.id) };
  const forbidden = new Set(options.forbidden ?? []);
  const oauth = options.oauthClient ?? { id: "test-client-id", secret: "test-client-secret" };
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const pageSize = options.pageSize ?? 500;
  const featuresPageSize = options.featuresPageSize ?? 50;
  const includeTokens = options.includeTokens ?? true;
  const publicKey = options.serviceAccount === void 0 ? void 0 : typeof options.serviceAccount.publicKey === "string" ? createPublicKey(options.serviceAccount.publicKey) : options.serviceAccount.publicKey;
  const accessTokens = /* @__PURE__ */ new Map();
  for (const t of options.accessTokens ?? []) accessTokens.set(t, { expiresAt: Number.MAX_SAFE_INTEGER });
  let refresh = options.refreshToken ? { token: options.refreshToken, issuedAt: now().getTime() } : void 0;
  const usedJti = /* @__PURE__ */ new Set();
  const audience = options.assertionAudience ?? DOCUMENTED_AUDIENCE;
  const faults = [];
  const requests = [];
  const issued = { accessTokens: [], refreshTokens: [], assertions: [] };
  const timers = /* @__PURE__ */ new Set();
  let baseUrl = "";
  let inFlight = 0;
  let maxInFlight = 0;
  const issueAccessToken = () => {
    const token = `mock-at-${randomBytes(16).toString("hex")}`;
    accessTokens.set(token, { expiresAt: now().getTime() + lifetime * 1e3 });
    issued.accessTokens.push(token);
    return { access_token: token, token_type: "Bearer", expires_in: lifetime };
  };
  const handleToken = (req, body, log) => {
    if (req.method !== "POST") return json(405, { developerMessage: "Method not allowed" });
    if (!/^application\/x-www-form-urlencoded/.test(req.headers["content-type"] ?? "")) {
      return json(400, {
        error: "invalid_request",
        error_description: "Content-Type must be application/x-www-form-urlencoded"
      });
    }
    const form = new URLSearchParams(body);
    const grant = form.get("grant_type") ?? "";
    log.grantType = grant;
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const [id, secret] = basic ? Buffer.from(basic, "base64").toString("utf8").split(":") : [];
    if (id !== oauth.id || secret !== oauth.secret) {
      return json(401, { error: "invalid_client", error_description: "The client credentials are invalid." });
    }
    if (grant === "client_credentials") {
      const scopes = (form.get("scope") ?? "").split(" ");
      if (scopes.includes(USAGE_SCOPE)) {
        return json(400, {
          error: "invalid_scope",
          error_description: `The scope '${USAGE_SCOPE}' requires a user context; it cannot be granted to a two-legged token.`
        });
      }
      return json(200, issueAccessToken());
    }
    if (grant === "refresh_token") {
      const given = form.get("refresh_token") ?? "";
      if (!refresh || given !== refresh.token || now().getTime() - refresh.issuedAt > REFRESH_TOKEN_LIFETIME_MS) {
        return json(400, {
          error: "invalid_grant",
          error_description: "The refresh token is invalid or expired."
        });
      }
      const next = `mock-rt-${randomBytes(16).toString("hex")}`;
      issued.refreshTokens.push(next);
      refresh = { token: next, issuedAt: now().getTime() };
      return json(200, { ...issueAccessToken(), refresh_token: next });
    }
    if (grant === "urn:ietf:params:oauth:grant-type:jwt-bearer") {
      const assertion = form.get("assertion") ?? "";
      issued.assertions.push(assertion);
      const problem = checkAssertion(assertion, id);
      if (problem) return json(400, { error: "invalid_grant", error_description: problem });
      if (!(form.get("scope") ?? "").split(" ").includes(USAGE_SCOPE)) {
        return json(400, {
          error: "invalid_scope",
          error_description: "The scope parameter is missing a requested scope."
        });
      }
      return json(200, issueAccessToken());
    }
    return json(400, {
      error: "unsupported_grant_type",
      error_description: `Unsupported grant_type '${grant}'.`
    });
  };
  const checkAssertion = (assertion, clientId) => {
    const sa = options.serviceAccount;
    if (!sa || !publicKey) return "No service account is registered for this client.";
    const parts = assertion.split(".");
    if (parts.length !== 3) return "The assertion is not a JWT.";
    const [h, p, s] = parts;
    let header;
    let claims;
    try {
      header = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
      claims = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
    } catch {
      return "The assertion is not a JWT.";
    }
    if (header.alg !== "RS256") return `Unsupported alg '${String(header.alg)}'.`;
    if (header.kid !== sa.keyId) return `Unknown kid '${String(header.kid)}'.`;
    if (!verify("sha256", Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, "base64url"))) {
      return "The assertion signature is invalid.";
    }
    const t = Math.floor(now().getTime() / 1e3);
    if (claims.iss !== clientId) return "The iss claim does not match the client id.";
    if (claims.sub !== sa.id) return "The sub claim is not a service account of this client.";
    if (claims.aud !== audience) return `Invalid aud '${String(claims.aud)}'.`;
    if (typeof claims.exp !== "number" || claims.exp <= t) return "The assertion has expired.";
    if (claims.exp - t > 300) return "The assertion exp is more than 300 seconds in the future.";
    if (typeof claims.iat !== "number" || claims.iat > t + 30)
      return "The iat claim is missing or in the future.";
    if (typeof claims.nbf === "number" && claims.nbf > t + 30) return "The assertion is not yet valid.";
    if (typeof claims.jti !== "string" || claims.jti === "") return "The jti claim is missing.";
    if (usedJti.has(claims.jti)) return "The assertion has already been used (jti replay).";
    if (!Array.isArray(claims.scope) || !claims.scope.includes(USAGE_SCOPE)) {
      return "The scope claim must be an array of scopes including application:client:read.";
    }
    usedJti.add(claims.jti);
    return void 0;
  };
  const handleApi = (req, url) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const info = bearer ? accessTokens.get(bearer) : void 0;
    if (!info || info.expiresAt <= now().getTime()) {
      return json(401, {
        developerMessage: "The access token provided is invalid or has expired.",
        errorCode: "AUTH-006"
      });
    }
    if (req.method !== "GET") return json(405, { developerMessage: "Method not allowed" });
    const p = url.pathname;
    let m;
    if (p === "/applications/v2/clients") return clientsList(url);
    if (p === "/applications/v2/features") return features(url);
    if (m = /^\/applications\/v2\/clients\/([^/]+)$/.exec(p)) {
      const id = decodeURIComponent(m[1] ?? "");
      return appGuard(id) ?? json(200, clientBody(id));
    }
    if (m = /^\/applications\/(v1|v2)\/clients\/([^/]+)\/usage\/daily-totals$/.exec(p)) {
      const id = decodeURIComponent(m[2] ?? "");
      return appGuard(id) ?? dailyTotals(url, m[1] === "v1" ? "v1" : "v2", [id]);
    }
    if (m = /^\/applications\/v2\/hubs\/([^/]+)\/usage\/daily-totals$/.exec(p)) {
      const hub = hubs[decodeURIComponent(m[1] ?? "")];
      if (!hub) return json(404, { developerMessage: "Hub not found." });
      const only = url.searchParams.get("filter[clientId]");
      return dailyTotals(url, "hub", only ? hub.filter((id) => id === only) : [...hub]);
    }
    return json(404, { developerMessage: `No route for ${p}` });
  };
  const appGuard = (id) => {
    if (!appIds.has(id)) return json(404, { developerMessage: `Application ${id} not found.` });
    if (forbidden.has(id)) {
      return json(403, {
        developerMessage: "The caller is not the owner, a collaborator or a hub admin of this application."
      });
    }
    return void 0;
  };
  const clientBody = (id) => ({
    id,
    name: apps.find((a) => a.id === id)?.name ?? id,
    description: "",
    createdAt: "2025-01-01T00:00:00Z",
    updatedAt: "2025-06-01T00:00:00Z",
    callbackUris: [],
    jwksUri: null
  });
  const clientsList = (url) => {
    const visible = apps.filter((a) => !forbidden.has(a.id));
    if (visible.length === 0) return json(404, { developerMessage: "No applications found." });
    const limit = Number(url.searchParams.get("limit") ?? "10") || 10;
    return paged(
      url,
      visible.map((a) => clientBody(a.id)),
      Math.min(limit, 2)
    );
  };
  const features = (url) => {
    const seen = /* @__PURE__ */ new Map();
    for (const r of records) {
      if (!seen.has(r.featureId))
        seen.set(r.featureId, { id: r.featureId, name: r.featureName, api: r.api, unit: r.unit });
    }
    return paged(url, [...seen.values()], featuresPageSize);
  };
  const dailyTotals = (url, kind, ids) => {
    const filter = url.searchParams.get("filter[date]");
    let from;
    let to;
    if (filter === null) {
      to = toDay(now());
      from = addDays(to, -29);
    } else {
      const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(filter);
      if (!m || !isDay(m[1] ?? "") || !isDay(m[2] ?? "") || (m[1] ?? "") > (m[2] ?? "")) {
        return json(400, {
          developerMessage: `Invalid filter[date] '${filter}': expected YYYY-MM-DD..YYYY-MM-DD.`
        });
      }
      from = m[1] ?? "";
      to = m[2] ?? "";
      if (rangeLength({ from, to }) > MAX_FILTER_DAYS) {
        return json(400, { developerMessage: `filter[date] spans more than ${MAX_FILTER_DAYS} days.` });
      }
    }
    const feature = url.searchParams.get("filter[featureId]");
    const service = url.searchParams.get("filter[service]");
    const candidates = ids.length === 1 ? byApp.get(ids[0]) ?? [] : records;
    const inRange = candidates.filter(
      (r) => ids.includes(r.appId) && r.date >= from && r.date <= to && (kind === "v1" ? r.date < MOCK_V2_START : r.date >= MOCK_V2_START)
    );
    let rows;
    if (kind === "v1") {
      const byService = /* @__PURE__ */ new Map();
      for (const r of inRange) {
        const svc = serviceOf(r);
        if (service && svc.id !== service) continue;
        const key = `${r.date}|${svc.id}`;
        const row = byService.get(key) ?? {
          usageDate: r.date,
          service: svc.id,
          serviceName: svc.name,
          usage: "0"
        };
        row.usage = String(Math.round((Number(row.usage) + r.quantity) * 1e3) / 1e3);
        byService.set(key, row);
      }
      rows = [...byService.values()];
    } else {
      rows = inRange.filter((r) => !feature || r.featureId === feature).map((r) => {
        const row = {
          date: r.date,
          featureId: r.featureId,
          featureName: r.featureName,
          unit: r.unit,
          quantity: r.quantity
        };
        if (includeTokens && r.tokens !== null) row.tokens = r.tokens;
        if (r.charged !== void 0) row.chargeStatus = r.charged ? "charged" : "uncharged";
        Object.assign(row, options.extraRowFields);
        if (kind === "hub") {
          row.clientId = r.appId;
          row.appName = forbidden.has(r.appId) ? `Unknown App ${r.appId}` : apps.find((a) => a.id === r.appId)?.name ?? r.appId;
        }
        return row;
      });
    }
    return paged(url, rows, pageSize);
  };
  const paged = (url, items, limit) => {
    const cursor = url.searchParams.get("cursor");
    const offset = cursor ? Number(Buffer.from(cursor, "base64url").toString("utf8")) : 0;
    const page = items.slice(offset, offset + limit);
    const pagination = { limit };
    if (offset + limit < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set("cursor", Buffer.from(String(offset + limit)).toString("base64url"));
      pagination.nextUrl = `${baseUrl}${next.pathname}${next.search}`;
    }
    return json(200, { pagination, results: page });
  };
  const server = createServer((req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => {
      inFlight -= 1;
    });
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const log = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status: 0
      };
      requests.push(log);
      const fault = faults.find((f) => f.left > 0 && f.match.test(`${url.pathname}${url.search}`));
      if (fault) fault.left -= 1;
      const answer = () => url.pathname === "/authentication/v2/token" ? handleToken(req, Buffer.concat(chunks).toString("utf8"), log) : handleApi(req, url);
      if (!fault) return send(res, log, answer());
      switch (fault.kind) {
        case "status": {
          const headers = fault.retryAfter !== void 0 ? { "retry-after": fault.retryAfter } : {};
          const body = fault.body ?? (fault.status === 429 ? { developerMessage: "Quota limit exceeded." } : { developerMessage: "Internal error." });
          return send(res, log, { ...json(fault.status, body), headers });
        }
        case "slow": {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) send(res, log, answer());
          }, fault.delayMs);
          timers.add(timer);
          return;
        }
        case "truncated": {
          const a = answer();
          return send(res, log, { ...a, body: a.body.slice(0, Math.floor(a.body.length / 2)) });
        }
        case "malformed":
          return send(res, log, {
            status: 200,
            body: "<html><body>Bad gateway</body></html>",
            headers: { "content-type": "text/html" }
          });
        case "reset":
          log.status = -1;
          return req.socket.destroy();
        case "expire-tokens":
          for (const t of accessTokens.values()) t.expiresAt = 0;
          return send(res, log, answer());
      }
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
  return {
    baseUrl,
    requests,
    issued,
    get currentRefreshToken() {
      return refresh?.token;
    },
    inject(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    get maxInFlight() {
      return maxInFlight;
    },
    usageRequests() {
      return requests.filter((r) => r.path.endsWith("/usage/daily-totals"));
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
function json(status, body) {
  return { status, body: JSON.stringify(body), headers: { "content-type": "application/json" } };
}
function send(res, log, answer) {
  log.status = answer.status;
  res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
  res.end(answer.body);
}
function derivedApps(records) {
  const names = /* @__PURE__ */ new Map();
  for (const r of records) if (!names.has(r.appId)) names.set(r.appId, r.appName);
  return [...names].map(([id, name]) => ({ id, name }));
}
function serviceOf(r) {
  const services = {
    "Automation API": { id: "designautomation", name: "Design Automation" },
    "Model Derivative": { id: "modelderivative", name: "Model Derivative" },
    "Reality Capture": { id: "realitycapture", name: "Reality Capture" },
    "Flow Graph Engine": { id: "flowgraphengine", name: "Flow Graph Engine" }
  };
  return services[r.api] ?? { id: r.api.toLowerCase().replace(/[^a-z0-9]+/g, ""), name: r.api };
}

// src/demo/live.ts
async function startLiveDemo() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const now = () => /* @__PURE__ */ new Date(`${DEMO_END}T12:00:00Z`);
  const client = { id: "demo-live-client", secret: randomBytes2(18).toString("base64url") };
  const account = { id: "demo-service-account", keyId: "demo-key-1" };
  const mock = await startMockApsServer({
    now,
    oauthClient: client,
    serviceAccount: { ...account, publicKey: publicKey.export({ type: "spki", format: "pem" }).toString() }
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
    requests: () => mock.requests.length,
    close: () => mock.close()
  };
}
export {
  startLiveDemo
};
