// Entry of the helper threads' bundle (dist/page-helper.js): one job per thread — usage files to read, or app
// pages, report.json and month files to make — the code of each job loaded for it alone.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReaderJob } from './page-helper.js';
import type { HelperJob } from './render/helper.js';

const port = parentPort!;
const send = (message: unknown, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const job = workerData as HelperJob | ReaderJob;
if ('read' in job) await (await import('./sources/file-reader-job.js')).runReaderJob(job.read, send);
else (await import('./page-helper-job.js')).runPageJob(job, send);
