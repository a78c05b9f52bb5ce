/**
 * Generated files are up to date and the repository's workflows are valid — the same checks as `.ci/run`, so a
 * plain `npm test` catches a stale schema or README table too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
    expect(result.stdout).toContain('ok      examples/workflows/pages-artifact.yml');
    expect(result.code).toBe(0);
  });

  it('the Pages-from-Actions example keeps the history on an unserved branch and deploys the whole site', async () => {
    const text = await readFile(join(ROOT, 'examples', 'workflows', 'pages-artifact.yml'), 'utf8');
    const wf = parse(text) as {
      jobs: Record<
        string,
        {
          needs?: string;
          permissions?: Record<string, string>;
          environment?: { name: string };
          steps: { id?: string; uses?: string; with?: Record<string, string> }[];
        }
      >;
    };
    const report = wf.jobs.report!;
    const action = report.steps.find((s) => s.uses === 'aps-usage-report/aps-usage-report@v1')!;
    expect(action.with?.publish?.split(',')).toContain('pages');
    const upload = report.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(upload.with?.path).toBe(`\${{ steps.${action.id}.outputs.report-dir }}`);
    expect(report.permissions).toEqual({ contents: 'write' });

    const deploy = wf.jobs.deploy!;
    expect(deploy.needs).toBe('report');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.map((s) => s.uses?.replace(/@.*/, ''))).toEqual(['actions/deploy-pages']);
    // The config line it asks for names a branch other than gh-pages (which Pages might serve).
    expect(text).toMatch(/^#\s+publish: \{ pages: \{ branch: aps-usage-data \} \}$/m);
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
