/** SHA-256 (hex) of bytes, or of a text's UTF-8: the one hash of every key and record the site keeps. Pure. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
