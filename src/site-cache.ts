/**
 * What a run keeps of the stored site instead of making it again: the pages whose inputs did not change (their
 * charts are not drawn) and the spreadsheet copies of month exports whose bytes did not change. Each such file is
 * recorded (`data/cache/files.json`) with the key of what it was made from and the SHA-256 of its bytes; it is kept
 * only when its key is the recorded one and the stored file still holds the recorded bytes, so a file edited or
 * damaged by hand is made again. Pure but for reading the stored files through `StoredFiles`.
 */
import type { StoredFiles } from './history/history-files.js';
import type { FileBody } from './site-files.js';
import { csvKey } from './model/month-snapshot.js';
import { sha256Hex, type PageCache, type PageRecord } from './render/render.js';
import { BUILD, VERSION } from './version.js';

/** The tool that makes the files: a new version or build makes every one again. */
export const TOOL = `${VERSION} ${BUILD}`;

/** The stored bytes of `path` when they were made from inputs with this key and are still those recorded. */
export async function keptBytes(
  stored: StoredFiles | undefined,
  path: string,
  key: string,
): Promise<Buffer | undefined> {
  const recorded = stored?.records.get(path);
  if (!stored || recorded?.key !== key) return undefined;
  const bytes = await stored.read(path);
  // The hash of the bytes is the hash of the text they decode to (the record hashes a text's UTF-8).
  return bytes && csvKey(bytes) === recorded.bytes ? bytes : undefined;
}

/** Whether the stored file `path` was made from inputs with this key and still holds the recorded bytes. */
export function keptFile(stored: StoredFiles | undefined, path: string, key: string): boolean {
  const recorded = stored?.records.get(path);
  return stored !== undefined && recorded?.key === key && stored.digest(path) === recorded.bytes;
}

/** The stored pages as the renderer's cache. */
export function pageCache(stored: StoredFiles | undefined): PageCache {
  return { tool: TOOL, keep: async (path, key) => (await keptBytes(stored, path, key))?.toString('utf8') };
}

/** The key of a spreadsheet copy: the tool and the SHA-256 of the export it is made from. */
export function spreadsheetKey(exportKey: string): string {
  return sha256Hex(`spreadsheet copy\n${TOOL}\n${exportKey}`);
}

/** A record of a file just made: its key and the SHA-256 of its bytes (of a text: its UTF-8). */
export function recordOf(key: string, body: FileBody): PageRecord {
  return { key, bytes: csvKey(body) };
}
