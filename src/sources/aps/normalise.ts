/**
 * APS rows → normalised usage records: labels from the feature catalogue, API and unit from the classifier
 * (with the user's overrides), tokens only when APS reported them. Pure.
 */
import type { DateRange } from '../../model/dates.js';
import { recordKey, type UsageRecord, wellFormed } from '../../model/records.js';
import { classifyFeature, type ClassifyOverride } from './classify.js';
import type { DailyTotalRow, FeatureInfo } from './schemas.js';

export interface NormaliseContext {
  appId: string;
  appName: string;
  catalogue: ReadonlyMap<string, FeatureInfo>;
  overrides: Readonly<Record<string, ClassifyOverride>>;
}

export function toRecord(row: DailyTotalRow, ctx: NormaliseContext): UsageRecord {
  const known = ctx.catalogue.get(row.featureId);
  const facts: Parameters<typeof classifyFeature>[0] = { featureId: row.featureId };
  const name = known?.name ?? row.featureName;
  if (name !== undefined) facts.featureName = name;
  if (known?.api !== undefined) facts.api = known.api;
  const unit = row.unit ?? known?.unit;
  if (unit !== undefined) facts.unit = unit;
  // An own key only: `constructor` would find Object, and name the feature "Object".
  const c = classifyFeature(
    facts,
    Object.hasOwn(ctx.overrides, row.featureId) ? ctx.overrides[row.featureId] : undefined,
  );
  // As the history file will read them back (no lone surrogates): else the stored day and the fetched one differ.
  return {
    date: row.date,
    appId: wellFormed(ctx.appId),
    appName: wellFormed(ctx.appName),
    api: wellFormed(c.api),
    featureId: wellFormed(row.featureId),
    featureName: wellFormed(c.name),
    unit: wellFormed(c.unit),
    quantity: row.quantity,
    tokens: row.tokens,
    // APS's own figure is never an estimate; the pipeline estimates the nulls from the rate table later.
    tokensEstimated: false,
    ...(row.charged === undefined ? {} : { charged: row.charged }),
  };
}

/** Keeps rows inside the window asked for: a day outside it was not what this fetch is about. */
export function insideWindow(rows: readonly DailyTotalRow[], window: DateRange): DailyTotalRow[] {
  return rows.filter((r) => r.date >= window.from && r.date <= window.to);
}

/**
 * Rows that land on the same `(date, app, feature)` — several v1 services mapped to one id, or a split page —
 * are daily totals of parts, so they add up; a token figure survives only if every part had one.
 */
export function combineDuplicates(records: readonly UsageRecord[]): UsageRecord[] {
  const byKey = new Map<string, UsageRecord>();
  for (const r of records) {
    const key = recordKey(r);
    const old = byKey.get(key);
    if (!old) {
      byKey.set(key, { ...r });
      continue;
    }
    old.quantity += r.quantity;
    old.tokens = old.tokens !== null && r.tokens !== null ? old.tokens + r.tokens : null;
  }
  return [...byKey.values()];
}
