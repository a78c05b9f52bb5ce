/**
 * The SHA-256 of a stored file without holding its bytes: read in chunks into one buffer reused by every call. A
 * daily run checks every month file and every kept spreadsheet copy (about 200 MB at 100 apps × 2 years) only to
 * learn whether they are still the bytes recorded; reading each into a new buffer made the machine map and zero
 * that much fresh memory, which cost several times the hashing itself.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';

const CHUNK = 1024 * 1024;
let scratch: Buffer | undefined;

/** The file's size and SHA-256 (hex, as `csvKey` gives it for its bytes); undefined when it does not exist. */
export function fileDigest(path: string): { size: number; key: string } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const buffer = (scratch ??= Buffer.allocUnsafeSlow(CHUNK));
    const hash = createHash('sha256');
    let size = 0;
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, size)) > 0; size += n) hash.update(buffer.subarray(0, n));
    return { size, key: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}
