import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Templates and CSS are imported as text, as esbuild's `text` loader does for the bundle.
  plugins: [
    {
      name: 'text-assets',
      enforce: 'pre',
      transform(code, id) {
        if (/\.(hbs|css)$/.test(id) && !id.includes('node_modules')) {
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
