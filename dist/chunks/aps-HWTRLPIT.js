import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  count
} from "./chunk-S6OZDB3L.js";
import {
  startProgress
} from "./chunk-5CHR7IJI.js";
import {
  HistoryTable
} from "./chunk-FKZYN2WJ.js";
import {
  REMOVED,
  SecretRegistry,
  isSensitiveParam
} from "./chunk-R2IMC3GU.js";
import {
  DOCUMENTED_AUDIENCE,
  USAGE_SCOPE,
  chooseAuthMode,
  readCredentials
} from "./chunk-EXBC7TRY.js";
import {
  MAX_QUANTITY,
  MAX_TOKENS,
  recordKey,
  wellFormed
} from "./chunk-7DPKRERB.js";
import {
  en,
  hintText
} from "./chunk-6HVOL5NP.js";
import {
  addDays,
  isDay,
  splitRange,
  toDay
} from "./chunk-I3O4MRPB.js";
import {
  UserError,
  errorMessage
} from "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";

// src/sources/aps/errors.ts
var ApsSourceError = class extends UserError {
  name = "ApsSourceError";
  constructor(message, options) {
    super(message, 1);
    if (options?.cause !== void 0) this.cause = options.cause;
  }
};

// src/sources/aps/http.ts
import { STATUS_CODES } from "node:http";
var ApsHttpError = class extends Error {
  constructor(message, endpoint, status, apsMessage, apsCode) {
    super(message);
    this.endpoint = endpoint;
    this.status = status;
    this.apsMessage = apsMessage;
    this.apsCode = apsCode;
  }
  endpoint;
  status;
  apsMessage;
  apsCode;
  name = "ApsHttpError";
};
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var NOT_PROCESSED_STATUS = /* @__PURE__ */ new Set([429, 502, 503, 504]);
function createHttpClient(options) {
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1e3;
  const maxDelayMs = options.maxDelayMs ?? 3e4;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 300;
  const backoff = (attempt) => {
    const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(exp / 2 + exp / 2 * options.random());
  };
  return {
    async request(req) {
      const endpoint = describeEndpoint(req.method, req.url);
      const idempotent = req.idempotent ?? true;
      for (let attempt = 1; ; attempt++) {
        const last = attempt >= maxAttempts;
        let outcome;
        options.onAttempt?.(attempt);
        try {
          outcome = await attemptOnce(req, endpoint, options);
        } catch (error) {
          const reason = describeNetworkError(error, options.timeoutMs);
          if (last || !idempotent) {
            throw new ApsHttpError(
              `${endpoint} failed: ${reason}${attempt > 1 ? ` (after ${attempt} attempts)` : ""}`,
              endpoint,
              void 0
            );
          }
          const delay2 = backoff(attempt);
          options.logger.warning(
            `${endpoint}: ${reason}; retrying in ${formatSeconds(delay2)} (attempt ${attempt + 1} of ${maxAttempts})`
          );
          await options.sleep(delay2);
          continue;
        }
        const { status, text, headers } = outcome;
        if (status >= 200 && status < 300) {
          const parsed = parseBody(text);
          if (parsed.ok) return { status, headers, json: parsed.value };
          const reason = `answered ${status} with a body that is not valid JSON (${text.length} characters${text.length > 0 ? `, starting ${JSON.stringify(options.secrets.scrubText(text.slice(0, 40)))}` : ""})`;
          if (last || !idempotent) throw new ApsHttpError(`${endpoint} ${reason}`, endpoint, status);
          const delay2 = backoff(attempt);
          options.logger.warning(
            `${endpoint} ${reason}; retrying in ${formatSeconds(delay2)} (attempt ${attempt + 1} of ${maxAttempts})`
          );
          await options.sleep(delay2);
          continue;
        }
        const { message: apsMessage, code: apsCode } = extractApsError(text, options.secrets);
        const describe = (extra = "") => `${endpoint} failed: ${status}${statusText(status)}${apsMessage ? ` \u2014 ${JSON.stringify(apsMessage)}` : ""}${extra}`;
        const retryable = RETRYABLE_STATUS.has(status) && (idempotent || NOT_PROCESSED_STATUS.has(status));
        if (!retryable) throw new ApsHttpError(describe(), endpoint, status, apsMessage, apsCode);
        if (last) {
          throw new ApsHttpError(
            describe(` (gave up after ${attempt} attempts)`),
            endpoint,
            status,
            apsMessage,
            apsCode
          );
        }
        const retryAfter = parseRetryAfter(headers.get("retry-after"), options.clock.now());
        if (retryAfter !== void 0 && retryAfter > maxRetryAfterSeconds) {
          throw new ApsHttpError(
            describe(
              ` (Retry-After asks to wait ${retryAfter} s, longer than the ${maxRetryAfterSeconds} s this run waits)`
            ),
            endpoint,
            status,
            apsMessage,
            apsCode
          );
        }
        const delay = retryAfter !== void 0 ? retryAfter * 1e3 : backoff(attempt);
        options.logger.warning(
          `${endpoint} answered ${status}; retrying in ${formatSeconds(delay)}${retryAfter !== void 0 ? " as Retry-After asks" : ""} (attempt ${attempt + 1} of ${maxAttempts})`
        );
        await options.sleep(delay);
      }
    }
  };
}
async function attemptOnce(req, endpoint, options) {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const init = {
    method: req.method,
    signal,
    headers: { accept: "application/json", ...req.headers }
  };
  if (req.body !== void 0) init.body = req.body;
  const response = await options.fetch(req.url, init);
  const text = await response.text();
  options.logger.debug(`${endpoint} \u2192 ${response.status} (${text.length} characters)`);
  if (options.onResponse) {
    const info = { method: req.method, url: req.url, status: response.status, text };
    if (req.label !== void 0) info.label = req.label;
    await options.onResponse(info);
  }
  return { status: response.status, headers: response.headers, text };
}
function parseBody(text) {
  if (text.trim() === "") return { ok: true, value: void 0 };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
function describeEndpoint(method, url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `${method} ${url.replace(/\?.*$/, "")}`;
  }
  const params = [];
  for (const [k, v] of parsed.searchParams) params.push(isSensitiveParam(k) ? `${k}=\u2026` : `${k}=${v}`);
  return `${method} ${parsed.pathname}${params.length ? `?${params.join("&")}` : ""}`;
}
function extractApsError(text, secrets) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    return trimmed && !trimmed.startsWith("<") ? { message: secrets.scrubText(trimmed.slice(0, 200)) } : {};
  }
  if (body === null || typeof body !== "object") return {};
  const o = body;
  const first = Array.isArray(o.errors) ? o.errors[0] : void 0;
  const pick2 = (...values) => {
    const v = values.find((x) => typeof x === "string" && x.trim() !== "");
    return typeof v === "string" ? secrets.scrubText(v.slice(0, 300)) : void 0;
  };
  const out = {};
  const message = pick2(
    o.developerMessage,
    o.error_description,
    o.errorMessage,
    o.message,
    o.detail,
    o.title,
    first?.detail,
    first?.message,
    first?.title,
    o.error
  );
  const code = pick2(o.error, o.errorCode, o.code, first?.code);
  if (message !== void 0) out.message = message;
  if (code !== void 0) out.code = code;
  return out;
}
function parseRetryAfter(value, now) {
  if (value === null || value.trim() === "") return void 0;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return void 0;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1e3));
}
function describeNetworkError(error, timeoutMs) {
  const e = error;
  if (e?.name === "TimeoutError" || e?.name === "AbortError")
    return `no complete answer within ${formatSeconds(timeoutMs)}`;
  const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
  return `network error (${cause})`;
}
function statusText(status) {
  const text = STATUS_CODES[status];
  return text ? ` ${text}` : "";
}
function formatSeconds(ms) {
  return `${Math.round(ms / 100) / 10} s`;
}

// src/sources/aps/schemas.ts
var ApsShapeError = class extends Error {
  name = "ApsShapeError";
};
var ROW_FIELDS = {
  date: ["date", "usageDate", "day"],
  featureId: ["featureId", "feature", "service", "serviceId"],
  featureName: ["featureName", "name", "serviceName"],
  unit: ["unit", "unitOfMeasure"],
  quantity: ["quantity", "usage", "value", "units", "total"],
  tokens: ["tokens", "tokensConsumed"],
  clientId: ["clientId", "client_id", "appId"],
  appName: ["appName", "applicationName", "clientName"]
};
var CHARGED_FLAGS = ["charged", "isCharged", "chargeable"];
var CHARGE_STATUS = ["chargeStatus", "billingStatus", "status"];
var CHARGED_WORDS = /* @__PURE__ */ new Set(["charged", "resolved", "billed", "paid"]);
var UNCHARGED_WORDS = /* @__PURE__ */ new Set([
  "uncharged",
  "not_charged",
  "notcharged",
  "not charged",
  "unbilled",
  "unpaid"
]);
var FEATURE_FIELDS = {
  id: ["id", "featureId"],
  name: ["featureName", "displayName", "name"],
  api: ["apiName", "service", "api"],
  unit: ["unit", "unitOfMeasure"]
};
var CLIENT_FIELDS = {
  id: ["id", "clientId", "client_id"],
  name: ["name", "appName", "displayName"]
};
var ENVELOPE_KEYS = /* @__PURE__ */ new Set(["pagination", "results", "data"]);
function parseDailyTotalsPage(body, endpoint) {
  const { rows, nextUrl, unknownKeys } = readEnvelope(body, endpoint);
  const known = new Set(Object.values(ROW_FIELDS).flat());
  const items = rows.map((row, index) => {
    const where = `${endpoint}: row ${index + 1}`;
    const o = asObject(row, where);
    const rawDate = pick(o, ROW_FIELDS.date);
    const date = typeof rawDate === "string" && /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(rawDate) ? rawDate.slice(0, 10) : void 0;
    const quantity = toNumber(pick(o, ROW_FIELDS.quantity));
    if (date === void 0 || !isDay(date)) {
      throw new ApsShapeError(
        `${where} has no recognisable date (expected one of ${ROW_FIELDS.date.join(", ")} as YYYY-MM-DD, got ${describeValue(rawDate)}); keys seen: ${Object.keys(o).join(", ") || "none"}`
      );
    }
    if (quantity === void 0 || Math.abs(quantity) > MAX_QUANTITY) {
      throw new ApsShapeError(
        `${where} has no recognisable quantity (expected a number of at most ${MAX_QUANTITY} in size in one of ${ROW_FIELDS.quantity.join(", ")}, got ${describeValue(pick(o, ROW_FIELDS.quantity))}); keys seen: ${Object.keys(o).join(", ") || "none"}`
      );
    }
    const tokens = toNumber(pick(o, ROW_FIELDS.tokens));
    if (tokens !== void 0 && Math.abs(tokens) > MAX_TOKENS) {
      throw new ApsShapeError(
        `${where} has tokens ${describeValue(pick(o, ROW_FIELDS.tokens))}; expected a number of at most ${MAX_TOKENS} in size`
      );
    }
    const featureName = toText(pick(o, ROW_FIELDS.featureName));
    const out = {
      date,
      // A row with no id but a name still says what it is; one with neither is kept under "unknown".
      featureId: toText(pick(o, ROW_FIELDS.featureId)) ?? featureName ?? "unknown",
      quantity,
      tokens: tokens ?? null,
      extra: {}
    };
    if (featureName !== void 0) out.featureName = featureName;
    const unit = toText(pick(o, ROW_FIELDS.unit));
    if (unit !== void 0) out.unit = unit;
    const clientId = toText(pick(o, ROW_FIELDS.clientId));
    if (clientId !== void 0) out.clientId = clientId;
    const appName = toText(pick(o, ROW_FIELDS.appName));
    if (appName !== void 0) out.appName = appName;
    const charge = readCharged(o);
    if (charge) out.charged = charge.charged;
    for (const [k, v] of Object.entries(o)) {
      if (known.has(k) || k === charge?.key) continue;
      out.extra[k] = v;
      unknownKeys.push(k);
    }
    return out;
  });
  return withNext({ items, unknownKeys: unique(unknownKeys) }, nextUrl);
}
function readCharged(o) {
  for (const key of CHARGED_FLAGS) {
    const v = o[key];
    const flag = typeof v === "boolean" ? v : v === 1 || v === 0 ? v === 1 : typeof v === "string" && /^(true|false)$/i.test(v.trim()) ? v.trim().toLowerCase() === "true" : void 0;
    if (flag !== void 0) return { charged: flag, key };
  }
  for (const key of CHARGE_STATUS) {
    const v = o[key];
    if (typeof v !== "string") continue;
    const word = v.trim().toLowerCase().replace(/-/g, "_");
    if (CHARGED_WORDS.has(word)) return { charged: true, key };
    if (UNCHARGED_WORDS.has(word)) return { charged: false, key };
  }
  return void 0;
}
function parseFeaturesPage(body, endpoint) {
  const { rows, nextUrl, unknownKeys } = readEnvelope(body, endpoint);
  const items = [];
  for (const row of rows) {
    if (row === null || typeof row !== "object") continue;
    const o = row;
    const id = toText(pick(o, FEATURE_FIELDS.id));
    if (id === void 0) continue;
    const info = { id };
    const name = toText(pick(o, FEATURE_FIELDS.name));
    if (name !== void 0) info.name = name;
    const api = toText(pick(o, FEATURE_FIELDS.api));
    if (api !== void 0) info.api = api;
    const unit = toText(pick(o, FEATURE_FIELDS.unit));
    if (unit !== void 0) info.unit = unit;
    items.push(info);
  }
  return withNext({ items, unknownKeys: unique(unknownKeys) }, nextUrl);
}
function parseClientsPage(body, endpoint) {
  const single = body !== null && typeof body === "object" && !Array.isArray(body) && !hasList(body);
  const { rows, nextUrl, unknownKeys } = single ? { rows: [body], nextUrl: void 0, unknownKeys: [] } : readEnvelope(body, endpoint);
  const items = [];
  for (const row of rows) {
    if (row === null || typeof row !== "object") continue;
    const o = row;
    const id = toText(pick(o, CLIENT_FIELDS.id));
    if (id === void 0) continue;
    const name = toText(pick(o, CLIENT_FIELDS.name));
    items.push(name !== void 0 ? { id, name } : { id });
  }
  return withNext({ items, unknownKeys }, nextUrl);
}
function hasList(body) {
  const o = body;
  return Array.isArray(o.results) || Array.isArray(o.data);
}
function readEnvelope(body, endpoint) {
  if (Array.isArray(body)) return { rows: body, unknownKeys: [] };
  if (body === null || typeof body !== "object") {
    throw new ApsShapeError(
      `${endpoint}: expected a JSON object with a results array, got ${describeValue(body)}`
    );
  }
  const o = body;
  const rows = Array.isArray(o.results) ? o.results : Array.isArray(o.data) ? o.data : void 0;
  if (rows === void 0) {
    throw new ApsShapeError(
      `${endpoint}: expected the rows in "results", "data" or a bare array; keys seen: ${Object.keys(o).join(", ") || "none"}`
    );
  }
  const pagination = o.pagination;
  let nextUrl;
  if (pagination !== null && typeof pagination === "object") {
    nextUrl = toText(pagination.nextUrl);
  }
  const unknownKeys = Object.keys(o).filter((k) => !ENVELOPE_KEYS.has(k));
  const out = { rows, unknownKeys };
  if (nextUrl !== void 0) out.nextUrl = nextUrl;
  return out;
}
function withNext(page, nextUrl) {
  if (nextUrl !== void 0) page.nextUrl = nextUrl;
  return page;
}
function asObject(row, where) {
  if (row === null || typeof row !== "object" || Array.isArray(row)) {
    throw new ApsShapeError(`${where}: expected an object, got ${describeValue(row)}`);
  }
  return row;
}
function pick(o, keys) {
  for (const k of keys) if (o[k] !== void 0 && o[k] !== null) return o[k];
  return void 0;
}
function toNumber(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value === "string" && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : void 0;
  }
  return void 0;
}
function toText(value) {
  if (typeof value === "string") return value.trim() === "" ? void 0 : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}
function unique(values) {
  return [...new Set(values)];
}

// src/sources/aps/api.ts
var MAX_PAGES = 1e3;
function createApsApi(options) {
  const { baseUrl, http, auth, logger } = options;
  const origin = new URL(baseUrl).origin;
  const reportedKeys = /* @__PURE__ */ new Set();
  const get = async (url, label) => {
    const send = async (token2) => (await http.request({
      method: "GET",
      url,
      headers: { authorization: `Bearer ${token2}` },
      ...label ? { label } : {}
    })).json;
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
          `${error.message}, even with a newly minted token: the credentials do not grant the application:client:read scope, or the account behind them has lost access. See docs/authentication.md.`
        );
      }
      throw error;
    }
  };
  const paged = async (firstUrl, parse, label) => {
    const items = [];
    const seen = /* @__PURE__ */ new Set();
    for (let url = firstUrl, page = 1; url !== void 0; page++) {
      const endpoint = describeEndpoint("GET", url);
      if (seen.has(url) || page > MAX_PAGES) {
        throw new ApsHttpError(
          `${endpoint}: pagination.nextUrl repeats or runs past ${MAX_PAGES} pages`,
          endpoint,
          200
        );
      }
      seen.add(url);
      const result = parse(await get(url, label), endpoint);
      items.push(...result.items);
      reportUnknownKeys(endpoint, result.unknownKeys);
      url = result.nextUrl === void 0 ? void 0 : checkNextUrl(result.nextUrl, endpoint);
    }
    return items;
  };
  const checkNextUrl = (next, endpoint) => {
    let url;
    try {
      url = new URL(next, baseUrl);
    } catch {
      throw new ApsHttpError(
        `${endpoint}: pagination.nextUrl is not a URL (${JSON.stringify(next)})`,
        endpoint,
        200
      );
    }
    if (url.origin !== origin) {
      throw new ApsHttpError(
        `${endpoint}: pagination.nextUrl points at ${url.origin}, not at ${origin}; not following it with the token`,
        endpoint,
        200
      );
    }
    return url.toString();
  };
  const reportUnknownKeys = (endpoint, keys) => {
    const fresh = keys.filter((k) => !reportedKeys.has(k));
    if (fresh.length === 0) return;
    fresh.forEach((k) => reportedKeys.add(k));
    logger.debug(`${endpoint}: fields this version does not use, kept as they are: ${fresh.join(", ")}`);
  };
  const apps = `${baseUrl}/applications`;
  const filterDate = (w) => `filter[date]=${w.from}..${w.to}`;
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
      const [client] = parseClientsPage(await get(url), describeEndpoint("GET", url)).items;
      return client ?? { id };
    },
    async features() {
      return paged(`${apps}/v2/features`, parseFeaturesPage);
    },
    async dailyTotals(target, window) {
      const path = target.kind === "hub" ? `v2/hubs/${encodeURIComponent(target.id)}` : `${target.version}/clients/${encodeURIComponent(target.id)}`;
      return paged(`${apps}/${path}/usage/daily-totals?${filterDate(window)}`, parseDailyTotalsPage);
    }
  };
}

// src/sources/aps/jwt.ts
import { createPrivateKey, randomUUID, sign } from "node:crypto";
var MAX_ASSERTION_LIFETIME_SECONDS = 300;
function createAssertion(input) {
  const key = loadPrivateKey(input.privateKey);
  const iat = Math.floor(input.now.getTime() / 1e3);
  const header = { alg: "RS256", kid: input.keyId, typ: "JWT" };
  const claims = {
    iss: input.clientId,
    sub: input.serviceAccountId,
    aud: input.audience,
    iat,
    nbf: iat,
    exp: iat + MAX_ASSERTION_LIFETIME_SECONDS,
    // A replayed jti is refused, so it must not repeat across runs, processes or machines: a CSPRNG UUID, never
    // the injectable jitter source.
    jti: randomUUID(),
    // APS wants the scopes as a JSON array here, unlike the space-separated form parameter.
    scope: [...input.scopes]
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign("sha256", Buffer.from(signingInput), key);
  return `${signingInput}.${base64url(signature)}`;
}
function loadPrivateKey(pem) {
  let key;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new UserError(
      `APS_SERVICE_ACCOUNT_PRIVATE_KEY: expected the service account's RSA private key in PEM form ("-----BEGIN RSA PRIVATE KEY-----" or "-----BEGIN PRIVATE KEY-----" \u2026 "-----END \u2026 KEY-----", line breaks kept or written as \\n), but it could not be read as one`
    );
  }
  if (key.asymmetricKeyType !== "rsa") {
    throw new UserError(
      `APS_SERVICE_ACCOUNT_PRIVATE_KEY: expected an RSA private key (RS256), got a ${key.asymmetricKeyType ?? "non-asymmetric"} key`
    );
  }
  return key;
}
function base64url(data) {
  return Buffer.from(data).toString("base64url");
}

// src/sources/aps/auth.ts
var EXPIRY_MARGIN_MS = 6e4;
var ASSERTION_TRIES = 3;
var DOCS = "See docs/authentication.md.";
function tokenEndpoint(baseUrl) {
  return `${baseUrl}/authentication/v2/token`;
}
function createTokenProvider(options) {
  const { creds, mode, secrets, clock } = options;
  let refreshToken = creds.refreshToken;
  let current;
  let minting;
  if (mode === "access-token") {
    current = { token: creds.accessToken ?? "", expiresAt: void 0 };
  }
  const fail = (message) => {
    throw new ApsSourceError(message);
  };
  const exchange = async (form, idempotent) => {
    const basic = Buffer.from(`${creds.clientId ?? ""}:${creds.clientSecret ?? ""}`).toString("base64");
    secrets.add(basic);
    const response = await options.http.request({
      method: "POST",
      url: tokenEndpoint(creds.baseUrl),
      headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
      idempotent,
      label: form.grant_type?.replace(/^.*:/, "")
    });
    return response.json;
  };
  const mintWithServiceAccount = async () => {
    for (let attempt = 1; ; attempt++) {
      const assertion = createAssertion({
        clientId: creds.clientId ?? "",
        serviceAccountId: creds.serviceAccountId ?? "",
        keyId: creds.serviceAccountKeyId ?? "",
        privateKey: creds.serviceAccountPrivateKey ?? "",
        // What is signed does not follow APS_BASE_URL: a proxy or gateway in front of APS must not change it.
        audience: creds.assertionAudience ?? DOCUMENTED_AUDIENCE,
        scopes: [USAGE_SCOPE],
        now: clock.now()
      });
      secrets.add(assertion);
      try {
        return await exchange(
          { grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion, scope: USAGE_SCOPE },
          false
        );
      } catch (error) {
        if (!(error instanceof ApsHttpError) || error.status !== void 0 || attempt >= ASSERTION_TRIES)
          throw error;
      }
    }
  };
  const mint = async () => {
    let body;
    try {
      if (mode === "service-account") body = await mintWithServiceAccount();
      else
        body = await exchange(
          { grant_type: "refresh_token", refresh_token: refreshToken ?? "", scope: USAGE_SCOPE },
          false
        );
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (error instanceof ApsHttpError) fail(explainTokenError(mode, error));
      throw error;
    }
    const parsed = parseTokenResponse(body);
    if (!parsed) {
      return fail(
        `the APS token endpoint answered without an access_token (keys seen: ${describeKeys(body)}); nothing was fetched. This is unexpected; try again later.`
      );
    }
    secrets.add(parsed.accessToken);
    if (mode === "refresh-token" && parsed.refreshToken) {
      secrets.add(parsed.refreshToken);
      refreshToken = parsed.refreshToken;
      await options.onRefreshToken(parsed.refreshToken);
    }
    const expiresAt = parsed.expiresIn !== void 0 ? clock.now().getTime() + parsed.expiresIn * 1e3 : void 0;
    current = { token: parsed.accessToken, expiresAt };
    return parsed.accessToken;
  };
  const mintOnce = () => {
    minting ??= mint().finally(() => {
      minting = void 0;
    });
    return minting;
  };
  const isFresh = (c) => c.expiresAt === void 0 || clock.now().getTime() < c.expiresAt - EXPIRY_MARGIN_MS;
  return {
    mode,
    async getToken() {
      if (minting) return minting;
      if (current && isFresh(current)) return current.token;
      return mintOnce();
    },
    async renew(refused) {
      if (mode === "access-token") {
        return fail(
          `APS refused APS_ACCESS_TOKEN (401): it has expired (access tokens live 60 minutes) or is not valid. Get a new one, or use a service account or refresh token for scheduled runs. ${DOCS}`
        );
      }
      if (minting) return minting;
      if (current && current.token !== refused) return current.token;
      return mintOnce();
    }
  };
}
function parseTokenResponse(body) {
  if (body === null || typeof body !== "object") return void 0;
  const o = body;
  if (typeof o.access_token !== "string" || o.access_token === "") return void 0;
  const out = { accessToken: o.access_token };
  if (typeof o.refresh_token === "string" && o.refresh_token !== "") out.refreshToken = o.refresh_token;
  const expiresIn = Number(o.expires_in);
  if (o.expires_in !== void 0 && Number.isFinite(expiresIn) && expiresIn > 0) out.expiresIn = expiresIn;
  return out;
}
function describeKeys(body) {
  return body !== null && typeof body === "object" ? Object.keys(body).join(", ") || "none" : typeof body;
}
function explainTokenError(mode, error) {
  const said = error.apsMessage ? ` APS said: ${JSON.stringify(error.apsMessage)}.` : "";
  const code = error.apsCode;
  if (error.status === void 0 || error.status >= 500 && error.status !== 501 || error.status === 429) {
    const extra = mode === "refresh-token" ? " If the request reached APS, the refresh token may already have been used up; if the next run reports invalid_grant, sign in again to get a new one." : "";
    return `could not get an APS access token: ${error.message}.${extra} ${DOCS}`;
  }
  if (code === "invalid_client" || code === "invalid_credentials" || error.status === 401) {
    return `APS refused APS_CLIENT_ID / APS_CLIENT_SECRET at the token endpoint (${error.status}${code ? ` ${code}` : ""}).${said} Check that both belong to the same APS application and that the secret has not been rotated. ${DOCS}`;
  }
  if (mode === "refresh-token" && code === "invalid_grant") {
    return `APS refused APS_REFRESH_TOKEN (invalid_grant).${said} Refresh tokens rotate: each use returns a new one and invalidates the old, so a token that was already used once (by an earlier run whose new token was not stored, or by another tool) is dead; they also expire 15 days after they were issued. Sign in again to get a new refresh token, store it (e.g. \`gh secret set APS_REFRESH_TOKEN\`), and store the \`refresh-token\` output after every run. ${DOCS}`;
  }
  if (mode === "service-account" && (code === "invalid_grant" || code === "invalid_request")) {
    return `APS refused the service account assertion (${error.status} ${code}).${said} Check that APS_SERVICE_ACCOUNT_ID is the service account, that APS_SERVICE_ACCOUNT_KEY_ID is the id of the key whose private key is in APS_SERVICE_ACCOUNT_PRIVATE_KEY, that the account belongs to the APS_CLIENT_ID application, and that this machine's clock is right (the assertion is valid for 5 minutes). ${DOCS}`;
  }
  return `could not get an APS access token (${mode}): ${error.message}. ${DOCS}`;
}

// src/sources/aps/classify.ts
var OTHER_API = "Other";
var RULES = [
  {
    api: "Automation API",
    test: /automation|design[\s_-]*automation|\bda[\s_-]|^da$|\bda4/i,
    unit: "processing hour",
    groups: [
      { group: "AutoCAD", test: /autocad|acad/i },
      { group: "Revit", test: /revit|rvt/i },
      { group: "Inventor", test: /inventor/i },
      { group: "3ds Max", test: /3ds[\s_-]*max|3dsmax|(^|[^a-z])max([^a-z]|$)/i },
      { group: "Fusion", test: /fusion/i }
    ],
    fallbackGroup: "Other engines"
  },
  {
    api: "Model Derivative",
    test: /model[\s_-]*derivative|^md([\s_-]|$)|derivative/i,
    unit: "job",
    groups: [
      { group: "Complex jobs", test: /complex/i },
      { group: "Simple jobs", test: /simple/i }
    ],
    fallbackGroup: "Jobs"
  },
  {
    api: "Basic Interactions",
    test: /basic[\s_-]*interaction/i,
    unit: "API call",
    groups: [],
    fallbackGroup: "Basic Interactions"
  },
  {
    api: "Reality Capture",
    test: /reality[\s_-]*capture|photo[\s_-]*to[\s_-]*3d|photogrammetry/i,
    unit: "gigapixel",
    groups: [],
    fallbackGroup: "Reality Capture"
  },
  {
    api: "Flow Graph Engine",
    test: /flow[\s_-]*graph|\bfge\b/i,
    unit: "processing hour",
    groups: [],
    fallbackGroup: "Flow Graph Engine"
  },
  {
    api: "AEC Data Model",
    test: /aec[\s_-]*data[\s_-]*model|aec[\s_-]*dm|aecdm/i,
    unit: "MB",
    groups: [
      { group: "Data in", test: /(^|[^a-z])in([^a-z]|$)|ingress|upload/i },
      { group: "Data out", test: /(^|[^a-z])out([^a-z]|$)|egress|download/i }
    ],
    fallbackGroup: "AEC Data Model"
  },
  {
    api: "Manufacturing Data Model",
    test: /manufacturing[\s_-]*data[\s_-]*model|mfg[\s_-]*dm|mfgdm|mfg[\s_-]*data/i,
    unit: "MB",
    groups: [
      { group: "Data in", test: /(^|[^a-z])in([^a-z]|$)|ingress|upload/i },
      { group: "Data out", test: /(^|[^a-z])out([^a-z]|$)|egress|download/i }
    ],
    fallbackGroup: "Manufacturing Data Model"
  }
];
function classifyFeature(facts, override) {
  const rule = findRule(facts);
  const text = `${facts.featureId} ${facts.featureName ?? ""}`;
  const api = override?.api ?? rule?.api ?? OTHER_API;
  const ruleGroup = rule ? rule.groups.find((g) => g.test.test(text))?.group ?? rule.fallbackGroup : void 0;
  const name = override?.name ?? facts.featureName ?? (rule && ruleGroup ? derivedName(rule, ruleGroup) : facts.featureId);
  const group = override?.group ?? ruleGroup ?? name;
  const unit = override?.unit ?? facts.unit ?? rule?.unit ?? "";
  return { api, group, name, unit };
}
function findRule(facts) {
  const own = `${facts.featureId} ${facts.featureName ?? ""}`;
  return RULES.find((r) => r.test.test(own)) ?? (facts.api ? RULES.find((r) => r.test.test(facts.api ?? "")) : void 0);
}
function derivedName(rule, group) {
  return group === rule.api ? rule.api : `${rule.api} - ${group}`;
}

// src/sources/aps/normalise.ts
function toRecord(row, ctx) {
  const known = ctx.catalogue.get(row.featureId);
  const facts = { featureId: row.featureId };
  const name = known?.name ?? row.featureName;
  if (name !== void 0) facts.featureName = name;
  if (known?.api !== void 0) facts.api = known.api;
  const unit = row.unit ?? known?.unit;
  if (unit !== void 0) facts.unit = unit;
  const c = classifyFeature(
    facts,
    Object.hasOwn(ctx.overrides, row.featureId) ? ctx.overrides[row.featureId] : void 0
  );
  return {
    date: row.date,
    appId: wellFormed(ctx.appId),
    appName: wellFormed(ctx.appName),
    api: wellFormed(c.api),
    featureId: wellFormed(row.featureId),
    featureName: wellFormed(c.name),
    unit: wellFormed(c.unit),
    quantity: row.quantity,
    tokens: row.tokens,
    // APS's own figure is never an estimate; the pipeline estimates the nulls from the rate table later.
    tokensEstimated: false,
    ...row.charged === void 0 ? {} : { charged: row.charged }
  };
}
function insideWindow(rows, window) {
  return rows.filter((r) => r.date >= window.from && r.date <= window.to);
}
function combineDuplicates(records) {
  const byKey = /* @__PURE__ */ new Map();
  for (const r of records) {
    const key = recordKey(r);
    const old = byKey.get(key);
    if (!old) {
      byKey.set(key, { ...r });
      continue;
    }
    old.quantity += r.quantity;
    old.tokens = old.tokens !== null && r.tokens !== null ? old.tokens + r.tokens : null;
  }
  return [...byKey.values()];
}

// src/sources/aps/plan.ts
var V2_START = "2025-12-07";
var MAX_WINDOW_DAYS = 200;
function newestDayByApp(range, history) {
  const newest = /* @__PURE__ */ new Map();
  if (history instanceof HistoryTable) {
    for (let i = 0; i < history.length; i++) {
      const date = history.date(i);
      if (date < range.from || date > range.to) continue;
      const appId = history.apps[history.app[i]].id;
      const seen = newest.get(appId);
      if (seen === void 0 || date > seen) newest.set(appId, date);
    }
    return newest;
  }
  for (const r of history) {
    if (r.date < range.from || r.date > range.to) continue;
    const seen = newest.get(r.appId);
    if (seen === void 0 || r.date > seen) newest.set(r.appId, r.date);
  }
  return newest;
}
function rangeFromNewest(range, newest, trailingDays) {
  if (newest === void 0) return { ...range };
  const from = addDays(newest, -trailingDays);
  return { from: from > range.from ? from : range.from, to: range.to };
}
function planWindows(range, options) {
  const plan = { v1: [], v2: [] };
  if (range.from > range.to) return plan;
  const splitAtV2 = options.includeV1 || options.hub;
  if (options.includeV1 && range.from < V2_START) {
    const end = addDays(V2_START, -1);
    plan.v1 = splitRange({ from: range.from, to: range.to < end ? range.to : end }, MAX_WINDOW_DAYS);
  }
  const v2From = splitAtV2 && range.from < V2_START ? V2_START : range.from;
  if (v2From <= range.to) plan.v2 = splitRange({ from: v2From, to: range.to }, MAX_WINDOW_DAYS);
  return plan;
}

// src/sources/aps/pool.ts
async function mapPool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  let failure;
  const worker = async () => {
    while (failure === void 0 && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== void 0) throw failure.error;
  return results;
}

// src/sources/aps/record.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
function createRecorder(dir, secrets) {
  let sequence = 0;
  let ready;
  return async (info) => {
    sequence += 1;
    const name = `${String(sequence).padStart(4, "0")}-${recordingName(info)}.json`;
    ready ??= mkdir(dir, { recursive: true });
    await ready;
    await writeFile(join(dir, name), `${JSON.stringify(scrubResponse(info, secrets), null, 2)}
`, "utf8");
  };
}
function scrubResponse(info, secrets) {
  let body;
  let bodyText;
  try {
    body = secrets.scrubJson(JSON.parse(info.text));
  } catch {
    bodyText = secrets.scrubText(info.text);
  }
  return {
    request: { method: info.method, url: secrets.scrubText(stripSensitiveQuery(info.url)) },
    status: info.status,
    ...bodyText === void 0 ? { body } : { bodyText }
  };
}
function stripSensitiveQuery(url) {
  try {
    const u = new URL(url);
    for (const k of [...u.searchParams.keys()]) {
      if (isSensitiveParam(k)) u.searchParams.set(k, REMOVED);
    }
    return u.toString();
  } catch {
    return url.replace(/\?.*$/, "");
  }
}
function recordingName(info) {
  let path = info.url;
  let window = "";
  try {
    const u = new URL(info.url);
    path = u.pathname;
    window = u.searchParams.get("filter[date]") ?? "";
  } catch {
  }
  const endpoint = path.replace(/^\/(applications|authentication)\//, "");
  const parts = [endpoint, window || info.label || "", info.status === 200 ? "" : String(info.status)].filter(
    Boolean
  );
  return parts.join("_").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "").slice(0, 150);
}

// src/sources/aps/client.ts
var MODE_LABEL = {
  "service-account": "a Secure Service Account",
  "refresh-token": "a refresh token",
  "access-token": "the access token given"
};
async function fetchApsUsage(request, deps) {
  const { config } = request;
  const secrets = new SecretRegistry((value) => deps.logger.setSecret(value));
  const creds = readCredentials(deps.credentials, secrets);
  const mode = chooseAuthMode(creds, config.aps.auth);
  const progress = startProgress({
    label: "APS",
    total: config.aps.hubId ? 0 : config.apps.length,
    unit: "apps",
    log: (line) => deps.logger.info(line),
    now: () => deps.clock.now().getTime()
  });
  const http = createHttpClient({
    fetch: deps.fetch,
    sleep: deps.sleep,
    random: deps.random,
    clock: deps.clock,
    logger: deps.logger,
    secrets,
    timeoutMs: config.aps.timeoutSeconds * 1e3,
    onAttempt: (attempt) => {
      progress.count("requests");
      if (attempt > 1) progress.count("retries");
    },
    ...request.recordDir ? { onResponse: createRecorder(request.recordDir, secrets) } : {}
  });
  const auth = createTokenProvider({
    creds,
    mode,
    http,
    secrets,
    clock: deps.clock,
    onRefreshToken: deps.saveRefreshToken
  });
  const api = createApsApi({ baseUrl: creds.baseUrl, http, auth, logger: deps.logger });
  try {
    deps.logger.info(`APS: signing in with ${MODE_LABEL[mode]}`);
    await auth.getToken();
    const ctx = {
      api,
      config,
      deps,
      catalogue: await loadCatalogue(api, deps),
      newestDays: newestDayByApp(request.range, request.history),
      range: request.range,
      progress
    };
    const outcomes = config.aps.hubId ? await fetchHub(ctx, config.aps.hubId) : await fetchApps(ctx);
    const result = {
      records: outcomes.flatMap((o) => o.records),
      apps: outcomes.map((o) => o.status),
      asOf: toDay(deps.clock.now())
    };
    const failed = result.apps.filter((a) => a.status === "failed");
    if (failed.length > 0 && failed.length === result.apps.length) {
      throw new ApsSourceError(
        `every APS app failed, so there is nothing to report:
${failed.map((a) => `  - ${a.name}: ${withHint(a.error ?? "", a.hint)}`).join("\n")}`
      );
    }
    return result;
  } finally {
    progress.finish();
  }
}
async function loadCatalogue(api, deps) {
  try {
    const features = await api.features();
    return new Map(features.map((f) => [f.id, f]));
  } catch (error) {
    if (!isAppLevelError(error)) throw error;
    deps.logger.warning(
      `APS feature catalogue unavailable, features are labelled from the usage rows: ${errorMessage(error)}`
    );
    return /* @__PURE__ */ new Map();
  }
}
async function fetchApps(ctx) {
  let apps = ctx.config.apps;
  if (apps.length === 0) {
    try {
      apps = await ctx.api.listClients();
    } catch (error) {
      if (!isAppLevelError(error)) throw error;
      throw new ApsSourceError(
        `no apps are configured, and listing the apps the credentials can see failed: ${error.message}`
      );
    }
    if (apps.length === 0) {
      throw new UserError(
        "no apps to report: the config lists none under `apps:`, sets no `aps.hubId`, and the credentials own or collaborate on no APS application"
      );
    }
    ctx.deps.logger.info(`APS: no apps configured; reporting the ${apps.length} the credentials can see`);
  }
  ctx.progress.setTotal(apps.length);
  return mapPool(
    apps,
    ctx.config.aps.concurrency,
    counted(ctx.progress, (app) => fetchOneApp(ctx, app))
  );
}
async function fetchOneApp(ctx, app) {
  const { config, deps } = ctx;
  const name = app.name ?? await lookupName(ctx, app.id) ?? app.id;
  const range = rangeFromNewest(ctx.range, ctx.newestDays.get(app.id), config.aps.trailingDays);
  const plan = planWindows(range, { includeV1: config.aps.includeV1, hub: false });
  try {
    const rows = [];
    for (const [version, windows] of [
      ["v1", plan.v1],
      ["v2", plan.v2]
    ]) {
      for (const window of windows) {
        const target = { kind: "client", id: app.id, version };
        rows.push(...insideWindow(await ctx.api.dailyTotals(target, window), window));
      }
    }
    const records = normalise(ctx, rows, app.id, name);
    deps.logger.info(`APS: ${name}: ${count(records.length, "record")} for ${range.from}..${range.to}`);
    return { status: { id: app.id, name, status: "ok" }, records };
  } catch (error) {
    if (!isAppLevelError(error)) throw error;
    deps.logger.warning(`APS: ${name} failed: ${withHint(errorMessage(error), appErrorHint(error))}`);
    return { status: failedStatus(app.id, name, error), records: [] };
  }
}
async function fetchHub(ctx, hubId) {
  const { config, deps } = ctx;
  const newest = [...ctx.newestDays.values()].reduce(
    (a, b) => a === void 0 || b > a ? b : a,
    void 0
  );
  const range = rangeFromNewest(ctx.range, newest, config.aps.trailingDays);
  const plan = planWindows(range, { includeV1: config.aps.includeV1, hub: true });
  const byApp = /* @__PURE__ */ new Map();
  const hubNames = /* @__PURE__ */ new Map();
  try {
    for (const window of plan.v2) {
      const rows = insideWindow(await ctx.api.dailyTotals({ kind: "hub", id: hubId }, window), window);
      for (const row of rows) {
        if (row.clientId === void 0) {
          throw new ApsShapeError(
            `hub ${hubId}: a daily-totals row of ${row.date} has no app id (expected clientId, client_id or appId); other keys it had: ${Object.keys(row.extra).join(", ") || "none"}`
          );
        }
        if (row.appName !== void 0) hubNames.set(row.clientId, row.appName);
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
  const ids = [.../* @__PURE__ */ new Set([...configured.keys(), ...byApp.keys()])];
  deps.logger.info(`APS: hub ${hubId}: ${byApp.size} apps with usage in ${range.from}..${range.to}`);
  ctx.progress.setTotal(ids.length);
  return mapPool(
    ids,
    config.aps.concurrency,
    counted(ctx.progress, async (id) => {
      const name = configured.get(id) ?? hubNames.get(id) ?? await lookupName(ctx, id) ?? id;
      const rows = byApp.get(id) ?? [];
      try {
        for (const window of plan.v1) {
          rows.push(
            ...insideWindow(await ctx.api.dailyTotals({ kind: "client", id, version: "v1" }, window), window)
          );
        }
      } catch (error) {
        if (!isAppLevelError(error)) throw error;
        deps.logger.warning(
          `APS: ${name}: older (v1) history failed: ${withHint(errorMessage(error), appErrorHint(error))}`
        );
        return { status: failedStatus(id, name, error), records: [] };
      }
      return { status: { id, name, status: "ok" }, records: normalise(ctx, rows, id, name) };
    })
  );
}
function counted(progress, task) {
  return async (item) => {
    const result = await task(item);
    progress.advance();
    return result;
  };
}
function normalise(ctx, rows, appId, appName) {
  const nctx = { appId, appName, catalogue: ctx.catalogue, overrides: ctx.config.classify };
  return combineDuplicates(rows.map((row) => toRecord(row, nctx)));
}
async function lookupName(ctx, id) {
  try {
    return (await ctx.api.getClient(id)).name;
  } catch (error) {
    if (!isAppLevelError(error)) throw error;
    ctx.deps.logger.debug(`APS: no name for app ${id}: ${errorMessage(error)}`);
    return void 0;
  }
}
function isAppLevelError(error) {
  return error instanceof ApsHttpError || error instanceof ApsShapeError;
}
function failedStatus(id, name, error) {
  const hint = appErrorHint(error);
  return { id, name, status: "failed", error: error.message, ...hint ? { hint } : {} };
}
function appErrorHint(error) {
  if (error instanceof ApsShapeError) return "unexpected-shape";
  switch (error.status) {
    case 403:
      return "no-access";
    case 404:
      return "unknown-app";
    case 400:
      return "refused";
    default:
      return void 0;
  }
}
function explainAppError(error) {
  return withHint(error.message, appErrorHint(error));
}
function withHint(message, hint) {
  return hint ? `${message}. ${hintText(en, hint)}` : message;
}

// src/sources/aps/index.ts
var apsSource = {
  name: "aps",
  fetch: fetchApsUsage
};
export {
  ApsSourceError,
  apsSource,
  classifyFeature
};
