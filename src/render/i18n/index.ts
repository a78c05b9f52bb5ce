/** Locale → messages and number/date formatting. Pure. */
import { en, type Messages } from './en.js';
import { formatDecimal } from './decimal.js';
import { ja } from './ja.js';
import { unitName } from './units.js';

export type Locale = 'en' | 'ja';

export interface Formatter {
  locale: Locale;
  t: Messages;
  number(n: number, digits?: number): string;
  percent(fraction: number | null): string;
  signedPercent(fraction: number | null): string;
  date(day: string): string;
  month(month: string): string;
  message(template: string, values: Record<string, string>): string;
  /** A span of days: `Nov 1, 2026 – Nov 30, 2026`, `2026年11月1日～2026年11月30日`. */
  range(from: string, to: string): string;
  /** A parenthetical after text: ` (x)`, or full-width `（x）` in Japanese. */
  paren(text: string): string;
  /** `label: value`, with a full-width colon in Japanese. */
  labelled(label: string, value: string): string;
  /** A rate-sheet unit in the report's language. */
  unit(unit: string): string;
}

export function createFormatter(locale: Locale): Formatter {
  const t = locale === 'ja' ? ja : en;
  const tag = locale === 'ja' ? 'ja-JP' : 'en-US';
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const num = (digits: number): Intl.NumberFormat => {
    let f = numberFormats.get(digits);
    if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits })));
    return f;
  };
  const dateFormat = new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
  // A site formats the same few hundred days on every chart mark of every page: each once (Intl is slow).
  const dates = new Map<string, string>();
  const date = (day: string): string => {
    let text = dates.get(day);
    if (text === undefined) dates.set(day, (text = dateFormat.format(new Date(`${day}T00:00:00Z`))));
    return text;
  };
  const decimal = (n: number, digits: number): string => formatDecimal(n, digits) ?? num(digits).format(n);
  const monthFormat = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'long' });
  // Each message split once into its texts and `{name}` slots: every chart mark's title is a message or two.
  const messages = new Map<string, string[]>();
  const message = (template: string, values: Record<string, string>): string => {
    let parts = messages.get(template);
    if (parts === undefined) {
      parts = template.split(/\{(\w+)\}/);
      if (messages.size < 1000) messages.set(template, parts);
    }
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) out += (values[parts[i]!] ?? `{${parts[i]}}`) + parts[i + 1]!;
    return out;
  };
  return {
    locale,
    t,
    number: (n, digits) => decimal(n, digits ?? (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 1 : 2)),
    percent: (fraction) =>
      fraction === null ? '—' : `${decimal(fraction * 100, Math.abs(fraction) < 0.1 ? 1 : 0)}%`,
    signedPercent: (fraction) => {
      if (fraction === null) return '—';
      const s = `${decimal(Math.abs(fraction) * 100, Math.abs(fraction) < 0.1 ? 1 : 0)}%`;
      return fraction > 0 ? `+${s}` : fraction < 0 ? `−${s}` : s;
    },
    date,
    month: (month) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)),
    message,
    range: (from, to) => (locale === 'ja' ? `${date(from)}～${date(to)}` : `${date(from)} – ${date(to)}`),
    paren: (text) => `${t.openParen}${text}${t.closeParen}`,
    labelled: (label, value) => `${label}${t.colon}${value}`,
    unit: (unit) => unitName(locale, unit),
  };
}
