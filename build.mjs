// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild. vega and vega-lite end up in chunks
// that load only when a chart is drawn, so `--help` and `validate` start fast.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
await build({
  // chart-worker: the entry of the chart threads (src/chart-threads/pool.ts), found beside index.js and cli.js.
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'chart-worker': 'src/chart-threads/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  loader: { '.hbs': 'text', '.css': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() for Node built-ins; ESM output needs a real require.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
