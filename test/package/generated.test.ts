/**
 * Generated files are up to date and the repository's workflows are valid — the same checks as `.ci/run`, so a
 * plain `npm test` catches a stale schema or README table too.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../support/exec.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function script(name: string, ...args: string[]) {
  return exec(process.execPath, [join(ROOT, 'scripts', name), ...args], { cwd: ROOT });
}

describe('generated files and workflows', () => {
  it('schema/config.schema.json matches src/config/schema.ts', async () => {
    const result = await script('gen-schema.mjs', '--check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it("the action's inputs and outputs tables match action.yml", async () => {
    const result = await script('gen-readme-tables.mjs', '--check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('action.yml, the workflows and dependabot.yml are valid', async () => {
    const result = await script('validate-workflows.mjs');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('ok      action.yml');
    expect(result.stdout).toMatch(/ok {6}\.github\/workflows\/ci\.yml/);
    expect(result.code).toBe(0);
  });

  it('the workflow validator rejects a broken workflow', async () => {
    const result = await exec(process.execPath, [
      join(ROOT, 'scripts', 'validate-workflows.mjs'),
      join(ROOT, 'test', 'package', 'fixtures', 'broken-workflow.yml'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Additional property 'stepz' is not allowed");
  });
});
