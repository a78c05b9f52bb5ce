/**
 * `aps-usage-report init`: the starter config passes `validate` and the JSON Schema, the workflow passes the
 * workflow validator and asks for the least it needs, and existing files are never overwritten without --force.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { CONFIG_FILE, WORKFLOW_FILE } from '../../src/cli/init-templates.js';
import { createMemoryLogger } from '../support/memory.js';
import { exec } from '../support/exec.js';

const ROOT = join(import.meta.dirname, '..', '..');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aps-usage-init-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const logger = createMemoryLogger();
  const code = await main(argv, {}, logger);
  return { code, output: logger.lines.join('\n') };
}

async function snapshot(paths: readonly string[]) {
  return Promise.all(
    paths.map(async (p) => ({ path: p, text: await readFile(p, 'utf8'), mtimeMs: (await stat(p)).mtimeMs })),
  );
}

describe('init', () => {
  it('writes a config that validate and the JSON Schema accept', async () => {
    const { code, output } = await cli('init', '--dir', dir);
    expect(code).toBe(0);
    expect(output).toContain(CONFIG_FILE);
    expect(output).toContain(WORKFLOW_FILE);

    const configPath = join(dir, CONFIG_FILE);
    const validated = await cli('validate', '--config', configPath);
    expect(validated.code).toBe(0);
    // Valid, but the placeholder id is pointed out before a run fails on it.
    expect(validated.output).toMatch(/apps\[0\]\.id: "YOUR_APS_CLIENT_ID" is the placeholder from init/);

    const text = await readFile(configPath, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/schema\/config\.schema\.json\n/);
    const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'config.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: true, formats: { uri: true } }).compile(schema);
    expect(validate(parse(text))).toBe(true);
  });

  it('writes a workflow that the workflow validator accepts, with minimal permissions', async () => {
    expect((await cli('init', '--dir', dir)).code).toBe(0);
    const workflowPath = join(dir, WORKFLOW_FILE);
    const checked = await exec(process.execPath, [
      join(ROOT, 'scripts', 'validate-workflows.mjs'),
      workflowPath,
    ]);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);

    const workflow = parse(await readFile(workflowPath, 'utf8')) as {
      on: { schedule: Array<{ cron: string }>; workflow_dispatch: unknown };
      permissions: Record<string, string>;
      concurrency: unknown;
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
    };
    expect(workflow.on.schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(workflow.concurrency).toEqual({ group: 'aps-usage-report', 'cancel-in-progress': false });
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const step = steps.find((s) => s.uses?.endsWith('/aps-usage-report@v1'));
    expect(step?.with?.config).toBe(CONFIG_FILE);
    // Service-account credentials come from secrets, never from the file.
    for (const input of [
      'aps-client-id',
      'aps-client-secret',
      'aps-service-account-id',
      'aps-service-account-key-id',
      'aps-service-account-private-key',
    ]) {
      expect(step?.with?.[input]).toMatch(/^\$\{\{ secrets\.APS_[A-Z_]+ \}\}$/);
    }
  });

  it('refuses to overwrite without --force: exit 1, names the file, changes nothing', async () => {
    expect((await cli('init', '--dir', dir)).code).toBe(0);
    const paths = [join(dir, CONFIG_FILE), join(dir, WORKFLOW_FILE)];
    await writeFile(paths[0]!, 'source: demo # edited by hand\n');
    const before = await snapshot(paths);

    const again = await cli('init', '--dir', dir);
    expect(again.code).toBe(1);
    expect(again.output).toContain('aps-usage.yml');
    expect(again.output).toContain('--force');
    expect(await snapshot(paths)).toEqual(before);
  });

  it('refuses when only one of the two files exists, and writes neither', async () => {
    const workflowPath = join(dir, WORKFLOW_FILE);
    await mkdir(join(dir, '.github', 'workflows'), { recursive: true });
    await writeFile(workflowPath, 'name: mine\n');
    const result = await cli('init', '--dir', dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain(join('workflows', 'aps-usage.yml'));
    expect(result.output).not.toContain(`${CONFIG_FILE} and`);
    await expect(stat(join(dir, CONFIG_FILE))).rejects.toThrow();
    expect(await readFile(workflowPath, 'utf8')).toBe('name: mine\n');
  });

  it('says so when .github (or .github/workflows) is a file, with or without --force, and writes nothing', async () => {
    await writeFile(join(dir, '.github'), 'not a folder\n');
    for (const force of [[], ['--force']]) {
      const result = await cli('init', '--dir', dir, ...force);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(
        /error: init: .*\.github is a file; expected a folder to hold .*aps-usage\.yml/,
      );
      expect(result.output).not.toMatch(/EEXIST|ENOTDIR/);
    }
    expect(await readFile(join(dir, '.github'), 'utf8')).toBe('not a folder\n');

    await rm(join(dir, '.github'));
    await mkdir(join(dir, '.github'));
    await writeFile(join(dir, '.github', 'workflows'), '');
    const result = await cli('init', '--dir', dir);
    expect(result.output).toMatch(/workflows is a file; expected a folder/);
    await expect(stat(join(dir, CONFIG_FILE))).rejects.toThrow();
  });

  it('overwrites with --force', async () => {
    expect((await cli('init', '--dir', dir)).code).toBe(0);
    const configPath = join(dir, CONFIG_FILE);
    const original = await readFile(configPath, 'utf8');
    await writeFile(configPath, 'source: demo\n');
    expect((await cli('init', '--dir', dir, '--force')).code).toBe(0);
    expect(await readFile(configPath, 'utf8')).toBe(original);
  });

  it('has --help and rejects unknown options', async () => {
    const help = await cli('init', '--help');
    expect(help.code).toBe(0);
    expect(help.output).toContain('--force');
    const bad = await cli('init', '--dri', dir);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('--dri');
  });
});
