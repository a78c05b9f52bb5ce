/**
 * Writes one file of a site: text or bytes at once, a chunked file a chunk at a time, the next chunk made while
 * the previous one is written (the two never share a buffer: see `ChunkedFile`).
 */
import { open, writeFile } from 'node:fs/promises';
import { ChunkedFile, type FileBody } from '../site-files.js';

export async function writeBody(path: string, content: FileBody | ChunkedFile): Promise<void> {
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
export function heldBytes(content: FileBody | ChunkedFile): number {
  return content instanceof ChunkedFile ? 12 * 1024 * 1024 : content.length;
}
