/**
 * `aps-usage-report init`: writes a commented starter config and a scheduled workflow into a repository.
 * Never overwrites a file unless asked to (--force): a refusal changes nothing at all.
 */
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Logger } from '../deps.js';
import { UserError } from '../errors.js';
import { CONFIG_FILE, STARTER_CONFIG, STARTER_WORKFLOW, WORKFLOW_FILE } from './init-templates.js';

export const INIT_HELP = `aps-usage-report init [--dir DIR] [--force]

Writes a commented starter config (${CONFIG_FILE}) and a daily scheduled workflow
(${WORKFLOW_FILE}) into a repository. Edit the config's apps, add the secrets named at the
top of the workflow, and check the config with: aps-usage-report validate --config ${CONFIG_FILE}

Options:
  --dir DIR   the repository's root folder (default: the current folder)
  --force     overwrite the two files when they exist (otherwise: exit 1 and write nothing)`;

export interface InitOptions {
  /** Root folder of the repository to write into. */
  dir: string;
  /** Overwrite existing files. */
  force: boolean;
}

/** Writes the two files; returns their absolute paths. Throws a UserError naming every file in the way. */
export async function initProject(options: InitOptions, logger: Logger): Promise<string[]> {
  const files: ReadonlyArray<[string, string]> = [
    [CONFIG_FILE, STARTER_CONFIG],
    [WORKFLOW_FILE, STARTER_WORKFLOW],
  ];
  const shown = (rel: string): string => relative(process.cwd(), join(options.dir, rel)) || rel;
  // A file where a folder must go (`.github` as a file): --force overwrites files, never turns one into a folder.
  for (const [rel] of files) {
    const parts = rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (await isNonFolder(join(options.dir, folder))) {
        throw new UserError(
          `init: ${shown(folder)} is a file; expected a folder to hold ${shown(rel)}. Move or rename it; nothing was written`,
        );
      }
    }
  }
  if (!options.force) {
    const existing: string[] = [];
    for (const [rel] of files) if (await exists(join(options.dir, rel))) existing.push(shown(rel));
    if (existing.length > 0) {
      throw new UserError(
        `init: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written ` +
          '(use --force to overwrite)',
      );
    }
  }
  const written: string[] = [];
  for (const [rel, text] of files) {
    const path = join(options.dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    written.push(path);
    logger.info(`wrote ${shown(rel)}`);
  }
  logger.info(
    [
      'Next steps:',
      `  1. Put your apps' client ids in ${CONFIG_FILE} and check it: aps-usage-report validate --config ${CONFIG_FILE}`,
      '  2. Add the repository secrets named at the top of the workflow (Settings > Secrets and variables > Actions).',
      '  3. Commit both files; run the workflow once by hand (Actions > APS usage report > Run workflow).',
    ].join('\n'),
  );
  return written;
}

/** Whether something other than a folder is at `path` (nothing there is fine: it is created). */
async function isNonFolder(path: string): Promise<boolean> {
  try {
    return !(await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
