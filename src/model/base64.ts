/**
 * Standard base64 (RFC 4648 §4, with padding) decoded from bytes straight into a caller's array: a snapshot's
 * columns become the history table's columns without first becoming a string and a buffer each. Pure.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 0x3d;
/** Byte → its 6-bit value, or -1 for a byte that is not in the alphabet. */
const VALUE = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * Decodes `src[start..end)` into `out`, which must be exactly as long as the text decodes to; false (and `out`
 * partly written) for any other length, a byte outside the alphabet, or padding anywhere but at the end.
 */
export function decodeBase64Into(src: Uint8Array, start: number, end: number, out: Uint8Array): boolean {
  const n = out.length;
  if (end - start !== 4 * Math.ceil(n / 3)) return false;
  const groups = Math.floor(n / 3);
  let i = start;
  let o = 0;
  for (let g = 0; g < groups; g++, i += 4) {
    const v =
      (VALUE[src[i]!]! << 18) |
      (VALUE[src[i + 1]!]! << 12) |
      (VALUE[src[i + 2]!]! << 6) |
      VALUE[src[i + 3]!]!;
    // A byte outside the alphabet is -1, which sets the sign bit whatever the others are.
    if (v < 0) return false;
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  const rest = n - groups * 3;
  if (rest === 0) return true;
  const a = VALUE[src[i]!]!;
  const b = VALUE[src[i + 1]!]!;
  if (a < 0 || b < 0 || src[i + 3] !== PAD) return false;
  out[o] = (a << 2) | (b >> 4);
  if (rest === 1) return src[i + 2] === PAD;
  const c = VALUE[src[i + 2]!]!;
  if (c < 0) return false;
  out[o + 1] = ((b & 0xf) << 4) | (c >> 2);
  return true;
}
