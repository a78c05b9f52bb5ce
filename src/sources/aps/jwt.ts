/**
 * The Secure Service Account assertion: an RS256 JWT signed with the account's private key (aps-api.md §4).
 * `node:crypto` signs it; no JWT library is needed.
 */
import { createPrivateKey, randomUUID, sign, type KeyObject } from 'node:crypto';
import { UserError } from '../../errors.js';

/** APS accepts an assertion that expires at most this far ahead. */
export const MAX_ASSERTION_LIFETIME_SECONDS = 300;

export interface AssertionInput {
  clientId: string;
  serviceAccountId: string;
  keyId: string;
  privateKey: string;
  /** APS checks it against its documented token endpoint URL (`DOCUMENTED_AUDIENCE`). */
  audience: string;
  scopes: readonly string[];
  now: Date;
}

export function createAssertion(input: AssertionInput): string {
  const key = loadPrivateKey(input.privateKey);
  const iat = Math.floor(input.now.getTime() / 1000);
  const header = { alg: 'RS256', kid: input.keyId, typ: 'JWT' };
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
    scope: [...input.scopes],
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(signingInput), key);
  return `${signingInput}.${base64url(signature)}`;
}

function loadPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    // The parser's message may quote the input; say what was expected instead.
    throw new UserError(
      "APS_SERVICE_ACCOUNT_PRIVATE_KEY: expected the service account's RSA private key in PEM form " +
        '("-----BEGIN RSA PRIVATE KEY-----" or "-----BEGIN PRIVATE KEY-----" … "-----END … KEY-----", line breaks kept ' +
        'or written as \\n), but it could not be read as one',
    );
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new UserError(
      `APS_SERVICE_ACCOUNT_PRIVATE_KEY: expected an RSA private key (RS256), got a ${key.asymmetricKeyType ?? 'non-asymmetric'} key`,
    );
  }
  return key;
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}
