/**
 * GitHub's own Markdown engine (cmark-gfm, from Debian) for checking issue bodies and summaries as GitHub will
 * render them: tables, autolinks, raw HTML.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CMARK = '/usr/bin/cmark-gfm';
export const hasCmark = existsSync(CMARK);

export function renderGfm(markdown: string): string {
  return execFileSync(
    CMARK,
    ['--extension', 'table', '--extension', 'autolink', '--extension', 'strikethrough'],
    {
      input: markdown,
      encoding: 'utf8',
    },
  );
}

/** The fenced code blocks of a Markdown text: info string and body. Fails on a fence left open. */
export function fencedBlocks(markdown: string): { info: string; body: string[] }[] {
  const blocks: { info: string; body: string[] }[] = [];
  let open: { info: string; body: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^\s{0,3}(```+|~~~+)\s*(.*)$/.exec(line);
    if (open) {
      if (fence && fence[2] === '') {
        blocks.push(open);
        open = undefined;
      } else open.body.push(line);
    } else if (fence) open = { info: fence[2]!, body: [] };
  }
  if (open) throw new Error(`code fence "${open.info}" is never closed`);
  return blocks;
}
