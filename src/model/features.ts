/**
 * Features and APIs: per-feature rows (the same feature across apps is one row), per-API sums in tokens, the top
 * features, and the features without a token rate — never shown as 0 tokens. Pure.
 */
import type { Rates } from './rates.js';
import { round2 } from './aggregate.js';
import { compareOver, intersect, type Coverage } from './coverage.js';
import type { DateRange } from './dates.js';
import type { FeatureTotals } from './index-history.js';
import { sum } from './stats.js';
import type { ApiSummary, FeatureSummary, ReportModel } from './types.js';

/** A feature's totals with the coverage of the apps that used it. */
export interface CoveredFeature extends FeatureTotals {
  coverage: Coverage | null;
}

export interface FeatureContext {
  previous: DateRange;
  rates: Rates;
}

/** The same feature across apps → one row; its baseline is covered only where every app's is. */
export function mergeFeatures(features: readonly CoveredFeature[]): CoveredFeature[] {
  const byId = new Map<string, CoveredFeature>();
  for (const f of features) {
    const m = byId.get(f.featureId);
    if (!m) byId.set(f.featureId, { ...f });
    else {
      m.quantity += f.quantity;
      m.tokens += f.tokens;
      m.hasTokens ||= f.hasTokens;
      m.estimated ||= f.estimated;
      m.previousQuantity += f.previousQuantity;
      m.previousTokens += f.previousTokens;
      m.coverage = intersect([m.coverage, f.coverage]);
    }
  }
  return [...byId.values()];
}

export function isRatedZero(featureId: string, rates: Rates): boolean {
  return Object.hasOwn(rates, featureId) && rates[featureId]!.tokensPerUnit === 0;
}

export function toFeatureSummary(f: CoveredFeature, ctx: FeatureContext): FeatureSummary {
  return {
    featureId: f.featureId,
    featureName: f.featureName,
    api: f.api,
    unit: f.unit,
    quantity: round2(f.quantity),
    tokens: f.hasTokens ? round2(f.tokens) : null,
    estimated: f.estimated,
    ratedZero: isRatedZero(f.featureId, ctx.rates),
    previousQuantity: round2(f.previousQuantity),
    quantityChange: compareOver(f.quantity, f.previousQuantity, ctx.previous, f.coverage),
  };
}

const byTokensThenQuantity = (a: FeatureSummary, b: FeatureSummary): number =>
  (b.tokens ?? -1) - (a.tokens ?? -1) || b.quantity - a.quantity;

export function summarizeApis(features: readonly CoveredFeature[], ctx: FeatureContext): ApiSummary[] {
  const byApi = new Map<string, CoveredFeature[]>();
  for (const f of features) {
    if (f.quantity === 0 && f.tokens === 0) continue;
    const list = byApi.get(f.api) ?? [];
    list.push(f);
    byApi.set(f.api, list);
  }
  return [...byApi]
    .map(([api, list]) => ({
      api,
      tokens: list.some((f) => f.hasTokens) ? round2(sum(list.map((f) => f.tokens))) : null,
      estimated: list.some((f) => f.estimated),
      unrated: list.filter((f) => !f.hasTokens).length,
      features: list.map((f) => toFeatureSummary(f, ctx)).sort(byTokensThenQuantity),
    }))
    .sort((a, b) => (b.tokens ?? -1) - (a.tokens ?? -1) || (a.api < b.api ? -1 : 1));
}

export function topFeatures(features: readonly CoveredFeature[], ctx: FeatureContext): FeatureSummary[] {
  return features
    .filter((f) => f.quantity > 0)
    .map((f) => toFeatureSummary(f, ctx))
    .sort(byTokensThenQuantity)
    .slice(0, 10);
}

type FeatureRow = ReportModel['unrated'][number];

function row(f: CoveredFeature): FeatureRow {
  return {
    featureId: f.featureId,
    featureName: f.featureName,
    api: f.api,
    unit: f.unit,
    quantity: f.quantity,
  };
}

/** Features used in the period without any token figure. */
export function unratedFeatures(features: readonly CoveredFeature[]): FeatureRow[] {
  return features.filter((f) => !f.hasTokens && f.quantity > 0).map(row);
}

/** Features used in the period and rated at 0 on purpose: listed, so a 0 is never mistaken for a missing rate. */
export function ratedZeroFeatures(features: readonly CoveredFeature[], rates: Rates): FeatureRow[] {
  return features.filter((f) => f.quantity > 0 && isRatedZero(f.featureId, rates)).map(row);
}
