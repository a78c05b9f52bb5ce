/**
 * The "for Excel" copy of each month's export: BOM, CRLF, formula-like cells neutralised, every column carried,
 * and the round-trip export left byte for byte as it was. Expectations are written out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/model/csv.js';
import { formatExportCsv, parseExportCsv } from '../../src/model/export-format.js';
import { makeUsageRecord } from '../support/records.js';
import { isOwnedSitePath } from '../../src/history/site-tree.js';
import { DEMO_END } from '../../src/sources/demo-data.js';
import {
  spreadsheetChunksFromTable,
  spreadsheetFiles,
  toSpreadsheetCsv,
} from '../../src/render/spreadsheet.js';
import { joinChunks } from '../../src/site-files.js';

const spreadsheetFromTable = (range: Parameters<typeof spreadsheetChunksFromTable>[0], bytes: Uint8Array) =>
  joinChunks(spreadsheetChunksFromTable(range, bytes));
import { asTable } from '../../src/model/history-table.js';
import { formatTableCsvBytes } from '../../src/model/month-csv.js';
import { textOf as bodyText } from '../../src/site-files.js';
import { byId, findAll, parseHtml, textOf } from '../support/html.js';
import { buildDemoSite, syntheticRecords } from '../support/site.js';

const BOM = '\uFEFF';

/** Hostile app names and the cell a spreadsheet must be given for each (by OWASP's rule: `'` before it). */
const HOSTILE: [name: string, cell: string][] = [
  ['=HYPERLINK("https://evil.example/","click")', `'=HYPERLINK("https://evil.example/","click")`],
  ['+1+cmd|/c calc!A0', `'+1+cmd|/c calc!A0`],
  ['-2+3', `'-2+3`],
  ['@SUM(1+1)*cmd|/c calc!A0', `'@SUM(1+1)*cmd|/c calc!A0`],
  ['\t=1+1', `'\t=1+1`],
  ['\r=1+1', `'\r=1+1`],
  ['＝HYPERLINK("x")', `'＝HYPERLINK("x")`],
  ['Viewer, "portal"\n=2', 'Viewer, "portal"\n=2'],
  ['ビューアー ポータル', 'ビューアー ポータル'],
  ['a=b', 'a=b'],
];

function records() {
  return HOSTILE.map(([name], i) =>
    makeUsageRecord({
      date: `2026-01-${String(i + 10).padStart(2, '0')}`,
      appId: `app-${i}`,
      appName: name,
      quantity: i + 0.5,
      tokens: i % 2 ? null : i * 2,
    }),
  );
}

describe('toSpreadsheetCsv', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF, outside quoted fields', () => {
    const sheet = toSpreadsheetCsv('date,name\n2026-01-01,"two\nlines"\n2026-01-02,x\n');
    expect([...Buffer.from(sheet, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(sheet).toBe(`${BOM}date,name\r\n2026-01-01,"two\nlines"\r\n2026-01-02,x\r\n`);
  });

  it('reads \\r\\n and bare \\r line ends as rows too', () => {
    expect(toSpreadsheetCsv('a,b\r\n=1,2\r=3,\n')).toBe(`${BOM}a,b\r\n'=1,2\r\n'=3,\r\n`);
  });

  it('neutralises each hostile app name, and the name comes back as text with only the quote added', () => {
    const exported = formatExportCsv(records());
    const sheet = toSpreadsheetCsv(exported);
    const rows = parseCsv(sheet).map((r) => r.fields);
    const header = rows[0]!;
    const name = header.indexOf('app_name');
    expect(name).toBeGreaterThan(0);
    // formatExportCsv sorts by date, and the dates follow HOSTILE's order.
    expect(rows.slice(1).map((r) => r[name])).toEqual(HOSTILE.map(([, cell]) => cell));
    expect(rows.slice(1).map((r) => r[header.indexOf('quantity')])).toEqual(
      HOSTILE.map((_, i) => String(i + 0.5)),
    );
    expect(rows.slice(1).map((r) => r[header.indexOf('tokens')])).toEqual(
      HOSTILE.map((_, i) => (i % 2 ? '' : String(i * 2))),
    );
  });

  it('is made from the history table with the same bytes as from the export text', () => {
    // Hostile names in every text column, negative and fractional figures: each cell goes through the same rule.
    const table = asTable(
      records().map((r, i) => ({
        ...r,
        ...(i % 3 ? {} : { featureName: '@feature, "x"', unit: '-unit' }),
        quantity: i % 4 ? r.quantity : -1.5,
      })),
    );
    const bytes = formatTableCsvBytes(table, 0, table.length);
    const exported = bodyText(bytes);
    const sheet = bodyText(spreadsheetFromTable({ table, from: 0, to: table.length, rows: null }, bytes));
    expect(sheet).toBe(toSpreadsheetCsv(exported));
    // Spot checks written out by hand: the BOM, CRLF, a guarded name and a guarded feature in its quotes.
    expect(sheet.startsWith(`${BOM}date,app_id,app_name,`)).toBe(true);
    expect(sheet.split('\r\n')[1]).toContain(`,"'=HYPERLINK(""https://evil.example/"",""click"")",`);
    expect(sheet.split('\r\n')[1]).toContain(`,"'@feature, ""x""",'-unit,-1.5,`);
    expect(sheet.split('\r\n')).toHaveLength(HOSTILE.length + 2);
  });

  it('is the export with CRLF line ends when no cell changes, quoted cells and negative figures included', () => {
    const table = asTable([
      makeUsageRecord({ date: '2026-01-10', appName: 'Portal, "staging"', quantity: -2, tokens: 1.5 }),
      makeUsageRecord({ date: '2026-01-11', appName: 'a=b', quantity: 3, tokens: null }),
    ]);
    const bytes = formatTableCsvBytes(table, 0, table.length);
    const exported = bodyText(bytes);
    const sheet = bodyText(spreadsheetFromTable({ table, from: 0, to: table.length, rows: null }, bytes));
    expect(sheet).toBe(toSpreadsheetCsv(exported));
    expect(sheet.split('\r\n').slice(1)).toEqual([
      '2026-01-10,app-1,"Portal, ""staging""",Model Derivative,md-simple,Model Derivative - simple job,job,-2,1.5,false',
      '2026-01-11,app-1,a=b,Model Derivative,md-simple,Model Derivative - simple job,job,3,,false',
      '',
    ]);
  });

  it('gives the same bytes a chunk at a time, whatever the chunk size, each chunk whole lines', () => {
    const table = asTable(
      Array.from({ length: 40 }, (_, i) =>
        makeUsageRecord({
          date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
          appName: `App ${i}`,
          quantity: i,
        }),
      ),
    );
    const bytes = formatTableCsvBytes(table, 0, table.length);
    const expected = toSpreadsheetCsv(bodyText(bytes));
    for (const size of [1, 7, 64, 100, 1 << 20]) {
      // Each chunk copied only after the next is taken: the two buffers take turns.
      const copies: Buffer[] = [];
      let previous: Uint8Array | undefined;
      for (const chunk of spreadsheetChunksFromTable(
        { table, from: 0, to: table.length, rows: null },
        bytes,
        size,
      )) {
        if (previous) copies.push(Buffer.from(previous));
        previous = chunk;
      }
      copies.push(Buffer.from(previous!));
      expect(bodyText(Buffer.concat(copies))).toBe(expected);
      expect(copies.slice(1, -1).every((c) => c.at(-1) === 0x0a)).toBe(true);
    }
  });

  it('leaves plain numbers as numbers, quoted or not, and neutralises what only looks like one', () => {
    const sheet = toSpreadsheetCsv('a,b,c,d,e\n-3,"-1.5e3",-3+1,"-3""",-\n');
    expect(parseCsv(sheet)[1]!.fields).toEqual(['-3', '-1.5e3', "'-3+1", `'-3"`, "'-"]);
  });

  it('leaves empty cells empty, at the start, middle and end of a row', () => {
    expect(toSpreadsheetCsv(',x,,\n')).toBe(`${BOM},x,,\r\n`);
  });

  it('carries every column of the export, including ones added later, in order', () => {
    const sheet = toSpreadsheetCsv('date,app_name,charged\n2026-01-01,=evil(),true\n2026-01-02,ok,\n');
    expect(parseCsv(sheet).map((r) => r.fields)).toEqual([
      ['date', 'app_name', 'charged'],
      ['2026-01-01', "'=evil()", 'true'],
      ['2026-01-02', 'ok', ''],
    ]);
  });
});

describe('spreadsheetFiles', () => {
  it('adds one copy per month export, named so that no history reader takes it for one', () => {
    const exported = formatExportCsv(records());
    const files = new Map([
      ['data/usage-2026-01.csv', exported],
      ['data/report.json', '{}'],
      ['index.html', '<p>'],
    ]);
    const sheets = spreadsheetFiles(files);
    expect([...sheets.keys()]).toEqual(['data/excel-usage-2026-01.csv']);
    expect(isOwnedSitePath('data/excel-usage-2026-01.csv')).toBe(true);
    // The export is untouched and still reads back as the records it was written from.
    expect(files.get('data/usage-2026-01.csv')).toBe(exported);
    expect(parseExportCsv(exported, 'usage-2026-01.csv').map((r) => r.appName)).toEqual(
      HOSTILE.map(([n]) => n),
    );
  });
});

describe('the site', () => {
  // Two apps over three months (September to November 2026): enough for every link, quick to render.
  const records = syntheticRecords({ apps: 2, days: 70, end: DEMO_END });
  let site: Awaited<ReturnType<typeof buildDemoSite>>;
  let siteJa: typeof site;
  beforeAll(async () => {
    site = await buildDemoSite({ records });
    siteJa = await buildDemoSite({ records, locale: 'ja' });
  });

  it('links each month’s export and its copy "for Excel" from the month page and the downloads', () => {
    const months = [...site.files.keys()]
      .map((p) => /^data\/usage-(\d{4}-\d{2})\.csv$/.exec(p)?.[1])
      .filter((m): m is string => m !== undefined);
    expect(months).toEqual(['2026-09', '2026-10', '2026-11']);
    const overview = parseHtml(site.files.get('index.html')!).root;
    const downloads = findAll(byId(overview, 'downloads')!, 'a').map((a) => [a.attrs.href, textOf(a)]);
    for (const month of months) {
      const sheet = site.files.get(`data/excel-usage-${month}.csv`)!;
      expect(sheet.startsWith(BOM)).toBe(true);
      expect(sheet).toBe(toSpreadsheetCsv(site.files.get(`data/usage-${month}.csv`)!));
      expect(site.files.get(`data/usage-${month}.csv`)!.startsWith(BOM)).toBe(false);

      expect(downloads).toContainEqual([`data/usage-${month}.csv`, `usage-${month}.csv`]);
      expect(downloads).toContainEqual([`data/excel-usage-${month}.csv`, 'for Excel']);
      const page = parseHtml(site.files.get(`months/${month}.html`)!).root;
      const links = findAll(page, 'a').map((a) => [a.attrs.href, textOf(a)]);
      expect(links).toContainEqual([`../data/usage-${month}.csv`, `usage-${month}.csv`]);
      expect(links).toContainEqual([`../data/excel-usage-${month}.csv`, 'for Excel']);
    }
  });

  it('says "Excel 用" in Japanese', () => {
    const overview = parseHtml(siteJa.files.get('index.html')!).root;
    const labels = findAll(byId(overview, 'downloads')!, 'a').map((a) => textOf(a));
    expect(labels).toContain('Excel 用');
  });
});
