#!/usr/bin/env node
// Writes the action's inputs and outputs tables, generated from action.yml, between the markers
//   <!-- inputs:start --> … <!-- inputs:end -->   and   <!-- outputs:start --> … <!-- outputs:end -->
// in README.md and in docs/*.md (every one of those files that has the markers).
//   node scripts/gen-readme-tables.mjs           rewrite the tables
//   node scripts/gen-readme-tables.mjs --check   exit 1 when a table differs from action.yml
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Markdown table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

function code(text) {
  const s = cell(text);
  return s === '' ? '' : s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const required = input.required === true || input.required === 'true' ? 'yes' : 'no';
    return `| \`${name}\` | ${cell(input.description)} | ${required} | ${code(input.default)} |`;
  });
  return ['| Input | Description | Required | Default |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`; null when the markers are absent. */
function replaceBlock(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 && j < 0) return null;
  if (i < 0 || j < i) throw new Error(`expected ${start} before ${end}`);
  return `${text.slice(0, i + start.length)}\n\n${body}\n\n${text.slice(j)}`;
}

async function candidates() {
  const docs = await readdir(join(root, 'docs')).catch(() => []);
  return ['README.md', ...docs.filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
}

async function main() {
  const check = process.argv.includes('--check');
  const action = parse(await readFile(join(root, 'action.yml'), 'utf8'));
  for (const [kind, entries] of [
    ['input', action.inputs],
    ['output', action.outputs],
  ]) {
    for (const [name, value] of Object.entries(entries ?? {})) {
      if (!value?.description?.trim()) throw new Error(`action.yml: ${kind} ${name} has no description`);
    }
  }
  const format = async (table, file) => {
    const options = (await prettier.resolveConfig(join(root, file))) ?? {};
    return (await prettier.format(table, { ...options, parser: 'markdown' })).trimEnd();
  };
  let found = 0;
  let stale = 0;
  for (const file of await candidates()) {
    const path = join(root, file);
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current === null) continue;
    let next = current;
    let blocks = 0;
    for (const [name, table] of [
      ['inputs', inputsTable(action)],
      ['outputs', outputsTable(action)],
    ]) {
      const replaced = replaceBlock(next, name, await format(table, file));
      if (replaced !== null) {
        next = replaced;
        blocks++;
      }
    }
    if (blocks === 0) continue;
    found++;
    if (next === current) {
      if (check) console.log(`${file}: action tables are up to date`);
      continue;
    }
    if (check) {
      console.error(
        `${file}: the inputs/outputs tables differ from action.yml: run npm run docs and commit it`,
      );
      stale++;
    } else {
      await writeFile(path, next);
      console.log(`${file}: action tables updated`);
    }
  }
  if (found === 0) {
    console.error(
      'no file has the <!-- inputs:start --> / <!-- outputs:start --> markers (README.md, docs/*.md)',
    );
    process.exit(1);
  }
  if (stale > 0) process.exit(1);
}

await main();
