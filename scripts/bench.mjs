#!/usr/bin/env node
// `npm run bench` (see docs/performance.md): bundles scripts/bench/*.ts with esbuild into bench-out/.build (never
// touching dist/), then runs it. The bench times the built CLI, so run `npm run build` after changing src/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'bench-out', '.build', 'bench.mjs');

await build({
  entryPoints: [join(root, 'scripts', 'bench', 'entry.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  loader: { '.hbs': 'text', '.css': 'text' },
  logLevel: 'warning',
});

const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exitCode = r.status ?? 1;
