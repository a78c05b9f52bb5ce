/**
 * Credentials as the front ends read them, and which way to get a user-context token from them. Pure apart from the
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

type CredentialField = keyof Omit<Credentials, 'baseUrl' | 'assertionAudience'>;

/**
 * Every APS credential: its field, the action input and the environment variable it comes from, and whether it is a
 * secret (masked wherever printed). Ids are not secrets: app ids appear in every report and must stay readable.
 * The action and the CLI both read credentials through this table.
 */
export const CREDENTIAL_TABLE = [
  { field: 'clientId', input: 'aps-client-id', env: 'APS_CLIENT_ID', secret: false },
  { field: 'clientSecret', input: 'aps-client-secret', env: 'APS_CLIENT_SECRET', secret: true },
  {
    field: 'serviceAccountId',
    input: 'aps-service-account-id',
    env: 'APS_SERVICE_ACCOUNT_ID',
    secret: false,
  },
  {
    field: 'serviceAccountKeyId',
    input: 'aps-service-account-key-id',
    env: 'APS_SERVICE_ACCOUNT_KEY_ID',
    secret: false,
  },
  {
    field: 'serviceAccountPrivateKey',
    input: 'aps-service-account-private-key',
    env: 'APS_SERVICE_ACCOUNT_PRIVATE_KEY',
    secret: true,
  },
  { field: 'refreshToken', input: 'aps-refresh-token', env: 'APS_REFRESH_TOKEN', secret: true },
  { field: 'accessToken', input: 'aps-access-token', env: 'APS_ACCESS_TOKEN', secret: true },
] as const satisfies ReadonlyArray<{ field: CredentialField; input: string; env: string; secret: boolean }>;

/** Credentials as a front end read them (inputs, environment), before any checking. */
export type CredentialValues = Partial<Record<CredentialField, string>> & {
  /** `APS_BASE_URL`. */
  baseUrl?: string;
  /** `APS_ASSERTION_AUDIENCE`. */
  assertionAudience?: string;
};

/** The environment variable of each field, for messages. */
const ENV = Object.fromEntries(CREDENTIAL_TABLE.map((c) => [c.field, c.env])) as Record<
  CredentialField,
  string
>;

/** Reads the credentials from environment variables (the CLI; the action's fallback for unset inputs). */
export function credentialsFromEnv(env: Record<string, string | undefined>): CredentialValues {
  const values: CredentialValues = {};
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

/** What each mode needs, in the order a user would set them up. */
const REQUIRED: Record<AuthMode, CredentialField[]> = {
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

/** Checks the values and registers each secret before it goes anywhere. */
export function readCredentials(values: CredentialValues, secrets: SecretRegistry): Credentials {
  const creds: Credentials = { baseUrl: readBaseUrl(values.baseUrl) };
  const audience = values.assertionAudience?.trim();
  if (audience) creds.assertionAudience = readAudience(audience);
  for (const { field, secret } of CREDENTIAL_TABLE) {
    const raw = values[field]?.trim();
    if (!raw) continue;
    // A PEM pasted into a one-line secret store often arrives with literal "\n"; the key is unusable without real ones.
    const value = field === 'serviceAccountPrivateKey' ? raw.replace(/\\n/g, '\n') : raw;
    if (secret) {
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
  const has = (f: CredentialField): boolean => creds[f] !== undefined;
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
