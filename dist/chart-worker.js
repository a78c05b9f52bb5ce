import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderSvg
} from "./chunks/chunk-HOOUDPLI.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/chart-threads/worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("chart-worker: run it as a worker thread");
port.on("message", (task) => {
  renderSvg(task.spec, task.idPrefix).then(
    (svg) => port.postMessage({ id: task.id, svg }),
    (error) => port.postMessage({
      id: task.id,
      error: error instanceof Error ? error.message : String(error)
    })
  );
});
