import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const CSS_TEXT = '\0css-text:';

export default defineConfig({
  // Templates and CSS are imported as text, as esbuild's `text` loader does for the bundle.
  plugins: [
    {
      name: 'text-assets',
      enforce: 'pre',
      // An id ending in `.css` would reach vitest's CSS handling, which turns every stylesheet into "" (pages in the browser
      // tests would then have no styles at all): stylesheets get an id of their own, outside it.
      async resolveId(source, importer) {
        if (!source.endsWith('.css') || !importer || importer.includes('node_modules')) return undefined;
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved ? `${CSS_TEXT}${resolved.id}.js` : undefined;
      },
      load(id) {
        if (!id.startsWith(CSS_TEXT)) return undefined;
        return {
          code: `export default ${JSON.stringify(readFileSync(id.slice(CSS_TEXT.length, -'.js'.length), 'utf8'))};`,
        };
      },
      transform(code, id) {
        if (/\.hbs$/.test(id) && !id.includes('node_modules')) {
          return { code: `export default ${JSON.stringify(code)};`, map: null };
        }
        return undefined;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/no-network.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and git tests start real processes; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
