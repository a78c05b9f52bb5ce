/**
 * Numbers as `Intl.NumberFormat` writes them for `en-US` and `ja-JP` with `maximumFractionDigits` (grouping by
 * thousands with commas, half away from zero, no trailing zeros, `-0` for a negative that rounds to zero), without
 * its cost: a page of a large hub formats thousands of chart marks, and `Intl` took a large part of rendering.
 * Like `Intl`, it rounds the shortest decimal that reads back as the number (`1.005` → `1.01`), not its binary
 * value. Pure.
 */

/** The text of `n` with at most `digits` decimals; undefined where `Intl` is left to decide (∞, NaN, exponents). */
export function formatDecimal(n: number, digits: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  return scaled(n, digits) ?? fromShortest(n, digits);
}

const POWERS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * The common case, in integer arithmetic: `|n| × 10^digits` under 1e9 (its rounding error is then below 1e-6) and
 * not within 1e-6 of a half, where that error could decide the rounding. Undefined otherwise.
 */
function scaled(n: number, digits: number): string | undefined {
  const power = POWERS[digits];
  if (power === undefined) return undefined;
  const abs = Math.abs(n);
  const x = abs * power;
  if (!(x < 1e9)) return undefined;
  const floor = Math.floor(x);
  const rest = x - floor;
  if (Math.abs(rest - 0.5) < 1e-6) return undefined;
  const m = rest > 0.5 ? floor + 1 : floor;
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  const whole = Math.floor(m / power);
  let fraction = m - whole * power;
  if (fraction === 0) return sign + grouped(String(whole));
  let places = digits;
  while (fraction % 10 === 0) {
    fraction /= 10;
    places--;
  }
  return `${sign}${grouped(String(whole))}.${String(fraction).padStart(places, '0')}`;
}

/** Any other finite number: its shortest decimal text, rounded as a string of digits. */
function fromShortest(n: number, digits: number): string | undefined {
  const text = String(Math.abs(n));
  // Below 1e-6 and from 1e21 up, the shortest text has an exponent.
  if (text.includes('e')) return undefined;
  const point = text.indexOf('.');
  let whole = point < 0 ? text : text.slice(0, point);
  let fraction = point < 0 ? '' : text.slice(point + 1);
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53; // '5' or more: half away from zero
    fraction = fraction.slice(0, digits);
    if (up) {
      const digitsUp = increment(whole + fraction);
      whole = digitsUp.slice(0, digitsUp.length - digits);
      fraction = digitsUp.slice(digitsUp.length - digits);
    }
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return sign + grouped(whole) + (end > 0 ? `.${fraction.slice(0, end)}` : '');
}

/** A string of decimal digits plus one in its last place (`"0999"` → `"1000"`, `"99"` → `"100"`). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  const carried = '0'.repeat(digits.length - 1 - i);
  return i < 0 ? `1${carried}` : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + carried;
}

/** Whole digits grouped by thousands: `1234567` → `1,234,567`. */
function grouped(whole: string): string {
  if (whole.length <= 3) return whole;
  const head = whole.length % 3 || 3;
  let out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}
