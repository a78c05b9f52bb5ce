/**
 * The supported Node lines: `engines`, the CI matrix and the lockfile agree. npm's EBADENGINE warning is
 * `semver.satisfies(process.version, pkg.engines.node)` for every package it installs (npm-install-checks), so a
 * lockfile whose every `engines.node` admits every version of a line installs without that warning on the line.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');

/** The lines we support, from their first release we accept: the action's node24 and the CLI's 22 and 24. */
const LINES = ['^22.13.0', '^24.0.0'];

async function json<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(join(ROOT, name), 'utf8')) as T;
}

describe('supported Node lines', () => {
  it('engines admits exactly Node 22.13+ and 24+, not 20 (end of life) nor an early 22', async () => {
    const pkg = await json<{ engines: { node: string } }>('package.json');
    expect(pkg.engines.node).toBe('^22.13.0 || >=24');
    for (const line of LINES) expect(semver.subset(line, pkg.engines.node), line).toBe(true);
    for (const old of ['20.19.0', '20.20.2', '22.12.0']) {
      expect(semver.satisfies(old, pkg.engines.node), old).toBe(false);
    }
  });

  it('every package in the lockfile accepts every version of each supported line (npm ci: no EBADENGINE)', async () => {
    const lock = await json<{ packages: Record<string, { version?: string; engines?: unknown }> }>(
      'package-lock.json',
    );
    // npm ci reads the root's engines from package.json, but a stale copy in the lockfile misleads reviewers.
    const pkg = await json<{ engines: { node: string } }>('package.json');
    expect((lock.packages[''] as { engines?: unknown }).engines).toEqual(pkg.engines);
    const refusing: string[] = [];
    let checked = 0;
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === '') continue;
      // npm also accepts engines as an array of strings (old packages); it then checks no Node version.
      const range = (entry.engines as { node?: unknown } | undefined)?.node;
      if (typeof range !== 'string') continue;
      checked++;
      for (const line of LINES) {
        if (!semver.subset(line, range))
          refusing.push(`${path}@${entry.version}: node ${range} (line ${line})`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(refusing).toEqual([]);
  });

  it('the repository CI runs the checks on each supported line and fails on an engine warning', async () => {
    const ci = parse(await readFile(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: { check: { strategy: { matrix: { node: string[] } }; steps: { run?: string }[] } };
    };
    expect(ci.jobs.check.strategy.matrix.node).toEqual(['22', '24']);
    const install = ci.jobs.check.steps.find((s) => s.run?.includes('npm ci'))!;
    expect(install.run).toContain('EBADENGINE');
  });
});
