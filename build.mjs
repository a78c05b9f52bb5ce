// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the thread that helps both render large sites
// (dist/page-helper.js) with esbuild. Modules a command may not need (the sources, the publishers, the live demo)
// end up in chunks loaded on first use, so `--help` and `validate` start fast.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_OPTIONS } from './scripts/bundle-options.mjs';

/**
 * A hash of everything the bundle is built from (sources, templates, the locked dependencies): the site's page
 * cache re-renders every page when it changes, as the code that renders them may have.
 */
async function buildId() {
  const hash = createHash('sha256');
  const files = async (dir) =>
    (await readdir(dir, { withFileTypes: true, recursive: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath ?? e.path, e.name));
  const all = [...(await files('src')), ...(await files('templates')), 'package.json', 'package-lock.json'];
  for (const file of all.map((f) => f.split('\\').join('/')).sort())
    hash
      .update(`${file}\0`)
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

await rm('dist', { recursive: true, force: true });
await build({
  ...BUNDLE_OPTIONS,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'page-helper': 'src/page-helper-entry.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  define: { __APS_BUILD__: JSON.stringify(await buildId()) },
});
