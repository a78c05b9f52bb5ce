#!/usr/bin/env node
// `npm run bench` (see docs/performance.md): bundles scripts/bench/*.ts with esbuild into bench-out/.build (never
// touching dist/), then runs it. The bench times the built CLI, so run `npm run build` after changing src/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'bench-out', '.build', 'bench.mjs');

/** The bench's own copy of the pipeline sees `vega-lite` through a spy that saves every compiled spec. */
const spyVegaLite = {
  name: 'spy-vega-lite',
  setup(b) {
    b.onResolve({ filter: /^vega-lite$/ }, (args) =>
      args.importer.endsWith('vega-lite-spy.ts')
        ? undefined
        : { path: join(root, 'scripts', 'bench', 'vega-lite-spy.ts') },
    );
  },
};

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
  plugins: [spyVegaLite],
});

const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exitCode = r.status ?? 1;
