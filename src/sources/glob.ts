/**
 * A small glob (`*`, `?`, `**`, `{a,b}`) over the file system — Node 20 has no `fs.glob`, and one pattern
 * syntax is all `file:` needs.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*' && pattern[i + 2] === '/') {
        re += '(?:.*/)?'; // `**/` matches zero or more folders
        i += 2;
      } else if (pattern[i + 1] === '*') {
        re += '.*';
        i += 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else re += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files under `cwd` whose relative path (with `/`) matches `pattern`, sorted. */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const normalized = pattern.replace(/\\/g, '/');
  const fixed = normalized.split('/');
  const firstWild = fixed.findIndex((part) => /[*?{]/.test(part));
  const root = join(cwd, ...fixed.slice(0, firstWild < 0 ? fixed.length - 1 : firstWild));
  const re = globToRegExp(normalized.replace(/^\.\//, ''));
  const out: string[] = [];
  await walk(root, async (file) => {
    const rel = relative(cwd, file).split(sep).join('/');
    if (re.test(rel)) out.push(file);
  });
  return out.sort();
}

async function walk(dir: string, visit: (file: string) => Promise<void>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '.git') await walk(full, visit);
    } else if (e.isFile()) await visit(full);
  }
}
