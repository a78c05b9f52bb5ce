import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/publish/targets.ts
var PUBLISH_TARGETS = ["files", "pages", "issue", "summary"];
var PUBLISHER_TARGETS = ["issue", "summary"];
function isPublishTarget(value) {
  return PUBLISH_TARGETS.includes(value);
}

// package.json
var package_default = {
  name: "aps-usage-report",
  version: "1.0.0",
  description: "Daily Autodesk Platform Services (APS) usage for every app: history, a static HTML site, Markdown summaries and alerts \u2014 as a GitHub Action and a CLI.",
  license: "MIT",
  type: "module",
  bin: {
    "aps-usage-report": "dist/cli.js"
  },
  files: [
    "dist/",
    "action.yml",
    "schema/",
    "README.md",
    "README.ja.md",
    "LICENSE",
    "CHANGELOG.md"
  ],
  engines: {
    node: "^22.13.0 || >=24"
  },
  scripts: {
    build: "node build.mjs",
    demo: "node dist/cli.js demo",
    bench: "node build.mjs && node scripts/bench.mjs",
    "bench:quick": "node build.mjs && node scripts/bench.mjs --quick",
    typecheck: "tsc -p .",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    schema: "node scripts/gen-schema.mjs",
    "schema:check": "node scripts/gen-schema.mjs --check",
    docs: "node scripts/gen-readme-tables.mjs",
    "docs:check": "node scripts/gen-readme-tables.mjs --check",
    "validate:workflows": "node scripts/validate-workflows.mjs",
    test: "vitest run",
    "test:node24": "npx -y node@24.21.0 node_modules/vitest/vitest.mjs run",
    "check:dist": "node build.mjs && git add -N dist && git diff --exit-code --stat -- dist",
    check: "npm run typecheck && npm run lint && npm run format:check && npm run schema:check && npm run docs:check && npm run validate:workflows && npm test && npm run check:dist"
  },
  keywords: [
    "autodesk",
    "aps",
    "forge",
    "usage",
    "github-action",
    "tokens",
    "report"
  ],
  devDependencies: {
    "@action-validator/cli": "0.6.0",
    "@action-validator/core": "0.6.0",
    "@actions/core": "3.0.1",
    "@eslint/js": "10.0.1",
    "@octokit/core": "7.0.8",
    "@octokit/plugin-paginate-rest": "14.0.0",
    "@octokit/plugin-rest-endpoint-methods": "17.0.0",
    "@types/node": "20.19.43",
    "@types/semver": "7.8.0",
    ajv: "8.20.0",
    "axe-core": "4.14.1",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    handlebars: "4.7.10",
    "html-validate": "10.9.0",
    marked: "18.2.1",
    "playwright-core": "1.64.1",
    prettier: "3.10.1",
    semver: "7.8.6",
    typescript: "6.0.3",
    "typescript-eslint": "8.73.0",
    undici: "6.29.1",
    vitest: "4.1.12",
    yaml: "2.9.1",
    zod: "4.6.7"
  }
};

// src/version.ts
var VERSION = package_default.version;
var BUILD = true ? "c08de77af4edcdee" : "source";

export {
  PUBLISH_TARGETS,
  PUBLISHER_TARGETS,
  isPublishTarget,
  VERSION,
  BUILD
};
