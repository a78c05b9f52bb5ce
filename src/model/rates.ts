/**
 * The rate table turns API units into tokens. Figures reported by APS are kept; estimates are marked. Pure.
 */
import type { Config } from '../config/schema.js';
import { flagsOf, type HistoryTable } from './history-table.js';
import type { UsageRecord } from './records.js';

export type Rates = Config['rates'];

/**
 * Estimated tokens are derived, never stored as facts: every run estimates them again, over all history, from the
 * current rate table. Tokens reported by APS are kept; a row without them gets `quantity × rate`, or stays `null`
 * ("units only") when its feature has no rate — a removed rate removes its estimates everywhere. A record whose
 * estimate did not change is returned as it was (the same object), so untouched history months are not rewritten.
 */
export function applyRates(records: readonly UsageRecord[], rates: Rates): UsageRecord[] {
  return records.map((r) => {
    if (r.tokens !== null && !r.tokensEstimated) return r;
    // An own key only: a feature id such as `constructor` or `__proto__` must not find Object.prototype's members
    // (whose missing `tokensPerUnit` made every such row's tokens NaN — written to the history, unreadable after).
    const rate = Object.hasOwn(rates, r.featureId) ? rates[r.featureId] : undefined;
    if (!rate) return r.tokensEstimated ? { ...r, tokens: null, tokensEstimated: false } : r;
    const tokens = roundTokens(r.quantity * rate.tokensPerUnit);
    return r.tokens === tokens && r.tokensEstimated ? r : { ...r, tokens, tokensEstimated: true };
  });
}

/** Tokens to 6 decimals: enough for 1/300,000 per call, and stable text in the CSV. */
export function roundTokens(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * `applyRates` on a table: a new table with the same rows and texts, its token and flag columns recomputed, and the
 * months (`YYYY-MM`) where an estimate changed (only those need writing again).
 */
export function applyTableRates(
  table: HistoryTable,
  rates: Rates,
): { table: HistoryTable; changed: Set<string> } {
  const out = table.withTokens(table.tokens.slice(0, table.length), table.flags.slice(0, table.length));
  const changed = new Set<string>();
  // One rate lookup per feature text, not per row.
  const rateOf = table.features.map((f) => (Object.hasOwn(rates, f.id) ? rates[f.id] : undefined));
  for (let i = 0; i < out.length; i++) {
    const estimated = out.estimated(i);
    if (!estimated && !Number.isNaN(out.tokens[i]!)) continue;
    const rate = rateOf[out.feature[i]!];
    if (!rate) {
      if (!estimated) continue;
      out.tokens[i] = NaN;
      out.flags[i] = flagsOf(false, out.charged(i));
    } else {
      const tokens = roundTokens(out.quantity[i]! * rate.tokensPerUnit);
      if (estimated && out.tokens[i] === tokens) continue;
      out.tokens[i] = tokens;
      out.flags[i] = flagsOf(true, out.charged(i));
    }
    changed.add(out.date(i).slice(0, 7));
  }
  return { table: out, changed };
}
