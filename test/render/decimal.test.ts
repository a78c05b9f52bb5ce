import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/render/i18n/decimal.js';
import { createFormatter } from '../../src/render/i18n/index.js';

describe('numbers without Intl', () => {
  it.each([
    [0, 0, '0'],
    [-0, 2, '-0'],
    [-0.001, 2, '-0'],
    [0.5, 0, '1'],
    [-2.5, 0, '-3'],
    [1.005, 2, '1.01'],
    [2.675, 2, '2.68'],
    [999.995, 2, '1,000'],
    [1234567.891, 2, '1,234,567.89'],
    [1234567.891, 0, '1,234,568'],
    [0.1 + 0.2, 2, '0.3'],
    [12.5, 1, '12.5'],
    [12.5, 3, '12.5'],
    [100, 2, '100'],
    [0.000001, 6, '0.000001'],
    [0.0000004, 6, '0'],
    [123456789012.345, 2, '123,456,789,012.35'],
    [1e14 - 0.01, 1, '100,000,000,000,000'],
  ])('%d with at most %i decimals is %s', (n, digits, text) => {
    expect(formatDecimal(n, digits)).toBe(text);
  });

  it('leaves infinities, NaN and numbers written with an exponent to Intl', () => {
    expect(formatDecimal(Infinity, 0)).toBeUndefined();
    expect(formatDecimal(NaN, 2)).toBeUndefined();
    expect(formatDecimal(1e21, 0)).toBeUndefined();
    const f = createFormatter('en');
    expect(f.number(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(f.number(-Infinity)).toBe('-∞');
  });

  // Intl is the reference it stands in for: the same text for numbers of every size, sign and rounding.
  it.each(['en-US', 'ja-JP'])('writes what Intl.NumberFormat(%s) writes', (tag) => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const mismatches: string[] = [];
    for (let digits = 0; digits <= 7; digits++) {
      const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
      for (let i = 0; i < 4000; i++) {
        const size = 10 ** (Math.floor(random() * 24) - 8);
        let n = random() * size * (random() < 0.3 ? -1 : 1);
        // Ties at the last kept decimal, where rounding is decided.
        if (i % 3 === 1) n = (Math.round(n * 10 ** digits) + 0.5) / 10 ** digits;
        if (i % 3 === 2) n = Math.round(n * 100) / 100;
        const got = formatDecimal(n, digits) ?? intl.format(n);
        if (got !== intl.format(n)) mismatches.push(`${n} (${digits}): ${got} ≠ ${intl.format(n)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('messages', () => {
  it('fills each {name} and leaves unknown names as written', () => {
    const f = createFormatter('en');
    expect(f.message('{a} and {b}, {a}; {c}', { a: 'x', b: '{a}' })).toBe('x and {a}, x; {c}');
    expect(f.message('{a} and {b}, {a}; {c}', { a: 'y', b: 'z' })).toBe('y and z, y; {c}');
    expect(f.message('no slots', {})).toBe('no slots');
    expect(f.message('{value}', { value: '$&' })).toBe('$&');
  });
});
