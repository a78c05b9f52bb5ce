/**
 * `--record DIR`: every raw APS response saved as a file, credentials removed, so that the first real response
 * can become a test fixture (aps-api.md §2). One file per response, named by sequence, endpoint and window.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResponseInfo } from './http.js';
import { isSensitiveParam, REMOVED, type SecretRegistry } from './secrets.js';

export function createRecorder(dir: string, secrets: SecretRegistry): (info: ResponseInfo) => Promise<void> {
  let sequence = 0;
  let ready: Promise<unknown> | undefined;
  return async (info) => {
    sequence += 1;
    const name = `${String(sequence).padStart(4, '0')}-${recordingName(info)}.json`;
    ready ??= mkdir(dir, { recursive: true });
    await ready;
    await writeFile(join(dir, name), `${JSON.stringify(scrubResponse(info, secrets), null, 2)}\n`, 'utf8');
  };
}

/**
 * The saved file: the request line and status beside the body. The body is the parsed JSON when it parses (with
 * credential-named keys blanked), else the text, scrubbed the same way.
 */
export function scrubResponse(info: ResponseInfo, secrets: SecretRegistry): unknown {
  let body: unknown;
  let bodyText: string | undefined;
  try {
    body = secrets.scrubJson(JSON.parse(info.text));
  } catch {
    bodyText = secrets.scrubText(info.text);
  }
  return {
    request: { method: info.method, url: secrets.scrubText(stripSensitiveQuery(info.url)) },
    status: info.status,
    ...(bodyText === undefined ? { body } : { bodyText }),
  };
}

function stripSensitiveQuery(url: string): string {
  try {
    const u = new URL(url);
    for (const k of [...u.searchParams.keys()]) {
      if (isSensitiveParam(k)) u.searchParams.set(k, REMOVED);
    }
    return u.toString();
  } catch {
    return url.replace(/\?.*$/, '');
  }
}

/** `v2-clients-<id>-usage-daily-totals_2026-01-01..2026-07-19` — safe as a file name whatever the id holds. */
export function recordingName(info: ResponseInfo): string {
  let path = info.url;
  let window = '';
  try {
    const u = new URL(info.url);
    path = u.pathname;
    window = u.searchParams.get('filter[date]') ?? '';
  } catch {
    // Keep the raw text; it is made safe below.
  }
  const endpoint = path.replace(/^\/(applications|authentication)\//, '');
  const parts = [endpoint, window || info.label || '', info.status === 200 ? '' : String(info.status)].filter(
    Boolean,
  );
  return parts
    .join('_')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 150);
}
