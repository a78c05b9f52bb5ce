#!/usr/bin/env node
// Validates action.yml and the GitHub workflows against GitHub's schemas with @action-validator (offline, in
// process), and .github/dependabot.yml against the few rules that matter.
//   node scripts/validate-workflows.mjs            action.yml, .github/workflows/*.yml, examples/workflows/*.yml,
//                                                  .github/dependabot.yml
//   node scripts/validate-workflows.mjs FILE…      these files (action.yml/action.yaml are actions, others workflows)
// The validator's schema predates `runs.using: node24`, so an action is validated as if it said node20.
import { createRequire } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const { validateAction, validateWorkflow } = require('@action-validator/core');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function defaultFiles() {
  const yamlIn = async (...dir) =>
    (await readdir(join(root, ...dir)).catch(() => []))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(root, ...dir, f));
  return [
    join(root, 'action.yml'),
    ...(await yamlIn('.github', 'workflows')),
    // The README's example workflows, which people copy.
    ...(await yamlIn('examples', 'workflows')),
    join(root, '.github', 'dependabot.yml'),
  ];
}

/** Flattens the validator's nested errors into "path: title (detail)" lines. */
function describeErrors(errors, indent = '  ') {
  return errors.flatMap((e) => {
    const where = e.location
      ? `line ${e.location.line}, column ${e.location.column}`
      : e.path || '(top level)';
    const line = `${indent}${where}: ${e.title}${e.detail ? ` (${e.detail})` : ''}`;
    const nested = (e.states ?? []).flatMap((s, i) => [
      `${indent}  alternative ${i + 1}:`,
      ...describeErrors(s.errors, `${indent}    `),
    ]);
    return [line, ...nested];
  });
}

function checkDependabot(text) {
  const doc = parse(text);
  const problems = [];
  if (doc?.version !== 2) problems.push('version: expected 2');
  if (!Array.isArray(doc?.updates) || doc.updates.length === 0) problems.push('updates: expected a list');
  const intervals = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron'];
  (doc?.updates ?? []).forEach((u, i) => {
    if (typeof u?.['package-ecosystem'] !== 'string')
      problems.push(`updates[${i}].package-ecosystem: missing`);
    if (typeof u?.directory !== 'string' && !Array.isArray(u?.directories))
      problems.push(`updates[${i}].directory: missing`);
    if (!intervals.includes(u?.schedule?.interval))
      problems.push(`updates[${i}].schedule.interval: expected one of ${intervals.join(', ')}`);
  });
  return problems.map((p) => `  ${p}`);
}

async function validateFile(path) {
  const text = await readFile(path, 'utf8');
  const name = basename(path);
  if (name === 'dependabot.yml' || name === 'dependabot.yaml') return checkDependabot(text);
  if (name === 'action.yml' || name === 'action.yaml') {
    const asNode20 = text.replace(/^(\s*using:\s*)(['"]?)node24\2\s*$/m, '$1node20');
    return describeErrors(validateAction(asNode20).errors);
  }
  return describeErrors(validateWorkflow(text).errors);
}

async function main() {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args : await defaultFiles();
  let failed = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let problems;
    try {
      problems = await validateFile(file);
    } catch (error) {
      problems = [`  ${error instanceof Error ? error.message : String(error)}`];
    }
    if (problems.length === 0) {
      console.log(`ok      ${shown}`);
    } else {
      failed++;
      console.error(`invalid ${shown}\n${problems.join('\n')}`);
    }
  }
  if (failed > 0) {
    console.error(`${failed} of ${files.length} file(s) invalid`);
    process.exit(1);
  }
}

await main();
