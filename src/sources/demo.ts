import { generateDemoRecords, DEMO_END } from './demo-data.js';
import type { SourceRequest, SourceResult, UsageSource } from './types.js';

/** `source: demo` — the built-in dataset, no network, no credentials. */
export const demoSource: UsageSource = {
  name: 'demo',
  async fetch(request: SourceRequest): Promise<SourceResult> {
    const all = generateDemoRecords();
    // The demo's history is the whole dataset (as a first fetch of a long history would be), up to the end of the range.
    const records = all.filter((r) => r.date <= request.range.to);
    const names = new Map(all.map((r) => [r.appId, r.appName]));
    return {
      records,
      apps: [...names].map(([id, name]) => ({ id, name, status: 'ok' as const })),
      asOf: DEMO_END,
    };
  },
};
