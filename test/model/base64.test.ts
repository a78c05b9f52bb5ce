import { describe, expect, it } from 'vitest';
import { decodeBase64Into } from '../../src/model/base64.js';

const ascii = (text: string) => Buffer.from(text, 'latin1');

describe('decodeBase64Into', () => {
  it('gives the bytes written out by hand for each padding', () => {
    const cases: [string, number[]][] = [
      ['', []],
      ['AA==', [0]],
      ['/w==', [255]],
      ['AAE=', [0, 1]],
      ['AAEC', [0, 1, 2]],
      ['TWFu', [77, 97, 110]],
      ['TWFuTQ==', [77, 97, 110, 77]],
      ['+/+/', [251, 255, 191]],
    ];
    for (const [text, bytes] of cases) {
      const out = new Uint8Array(bytes.length);
      expect(decodeBase64Into(ascii(text), 0, text.length, out), text).toBe(true);
      expect([...out], text).toEqual(bytes);
    }
  });

  it('decodes what Node encodes, at any length and from any offset of a line', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 73 + n * 11) & 0xff);
      const line = ascii(`column ${Buffer.from(bytes).toString('base64')}`);
      const out = new Uint8Array(n);
      expect(decodeBase64Into(line, 7, line.length, out)).toBe(true);
      expect(out).toEqual(bytes);
    }
  });

  it('refuses a wrong length, a byte outside the alphabet and padding that is not at the end', () => {
    const refuses = (text: string, n: number) =>
      expect(decodeBase64Into(ascii(text), 0, text.length, new Uint8Array(n)), `${text} → ${n}`).toBe(false);
    refuses('AAEC', 2);
    refuses('AAEC', 4);
    refuses('AAE', 2);
    refuses('AA=C', 3);
    refuses('A=EC', 3);
    refuses('AAE=', 3);
    refuses('AA==', 2);
    refuses('AAE-', 3);
    refuses('AA\nC', 3);
    refuses('AAE=', 1);
    refuses('A===', 1);
    refuses('AAE\u00ff', 3);
  });
});
