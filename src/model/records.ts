/**
 * The normalised usage record: one row of the export format, whatever the source.
 * Pure module: no I/O.
 */
export interface UsageRecord {
  /** Calendar day, `YYYY-MM-DD` (UTC, as APS reports it). */
  date: string;
  appId: string;
  appName: string;
  /** Rated API the feature belongs to, e.g. `Automation API`, `Model Derivative`. */
  api: string;
  featureId: string;
  featureName: string;
  /** API unit from the rate sheet, e.g. `processing hour`, `job`. */
  unit: string;
  quantity: number;
  /** Tokens for the row; `null` when neither the API nor the rate table gave a figure. */
  tokens: number | null;
  /** `true` when `tokens` came from the configured rate table rather than from APS. */
  tokensEstimated: boolean;
  /**
   * The portal's charged / uncharged split: `false` for usage after the team ran out of tokens (APS bills it or
   * suspends the API). Absent when APS did not say — never read as charged. Part of the key: one day of a feature
   * may hold a charged and an uncharged row.
   */
  charged?: boolean;
}

/**
 * The largest quantity and token figures a record may hold, in size. Far above any real day of usage, and low
 * enough that sums over millions of rows stay finite: a corrupted `1e308` would otherwise turn every total, share
 * and chart of its month into ∞ and NaN. Estimated tokens are a quantity times a configured rate (at most
 * `MAX_TOKENS_PER_UNIT`), so they stay within `MAX_TOKENS` and the history written always reads back.
 */
export const MAX_QUANTITY = 1e15;
export const MAX_TOKENS_PER_UNIT = 1e6;
export const MAX_TOKENS = MAX_QUANTITY * MAX_TOKENS_PER_UNIT;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Text as it will read back from a UTF-8 file: a lone surrogate (JSON can spell one, `"\ud800"`) becomes U+FFFD,
 * as writing it would make it. Without this an id holding one was stored as another id, and every run added the
 * fetched day again next to the stored one — double counting.
 */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\ufffd') : text;
}

/** The record key: `(date, app, feature, charged)`. */
export function recordKey(r: Pick<UsageRecord, 'date' | 'appId' | 'featureId' | 'charged'>): string {
  return `${slotKey(r)}\u0000${chargedOrder(r.charged)}`;
}

/**
 * The slot of a record: `(date, app, feature)`. A fetch of a slot replaces every stored row of it, whatever their
 * charge flags, so a day fetched first without the flag and later with it is not counted twice.
 */
export function slotKey(r: Pick<UsageRecord, 'date' | 'appId' | 'featureId'>): string {
  return `${r.date}\u0000${r.appId}\u0000${r.featureId}`;
}

/** Stable order for storage and output: date, app, feature, then unknown, charged, uncharged. */
export function compareRecords(a: UsageRecord, b: UsageRecord): number {
  return compareSlots(a, b) || chargedOrder(a.charged) - chargedOrder(b.charged);
}

/** The order of `compareRecords` without the charge flag. */
export function compareSlots(a: UsageRecord, b: UsageRecord): number {
  return cmp(a.date, b.date) || cmp(a.appId, b.appId) || cmp(a.featureId, b.featureId);
}

function chargedOrder(charged: boolean | undefined): number {
  return charged === undefined ? 0 : charged ? 1 : 2;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
