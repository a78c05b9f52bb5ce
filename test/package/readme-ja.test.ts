/**
 * README.ja.md keeps in step with the English docs where it must: the same two commands at the top, only commands
 * the English README or docs/authentication.md also give, and YAML blocks equal (as data; comments are
 * translated) to the English ones. Code blocks are found with marked's lexer, not with a regex over fences.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');

async function tokens(name: string): Promise<Token[]> {
  return Lexer.lex(await readFile(join(ROOT, name), 'utf8'));
}

/** Every fenced block, nested ones (inside list items) included. */
function codeBlocks(list: readonly Token[]): Tokens.Code[] {
  return list.flatMap((t) => {
    if (t.type === 'code') return [t as Tokens.Code];
    const children = [
      ...((t as { tokens?: Token[] }).tokens ?? []),
      ...((t as { items?: Token[] }).items ?? []),
    ];
    return codeBlocks(children);
  });
}

/** A shell block's commands: comments (a `#` after a space) dropped, spaces collapsed, blank lines gone. */
function commands(code: string): string[] {
  return code
    .split('\n')
    .map((line) =>
      line
        .replace(/(^|\s)#.*$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

const sh = (blocks: Tokens.Code[]) => blocks.filter((b) => b.lang === 'sh');
const yamlData = (blocks: Tokens.Code[]) => blocks.filter((b) => b.lang === 'yaml').map((b) => parse(b.text));

describe('README.ja.md', () => {
  it('starts, like README.md, with the same two commands right under the title', async () => {
    const [en, ja] = [await tokens('README.md'), await tokens('README.ja.md')];
    for (const doc of [en, ja]) {
      const [title, block] = doc.filter((t) => t.type !== 'space');
      expect(title).toMatchObject({ type: 'heading', depth: 1, text: 'aps-usage-report' });
      expect(block).toMatchObject({ type: 'code', lang: 'sh' });
    }
    const first = (doc: Token[]) => commands(codeBlocks(doc)[0]!.text);
    expect(first(ja)).toEqual(['npm ci && npm run demo', 'npm test']);
    expect(first(ja)).toEqual(first(en));
  });

  it('gives only commands the English README or docs/authentication.md give too', async () => {
    const english = new Set(
      [...codeBlocks(await tokens('README.md')), ...codeBlocks(await tokens('docs/authentication.md'))]
        .filter((b) => b.lang === 'sh')
        .flatMap((b) => commands(b.text)),
    );
    const ja = sh(codeBlocks(await tokens('README.ja.md'))).flatMap((b) => commands(b.text));
    // The top commands, the local runs and the secrets of both authentication modes.
    expect(ja.length).toBeGreaterThanOrEqual(14);
    expect(ja.filter((c) => !english.has(c))).toEqual([]);
  });

  it('has the workflow and config of "Use it in a workflow", and every YAML block equals an English one', async () => {
    const readme = yamlData(codeBlocks(await tokens('README.md')));
    const auth = yamlData(codeBlocks(await tokens('docs/authentication.md')));
    const ja = yamlData(codeBlocks(await tokens('README.ja.md')));
    // README.md's first two YAML blocks are the workflow and the config file, in that order.
    expect(ja.slice(0, 2)).toEqual(readme.slice(0, 2));
    expect((ja[0] as { jobs: unknown }).jobs).toBeDefined();
    expect((ja[1] as { source: unknown }).source).toBe('aps');
    for (const block of ja) expect([...readme, ...auth]).toContainEqual(block);
  });

  it('is linked from README.md, links back, and is written in Japanese', async () => {
    const en = await readFile(join(ROOT, 'README.md'), 'utf8');
    const ja = await readFile(join(ROOT, 'README.ja.md'), 'utf8');
    expect(en).toContain('[日本語](README.ja.md)');
    expect(ja).toContain('[English](README.md)');
    const prose = ja.replace(/```[\s\S]*?```/g, '');
    const kana = prose.match(/[\u3040-\u30ff]/g)?.length ?? 0;
    expect(kana).toBeGreaterThan(1000);
  });
});
