#!/usr/bin/env node
// Writes schema/config.schema.json from the zod schema in src/config/schema.ts, so editors (yaml-language-server,
// VS Code) complete and check config files. The input side: keys with defaults stay optional.
//   node scripts/gen-schema.mjs           write the file
//   node scripts/gen-schema.mjs --check   exit 1 when the committed file differs from a fresh one
// The TypeScript module is bundled in memory with esbuild (already a dev dependency) because Node 20 cannot
// import .ts files.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'schema', 'config.schema.json');

/** Hover texts for the top-level keys; a key missing here or here but not in the schema stops the script. */
const DESCRIPTIONS = {
  $schema: 'JSON Schema of this file (for editors); ignored by aps-usage-report.',
  source:
    'Where usage comes from: aps (the APS Application Management API), file (CSV/JSON in the export format) or demo (built-in sample data).',
  file: 'source: file — a CSV or JSON file in the export format, or a list or glob of them (relative to the config file).',
  apps: 'APS apps to report. Required for source: aps unless aps.hubId is set; for file/demo, entries add names and budgets.',
  aps: 'Options of the aps source. Credentials never go here: they come from environment variables or action inputs.',
  period:
    'Days to report: last-N-days, month-to-date, previous-month or { from: YYYY-MM-DD, to: YYYY-MM-DD }.',
  rates: 'Feature id → tokens per unit, to estimate tokens where APS reports units only.',
  caps: 'API name → free-tier units per month (APS suspends the API when one is exceeded).',
  classify:
    'Feature id → API, breakdown group, display name or unit, overriding the built-in classification.',
  budget: 'A monthly token budget for all apps together and the alert thresholds in percent.',
  history: 'How much stored history to keep.',
  balance:
    'The token balance from the Autodesk Account page: tokens, the day read (asOf), expires, warnDays. The overview shows what is left and when it runs out.',
  report:
    'Title, language (en or ja), time zone, template overrides, the published site URL and whether client ids are shown (showIds).',
  publish:
    'Where the report goes: files (a folder), pages (a branch), issue (a monthly issue and alert issues).',
};

async function generateSchema() {
  const bundle = await build({
    stdin: {
      contents: "export { configSchema } from './src/config/schema.ts'; export { toJSONSchema } from 'zod';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const code = bundle.outputFiles[0].text;
  const { configSchema, toJSONSchema } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  // draft-07: the newest draft that every YAML/JSON editor plugin understands.
  const generated = toJSONSchema(configSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  const properties = rest.properties ?? {};
  const missing = Object.keys(properties).filter((k) => !(k in DESCRIPTIONS));
  const extra = Object.keys(DESCRIPTIONS).filter((k) => !(k in properties));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `scripts/gen-schema.mjs: update DESCRIPTIONS (missing: ${missing.join(', ') || '-'}; not in the schema: ${extra.join(', ') || '-'})`,
    );
  }
  for (const [key, text] of Object.entries(DESCRIPTIONS))
    properties[key] = { description: text, ...properties[key] };
  const schema = {
    $schema,
    title: 'aps-usage-report config',
    description:
      'Config file of aps-usage-report (for example .github/aps-usage.yml). Generated from src/config/schema.ts by npm run schema; do not edit.',
    ...rest,
  };
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(JSON.stringify(schema, null, 2), { ...options, filepath: target });
}

async function main() {
  const check = process.argv.includes('--check');
  const fresh = await generateSchema();
  const name = relative(process.cwd(), target) || target;
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== fresh) {
      console.error(`${name} is out of date with src/config/schema.ts: run npm run schema and commit it`);
      process.exit(1);
    }
    console.log(`${name} is up to date`);
    return;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, fresh);
  console.log(`wrote ${name}`);
}

await main();
