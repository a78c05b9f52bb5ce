import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  buildModel,
  jsonChunks,
  renderHelpedApps,
  spreadsheetCopy,
  takeMonth
} from "./chunk-XTNSMOJ7.js";
import {
  csvKey,
  encodeMonthSnapshot,
  formatTableCsvBytes
} from "./chunk-VOV37SS5.js";
import "./chunk-FLAOZLUO.js";
import {
  HistoryTable
} from "./chunk-FKZYN2WJ.js";
import "./chunk-7DPKRERB.js";
import "./chunk-WDD4KGC6.js";
import "./chunk-6HVOL5NP.js";
import "./chunk-I3O4MRPB.js";
import "./chunk-FDN5BUUZ.js";
import "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";

// src/page-helper-job.ts
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
function runPageJob(job, send) {
  try {
    const history = HistoryTable.fromColumns(job.history);
    if (job.pages) {
      const model = buildModel({ ...job.pages.model, records: history });
      for (const page of renderHelpedApps(model, job.pages.render, job.pages.recorded)) {
        const bytes = page.bytes && movable(page.bytes);
        send({ page: bytes ? { ...page, bytes } : page }, bytes ? [bytes.buffer] : []);
      }
      for (const chunk of jsonChunks(model, "\n")) {
        const json = new Uint8Array(chunk);
        send({ json }, [json.buffer]);
      }
      send({ jsonDone: true });
    }
    if (job.months)
      for (let i = takeMonth(job.months); i !== void 0; i = takeMonth(job.months))
        send({ month: makeMonth(history, job.months.list[i]) });
    send({ done: true });
  } catch (error) {
    send({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
}
function makeMonth(table, m) {
  const csv = formatTableCsvBytes(table, m.from, m.to);
  writeFileSync(m.files.export, csv);
  const key = csvKey(csv);
  const snapshot = Buffer.from(encodeMonthSnapshot(table, m.from, m.to, m.month, key), "utf8");
  writeFileSync(m.files.snapshot, snapshot);
  const copy = spreadsheetCopy(csv, () => ({ table, from: m.from, to: m.to, rows: null }));
  let sheet = 0;
  let step = copy.next();
  const fd = openSync(m.files.sheet, "w");
  try {
    for (; !step.done; step = copy.next()) {
      const chunk = step.value;
      for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
      sheet += chunk.length;
    }
  } finally {
    closeSync(fd);
  }
  return {
    path: m.path,
    key,
    sizes: { export: csv.length, snapshot: snapshot.length, sheet },
    sheetDigest: step.value
  };
}
function movable(bytes) {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
export {
  runPageJob
};
