// Entry of the helper thread's bundle (dist/page-helper.js): builds the model from the job, sends its app pages,
// then data/report.json.
import { parentPort, workerData } from 'node:worker_threads';
import { buildModel } from './model/build.js';
import { HistoryTable } from './model/history-table.js';
import type { HelperMessage } from './page-helper.js';
import type { HelperJob } from './render/helper.js';
import { jsonChunks } from './render/json-bytes.js';
import { renderHelpedApps } from './render/render.js';

const port = parentPort!;
const send = (message: HelperMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
try {
  const job = workerData as HelperJob;
  const model = buildModel({ ...job.model, records: HistoryTable.fromColumns(job.model.records) });
  for (const page of renderHelpedApps(model, job.render, job.recorded)) {
    const bytes = page.bytes && movable(page.bytes);
    send({ page: bytes ? { ...page, bytes } : page }, bytes ? [bytes.buffer as ArrayBuffer] : []);
  }
  // Each chunk copied out of the two buffers the maker takes turns with.
  for (const chunk of jsonChunks(model, '\n')) {
    const json = new Uint8Array(chunk);
    send({ json }, [json.buffer]);
  }
  send({ done: true });
} catch (error) {
  send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

/** The bytes in memory of their own: a small Buffer shares its memory with others, which cannot move. */
function movable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : new Uint8Array(bytes);
}
