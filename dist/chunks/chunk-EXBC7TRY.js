import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/sources/aps/credentials.ts
var DEFAULT_BASE_URL = "https://developer.api.autodesk.com";
var USAGE_SCOPE = "application:client:read";
var DOCUMENTED_AUDIENCE = "https://developer.api.autodesk.com/authentication/v2/token";
var CREDENTIAL_TABLE = [
  { field: "clientId", input: "aps-client-id", env: "APS_CLIENT_ID", secret: false },
  { field: "clientSecret", input: "aps-client-secret", env: "APS_CLIENT_SECRET", secret: true },
  {
    field: "serviceAccountId",
    input: "aps-service-account-id",
    env: "APS_SERVICE_ACCOUNT_ID",
    secret: false
  },
  {
    field: "serviceAccountKeyId",
    input: "aps-service-account-key-id",
    env: "APS_SERVICE_ACCOUNT_KEY_ID",
    secret: false
  },
  {
    field: "serviceAccountPrivateKey",
    input: "aps-service-account-private-key",
    env: "APS_SERVICE_ACCOUNT_PRIVATE_KEY",
    secret: true
  },
  { field: "refreshToken", input: "aps-refresh-token", env: "APS_REFRESH_TOKEN", secret: true },
  { field: "accessToken", input: "aps-access-token", env: "APS_ACCESS_TOKEN", secret: true }
];
var ENV = Object.fromEntries(CREDENTIAL_TABLE.map((c) => [c.field, c.env]));
function credentialsFromEnv(env) {
  const values = {};
  for (const { field, env: name } of CREDENTIAL_TABLE) {
    const value = env[name]?.trim();
    if (value) values[field] = value;
  }
  const baseUrl = env.APS_BASE_URL?.trim();
  if (baseUrl) values.baseUrl = baseUrl;
  const audience = env.APS_ASSERTION_AUDIENCE?.trim();
  if (audience) values.assertionAudience = audience;
  return values;
}
var REQUIRED = {
  "service-account": [
    "clientId",
    "clientSecret",
    "serviceAccountId",
    "serviceAccountKeyId",
    "serviceAccountPrivateKey"
  ],
  "refresh-token": ["clientId", "clientSecret", "refreshToken"],
  "access-token": ["accessToken"]
};
var DOCS = "See docs/authentication.md.";
function readCredentials(values, secrets) {
  const creds = { baseUrl: readBaseUrl(values.baseUrl) };
  const audience = values.assertionAudience?.trim();
  if (audience) creds.assertionAudience = readAudience(audience);
  for (const { field, secret } of CREDENTIAL_TABLE) {
    const raw = values[field]?.trim();
    if (!raw) continue;
    const value = field === "serviceAccountPrivateKey" ? raw.replace(/\\n/g, "\n") : raw;
    if (secret) {
      secrets.add(raw);
      secrets.add(value);
    }
    creds[field] = value;
  }
  return creds;
}
function readBaseUrl(value) {
  const raw = value?.trim() || DEFAULT_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(
      `APS_BASE_URL: expected an absolute http(s) URL such as ${DEFAULT_BASE_URL}, got ${JSON.stringify(raw)}`
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(
      `APS_BASE_URL: expected an http(s) URL such as ${DEFAULT_BASE_URL}, got ${JSON.stringify(raw)}`
    );
  }
  return raw.replace(/\/+$/, "");
}
function readAudience(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(
      `APS_ASSERTION_AUDIENCE: expected an absolute http(s) URL such as ${DOCUMENTED_AUDIENCE}, got ${JSON.stringify(raw)}`
    );
  }
  return raw;
}
function chooseAuthMode(creds, configured) {
  if (configured !== "auto") {
    requireAll(creds, configured, `aps.auth is ${configured}`);
    return configured;
  }
  const has = (f) => creds[f] !== void 0;
  if (has("serviceAccountId") || has("serviceAccountKeyId") || has("serviceAccountPrivateKey")) {
    requireAll(creds, "service-account", "a service-account variable is set");
    return "service-account";
  }
  if (has("refreshToken")) {
    requireAll(creds, "refresh-token", "APS_REFRESH_TOKEN is set");
    return "refresh-token";
  }
  if (has("accessToken")) return "access-token";
  if (has("clientId") && has("clientSecret")) {
    throw new UserError(
      `APS_CLIENT_ID and APS_CLIENT_SECRET alone give a two-legged (client-credentials) token, and APS refuses it for usage data: the usage endpoints need a user-context token with the ${USAGE_SCOPE} scope. Add a Secure Service Account (APS_SERVICE_ACCOUNT_ID, APS_SERVICE_ACCOUNT_KEY_ID, APS_SERVICE_ACCOUNT_PRIVATE_KEY) or a three-legged refresh token (APS_REFRESH_TOKEN). ${DOCS}`
    );
  }
  throw new UserError(
    `no APS credentials found: set APS_CLIENT_ID, APS_CLIENT_SECRET and either a Secure Service Account (APS_SERVICE_ACCOUNT_ID, APS_SERVICE_ACCOUNT_KEY_ID, APS_SERVICE_ACCOUNT_PRIVATE_KEY) or APS_REFRESH_TOKEN; or APS_ACCESS_TOKEN for a one-off run. ${DOCS}`
  );
}
function requireAll(creds, mode, because) {
  const missing = REQUIRED[mode].filter((f) => creds[f] === void 0).map((f) => ENV[f]);
  if (missing.length > 0) {
    throw new UserError(
      `${because}, so the ${mode} mode needs ${missing.join(", ")}, which ${missing.length > 1 ? "are" : "is"} not set. ${DOCS}`
    );
  }
}

export {
  USAGE_SCOPE,
  DOCUMENTED_AUDIENCE,
  CREDENTIAL_TABLE,
  credentialsFromEnv,
  readCredentials,
  chooseAuthMode
};
