/** The token balance as the overview shows it: what is left, when it runs out, and what the figure stands on. Pure. */
import type { BalanceStatus } from '../model/balance.js';
import type { Formatter } from './i18n/index.js';

export function balanceView(f: Formatter, b: BalanceStatus | null) {
  if (!b) return null;
  const t = f.t;
  const atMost = b.uncoveredDays > 0 || b.unrated;
  const runOut = b.exhausted
    ? `${t.balanceRanOut} ${f.date(b.runOut!)}`
    : b.runOut
      ? f.date(b.runOut)
      : b.rate === null
        ? t.balanceNoRate
        : t.balanceNever;
  const notes = [
    f.message(t.balanceNote, {
      tokens: f.number(b.tokens),
      asOf: f.date(b.asOf),
      spent: `${b.estimated ? t.estimatedMark : ''}${f.number(b.spent)}`,
      rate: b.rate === null ? '—' : f.number(b.rate),
      rateDays: f.number(b.rateDays),
    }),
    ...(b.uncoveredDays > 0 ? [f.message(t.balanceUncovered, { n: f.number(b.uncoveredDays) })] : []),
    ...(b.unrated ? [t.balanceUnrated] : []),
    ...(b.expires
      ? [f.message(b.expired ? t.balanceExpired : t.balanceExpires, { date: f.date(b.expires) })]
      : []),
  ];
  return {
    left: `${atMost ? '≤ ' : ''}${b.estimated ? t.estimatedMark : ''}${f.number(b.left)}`,
    runOut,
    leftClass: b.exhausted || b.left <= 0 ? 'over' : '',
    notes,
  };
}
