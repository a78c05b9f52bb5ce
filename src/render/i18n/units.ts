/**
 * Rate-sheet units in the report's language. Units come from the APS rate sheet (and so from the API, for unknown
 * ones): a unit this table does not know is shown as the API gave it. Pure.
 */
import type { Locale } from './index.js';

const ja: Readonly<Record<string, string>> = {
  'processing hour': '処理時間',
  job: 'ジョブ',
  'API call': 'API 呼び出し',
  MB: 'MB',
  'MB out': 'MB（送信）',
  gigapixel: 'ギガピクセル',
  apps: 'アプリ',
};

const byLocale: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en: {}, ja };

export function unitName(locale: Locale, unit: string): string {
  return Object.hasOwn(byLocale[locale], unit) ? byLocale[locale][unit]! : unit;
}
