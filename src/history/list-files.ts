/** Listing a folder tree for the stores. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file below `root`, relative and with `/`, skipping entries named in `skip`; an absent folder has none. */
export async function listFiles(
  root: string,
  skip: ReadonlySet<string> = new Set(),
  prefix = '',
): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: string[] = [];
  for (const e of entries) {
    if (skip.has(e.name)) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(root, skip, rel)));
    else out.push(rel);
  }
  return out;
}
