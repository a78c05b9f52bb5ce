/** SHA-256 (hex) of bytes, or of a text's UTF-8: the one hash of every key and record the site keeps. Pure. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The same hash of data given a piece at a time (a file made in chunks, a key made of many texts). */
export function sha256Pieces(): { update(data: string | Uint8Array): void; hex(): string } {
  const hash = createHash('sha256');
  return { update: (data) => void hash.update(data), hex: () => hash.digest('hex') };
}
