import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  buildModel,
  jsonChunks,
  renderHelpedApps
} from "./chunks/chunk-RINUBPBO.js";
import "./chunks/chunk-HLIJS7I6.js";
import "./chunks/chunk-FLAOZLUO.js";
import {
  HistoryTable
} from "./chunks/chunk-FKZYN2WJ.js";
import "./chunks/chunk-7DPKRERB.js";
import "./chunks/chunk-WDD4KGC6.js";
import "./chunks/chunk-6HVOL5NP.js";
import "./chunks/chunk-I3O4MRPB.js";
import "./chunks/chunk-FDN5BUUZ.js";
import "./chunks/chunk-NSGCSQYJ.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/page-helper-entry.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var send = (message, transfer = []) => port.postMessage(message, transfer);
try {
  const job = workerData;
  const model = buildModel({ ...job.model, records: HistoryTable.fromColumns(job.model.records) });
  for (const page of renderHelpedApps(model, job.render, job.recorded)) {
    const bytes = page.bytes && movable(page.bytes);
    send({ page: bytes ? { ...page, bytes } : page }, bytes ? [bytes.buffer] : []);
  }
  for (const chunk of jsonChunks(model, "\n")) {
    const json = new Uint8Array(chunk);
    send({ json }, [json.buffer]);
  }
  send({ done: true });
} catch (error) {
  send({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
}
function movable(bytes) {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
