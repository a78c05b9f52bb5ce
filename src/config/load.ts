/**
 * YAML text → typed, validated config. Errors name the field path, the bad value and the expected form.
 * The file reading itself is done by the caller (`readConfigFile`), so this stays testable without files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type * as z from 'zod';
import { errorMessage, UserError } from '../errors.js';
import { configSchema, type Config } from './schema.js';

/** Secret-looking keys → where the secret belongs instead. Secrets never live in the config file. */
const SECRET_KEYS: ReadonlyArray<[RegExp, string]> = [
  [
    /^client[-_]?secret$/i,
    'the APS_CLIENT_SECRET environment variable or the aps-client-secret action input',
  ],
  [
    /^(service[-_]?account[-_]?)?private[-_]?key$/i,
    'APS_SERVICE_ACCOUNT_PRIVATE_KEY or the aps-service-account-private-key input',
  ],
  [/^refresh[-_]?token$/i, 'APS_REFRESH_TOKEN or the aps-refresh-token input'],
  [/^access[-_]?token$/i, 'APS_ACCESS_TOKEN or the aps-access-token input'],
  [/^(github[-_]?)?token$/i, 'GITHUB_TOKEN or the github-token input'],
  [
    /^(secret|password|passwd|api[-_]?key|credentials?)$/i,
    'an environment variable or action input (see the README, "Authentication")',
  ],
];

export class ConfigError extends UserError {
  constructor(
    readonly problems: string[],
    source: string,
  ) {
    super(
      problems.length === 1
        ? `${source}: ${problems[0]}`
        : `${source}: ${problems.length} problems:\n  - ${problems.join('\n  - ')}`,
    );
  }
}

/** Parses and validates config text. `source` names the file in messages. */
export function parseConfig(text: string, source = 'config'): Config {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const line = e.linePos?.[0]?.line;
      return `${line ? `line ${line}: ` : ''}invalid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    });
    throw new ConfigError(problems, source);
  }
  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch (error) {
    // The yaml library refuses alias expansions that would blow up (a "billion laughs" file) by throwing.
    throw new ConfigError(
      [
        `invalid YAML: ${errorMessage(error)}; expected a config whose anchors (&name) and aliases (*name) expand to a small document`,
      ],
      source,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(
      [`expected a YAML mapping of keys (source:, apps:, …), got ${describe(raw)}`],
      source,
    );
  }
  // Secret keys are reported as such (not as "unknown key"), alongside every other problem in the file.
  const secretProblems = findSecretKeys(raw);
  const result = configSchema.safeParse(secretProblems.length ? withoutSecretKeys(raw) : raw);
  const schemaProblems = result.success ? [] : formatIssues(result.error.issues, raw);
  if (secretProblems.length || !result.success)
    throw new ConfigError([...secretProblems, ...schemaProblems], source);
  const config = result.data;
  const crossProblems = crossCheck(config);
  if (crossProblems.length > 0) throw new ConfigError(crossProblems, source);
  return config;
}

export async function readConfigFile(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `config file not found: ${path} (create one with \`aps-usage-report init\`)`
        : code === 'EISDIR'
          ? `config file ${path} is a folder; expected the YAML file, e.g. ${join(path, '.github', 'aps-usage.yml')}`
          : `cannot read config file ${path}: ${code ?? String(error)}`,
    );
  }
  return parseConfig(text, path);
}

function crossCheck(config: Config): string[] {
  const problems: string[] = [];
  if (config.source === 'aps' && config.apps.length === 0 && !config.aps.hubId) {
    problems.push(
      'apps: expected at least one app ({ id: <APS client id> }) or aps.hubId when source is aps',
    );
  }
  if (config.source === 'file' && !config.file) {
    problems.push('file: expected a CSV or JSON file (or a list or glob of them) when source is file');
  }
  const seen = new Set<string>();
  config.apps.forEach((app, i) => {
    if (seen.has(app.id)) problems.push(`apps[${i}].id: "${app.id}" is listed twice; expected each app once`);
    seen.add(app.id);
  });
  return problems;
}

function isSecretKey(key: string): boolean {
  return SECRET_KEYS.some(([re]) => re.test(key));
}

function withoutSecretKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecretKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isSecretKey(key))
      .map(([key, v]) => [key, withoutSecretKeys(v)]),
  );
}

function findSecretKeys(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findSecretKeys(v, [...path, `[${i}]`]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const where = SECRET_KEYS.find(([re]) => re.test(key));
    const here = [...path, key];
    if (where) {
      return [
        `${formatPath(here)}: secrets must not be stored in the config file; remove it and use ${where[1]}`,
      ];
    }
    return findSecretKeys(v, here);
  });
}

function formatIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length > 0) {
      // Report the branch that got furthest instead of a generic "invalid input".
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      const nested = best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
      return formatIssues(nested, raw);
    }
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (k) => `${formatPath([...path.map(String), k])}: unknown key; ${suggestKnown(k)}`,
      );
    }
    const value = valueAt(raw, path);
    const got = value === undefined ? 'nothing' : describe(value);
    const where = formatPath(path.map(String)) || '(top level)';
    // A schema message that already says what it got (the values of a mapping) needs no "got a mapping".
    const text = expected(issue);
    return [/, got /.test(text) ? `${where}: ${text}` : `${where}: ${text}, got ${got}`];
  });
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 1)));
}

/** zod's type names → how the README and a YAML user say them. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function expected(issue: z.core.$ZodIssue): string {
  // The schema's own messages already read "expected …".
  if (issue.message.startsWith('expected')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') return `expected ${small ? 'at least' : 'at most'} ${limit} item(s)`;
      if (issue.origin === 'string')
        return small ? 'expected non-empty text' : `expected at most ${limit} characters`;
      const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      return `expected a number ${op} ${limit}`;
    }
    case 'invalid_format':
      return issue.format === 'url'
        ? 'expected a URL such as https://example.com/report/'
        : `expected ${issue.format}`;
    default: {
      const msg = issue.message;
      return `expected ${msg.charAt(0).toLowerCase()}${msg.slice(1)}`;
    }
  }
}

function suggestKnown(key: string): string {
  return /budget/i.test(key)
    ? 'did you mean monthlyBudget?'
    : 'check the spelling against the README (Configuration)';
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

export function formatPath(path: readonly string[]): string {
  return path
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : p.startsWith('[') ? p : i === 0 ? p : `.${p}`))
    .join('');
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
