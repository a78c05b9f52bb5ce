/**
 * The npm package as a user gets it: packed from a fresh build of the sources, installed from the tarball into an
 * empty folder (offline, without any dev dependency), and run through its `bin`.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, type ExecResult } from '../support/exec.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface PackageJson {
  name: string;
  version: string;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  dependencies?: Record<string, string>;
}

const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

let work: string;
let app: string;
/** npm and npx use a private cache in the temp folder: nothing is read from or left in the user's. */
let npmEnv: Record<string, string>;

function ok(result: ExecResult, what: string): ExecResult {
  if (result.code !== 0)
    throw new Error(`${what} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * A copy of the package's own files next to links to everything the build reads, so `node build.mjs` writes a
 * fresh dist/ there — the working tree's dist/ is neither trusted nor touched.
 */
async function stage(dir: string): Promise<void> {
  await mkdir(dir);
  const copied = new Set(['package.json', ...pkg.files.map((f) => f.replace(/\/$/, ''))]);
  for (const entry of await readdir(ROOT)) {
    if (entry === '.git' || entry === 'dist') continue;
    if (copied.has(entry)) await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
    else await symlink(join(ROOT, entry), join(dir, entry));
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aps-usage-pack-'));
  const staging = join(work, 'staging');
  await stage(staging);
  ok(await exec(process.execPath, ['build.mjs'], { cwd: staging }), 'node build.mjs');
  npmEnv = { npm_config_cache: join(work, 'npm-cache') };
  const packed = ok(
    await exec('npm', ['pack', '--pack-destination', work, '--ignore-scripts', '--json'], {
      cwd: staging,
      env: npmEnv,
    }),
    'npm pack',
  );
  const [tarball] = JSON.parse(packed.stdout) as Array<{ filename: string }>;
  if (!tarball) throw new Error(`npm pack printed no tarball: ${packed.stdout}`);
  app = join(work, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'empty-app', private: true }));
  ok(
    await exec(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball.filename)],
      { cwd: app, env: npmEnv },
    ),
    'npm install (offline, from the tarball)',
  );
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it('keeps engines at the supported lines and has no runtime dependency (dist/ is a complete bundle)', () => {
    expect(pkg.engines.node).toBe('^22.13.0 || >=24');
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('contains only the whitelisted files', async () => {
    const installed = join(app, 'node_modules', pkg.name);
    const entries = (await readdir(installed)).sort();
    const expected = ['CHANGELOG.md', 'LICENSE', 'action.yml', 'dist', 'package.json', 'schema'];
    if (existsSync(join(ROOT, 'README.md'))) expected.push('README.md');
    if (existsSync(join(ROOT, 'README.ja.md'))) expected.push('README.ja.md');
    expect(entries).toEqual(expected.sort());
    expect(existsSync(join(installed, pkg.bin['aps-usage-report']!))).toBe(true);
    expect(existsSync(join(installed, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(installed, 'schema', 'config.schema.json'))).toBe(true);
    // Nothing else was installed next to it.
    const modules = (await readdir(join(app, 'node_modules'))).filter((e) => !e.startsWith('.'));
    expect(modules).toEqual([pkg.name]);
  });

  it('ships no test machinery: no fault injection, no test helpers', async () => {
    const dist = join(app, 'node_modules', pkg.name, 'dist');
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const text = await readFile(join(dist, file), 'utf8');
      // The tests' APS mock (its fault kinds) and the helpers that live in test/support/.
      for (const marker of [
        'expire-tokens',
        'startMockApsServer',
        'createMemoryLogger',
        'makeUsageRecord',
        'spaceWrites',
      ]) {
        expect(text.includes(marker), `${file} contains ${marker}`).toBe(false);
      }
    }
  });

  it('runs --help through npx', async () => {
    const result = ok(
      await exec('npx', ['--no', '--', 'aps-usage-report', '--help'], { cwd: app, env: npmEnv }),
      'help',
    );
    expect(result.stdout).toContain(`aps-usage-report ${pkg.version}`);
    for (const command of ['demo', 'run', 'validate', 'init']) {
      expect(result.stdout).toContain(`aps-usage-report ${command}`);
    }
  });

  it('renders the demo site through npx', async () => {
    ok(
      await exec('npx', ['--no', '--', 'aps-usage-report', 'demo', '--out', 'site'], {
        cwd: app,
        env: npmEnv,
      }),
      'demo',
    );
    const html = await readFile(join(app, 'site', 'index.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<svg');
    expect(existsSync(join(app, 'site', 'summary.md'))).toBe(true);
    expect((await readdir(join(app, 'site', 'data'))).some((f) => /^usage-\d{4}-\d{2}\.csv$/.test(f))).toBe(
      true,
    );
  });

  it('exits 1 from the installed bin when a config is invalid, naming the field', async () => {
    await writeFile(join(app, 'bad.yml'), 'source: ftp\n');
    const result = await exec('npx', ['--no', '--', 'aps-usage-report', 'validate', '--config', 'bad.yml'], {
      cwd: app,
      env: npmEnv,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('source:');
  });
});
