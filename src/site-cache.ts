/**
 * What a run keeps of the stored site instead of making it again: the pages whose inputs did not change (their
 * charts are not drawn) and the spreadsheet copies of month exports whose bytes did not change. Each such file is
 * recorded (`data/cache/files.json`) with the key of what it was made from and the SHA-256 of its bytes; it is kept
 * only when its key is the recorded one and the stored file still holds the recorded bytes, so a file edited or
 * damaged by hand is made again. Pure but for reading the stored files through `StoredFiles`.
 */
import type { StoredFiles } from './history/history-files.js';
import { sha256Hex } from './model/sha256.js';
import type { PageCache, PageRecord } from './render/render.js';
import { BUILD, VERSION } from './version.js';

/** The tool that makes the files: a new version or build makes every one again. */
export const TOOL = `${VERSION} ${BUILD}`;

/** The stored bytes of `path` when they were made from inputs with this key and are still those recorded. */
export async function keptBytes(
  stored: StoredFiles | undefined,
  path: string,
  key: string,
): Promise<Buffer | undefined> {
  const recorded = recordedWith(stored, path, key);
  const bytes = recorded && (await stored!.read(path));
  // The hash of the bytes is the hash of the text they decode to (the record hashes a text's UTF-8).
  return bytes && sha256Hex(bytes) === recorded!.bytes ? bytes : undefined;
}

/** Whether the stored file `path` was made from inputs with this key and still holds the recorded bytes. */
export function keptFile(stored: StoredFiles | undefined, path: string, key: string): boolean {
  const recorded = recordedWith(stored, path, key);
  return recorded !== undefined && stored!.digest(path) === recorded.bytes;
}

/** The record of `path` when the stored file was made from inputs with this key. */
function recordedWith(stored: StoredFiles | undefined, path: string, key: string): PageRecord | undefined {
  const recorded = stored?.records.get(path);
  return recorded?.key === key ? recorded : undefined;
}

/** The stored pages as the renderer's cache. */
export function pageCache(stored: StoredFiles | undefined): PageCache {
  return { tool: TOOL, keep: (path, key) => keptBytes(stored, path, key) };
}

/** The key of a spreadsheet copy: the tool and the SHA-256 of the export it is made from. */
export function spreadsheetKey(exportKey: string): string {
  return sha256Hex(`spreadsheet copy\n${TOOL}\n${exportKey}`);
}
