/**
 * Credentials from the environment, and which way to get a user-context token from them. Pure apart from the
 * secret registry it registers every value with.
 */
import { UserError } from '../../errors.js';
import type { SecretRegistry } from './secrets.js';

export const DEFAULT_BASE_URL = 'https://developer.api.autodesk.com';
export const USAGE_SCOPE = 'application:client:read';
/** The audience APS documents for a service-account assertion: its own token endpoint, whatever URL we call. */
export const DOCUMENTED_AUDIENCE = 'https://developer.api.autodesk.com/authentication/v2/token';

export type AuthMode = 'service-account' | 'refresh-token' | 'access-token';
export type ConfiguredAuth = AuthMode | 'auto';

export interface Credentials {
  baseUrl: string;
  /** `APS_ASSERTION_AUDIENCE`: only set when a user explicitly needs another `aud` than `DOCUMENTED_AUDIENCE`. */
  assertionAudience?: string;
  clientId?: string;
  clientSecret?: string;
  serviceAccountId?: string;
  serviceAccountKeyId?: string;
  serviceAccountPrivateKey?: string;
  refreshToken?: string;
  accessToken?: string;
}

const ENV = {
  clientId: 'APS_CLIENT_ID',
  clientSecret: 'APS_CLIENT_SECRET',
  serviceAccountId: 'APS_SERVICE_ACCOUNT_ID',
  serviceAccountKeyId: 'APS_SERVICE_ACCOUNT_KEY_ID',
  serviceAccountPrivateKey: 'APS_SERVICE_ACCOUNT_PRIVATE_KEY',
  refreshToken: 'APS_REFRESH_TOKEN',
  accessToken: 'APS_ACCESS_TOKEN',
} as const satisfies Record<keyof Omit<Credentials, 'baseUrl' | 'assertionAudience'>, string>;

/** What each mode needs, in the order a user would set them up. */
const REQUIRED: Record<AuthMode, (keyof typeof ENV)[]> = {
  'service-account': [
    'clientId',
    'clientSecret',
    'serviceAccountId',
    'serviceAccountKeyId',
    'serviceAccountPrivateKey',
  ],
  'refresh-token': ['clientId', 'clientSecret', 'refreshToken'],
  'access-token': ['accessToken'],
};

const DOCS = 'See docs/authentication.md.';

/** The variables that are credentials. Ids are not: app ids appear in every report and must stay readable. */
const SECRET_FIELDS = new Set<keyof typeof ENV>([
  'clientSecret',
  'serviceAccountPrivateKey',
  'refreshToken',
  'accessToken',
]);

/** Reads `APS_*` from the environment, registering each credential as a secret before it goes anywhere. */
export function readCredentials(
  env: Record<string, string | undefined>,
  secrets: SecretRegistry,
): Credentials {
  const creds: Credentials = { baseUrl: readBaseUrl(env.APS_BASE_URL) };
  const audience = env.APS_ASSERTION_AUDIENCE?.trim();
  if (audience) creds.assertionAudience = readAudience(audience);
  for (const [field, name] of Object.entries(ENV) as [keyof typeof ENV, string][]) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    // A PEM pasted into a one-line secret store often arrives with literal "\n"; the key is unusable without real ones.
    const value = field === 'serviceAccountPrivateKey' ? raw.replace(/\\n/g, '\n') : raw;
    if (SECRET_FIELDS.has(field)) {
      secrets.add(raw);
      secrets.add(value);
    }
    creds[field] = value;
  }
  return creds;
}

function readBaseUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(
      `APS_BASE_URL: expected an absolute http(s) URL such as ${DEFAULT_BASE_URL}, got ${JSON.stringify(raw)}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(
      `APS_BASE_URL: expected an http(s) URL such as ${DEFAULT_BASE_URL}, got ${JSON.stringify(raw)}`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function readAudience(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new UserError(
      `APS_ASSERTION_AUDIENCE: expected an absolute http(s) URL such as ${DOCUMENTED_AUDIENCE}, got ${JSON.stringify(raw)}`,
    );
  }
  return raw;
}

/**
 * Picks the auth mode: the configured one, or the best the environment allows (a service account needs nothing
 * persisted between runs, a refresh token must be stored again after each run, an access token lasts an hour).
 */
export function chooseAuthMode(creds: Credentials, configured: ConfiguredAuth): AuthMode {
  if (configured !== 'auto') {
    requireAll(creds, configured, `aps.auth is ${configured}`);
    return configured;
  }
  const has = (f: keyof typeof ENV): boolean => creds[f] !== undefined;
  // Any service-account variable means the user meant that mode: a missing sibling is an error, not a fallback.
  if (has('serviceAccountId') || has('serviceAccountKeyId') || has('serviceAccountPrivateKey')) {
    requireAll(creds, 'service-account', 'a service-account variable is set');
    return 'service-account';
  }
  if (has('refreshToken')) {
    requireAll(creds, 'refresh-token', 'APS_REFRESH_TOKEN is set');
    return 'refresh-token';
  }
  if (has('accessToken')) return 'access-token';
  if (has('clientId') && has('clientSecret')) {
    throw new UserError(
      'APS_CLIENT_ID and APS_CLIENT_SECRET alone give a two-legged (client-credentials) token, and APS refuses it for ' +
        `usage data: the usage endpoints need a user-context token with the ${USAGE_SCOPE} scope. Add a Secure ` +
        'Service Account (APS_SERVICE_ACCOUNT_ID, APS_SERVICE_ACCOUNT_KEY_ID, APS_SERVICE_ACCOUNT_PRIVATE_KEY) or a ' +
        `three-legged refresh token (APS_REFRESH_TOKEN). ${DOCS}`,
    );
  }
  throw new UserError(
    'no APS credentials found: set APS_CLIENT_ID, APS_CLIENT_SECRET and either a Secure Service Account ' +
      '(APS_SERVICE_ACCOUNT_ID, APS_SERVICE_ACCOUNT_KEY_ID, APS_SERVICE_ACCOUNT_PRIVATE_KEY) or APS_REFRESH_TOKEN; ' +
      `or APS_ACCESS_TOKEN for a one-off run. ${DOCS}`,
  );
}

function requireAll(creds: Credentials, mode: AuthMode, because: string): void {
  const missing = REQUIRED[mode].filter((f) => creds[f] === undefined).map((f) => ENV[f]);
  if (missing.length > 0) {
    throw new UserError(
      `${because}, so the ${mode} mode needs ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set. ${DOCS}`,
    );
  }
}
