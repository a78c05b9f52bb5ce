import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build.js';
import { eachDay } from '../../src/model/dates.js';
import { makeUsageRecord } from '../support/records.js';

const days = eachDay({ from: '2026-11-01', to: '2026-11-10' });
const records = days.flatMap((date) => [
  makeUsageRecord({
    date,
    appId: 'a',
    api: 'Automation API',
    featureId: 'automation-revit',
    unit: 'processing hour',
    quantity: 2,
  }),
  makeUsageRecord({
    date,
    appId: 'a',
    api: 'Automation API',
    featureId: 'da-jobs',
    unit: 'job',
    quantity: 5,
  }),
]);

function model(caps: Record<string, { unitsPerMonth: number }>) {
  return buildModel({
    records,
    range: { from: '2026-11-01', to: '2026-11-10' },
    asOf: '2026-11-10',
    statuses: [{ id: 'a', name: 'a', status: 'ok' }],
    config: configSchema.parse({ source: 'file', caps }),
  });
}

describe('Free-tier caps in one unit', () => {
  it('refuses a per-API cap over mixed units, naming both units and suggesting per-feature caps', () => {
    expect(() => model({ 'Automation API': { unitsPerMonth: 100 } })).toThrow(
      /caps\."Automation API".*job \(da-jobs\); processing hour \(automation-revit\).*cap per feature id/,
    );
  });

  it('counts a per-feature cap in its own unit', () => {
    // 10 days × 2 processing hours = 20 of 100; 10 days × 5 jobs = 50 of 60.
    const caps = model({ 'automation-revit': { unitsPerMonth: 100 }, 'da-jobs': { unitsPerMonth: 60 } }).caps;
    expect(caps).toEqual([
      expect.objectContaining({
        api: 'automation-revit',
        scope: 'feature',
        unit: 'processing hour',
        used: 20,
      }),
      expect.objectContaining({ api: 'da-jobs', scope: 'feature', unit: 'job', used: 50 }),
    ]);
    expect(caps[1]!.percent).toBeCloseTo(83.333, 3);
  });

  it('counts a per-API cap when all its features share a unit', () => {
    const same = buildModel({
      records: records.filter((r) => r.featureId === 'da-jobs'),
      range: { from: '2026-11-01', to: '2026-11-10' },
      asOf: '2026-11-10',
      statuses: [],
      config: configSchema.parse({ source: 'file', caps: { 'Automation API': { unitsPerMonth: 100 } } }),
    });
    expect(same.caps).toEqual([
      expect.objectContaining({ scope: 'api', unit: 'job', used: 50, percent: 50 }),
    ]);
  });
});
