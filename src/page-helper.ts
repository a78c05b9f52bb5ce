/**
 * The helper thread of `render/helper.ts`, started from its script (`dist/page-helper.js`, beside the entry that
 * starts it). Its pages arrive as messages, their bytes moved, not copied; a failure in the thread fails the
 * build with its message.
 */
import { availableParallelism } from 'node:os';
import { UserError } from './errors.js';
import type { TableColumns } from './model/history-table.js';
import type { HelpedPage, HelperJob, MadeMonth, PageHelper, StartPageHelper } from './render/helper.js';
import type { FileReader, StartFileReader } from './sources/types.js';

/** A message from the thread: a page, a chunk of `report.json`, a month made, the end, or why it stopped. */
export type HelperMessage =
  | { page: HelpedPage }
  | { json: Uint8Array }
  | { jsonDone: true }
  | { month: MadeMonth }
  | { done: true }
  | { error: string };

/** What a thread reading usage files sends: bytes read, its rows at the end, or why it stopped. */
export type ReaderMessage = { read: number } | { table: TableColumns } | { error: string; user: boolean };

/** The job of a thread reading usage files (its `workerData`). */
export interface ReaderJob {
  read: { files: readonly string[]; bytes: number };
}

/**
 * The helpers of a front end whose bundle holds `script`; none on a single core (a helper would only take turns
 * with the main thread) or without a script (running from the sources).
 */
export function helpersOf(script: URL | undefined): {
  startPageHelper?: StartPageHelper;
  startFileReader?: StartFileReader;
} {
  return script && availableParallelism() > 1
    ? { startPageHelper: pageHelperAt(script), startFileReader: fileReaderAt(script) }
    : {};
}

/** The thread of `startFileReader`, from the same script as the page helper. */
export function fileReaderAt(script: URL | string): StartFileReader {
  return async (read, onRead): Promise<FileReader> => {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(script, { workerData: { read } satisfies ReaderJob });
    const table = settling<TableColumns>();
    let done = false;
    worker.on('message', (message: ReaderMessage) => {
      if ('read' in message) onRead(message.read);
      else if ('table' in message) {
        done = true;
        table.resolve(message.table);
      } else
        table.reject(
          message.user ? new UserError(message.error) : new Error(`file reader: ${message.error}`),
        );
    });
    worker.on('error', (error) => table.reject(new Error(`file reader: ${error.message}`)));
    worker.on('exit', (code) => {
      if (!done)
        table.reject(new Error(`file reader: the thread stopped before the end (exit code ${code})`));
    });
    return {
      table: () => table.promise,
      async close() {
        done = true;
        await worker.terminate();
      },
    };
  };
}

export function pageHelperAt(script: URL | string): StartPageHelper {
  return async (job: HelperJob): Promise<PageHelper> => {
    // Loaded when a helper starts: `--help` and `validate` start without it (≈ 5 ms).
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(script, { workerData: job });
    const pages: HelpedPage[] = [];
    let waiting: { resolve(page: HelpedPage): void; reject(error: Error): void } | undefined;
    let failure: Error | undefined;
    let done = false;
    const json: Uint8Array[] = [];
    const months: MadeMonth[] = [];
    const jsonMade = settling<void>();
    const ended = settling<void>();
    const fail = (error: Error) => {
      failure ??= error;
      waiting?.reject(failure);
      waiting = undefined;
      jsonMade.reject(failure);
      ended.reject(failure);
    };
    worker.on('message', (message: HelperMessage) => {
      if ('error' in message) fail(new Error(`page helper: ${message.error}`));
      else if ('json' in message) json.push(message.json);
      else if ('jsonDone' in message) jsonMade.resolve();
      else if ('month' in message) months.push(message.month);
      else if ('done' in message) {
        done = true;
        ended.resolve();
      } else if (waiting) {
        waiting.resolve(message.page);
        waiting = undefined;
      } else pages.push(message.page);
    });
    worker.on('error', (error) => fail(new Error(`page helper: ${error.message}`)));
    worker.on('exit', (code) => {
      if (!done) fail(new Error(`page helper: the thread stopped before its last page (exit code ${code})`));
    });
    return {
      next() {
        const page = pages.shift();
        if (page) return Promise.resolve(page);
        if (failure) return Promise.reject(failure);
        if (done) return Promise.reject(new Error('page helper: asked for a page after its last one'));
        return new Promise((resolve, reject) => (waiting = { resolve, reject }));
      },
      reportJson: () => jsonMade.promise.then(() => json),
      months: () => ended.promise.then(() => months),
      async close() {
        done = true;
        await worker.terminate();
      },
    };
  };
}

/** A promise and its settling functions; never left unhandled (the build may fail before it asks). */
function settling<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {});
  return { promise, resolve, reject };
}
