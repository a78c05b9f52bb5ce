import { describe, expect, it } from 'vitest';
import { describeEndpoint, extractApsError, parseRetryAfter } from '../../../src/sources/aps/http.js';
import { SecretRegistry } from '../../../src/sources/aps/secrets.js';

describe('describeEndpoint', () => {
  it('keeps method, path and query, drops the host and any credential-like parameter', () => {
    expect(
      describeEndpoint(
        'GET',
        'https://developer.api.autodesk.com/applications/v2/clients/x/usage/daily-totals?filter[date]=2026-01-01..2026-01-31',
      ),
    ).toBe('GET /applications/v2/clients/x/usage/daily-totals?filter[date]=2026-01-01..2026-01-31');
    expect(describeEndpoint('GET', 'https://h/p?access_token=abc123&cursor=2')).toBe(
      'GET /p?access_token=…&cursor=2',
    );
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-11-21T06:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('1.5', now)).toBe(1.5);
    expect(parseRetryAfter('Sat, 21 Nov 2026 06:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Sat, 21 Nov 2026 05:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('extractApsError', () => {
  const secrets = new SecretRegistry(() => undefined);
  secrets.add('super-secret-token-value');
  it('reads the usual APS and OAuth error bodies', () => {
    expect(extractApsError('{"developerMessage":"Quota limit exceeded."}', secrets)).toEqual({
      message: 'Quota limit exceeded.',
    });
    expect(extractApsError('{"error":"invalid_grant","error_description":"expired"}', secrets)).toEqual({
      message: 'expired',
      code: 'invalid_grant',
    });
    expect(extractApsError('{"errors":[{"code":"E1","detail":"bad range"}]}', secrets)).toEqual({
      message: 'bad range',
      code: 'E1',
    });
  });
  it('keeps a short text body, drops an HTML page, and never repeats a secret', () => {
    expect(extractApsError('upstream said super-secret-token-value', secrets)).toEqual({
      message: 'upstream said [REMOVED]',
    });
    expect(extractApsError('<html>502</html>', secrets)).toEqual({});
  });
});
