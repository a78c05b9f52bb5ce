import { describe, expect, it } from 'vitest';
import { recordingName, scrubResponse } from '../../../src/sources/aps/record.js';
import { REMOVED, SecretRegistry } from '../../../src/sources/aps/secrets.js';

describe('scrubResponse', () => {
  const secrets = new SecretRegistry(() => undefined);
  secrets.add('known-secret-value-42');

  it('blanks credential-named keys but keeps usage figures named "tokens"', () => {
    const saved = scrubResponse(
      {
        method: 'POST',
        url: 'https://h/authentication/v2/token',
        status: 200,
        text: JSON.stringify({
          access_token: 'opaque-abc',
          refresh_token: 'opaque-def',
          token_type: 'Bearer',
          nested: [
            {
              assertion: 'x.y.z',
              tokens: 10.5,
              tokensConsumed: '3',
              note: 'has known-secret-value-42 inside',
            },
          ],
        }),
      },
      secrets,
    );
    expect(saved).toEqual({
      request: { method: 'POST', url: 'https://h/authentication/v2/token' },
      status: 200,
      body: {
        access_token: REMOVED,
        refresh_token: REMOVED,
        token_type: 'Bearer',
        nested: [{ assertion: REMOVED, tokens: 10.5, tokensConsumed: '3', note: `has ${REMOVED} inside` }],
      },
    });
  });

  it('scrubs a body that is not JSON: pairs, JWTs and known values', () => {
    const saved = scrubResponse(
      {
        method: 'POST',
        url: 'https://h/t?access_token=zzz',
        status: 200,
        text: '{"access_token":"abc123def","x":"eyJhbGciOi.eyJzdWIiOiJ4In0.c2ln known-secret-value-42',
      },
      secrets,
    ) as { bodyText: string; request: { url: string } };
    expect(saved.bodyText).not.toMatch(/abc123def|eyJhbGciOi|known-secret/);
    expect(saved.request.url).not.toContain('zzz');
  });
});

describe('recordingName', () => {
  it('names by endpoint, window and (non-200) status, safe as a file name', () => {
    expect(
      recordingName({
        method: 'GET',
        url: 'https://h/applications/v2/clients/abc/usage/daily-totals?filter[date]=2026-01-01..2026-07-19',
        status: 200,
        text: '',
      }),
    ).toBe('v2-clients-abc-usage-daily-totals_2026-01-01..2026-07-19');
    expect(
      recordingName({
        method: 'GET',
        url: 'https://h/applications/v2/clients/..%2F..%2Fetc',
        status: 404,
        text: '',
      }),
    ).toBe('v2-clients-..-2F..-2Fetc_404');
    expect(
      recordingName({
        method: 'POST',
        url: 'https://h/authentication/v2/token',
        status: 200,
        text: '',
        label: 'jwt-bearer',
      }),
    ).toBe('v2-token_jwt-bearer');
  });
});
