/**
 * The columnar history: rows read back as the records that went in, the merge on a table gives what the keyed
 * merge gives, and reading a CSV into a table names the file, the line and the field of a bad row.
 */
import { describe, expect, it } from 'vitest';
import { formatExportCsv, HistoryParseError, parseExportCsvInto } from '../../src/model/export-format.js';
import { dayNumber, dayText, HistoryTable } from '../../src/model/history-table.js';
import { isClean, mergeHistory, mergeIntoTable } from '../../src/model/history.js';
import { formatTableCsvBytes } from '../../src/model/month-csv.js';
import { textOf } from '../../src/site-files.js';
import { compareRecords, type UsageRecord } from '../../src/model/records.js';
import { makeUsageRecord } from '../support/records.js';

const r = makeUsageRecord;

describe('HistoryTable', () => {
  it('gives back every field of every row: flags, no figure, estimates, renamed apps, -0', () => {
    const records: UsageRecord[] = [
      r({ date: '2026-01-01', appName: 'Old name', tokens: 2.5 }),
      r({ date: '2026-01-02', appName: 'New name', quantity: 0.1, tokens: null }),
      r({
        date: '2026-01-02',
        appId: 'app-2',
        featureId: 'x',
        charged: true,
        tokens: 7,
        tokensEstimated: true,
      }),
      r({ date: '2026-01-02', appId: 'app-2', featureId: 'x', charged: false, quantity: -3, tokens: -0 }),
      r({ date: '0001-03-01', api: 'Other', unit: '' }),
    ];
    const table = HistoryTable.from(records);
    expect(table.toArray()).toEqual(records);
    expect([...table]).toEqual(records);
    // One text entry per distinct (id, name) and per distinct feature texts, not per row.
    expect(table.apps.map((a) => `${a.id}/${a.name}`)).toEqual([
      'app-1/Old name',
      'app-1/New name',
      'app-2/App 1',
      'app-1/App 1',
    ]);
    expect(table.appIds).toEqual(['app-1', 'app-2']);
    expect(table.features).toHaveLength(3);
  });

  it('numbers days from 1970-01-01 and back, for every four-digit year', () => {
    // By hand: 2000-03-01 is 30 years of 365 days plus 7 leap days (1972…1996), plus Jan (31) and Feb (29).
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(30 * 365 + 7 + 31 + 29);
    expect(dayNumber('1969-12-31')).toBe(-1);
    for (const day of ['0001-01-01', '0099-12-31', '1900-02-28', '2024-02-29', '9999-12-31'])
      expect(dayText(dayNumber(day))).toBe(day);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
  });

  it('writes a month as formatExportCsv writes the same records', () => {
    const records = [
      r({ date: '2026-02-01', appName: 'Needs, "quoting"', tokens: 1e21 }),
      r({ date: '2026-02-01', appId: 'b', featureName: ' padded ', charged: false }),
      r({ date: '2026-02-02', appId: 'b', charged: true, tokens: 3, tokensEstimated: true }),
    ].sort(compareRecords);
    const table = HistoryTable.from(records);
    expect(textOf(formatTableCsvBytes(table, 0, table.length))).toBe(formatExportCsv(records));
    expect(textOf(formatTableCsvBytes(table, 0, 1))).toBe(formatExportCsv(records.slice(0, 1)));
  });
});

describe('HistoryTable.reserve', () => {
  it('takes room for the rows to come once, keeps the rows it holds, never shrinks, and still grows past it', () => {
    const table = HistoryTable.from([
      r({ date: '2026-01-01', tokens: 1 }),
      r({ date: '2026-01-02', tokens: 2 }),
    ]);
    table.reserve(100);
    expect(table.day.length).toBe(100);
    expect(table.flags.length).toBe(100);
    table.reserve(10);
    expect(table.day.length).toBe(100);
    expect(table.toArray().map((x) => [x.date, x.tokens])).toEqual([
      ['2026-01-01', 1],
      ['2026-01-02', 2],
    ]);
    // 98 more rows fit; the 101st doubles the room.
    const other = HistoryTable.from([r({ date: '2026-01-03', tokens: 3 })]);
    for (let i = 0; i < 98; i++) table.copyRow(other, 0);
    expect(table.day.length).toBe(100);
    table.copyRow(other, 0);
    expect([table.length, table.day.length]).toEqual([101, 200]);
    expect(table.record(100).tokens).toBe(3);
    // A block larger than twice the room is taken at its size.
    const big = new HistoryTable();
    big.copyRows(table, 0, 101);
    expect([big.length, big.day.length]).toEqual([101, 101]);
    expect(big.record(0).tokens).toBe(1);
    expect(big.record(100).tokens).toBe(3);
  });

  it('keeps the rows already in, and grows past the room reserved when more come', () => {
    const table = new HistoryTable();
    table.push(r({ date: '2026-11-01', quantity: 1 }));
    table.reserve(100);
    expect(table.day.length).toBe(100);
    for (let i = 2; i <= 150; i++) table.push(r({ date: '2026-11-01', featureId: `f${i}`, quantity: i }));
    expect(table.length).toBe(150);
    expect(table.day.length).toBeGreaterThanOrEqual(150);
    // 1 + 2 + … + 150 = 150 × 151 / 2.
    expect(Array.from(table.quantity.subarray(0, 150)).reduce((a, b) => a + b, 0)).toBe(11_325);
    expect(table.record(0).quantity).toBe(1);
    expect(table.record(149).featureId).toBe('f150');
    // Less room than there is: nothing changes.
    table.reserve(10);
    expect(table.length).toBe(150);
    expect(table.record(149).quantity).toBe(150);
  });
});

describe('HistoryTable views and copies', () => {
  it('copies rows from another table with its texts interned once, whatever the order', () => {
    const a = HistoryTable.from([
      r({ date: '2026-01-01', appId: 'x', appName: 'X', featureId: 'f' }),
      r({ date: '2026-01-01', appId: 'y', appName: 'Y', featureId: 'g', featureName: 'G', unit: 'hour' }),
    ]);
    const b = HistoryTable.from([
      r({ date: '2026-01-02', appId: 'y', appName: 'Y', featureId: 'g', unit: 'job' }),
    ]);
    const out = new HistoryTable();
    for (const [from, i] of [
      [a, 1],
      [b, 0],
      [a, 0],
      [a, 1],
      [b, 0],
    ] as const)
      out.copyRow(from, i);
    expect(out.toArray().map((x) => [x.date, x.appId, x.featureId, x.unit])).toEqual([
      ['2026-01-01', 'y', 'g', 'hour'],
      ['2026-01-02', 'y', 'g', 'job'],
      ['2026-01-01', 'x', 'f', 'job'],
      ['2026-01-01', 'y', 'g', 'hour'],
      ['2026-01-02', 'y', 'g', 'job'],
    ]);
    // y/Y once; g twice (two units), f once.
    expect(out.apps.map((t) => t.id)).toEqual(['y', 'x']);
    expect(out.features.map((f) => `${f.id}/${f.unit}`)).toEqual(['g/hour', 'g/job', 'f/job']);
  });

  it('renames the apps of a view, rows and the original untouched, two texts that become one kept apart', () => {
    const table = HistoryTable.from([
      r({ date: '2026-01-01', appId: 'a', appName: 'Old', quantity: 1 }),
      r({ date: '2026-01-01', appId: 'b', appName: 'B', quantity: 2 }),
      r({ date: '2026-01-02', appId: 'a', appName: 'New', quantity: 3 }),
    ]);
    const view = table.withAppTexts((t) => ({ id: t.id.toUpperCase(), name: t.id === 'a' ? 'A' : t.name }));
    expect(view.toArray().map((x) => [x.appId, x.appName, x.quantity])).toEqual([
      ['A', 'A', 1],
      ['B', 'B', 2],
      ['A', 'A', 3],
    ]);
    expect(view.appIds).toEqual(['A', 'B']);
    expect(table.toArray().map((x) => x.appName)).toEqual(['Old', 'B', 'New']);
    // A row appended to a copy of the view finds its text.
    const copy = new HistoryTable();
    copy.copyRow(view, 2);
    expect(copy.record(0)).toMatchObject({ appId: 'A', appName: 'A', quantity: 3 });
  });
});

describe('mergeIntoTable', () => {
  /** A small random history and batch (seeded), with charge flags, duplicates and unsorted input. */
  function sample(seed: number): { stored: UsageRecord[]; incoming: UsageRecord[] } {
    let s = seed;
    const rand = (n: number): number => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s % n;
    };
    const flag = (): boolean | undefined => [undefined, true, false][rand(3)];
    const make = (): UsageRecord => {
      const charged = flag();
      return r({
        date: `2026-0${1 + rand(2)}-0${1 + rand(3)}`,
        appId: `app-${rand(3)}`,
        featureId: `f${rand(2)}`,
        quantity: rand(5),
        tokens: rand(2) ? rand(9) : null,
        ...(charged === undefined ? {} : { charged }),
      });
    };
    const stored = mergeHistory([], Array.from({ length: 30 }, make)).records;
    return { stored, incoming: Array.from({ length: 12 }, make) };
  }

  it('gives the rows and counts of the keyed merge, whatever the batch holds', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { stored, incoming } = sample(seed);
      const expected = mergeHistory(stored, incoming);
      const got = mergeIntoTable(HistoryTable.from(stored), incoming);
      expect(got.table.toArray(), `seed ${seed}`).toEqual(expected.records);
      expect([got.added, got.changed, got.unchanged], `seed ${seed}`).toEqual([
        expected.added,
        expected.changed,
        expected.unchanged,
      ]);
      for (const m of new Set(incoming.map((x) => x.date.slice(0, 7)))) expect(got.touched.has(m)).toBe(true);
    }
  });

  it('keeps the stored rows around the incoming slots, the last of a key stored twice, a renamed app once each', () => {
    // Built row by row, so the table keeps what a hand-edited history could hold: one key twice (q 1, then q 2).
    const stored = new HistoryTable();
    for (const row of [
      r({ date: '2026-01-01', appId: 'a', quantity: 1 }),
      r({ date: '2026-01-01', appId: 'a', quantity: 2 }),
      r({ date: '2026-01-01', appId: 'b', appName: 'B old', quantity: 3 }),
      r({ date: '2026-01-02', appId: 'b', appName: 'B new', quantity: 4 }),
      r({ date: '2026-01-03', appId: 'a', quantity: 5 }),
      r({ date: '2026-01-04', appId: 'a', quantity: 6 }),
    ])
      stored.push(row);
    const got = mergeIntoTable(stored, [r({ date: '2026-01-03', appId: 'a', quantity: 7 })]);
    expect(got.table.toArray().map((x) => [x.date, x.appId, x.appName, x.quantity])).toEqual([
      ['2026-01-01', 'a', 'App 1', 2],
      ['2026-01-01', 'b', 'B old', 3],
      ['2026-01-02', 'b', 'B new', 4],
      ['2026-01-03', 'a', 'App 1', 7],
      ['2026-01-04', 'a', 'App 1', 6],
    ]);
    expect([got.added, got.changed, got.unchanged]).toEqual([0, 1, 0]);
  });

  it('takes a clean table into an empty history as it is, and merges an unclean one', () => {
    const clean = HistoryTable.from([r({ date: '2026-01-01' }), r({ date: '2026-01-02' })]);
    expect(isClean(clean)).toBe(true);
    expect(mergeIntoTable(new HistoryTable(), clean).table).toBe(clean);
    // A row without the flag and one with it in one slot: the flagged one replaces the other, and both count as
    // added (nothing was stored).
    const pair = HistoryTable.from([r({ date: '2026-01-01' }), r({ date: '2026-01-01', charged: true })]);
    expect(isClean(pair)).toBe(false);
    const merged = mergeIntoTable(new HistoryTable(), pair);
    expect(merged.table.toArray()).toEqual([r({ date: '2026-01-01', charged: true })]);
    expect([merged.added, merged.changed]).toEqual([2, 0]);
  });
});

describe('parseExportCsvInto', () => {
  const HEADER = 'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated';

  it('appends the rows of a file after those already read', () => {
    const table = HistoryTable.from([r({ date: '2026-01-01' })]);
    parseExportCsvInto(table, `${HEADER}\n2026-02-01,b,B,X,f,F,job,2,,false\n`, 'b.csv');
    expect(table.length).toBe(2);
    expect(table.record(1)).toEqual(
      r({
        date: '2026-02-01',
        appId: 'b',
        appName: 'B',
        api: 'X',
        featureId: 'f',
        featureName: 'F',
        quantity: 2,
      }),
    );
  });

  it('names the file, the line and the field of a bad row', () => {
    const text = `${HEADER}\n2026-02-01,b,B,X,f,F,job,2,,false\n2026-02-02,b,B,X,f,F,job,lots,,false\n`;
    const error = (() => {
      try {
        parseExportCsvInto(new HistoryTable(), text, 'in.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(HistoryParseError);
    expect((error as Error).message).toMatch(/^in\.csv:3: bad quantity "lots"; expected a decimal number/);
  });

  it('names both lines of a row stored twice, counting lines of this file only', () => {
    const table = HistoryTable.from([r({ date: '2026-01-01' })]);
    const row = '2026-02-01,b,B,X,f,F,job,2,,false';
    expect(() =>
      parseExportCsvInto(
        table,
        `${HEADER}\n${row}\n2026-02-02,b,B,X,f,F,job,2,,false\n${row}\n`,
        'twice.csv',
      ),
    ).toThrow(
      /^twice\.csv:4: the same day, app and feature as line 2 \(date 2026-02-01, app_id "b", feature_id "f"\); expected each once/,
    );
  });
});
