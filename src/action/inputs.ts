/**
 * Action inputs, read once into one typed object; nothing downstream calls `core.getInput`.
 */
import { periodSchema, type Period } from '../config/schema.js';
import type { Logger } from '../deps.js';
import { UserError } from '../errors.js';

export interface ActionInputs {
  config: string;
  githubToken: string;
  publish: Array<'pages' | 'issue' | 'summary'>;
  period?: Period;
  dryRun: boolean;
  failOnAppError: boolean;
  recordDir?: string;
  /** Credentials as the `APS_*` environment the sources read. */
  env: Record<string, string>;
}

const CREDENTIALS: ReadonlyArray<[string, string]> = [
  ['aps-client-id', 'APS_CLIENT_ID'],
  ['aps-client-secret', 'APS_CLIENT_SECRET'],
  ['aps-service-account-id', 'APS_SERVICE_ACCOUNT_ID'],
  ['aps-service-account-key-id', 'APS_SERVICE_ACCOUNT_KEY_ID'],
  ['aps-service-account-private-key', 'APS_SERVICE_ACCOUNT_PRIVATE_KEY'],
  ['aps-refresh-token', 'APS_REFRESH_TOKEN'],
  ['aps-access-token', 'APS_ACCESS_TOKEN'],
];
const SECRET_INPUTS = new Set([
  'aps-client-secret',
  'aps-service-account-private-key',
  'aps-refresh-token',
  'aps-access-token',
  'github-token',
]);

export function readInputs(getInput: (name: string) => string, logger: Logger): ActionInputs {
  const get = (name: string): string => {
    const value = getInput(name).trim();
    if (value && SECRET_INPUTS.has(name)) logger.setSecret(value);
    return value;
  };
  const env: Record<string, string> = {};
  for (const [input, variable] of CREDENTIALS) {
    const value = get(input);
    if (value) env[variable] = value;
  }
  const githubToken = get('github-token');
  if (githubToken) env.GITHUB_TOKEN = githubToken;
  const publish = (get('publish') || 'summary')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const p of publish) {
    if (!['pages', 'issue', 'summary'].includes(p)) {
      throw new UserError(
        `input publish: unknown target "${p}"; expected a comma list of pages, issue, summary`,
      );
    }
  }
  const periodText = get('period');
  let period: Period | undefined;
  if (periodText) {
    // A workflow input is one line of text, so a fixed range is written as APS writes it: FROM..TO.
    const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(periodText);
    const parsed = periodSchema.safeParse(range ? { from: range[1], to: range[2] } : periodText);
    if (!parsed.success) {
      const why = range ? `: ${parsed.error.issues[0]?.message ?? 'not a valid range'}` : '';
      throw new UserError(
        `input period: expected last-N-days, month-to-date, previous-month or YYYY-MM-DD..YYYY-MM-DD, got "${periodText}"${why}`,
      );
    }
    period = parsed.data;
  }
  const recordDir = get('record-dir');
  return {
    config: get('config') || '.github/aps-usage.yml',
    githubToken,
    publish: publish as ActionInputs['publish'],
    ...(period ? { period } : {}),
    dryRun: bool(get('dry-run'), 'dry-run'),
    failOnAppError: bool(get('fail-on-app-error'), 'fail-on-app-error'),
    ...(recordDir ? { recordDir } : {}),
    env,
  };
}

function bool(value: string, name: string): boolean {
  if (value === '' || /^(false|no|0)$/i.test(value)) return false;
  if (/^(true|yes|1)$/i.test(value)) return true;
  throw new UserError(`input ${name}: expected true or false, got "${value}"`);
}
