import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules that reach the world: a pure module (model, render) imports none of them, not even for a value. */
const IO_PACKAGES = [
  'fs',
  'fs/*',
  'node:fs',
  'node:fs/*',
  'child_process',
  'node:child_process',
  'net',
  'node:net',
  'http',
  'node:http',
  'https',
  'node:https',
  'node:dgram',
  'node:worker_threads',
  'undici',
  '@actions/*',
  '@octokit/*',
  'playwright-core',
];
/** Our own I/O layers: a pure module may name their types (a source's app status), never call them. */
const IO_MODULES = [
  '**/history/**',
  '**/publish/**',
  '**/sources/**',
  '**/demo/**',
  '**/cli/**',
  '**/action/**',
  '**/config/load.js',
  '**/config/template-overrides.js',
  '**/pipeline.js',
  '**/run-setup.js',
  '**/http.js',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'site/', 'coverage/', 'bench-out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Promises that nobody awaits lose their errors (a publish that fails after the step reported success).
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // The pure core: records in, a model out; a model in, text out. Everything that touches the world enters
    // through `deps` in the layers around it.
    files: ['src/model/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: IO_PACKAGES,
              message: 'model and render are pure: no I/O here (pass data in from the edge).',
            },
            {
              group: IO_MODULES,
              allowTypeImports: true,
              message: 'model and render are pure: they may name the I/O layers’ types, not call them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Actions toolkit belongs to the action's front end; the rest of the tool runs the same from the CLI.
    files: ['src/**/*.ts'],
    ignores: ['src/action/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: '@actions/* is for src/action/ only.' }] },
      ],
    },
  },
);
