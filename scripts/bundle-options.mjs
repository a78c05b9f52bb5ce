// The esbuild settings every bundle of the tool is built with (build.mjs; the tests bundle the helper thread's
// entry with them too, as a worker runs JavaScript, not the TypeScript sources).
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  loader: { '.hbs': 'text', '.css': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() for Node built-ins; ESM output needs a real require.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
};
