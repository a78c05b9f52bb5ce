/**
 * A folder where a site's files are written as they are made (`FileSpool`): a store opens one where it can link
 * from (beside the site, on the same file system), links each file into place when it saves, and removes the folder
 * when it closes. A run stopped before that leaves the folder; the next run removes it.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { SpooledFile, type FileSpool } from '../site-files.js';
import { WriteFailure, writeQueue } from './write-queue.js';

/** Pages held in memory before the next ones are written ahead: a site of a few hundred apps never touches disk. */
export const SPOOL_HOLD_BYTES = 64 * 1024 * 1024;

export interface OpenedSpool extends FileSpool {
  readonly dir: string;
  /** Waits for the writes in flight, then removes the folder and what is in it. */
  remove(): Promise<void>;
}

// One function for every file, made outside `put`: a closure made there would keep the page's bytes alive.
const readSpooled = (file: string): Uint8Array => readFileSync(file);

/** A spool in `dir` (created now; it must not exist yet, or be empty). */
export async function openFileSpool(dir: string, options: { holdBytes?: number } = {}): Promise<OpenedSpool> {
  await mkdir(dir, { recursive: true });
  // Several writes in flight while the next page renders; bounded so that little is held waiting for the disk.
  const queue = writeQueue({ files: 16, bytes: 32 * 1024 * 1024 });
  let files = 0;
  const failed = (error: unknown): never => {
    const failure = error instanceof WriteFailure ? error : new WriteFailure('?', error);
    const cause = failure.error as NodeJS.ErrnoException;
    throw new UserError(
      `cannot write ${failure.path} ahead of the save into ${dir}: ${cause.code ?? cause.message}; ` +
        'nothing was published',
    );
  };
  return {
    dir,
    holdBytes: options.holdBytes ?? SPOOL_HOLD_BYTES,
    async put(path, bytes) {
      // Numbered, not named after the page: no folders to make, and no site path can reach outside the spool.
      const file = join(dir, `${++files}.part`);
      await queue.add(path, bytes.length, () => writeFile(file, bytes)).catch(failed);
      return new SpooledFile(file, bytes.length, readSpooled);
    },
    flush: () => queue.drain().catch(failed),
    reserve: () => join(dir, `${++files}.part`),
    adopt: (file, size) => new SpooledFile(file, size, readSpooled),
    async remove() {
      await queue.drain().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
