// The page helper's job (`render/helper.ts`), run by the helper thread's entry (page-helper-entry.ts).
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { buildModel } from './model/build.js';
import { HistoryTable } from './model/history-table.js';
import { formatTableCsvBytes } from './model/month-csv.js';
import { csvKey, encodeMonthSnapshot } from './model/month-snapshot.js';
import type { HelperMessage } from './page-helper.js';
import { takeMonth, type HelperJob, type MadeMonth, type MonthToMake } from './render/helper.js';
import { jsonChunks } from './render/json-bytes.js';
import { renderHelpedApps } from './render/render.js';
import { spreadsheetCopy } from './render/spreadsheet.js';

/** The page job: builds the model from the job, sends its app pages, then data/report.json; then makes the job's
 * month files into the files it names. */
export function runPageJob(
  job: HelperJob,
  send: (message: HelperMessage, transfer?: ArrayBuffer[]) => void,
): void {
  try {
    const history = HistoryTable.fromColumns(job.history);
    if (job.pages) {
      const model = buildModel({ ...job.pages.model, records: history });
      for (const page of renderHelpedApps(model, job.pages.render, job.pages.recorded)) {
        const bytes = page.bytes && movable(page.bytes);
        send({ page: bytes ? { ...page, bytes } : page }, bytes ? [bytes.buffer as ArrayBuffer] : []);
      }
      // Each chunk copied out of the two buffers the maker takes turns with.
      for (const chunk of jsonChunks(model, '\n')) {
        const json = new Uint8Array(chunk);
        send({ json }, [json.buffer]);
      }
      send({ jsonDone: true });
    }
    if (job.months)
      for (let i = takeMonth(job.months); i !== undefined; i = takeMonth(job.months))
        send({ month: makeMonth(history, job.months.list[i]!) });
    send({ done: true });
  } catch (error) {
    send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

/**
 * A month's export, its snapshot and its spreadsheet copy, as the main thread's save would make them, each
 * written here (this thread waits for its own writes; the main thread's do not wait for it).
 */
function makeMonth(table: HistoryTable, m: MonthToMake): MadeMonth {
  const csv = formatTableCsvBytes(table, m.from, m.to);
  writeFileSync(m.files.export, csv);
  const key = csvKey(csv);
  const snapshot = Buffer.from(encodeMonthSnapshot(table, m.from, m.to, m.month, key), 'utf8');
  writeFileSync(m.files.snapshot, snapshot);
  const copy = spreadsheetCopy(csv, () => ({ table, from: m.from, to: m.to, rows: null }));
  let sheet = 0;
  let step = copy.next();
  const fd = openSync(m.files.sheet, 'w');
  try {
    for (; !step.done; step = copy.next()) {
      const chunk = step.value;
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at);
      sheet += chunk.length;
    }
  } finally {
    closeSync(fd);
  }
  return {
    path: m.path,
    key,
    sizes: { export: csv.length, snapshot: snapshot.length, sheet },
    sheetDigest: step.value,
  };
}

/** The bytes in memory of their own: a small Buffer shares its memory with others, which cannot move. */
function movable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : new Uint8Array(bytes);
}
