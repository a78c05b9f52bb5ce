/**
 * Action inputs, read once into one typed object; nothing downstream calls `core.getInput`.
 */
import { periodSchema, type Period } from '../config/schema.js';
import type { Logger } from '../deps.js';
import { UserError } from '../errors.js';
import { PUBLISH_TARGETS, type PublishTarget } from '../publish/targets.js';
import { CREDENTIAL_TABLE, type CredentialValues } from '../sources/aps/credentials.js';

/** What the action can publish to besides the output folder (it always writes one, under RUNNER_TEMP). */
const ACTION_TARGETS = PUBLISH_TARGETS.filter((t): t is Exclude<PublishTarget, 'files'> => t !== 'files');
type ActionTarget = (typeof ACTION_TARGETS)[number];

export interface ActionInputs {
  config: string;
  githubToken: string;
  publish: ActionTarget[];
  period?: Period;
  dryRun: boolean;
  failOnAppError: boolean;
  recordDir?: string;
  /** The APS credential inputs that were given (see `CREDENTIAL_TABLE`). */
  credentials: CredentialValues;
}

const SECRET_INPUTS = new Set<string>([
  ...CREDENTIAL_TABLE.filter((c) => c.secret).map((c) => c.input),
  'github-token',
]);

export function readInputs(getInput: (name: string) => string, logger: Logger): ActionInputs {
  const get = (name: string): string => {
    const value = getInput(name).trim();
    if (value && SECRET_INPUTS.has(name)) logger.setSecret(value);
    return value;
  };
  const credentials: CredentialValues = {};
  for (const { field, input } of CREDENTIAL_TABLE) {
    const value = get(input);
    if (value) credentials[field] = value;
  }
  const githubToken = get('github-token');
  const publish = (get('publish') || 'summary')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const p of publish) {
    if (!(ACTION_TARGETS as readonly string[]).includes(p)) {
      throw new UserError(
        `input publish: unknown target "${p}"; expected a comma list of ${ACTION_TARGETS.join(', ')}`,
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
    publish: publish as ActionTarget[],
    ...(period ? { period } : {}),
    dryRun: bool(get('dry-run'), 'dry-run'),
    failOnAppError: bool(get('fail-on-app-error'), 'fail-on-app-error'),
    ...(recordDir ? { recordDir } : {}),
    credentials,
  };
}

function bool(value: string, name: string): boolean {
  if (value === '' || /^(false|no|0)$/i.test(value)) return false;
  if (/^(true|yes|1)$/i.test(value)) return true;
  throw new UserError(`input ${name}: expected true or false, got "${value}"`);
}
