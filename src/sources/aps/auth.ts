/**
 * Gets and keeps a user-context access token: a Secure Service Account assertion, a rotating refresh token, or a
 * token given as is. Every minted token is registered as a secret before anything else sees it; a token refused
 * mid-run (401) is minted again once.
 */
import type { Clock } from '../../deps.js';
import { UserError } from '../../errors.js';
import { ApsSourceError } from './errors.js';
import { DOCUMENTED_AUDIENCE, USAGE_SCOPE, type AuthMode, type Credentials } from './credentials.js';
import { ApsHttpError, type HttpClient } from './http.js';
import { createAssertion } from './jwt.js';
import type { SecretRegistry } from './secrets.js';

export interface TokenProvider {
  readonly mode: AuthMode;
  /** A valid access token, minted when there is none or the current one is about to expire. */
  getToken(): Promise<string>;
  /** After a 401 with `refused`: a new token (shared by every request that saw the same 401), or a `UserError`. */
  renew(refused: string): Promise<string>;
}

export interface TokenProviderOptions {
  creds: Credentials;
  mode: AuthMode;
  http: HttpClient;
  secrets: SecretRegistry;
  clock: Clock;
  /** Called the moment APS rotates the refresh token (the old one is dead from then on), before it is used. */
  onRefreshToken: (token: string) => Promise<void>;
}

/** Renew a little before the announced expiry, so a request never leaves with a token that dies in flight. */
const EXPIRY_MARGIN_MS = 60_000;
/** A fresh assertion per try, so a retried exchange is never refused as a replayed `jti`. */
const ASSERTION_TRIES = 3;

const DOCS = 'See docs/authentication.md.';

export function tokenEndpoint(baseUrl: string): string {
  return `${baseUrl}/authentication/v2/token`;
}

export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const { creds, mode, secrets, clock } = options;
  let refreshToken = creds.refreshToken;
  let current: { token: string; expiresAt: number | undefined } | undefined;
  let minting: Promise<string> | undefined;

  if (mode === 'access-token') {
    current = { token: creds.accessToken ?? '', expiresAt: undefined };
  }

  const fail = (message: string): never => {
    throw new ApsSourceError(message);
  };

  const exchange = async (form: Record<string, string>, idempotent: boolean): Promise<unknown> => {
    const basic = Buffer.from(`${creds.clientId ?? ''}:${creds.clientSecret ?? ''}`).toString('base64');
    secrets.add(basic);
    const response = await options.http.request({
      method: 'POST',
      url: tokenEndpoint(creds.baseUrl),
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
      idempotent,
      label: form.grant_type?.replace(/^.*:/, ''),
    });
    return response.json;
  };

  const mintWithServiceAccount = async (): Promise<unknown> => {
    for (let attempt = 1; ; attempt++) {
      const assertion = createAssertion({
        clientId: creds.clientId ?? '',
        serviceAccountId: creds.serviceAccountId ?? '',
        keyId: creds.serviceAccountKeyId ?? '',
        privateKey: creds.serviceAccountPrivateKey ?? '',
        // What is signed does not follow APS_BASE_URL: a proxy or gateway in front of APS must not change it.
        audience: creds.assertionAudience ?? DOCUMENTED_AUDIENCE,
        scopes: [USAGE_SCOPE],
        now: clock.now(),
      });
      secrets.add(assertion);
      try {
        return await exchange(
          { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion, scope: USAGE_SCOPE },
          false,
        );
      } catch (error) {
        // Only a lost answer is worth a new assertion; a refusal will be the same next time.
        if (!(error instanceof ApsHttpError) || error.status !== undefined || attempt >= ASSERTION_TRIES)
          throw error;
      }
    }
  };

  const mint = async (): Promise<string> => {
    let body: unknown;
    try {
      if (mode === 'service-account') body = await mintWithServiceAccount();
      else
        body = await exchange(
          { grant_type: 'refresh_token', refresh_token: refreshToken ?? '', scope: USAGE_SCOPE },
          false,
        );
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (error instanceof ApsHttpError) fail(explainTokenError(mode, error));
      throw error;
    }
    const parsed = parseTokenResponse(body);
    if (!parsed) {
      return fail(
        `the APS token endpoint answered without an access_token (keys seen: ${describeKeys(body)}); ` +
          'nothing was fetched. This is unexpected; try again later.',
      );
    }
    secrets.add(parsed.accessToken);
    if (mode === 'refresh-token' && parsed.refreshToken) {
      // The old refresh token is dead from this moment: keep the new one, whatever happens next.
      secrets.add(parsed.refreshToken);
      refreshToken = parsed.refreshToken;
      await options.onRefreshToken(parsed.refreshToken);
    }
    const expiresAt =
      parsed.expiresIn !== undefined ? clock.now().getTime() + parsed.expiresIn * 1000 : undefined;
    current = { token: parsed.accessToken, expiresAt };
    return parsed.accessToken;
  };

  // One mint at a time: concurrent requests that find no valid token (or all see the same 401) share it.
  const mintOnce = (): Promise<string> => {
    minting ??= mint().finally(() => {
      minting = undefined;
    });
    return minting;
  };

  const isFresh = (c: NonNullable<typeof current>): boolean =>
    c.expiresAt === undefined || clock.now().getTime() < c.expiresAt - EXPIRY_MARGIN_MS;

  return {
    mode,
    async getToken() {
      if (minting) return minting;
      if (current && isFresh(current)) return current.token;
      return mintOnce();
    },
    async renew(refused) {
      if (mode === 'access-token') {
        return fail(
          'APS refused APS_ACCESS_TOKEN (401): it has expired (access tokens live 60 minutes) or is not valid. ' +
            `Get a new one, or use a service account or refresh token for scheduled runs. ${DOCS}`,
        );
      }
      if (minting) return minting;
      if (current && current.token !== refused) return current.token;
      return mintOnce();
    },
  };
}

interface TokenResponse {
  accessToken: string;
  refreshToken?: string;
  expiresIn?: number;
}

function parseTokenResponse(body: unknown): TokenResponse | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const o = body as Record<string, unknown>;
  if (typeof o.access_token !== 'string' || o.access_token === '') return undefined;
  const out: TokenResponse = { accessToken: o.access_token };
  if (typeof o.refresh_token === 'string' && o.refresh_token !== '') out.refreshToken = o.refresh_token;
  const expiresIn = Number(o.expires_in);
  if (o.expires_in !== undefined && Number.isFinite(expiresIn) && expiresIn > 0) out.expiresIn = expiresIn;
  return out;
}

function describeKeys(body: unknown): string {
  return body !== null && typeof body === 'object' ? Object.keys(body).join(', ') || 'none' : typeof body;
}

/** The token endpoint's refusal, turned into what the user has to do about it. */
export function explainTokenError(mode: AuthMode, error: ApsHttpError): string {
  const said = error.apsMessage ? ` APS said: ${JSON.stringify(error.apsMessage)}.` : '';
  const code = error.apsCode;
  if (error.status === undefined || (error.status >= 500 && error.status !== 501) || error.status === 429) {
    const extra =
      mode === 'refresh-token'
        ? ' If the request reached APS, the refresh token may already have been used up; if the next run reports ' +
          'invalid_grant, sign in again to get a new one.'
        : '';
    return `could not get an APS access token: ${error.message}.${extra} ${DOCS}`;
  }
  if (code === 'invalid_client' || code === 'invalid_credentials' || error.status === 401) {
    return (
      `APS refused APS_CLIENT_ID / APS_CLIENT_SECRET at the token endpoint (${error.status}${code ? ` ${code}` : ''}).${said} ` +
      `Check that both belong to the same APS application and that the secret has not been rotated. ${DOCS}`
    );
  }
  if (mode === 'refresh-token' && code === 'invalid_grant') {
    return (
      `APS refused APS_REFRESH_TOKEN (invalid_grant).${said} Refresh tokens rotate: each use returns a new one and ` +
      'invalidates the old, so a token that was already used once (by an earlier run whose new token was not ' +
      'stored, or by another tool) is dead; they also expire 15 days after they were issued. Sign in again to get a ' +
      'new refresh token, store it (e.g. `gh secret set APS_REFRESH_TOKEN`), and store the `refresh-token` output ' +
      `after every run. ${DOCS}`
    );
  }
  if (mode === 'service-account' && (code === 'invalid_grant' || code === 'invalid_request')) {
    return (
      `APS refused the service account assertion (${error.status} ${code}).${said} Check that APS_SERVICE_ACCOUNT_ID ` +
      'is the service account, that APS_SERVICE_ACCOUNT_KEY_ID is the id of the key whose private key is in ' +
      'APS_SERVICE_ACCOUNT_PRIVATE_KEY, that the account belongs to the APS_CLIENT_ID application, and that this ' +
      `machine's clock is right (the assertion is valid for 5 minutes). ${DOCS}`
    );
  }
  return `could not get an APS access token (${mode}): ${error.message}. ${DOCS}`;
}
