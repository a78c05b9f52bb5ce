import { formatExportCsv } from '../src/model/export-format.js';
import { forEachCsvRow } from '../src/model/csv.js';
import { makeUsageRecord } from '../src/model/records.js';
import { toSpreadsheetCsv } from '../src/render/spreadsheet.js';
const recs = [];
for (let a = 0; a < 100; a++)
  for (let d = 1; d <= 30; d++)
    for (let f = 0; f < 8; f++)
      recs.push(
        makeUsageRecord({
          date: `2026-01-${String(d).padStart(2, '0')}`,
          appId: `app${a}xxxxxxxxxxxxxxxxxxxxxxxxxx`,
          appName: `App ${a}`,
          featureId: `feat-${f}`,
          featureName: `Feature ${f}`,
          quantity: a * d * 0.25,
          tokens: f % 2 ? null : a * d,
        }),
      );
const text = formatExportCsv(recs);
for (let k = 0; k < 3; k++) {
  let c = process.cpuUsage();
  let t = performance.now();
  let n = 0;
  forEachCsvRow(text, (f) => {
    n += f.length;
  });
  const p = process.cpuUsage(c).user / 1000;
  c = process.cpuUsage();
  const out = toSpreadsheetCsv(text);
  console.log('parse', p.toFixed(1), 'sheet', (process.cpuUsage(c).user / 1000).toFixed(1), out.length);
}
