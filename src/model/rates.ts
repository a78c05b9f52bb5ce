/**
 * The rate table turns API units into tokens. Figures reported by APS are kept; estimates are marked. Pure.
 */
import type { Config } from '../config/schema.js';
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
