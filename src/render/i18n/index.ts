/** Locale → messages and number/date formatting. Pure. */
import { en, type Messages } from './en.js';
import { ja } from './ja.js';

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
  const monthFormat = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'long' });
  return {
    locale,
    t,
    number: (n, digits) => num(digits ?? (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 1 : 2)).format(n),
    percent: (fraction) =>
      fraction === null ? '—' : `${num(Math.abs(fraction) < 0.1 ? 1 : 0).format(fraction * 100)}%`,
    signedPercent: (fraction) => {
      if (fraction === null) return '—';
      const s = `${num(Math.abs(fraction) < 0.1 ? 1 : 0).format(Math.abs(fraction) * 100)}%`;
      return fraction > 0 ? `+${s}` : fraction < 0 ? `−${s}` : s;
    },
    date: (day) => dateFormat.format(new Date(`${day}T00:00:00Z`)),
    month: (month) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)),
    message: (template, values) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m),
  };
}
