/**
 * The charge flag through records, the merge and the export format: a dimension of the key (a day of a feature
 * may hold a charged and an uncharged row), an optional last CSV column, and nothing at all when APS says nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  formatExportCsv,
  formatExportJson,
  HistoryParseError,
  parseExportCsv,
  parseExportJson,
} from '../../src/model/export-format.js';
import { mergeHistory } from '../../src/model/history.js';
import { makeUsageRecord } from '../support/records.js';

const HEADER = 'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated';
const ROW = '2026-01-15,app-1,App 1,Model Derivative,md-simple,Model Derivative - simple job,job';

const charged = makeUsageRecord({ quantity: 8, charged: true });
const uncharged = makeUsageRecord({ quantity: 2, charged: false });
const unflagged = makeUsageRecord({ quantity: 10 });

describe('the charged column', () => {
  it('is written as the last column, true / false / empty, and reads back', () => {
    const other = makeUsageRecord({ featureId: 'md-complex', quantity: 1 });
    const text = formatExportCsv([uncharged, other, charged]);
    expect(text.split('\n')).toEqual([
      `${HEADER},charged`,
      // md-complex sorts before md-simple; in a slot, charged before uncharged.
      '2026-01-15,app-1,App 1,Model Derivative,md-complex,Model Derivative - simple job,job,1,,false,',
      `${ROW},8,,false,true`,
      `${ROW},2,,false,false`,
      '',
    ]);
    expect(parseExportCsv(text, 'x.csv')).toEqual([other, charged, uncharged]);
    expect(parseExportJson(formatExportJson([charged, uncharged, other]), 'x.json')).toEqual([
      other,
      charged,
      uncharged,
    ]);
  });

  it('is left out of a file without a flagged row, which reads as before', () => {
    const text = formatExportCsv([unflagged]);
    expect(text).toBe(`${HEADER}\n${ROW},10,,false\n`);
    const [read] = parseExportCsv(text, 'x.csv');
    expect(read).toEqual(unflagged);
    expect('charged' in read!).toBe(false);
  });

  it('reads in any column order, any case, and from JSON booleans, strings and null', () => {
    const csv = `charged,${HEADER}\nFALSE,${ROW},2,,false\n`;
    expect(parseExportCsv(csv, 'x.csv')).toEqual([uncharged]);
    const json = JSON.stringify([
      { ...charged, charged: 'true' },
      { ...uncharged, charged: false },
      { ...unflagged, featureId: 'md-complex', charged: null },
    ]);
    expect(parseExportJson(json, 'x.json')).toEqual([
      charged,
      uncharged,
      { ...unflagged, featureId: 'md-complex' },
    ]);
  });

  it('names the line and the value when a cell is not true, false or empty', () => {
    const csv = `${HEADER},charged\n${ROW},2,,false,no\n`;
    expect(() => parseExportCsv(csv, 'usage-2026-01.csv')).toThrow(HistoryParseError);
    expect(() => parseExportCsv(csv, 'usage-2026-01.csv')).toThrow(
      /^usage-2026-01\.csv:2: bad charged "no"; expected true, false or empty/,
    );
  });

  it('allows one charged and one uncharged row of a day, never a row without the flag beside them', () => {
    const both = `${HEADER},charged\n${ROW},8,,false,true\n${ROW},2,,false,false\n`;
    expect(parseExportCsv(both, 'x.csv')).toHaveLength(2);
    const mixed = `${HEADER},charged\n${ROW},10,,false,\n${ROW},2,,false,false\n`;
    expect(() => parseExportCsv(mixed, 'x.csv')).toThrow(
      /^x\.csv:3: the same day, app and feature as line 2 .*charged false\); expected each once, or one charged and one uncharged row/,
    );
    // Unsorted, as a hand-made file may be.
    const unsorted = `${HEADER},charged\n${ROW},2,,false,false\n${ROW.replace('01-15', '01-14')},1,,false,\n${ROW},10,,false,\n`;
    expect(() => parseExportCsv(unsorted, 'x.csv')).toThrow(
      /^x\.csv:4: the same day, app and feature as line 2/,
    );
    const twice = `${HEADER},charged\n${ROW},8,,false,true\n${ROW},9,,false,true\n`;
    expect(() => parseExportCsv(twice, 'x.csv')).toThrow(/^x\.csv:3: .*; expected each once/);
  });
});

describe('mergeHistory with the charge flag', () => {
  it('keeps a charged and an uncharged row of one day apart', () => {
    const merged = mergeHistory([], [charged, uncharged]);
    expect(merged.records).toEqual([charged, uncharged]);
    expect(mergeHistory(merged.records, [charged, uncharged])).toMatchObject({ unchanged: 2, added: 0 });
  });

  it('replaces a day stored without the flag by the day fetched with it: 10 units stay 10, not 20', () => {
    for (const incoming of [
      [charged, uncharged],
      [uncharged, charged],
    ]) {
      const merged = mergeHistory([unflagged], incoming).records;
      expect(merged).toEqual([charged, uncharged]);
      expect(merged.reduce((n, r) => n + r.quantity, 0)).toBe(8 + 2);
    }
  });

  it('replaces both flagged rows when the day comes back without the flag, and a lone charged row the split', () => {
    expect(mergeHistory([charged, uncharged], [unflagged]).records).toEqual([unflagged]);
    const corrected = { ...charged, quantity: 10 };
    expect(mergeHistory([charged, uncharged], [corrected]).records).toEqual([corrected]);
  });

  it('leaves other days alone', () => {
    const before = makeUsageRecord({ date: '2026-01-14', quantity: 3 });
    const after = makeUsageRecord({ date: '2026-01-16', quantity: 4, charged: false });
    expect(mergeHistory([before, unflagged, after], [charged, uncharged]).records).toEqual([
      before,
      charged,
      uncharged,
      after,
    ]);
  });
});
