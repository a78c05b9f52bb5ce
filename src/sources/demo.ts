import { generateDemoRecords, DEMO_END } from './demo-data.js';
import type { SourceRequest, SourceResult, UsageSource } from './types.js';

/** `source: demo` — the built-in dataset, no network, no credentials. */
export const demoSource: UsageSource = {
  name: 'demo',
  async fetch(request: SourceRequest): Promise<SourceResult> {
    const all = generateDemoRecords();
    const records = all.filter((r) => r.date >= request.range.from && r.date <= request.range.to);
    const names = new Map(all.map((r) => [r.appId, r.appName]));
    return {
      records,
      apps: [...names].map(([id, name]) => ({ id, name, status: 'ok' as const })),
      asOf: DEMO_END,
    };
  },
};
