import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/page-helper-entry.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var send = (message, transfer = []) => port.postMessage(message, transfer);
var job = workerData;
if ("read" in job) await (await import("./chunks/file-reader-job-CXX6O6H6.js")).runReaderJob(job.read, send);
else (await import("./chunks/page-helper-job-ZHXVXGCY.js")).runPageJob(job, send);
