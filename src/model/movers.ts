/**
 * Biggest movers: the largest changes against the previous period, apps and features, five of each at most.
 * Only a fully covered baseline gives a change; an app or feature with none of its baseline covered is listed as
 * new (by its tokens), and one with a partly covered baseline is left out — its change is not known. Pure.
 */
import { round2 } from './aggregate.js';
import { compareOver } from './coverage.js';
import type { DateRange } from './dates.js';
import type { CoveredFeature } from './features.js';
import type { AppSummary, Mover } from './types.js';

const MOVERS_PER_KIND = 5;

export function findMovers(
  apps: readonly AppSummary[],
  features: readonly CoveredFeature[],
  previous: DateRange,
): Mover[] {
  const appMovers: Mover[] = apps.flatMap((a) =>
    a.tokens === null
      ? []
      : [{ kind: 'app', id: a.id, name: a.name, tokens: a.tokens, comparison: a.comparison }],
  );
  const featureMovers: Mover[] = features.flatMap((f) =>
    f.hasTokens
      ? [
          {
            kind: 'feature',
            id: f.featureId,
            name: f.featureName,
            tokens: round2(f.tokens),
            comparison: compareOver(f.tokens, f.previousTokens, previous, f.coverage),
          },
        ]
      : [],
  );
  return [...top(appMovers), ...top(featureMovers)];
}

/** How far a mover moved: |delta| with a covered baseline, its tokens when new, nothing when partly covered. */
function movement(m: Mover): number | null {
  if (m.comparison.delta !== null) return Math.abs(m.comparison.delta);
  return m.comparison.covered === 0 ? m.tokens : null;
}

function top(list: readonly Mover[]): Mover[] {
  return list
    .map((m) => ({ m, by: movement(m) }))
    .filter((x): x is { m: Mover; by: number } => x.by !== null && x.by !== 0)
    .sort((a, b) => b.by - a.by)
    .slice(0, MOVERS_PER_KIND)
    .map((x) => x.m);
}
