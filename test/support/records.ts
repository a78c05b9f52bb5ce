/** Test-data factories: records with defaults, so each test states only the fields it is about. */
import { groupByMonth } from '../../src/model/export-format.js';
import { compareRecords, type UsageRecord } from '../../src/model/records.js';

/** Builds a record with defaults; tests state only the fields they are about. */
export function makeUsageRecord(partial: Partial<UsageRecord> = {}): UsageRecord {
  return {
    date: '2026-01-15',
    appId: 'app-1',
    appName: 'App 1',
    api: 'Model Derivative',
    featureId: 'md-simple',
    featureName: 'Model Derivative - simple job',
    unit: 'job',
    quantity: 1,
    tokens: null,
    tokensEstimated: false,
    ...partial,
  };
}

/** Groups records by calendar month (`YYYY-MM`), each month sorted. */
export function partitionByMonth(records: readonly UsageRecord[]): Map<string, UsageRecord[]> {
  const months = groupByMonth(records);
  for (const list of months.values()) list.sort(compareRecords);
  return months;
}
