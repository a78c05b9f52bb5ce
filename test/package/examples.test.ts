/**
 * The example configs and the JSON Schema: every example passes `validate` and the schema; malformed configs fail
 * both, and `validate` names every bad field.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createMemoryLogger } from '../support/memory.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const exampleFiles = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yml')).sort();

const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'config.schema.json'), 'utf8')) as object;
// `format: uri` (report.siteUrl) is known but not checked: editors differ there, and zod is the real check.
const validateSchema = new Ajv({ allErrors: true, strict: true, formats: { uri: true } }).compile(schema);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aps-usage-examples-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function validate(file: string) {
  const logger = createMemoryLogger();
  const code = await main(['validate', '--config', file], {}, logger);
  return { code, output: logger.lines.join('\n') };
}

async function validateText(name: string, text: string) {
  const file = join(dir, name);
  await writeFile(file, text);
  return validate(file);
}

describe('example configs', () => {
  it('cover the demo, file and aps sources, with apps and with a hub', () => {
    expect(exampleFiles).toEqual(
      expect.arrayContaining(['aps-apps.yml', 'aps-hub.yml', 'demo.yml', 'file.yml']),
    );
  });

  it.each(exampleFiles)('%s names the JSON Schema on its first line', async (name) => {
    const text = await readFile(join(EXAMPLES, name), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/config.schema.json');
  });

  it.each(exampleFiles)('%s passes validate (exit 0)', async (name) => {
    const { code, output } = await validate(join(EXAMPLES, name));
    expect(output).toContain('valid');
    expect(code).toBe(0);
  });

  it.each(exampleFiles)('%s passes the JSON Schema', async (name) => {
    const data: unknown = parse(await readFile(join(EXAMPLES, name), 'utf8'));
    const valid = validateSchema(data);
    expect(validateSchema.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

const MALFORMED: ReadonlyArray<{ what: string; yaml: string; field: string; schemaRejects: boolean }> = [
  {
    what: 'a wrong type',
    yaml: 'source: demo\napps:\n  - id: abc\n    monthlyBudget: lots\n',
    field: 'apps[0].monthlyBudget: expected a number, got "lots"',
    schemaRejects: true,
  },
  {
    what: 'an unknown source',
    yaml: 'source: ftp\n',
    field: 'source: expected one of "aps", "file", "demo", got "ftp"',
    schemaRejects: true,
  },
  {
    what: 'a date that does not exist',
    yaml: 'source: demo\nperiod: { from: 2026-02-30, to: 2026-03-31 }\n',
    field: 'period.from: expected a real calendar date as YYYY-MM-DD, got "2026-02-30"',
    // The JSON Schema checks the form (YYYY-MM-DD) only; zod checks the calendar.
    schemaRejects: false,
  },
  {
    what: 'a date in the wrong form',
    yaml: 'source: demo\nperiod: { from: 1/2/2026, to: 2026-03-31 }\n',
    field: 'period.from: expected a date as YYYY-MM-DD, got "1/2/2026"',
    schemaRejects: true,
  },
  {
    what: 'a secret in the file',
    yaml: 'source: aps\napps: [{ id: abc }]\naps:\n  clientSecret: s3cr3t\n',
    field: 'aps.clientSecret: secrets must not be stored in the config file',
    schemaRejects: true,
  },
  {
    what: 'a misspelt key',
    yaml: 'source: demo\nperod: last-7-days\n',
    field: 'perod: unknown key',
    schemaRejects: true,
  },
];

describe('validate on malformed configs', () => {
  it.each(MALFORMED)('exits 1 on $what and names the field', async ({ what, yaml, field }) => {
    const { code, output } = await validateText(`${what.replace(/\W+/g, '-')}.yml`, yaml);
    expect(code).toBe(1);
    expect(output).toContain(field);
    expect(output).not.toContain('s3cr3t');
  });

  it('prints every problem at once, each with its field path', async () => {
    const { code, output } = await validateText(
      'many.yml',
      'source: ftp\napps: [{ id: abc, monthlyBudget: -5 }]\nperiod: some-days\nreport: { locale: fr }\n',
    );
    expect(code).toBe(1);
    expect(output).toContain('4 problems');
    for (const path of ['source:', 'apps[0].monthlyBudget:', 'period:', 'report.locale:']) {
      expect(output).toContain(`- ${path}`);
    }
  });

  it('exits 1 naming the file when it does not exist', async () => {
    const { code, output } = await validate(join(dir, 'missing.yml'));
    expect(code).toBe(1);
    expect(output).toContain('missing.yml');
  });
});

describe('JSON Schema', () => {
  it.each(MALFORMED.filter((m) => m.schemaRejects))('rejects $what', ({ yaml }) => {
    expect(validateSchema(parse(yaml))).toBe(false);
  });

  it('rejects a misspelt key and says which', () => {
    expect(validateSchema({ source: 'demo', apps: [{ id: 'a', monthlyBuget: 5 }] })).toBe(false);
    expect(validateSchema.errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/apps/0',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'monthlyBuget' },
      }),
    );
  });

  it('leaves keys with defaults optional (an empty demo config is valid)', () => {
    expect(validateSchema({ source: 'demo' })).toBe(true);
    expect(validateSchema({})).toBe(true);
  });

  it('describes every top-level key for editors', () => {
    const properties = (schema as { properties: Record<string, { description?: string }> }).properties;
    for (const [key, value] of Object.entries(properties)) expect(value.description, key).toBeTruthy();
  });
});
