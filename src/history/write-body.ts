/**
 * Writes one file of a site: text or bytes at once, a chunked file a chunk at a time, the next chunk made while
 * the previous one is written (the two never share a buffer: see `ChunkedFile`), a spooled file linked from where
 * it was written ahead.
 */
import { copyFile, link, open, writeFile } from 'node:fs/promises';
import { ChunkedFile, SpooledFile, type MadeContent } from '../site-files.js';

export async function writeBody(path: string, content: MadeContent): Promise<void> {
  if (content instanceof SpooledFile) {
    if (!(await linkOrCopy(content.file, path)))
      throw Object.assign(new Error(`${content.file} (written ahead) is missing`), { code: 'ENOENT' });
    return;
  }
  if (!(content instanceof ChunkedFile)) return writeFile(path, content);
  const handle = await open(path, 'w');
  try {
    let writing: Promise<void> | undefined;
    for (const chunk of content.chunks()) {
      await writing;
      writing = writeAll(chunk);
    }
    await writing;
  } finally {
    await handle.close();
  }

  async function writeAll(chunk: Uint8Array): Promise<void> {
    for (let at = 0; at < chunk.length;)
      at += (await handle.write(chunk, at, chunk.length - at)).bytesWritten;
  }
}

/** About what the file holds in memory while it is written, for the bound on writes in flight. */
export function heldBytes(content: MadeContent): number {
  if (content instanceof SpooledFile) return 0;
  return content instanceof ChunkedFile ? 12 * 1024 * 1024 : content.length;
}

/** A hard link where the file system allows one, else a copy. False when there is no file to link. */
export async function linkOrCopy(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
  }
  await copyFile(from, to);
  return true;
}
