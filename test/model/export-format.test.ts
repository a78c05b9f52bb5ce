import { describe, expect, it } from 'vitest';
import {
  formatExportCsv,
  formatExportJson,
  groupByMonth,
  HistoryParseError,
  parseExportCsv,
  parseExportJson,
} from '../../src/model/export-format.js';
import { compareRecords, recordKey } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';
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

  it('groups by calendar month, the months in order, each month in the order given', () => {
    const months = groupByMonth([
      makeUsageRecord({ date: '2026-02-01', appId: 'b' }),
      makeUsageRecord({ date: '2026-01-31' }),
      makeUsageRecord({ date: '2026-02-01', appId: 'a' }),
    ]);
    expect([...months.keys()]).toEqual(['2026-01', '2026-02']);
    expect(months.get('2026-02')!.map((r) => r.appId)).toEqual(['b', 'a']);
  });

  describe('hostile input', () => {
    const HEADER = 'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated';
    const row = (over: Partial<Record<'date' | 'app' | 'feature' | 'quantity' | 'tokens', string>> = {}) =>
      [
        over.date ?? '2026-01-05',
        over.app ?? 'app-1',
        'App 1',
        'Model Derivative',
        over.feature ?? 'md-simple',
        'Simple job',
        'job',
        over.quantity ?? '1',
        over.tokens ?? '',
        'false',
      ].join(',');
    const csvError = (text: string): string => {
      try {
        parseExportCsv(text, 'usage.csv');
      } catch (error) {
        expect(error).toBeInstanceOf(HistoryParseError);
        return (error as Error).message;
      }
      throw new Error('expected a HistoryParseError');
    };
    const jsonError = (records: unknown): string => {
      try {
        parseExportJson(JSON.stringify(records), 'usage.json');
      } catch (error) {
        expect(error).toBeInstanceOf(HistoryParseError);
        return (error as Error).message;
      }
      throw new Error('expected a HistoryParseError');
    };

    it('reads a BOM, CRLF line ends and trailing blank lines as the plain file', () => {
      const plain = parseExportCsv(`${HEADER}\n${row()}\n`, 'a.csv');
      expect(parseExportCsv(`\ufeff${HEADER}\r\n${row()}\r\n\r\n\n`, 'b.csv')).toEqual(plain);
      expect(parseExportCsv(`${HEADER}\n`, 'c.csv')).toEqual([]);
    });

    it('rejects the same day, app and feature twice in one file, naming both lines (sorted or not)', () => {
      expect(csvError(`${HEADER}\n${row()}\n${row({ quantity: '2' })}\n`)).toMatch(
        /^usage\.csv:3: the same day, app and feature as line 2 \(date 2026-01-05, app_id "app-1", feature_id "md-simple"\)/,
      );
      expect(
        csvError(
          `${HEADER}\n${row({ date: '2026-01-09' })}\n${row({ date: '2026-01-02' })}\n${row({ date: '2026-01-09' })}\n`,
        ),
      ).toMatch(/^usage\.csv:4: the same day, app and feature as line 2 /);
      const r = { date: '2026-01-05', appId: 'a', featureId: 'f', quantity: 1 };
      expect(jsonError([r, { ...r, featureId: 'g' }, r])).toMatch(
        /record \[2\]: the same day, app and feature as record \[0\]/,
      );
    });

    it('accepts decimal and exponent notation only, naming the bad value', () => {
      expect(
        parseExportCsv(`${HEADER}\n${row({ quantity: '1.5E3', tokens: '-2' })}\n`, 'a.csv')[0],
      ).toMatchObject({
        quantity: 1500,
        tokens: -2,
      });
      for (const bad of ['0x10', '0b11', 'NaN', 'Infinity', '-Infinity', '1e400', '1_000'])
        expect(csvError(`${HEADER}\n${row({ quantity: bad })}\n`)).toContain(
          `usage.csv:2: bad quantity ${JSON.stringify(bad)}; expected a decimal number`,
        );
      expect(csvError(`${HEADER}\n${row({ tokens: '0x1' })}\n`)).toContain('usage.csv:2: bad tokens "0x1"');
    });

    it('rejects figures so large that the totals would overflow to ∞ and NaN', () => {
      expect(csvError(`${HEADER}\n${row({ quantity: '1e308' })}\n`)).toContain(
        'usage.csv:2: bad quantity "1e308"; expected at most 1000000000000000 in size',
      );
      expect(csvError(`${HEADER}\n${row({ quantity: '-2e15' })}\n`)).toContain('bad quantity "-2e15"');
      expect(csvError(`${HEADER}\n${row({ tokens: '1e22' })}\n`)).toContain(
        'usage.csv:2: bad tokens "1e22"; expected at most 1e+21 in size',
      );
      // The largest figures the tool can write (a maximal quantity at the highest rate) read back.
      const max = makeUsageRecord({ quantity: 1e15, tokens: 1e21, tokensEstimated: true });
      expect(parseExportCsv(formatExportCsv([max]), 'max.csv')).toEqual([max]);
    });

    it('rejects JSON values of the wrong type instead of turning them into text', () => {
      const r = { date: '2026-01-05', app_id: 'a', feature_id: 'f', quantity: 1 };
      expect(jsonError({ records: [{ ...r, app_id: { id: 'a' } }] })).toContain(
        'usage.json: record [0]: app_id: expected a string, got an object',
      );
      expect(jsonError([{ ...r, app_name: ['x', 'y'] }])).toContain(
        'record [0]: app_name: expected a string, got a list',
      );
      expect(jsonError([{ ...r, feature_id: 7 }])).toContain(
        'record [0]: feature_id: expected a string, got number 7',
      );
      expect(jsonError([{ ...r, quantity: true }])).toContain('record [0]: bad quantity boolean true');
      expect(jsonError([{ ...r, tokens_estimated: 1 }])).toContain(
        'record [0]: bad tokens_estimated number 1',
      );
      // Booleans, numbers as text and a null camelCase twin are what they look like.
      expect(
        parseExportJson(
          JSON.stringify([{ ...r, appId: null, quantity: '2', tokens: 3, tokens_estimated: true }]),
          'ok.json',
        )[0],
      ).toMatchObject({ appId: 'a', quantity: 2, tokensEstimated: true });
    });

    it('reads a lone surrogate from JSON as the U+FFFD it becomes in the history file, so the day is not stored twice', () => {
      const json =
        '[{"date":"2026-01-05","appId":"a\\ud800b","featureId":"f\\udc00","appName":"ok \\ud83d\\ude80","quantity":1}]';
      const [r] = parseExportJson(json, 'x.json');
      expect(r).toMatchObject({ appId: 'a\ufffdb', featureId: 'f\ufffd', appName: 'ok 🚀' });
      const again = parseExportCsv(Buffer.from(formatExportCsv([r!]), 'utf8').toString('utf8'), 'x.csv');
      expect(again).toEqual([r]);
      expect(recordKey(again[0]!)).toBe(recordKey(r!));
    });

    it('round-trips ids with slashes, dots, spaces, unicode and 5,000 characters', () => {
      const ids = ['a/b/../../etc', '..', ' spaced id ', 'アプリ 🚀', 'x'.repeat(5000), 'a,"b"\r\nc'];
      const records = ids
        .map((appId, i) =>
          makeUsageRecord({ appId, appName: `${appId} ${'n'.repeat(i * 1000)}`, featureId: appId }),
        )
        .sort(compareRecords);
      expect(parseExportCsv(formatExportCsv(records), 'x.csv')).toEqual(records);
      expect(parseExportJson(formatExportJson(records), 'x.json')).toEqual(records);
    });
  });
});
