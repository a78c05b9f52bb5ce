import { describe, expect, it } from 'vitest';
import {
  formatExportCsv,
  formatExportJson,
  HistoryParseError,
  parseExportCsv,
  parseExportJson,
  partitionByMonth,
} from '../../src/model/export-format.js';
import { compareRecords, makeUsageRecord } from '../../src/model/records.js';
import { generateDemoRecords } from '../../src/sources/demo-data.js';

describe('export format', () => {
  it('round-trips the demo dataset losslessly through CSV and JSON', () => {
    const records = generateDemoRecords()
      .map((r, i) => (i % 3 === 0 ? { ...r, tokens: r.quantity * 1.5, tokensEstimated: i % 2 === 0 } : r))
      .sort(compareRecords);
    expect(parseExportCsv(formatExportCsv(records), 'x.csv')).toEqual(records);
    expect(parseExportJson(formatExportJson(records), 'x.json')).toEqual(records);
  });

  it('quotes commas, quotes, newlines and leading spaces (RFC 4180) and reads them back', () => {
    const hostile = makeUsageRecord({
      appName: 'A, "quoted"\nname',
      featureName: ' padded ',
      quantity: 0.1 + 0.2,
      tokens: 1 / 3,
    });
    const text = formatExportCsv([hostile]);
    expect(text.split('\n')[0]).toBe(
      'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated',
    );
    expect(text).toContain('"A, ""quoted""\nname"');
    expect(parseExportCsv(text, 'x.csv')).toEqual([hostile]);
  });

  it('writes an empty tokens cell for unknown tokens', () => {
    const line = formatExportCsv([makeUsageRecord({ tokens: null })]).split('\n')[1];
    expect(line).toBe(
      '2026-01-15,app-1,App 1,Model Derivative,md-simple,Model Derivative - simple job,job,1,,false',
    );
  });

  it.each([
    [
      'a truncated quoted field',
      'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated\n2026-01-01,a,"trunc',
      2,
      /unterminated/,
    ],
    ['a wrong header', 'day,app\n2026-01-01,a\n', 1, /wrong header/],
    [
      'a bad date',
      'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated\n2026-02-30,a,A,X,f,F,u,1,,false\n',
      2,
      /bad date "2026-02-30"/,
    ],
    [
      'a bad number',
      'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated\n2026-01-01,a,A,X,f,F,u,1,,false\n2026-01-02,a,A,X,f,F,u,lots,,false\n',
      3,
      /bad quantity "lots"/,
    ],
    [
      'a short line',
      'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated\n2026-01-01,a,A\n',
      2,
      /expected 10 fields, found 3/,
    ],
  ])('names the file and line of %s', (_name, text, line, message) => {
    try {
      parseExportCsv(text, 'data/usage-2026-01.csv');
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(HistoryParseError);
      expect((error as HistoryParseError).line).toBe(line);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain(`data/usage-2026-01.csv:${line}`);
    }
  });

  it('partitions by calendar month, each month sorted', () => {
    const months = partitionByMonth([
      makeUsageRecord({ date: '2026-02-01', appId: 'b' }),
      makeUsageRecord({ date: '2026-01-31' }),
      makeUsageRecord({ date: '2026-02-01', appId: 'a' }),
    ]);
    expect([...months.keys()]).toEqual(['2026-01', '2026-02']);
    expect(months.get('2026-02')!.map((r) => r.appId)).toEqual(['a', 'b']);
  });
});
