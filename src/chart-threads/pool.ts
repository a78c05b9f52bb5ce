/**
 * Charts drawn on several cores: a pool of worker threads, each running `chart-worker.js` (its own vega and its
 * own caches), behind the renderer's `drawChart` option. A chart's bytes do not depend on which thread drew it or
 * what it drew before (`renderSvg` resets vega's counters for each chart), so a site is the same with or without
 * the pool. With one core, charts are drawn in this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChartDrawer } from '../render/render.js';
import { renderSvg } from '../render/charts/svg.js';

/** One chart to draw, as posted to a worker. */
export interface ChartTask {
  id: number;
  spec: Parameters<ChartDrawer>[0];
  idPrefix: string;
}

export type ChartTaskResult = { id: number; svg: string } | { id: number; error: string };

export interface ChartPool {
  draw: ChartDrawer;
  /** Threads drawing (0: in this thread). */
  readonly size: number;
  /** Stops the threads; charts still waiting fail. */
  close(): Promise<void>;
}

export interface ChartPoolOptions {
  /** The worker script (`dist/chart-worker.js` beside the entry that creates the pool). */
  workerUrl: URL;
  /** Threads (default: the cores this process may use). 1 or fewer: no thread, charts drawn in this one. */
  size?: number;
}

interface Thread {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  task: ChartTask;
  resolve(svg: string): void;
  reject(error: Error): void;
}

export function createChartPool(options: ChartPoolOptions): ChartPool {
  const size = Math.floor(options.size ?? availableParallelism());
  if (size <= 1) return { draw: renderSvg, size: 0, close: () => Promise.resolve() };
  const threads: Thread[] = [];
  const queue: Pending[] = [];
  const running = new Map<number, Pending>();
  let nextId = 0;
  let closed = false;

  const fail = (error: Error) => {
    for (const p of [...running.values(), ...queue.splice(0)]) p.reject(error);
    running.clear();
  };
  const start = (): Thread => {
    const worker = new Worker(options.workerUrl);
    const thread: Thread = { worker, busy: false };
    worker.on('message', (result: ChartTaskResult) => {
      const pending = running.get(result.id);
      running.delete(result.id);
      thread.busy = false;
      if (pending) {
        if ('svg' in result) pending.resolve(result.svg);
        else pending.reject(new Error(`chart ${pending.task.idPrefix || result.id}: ${result.error}`));
      }
      dispatch();
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      threads.splice(threads.indexOf(thread), 1);
      if (!closed) fail(new Error(`a chart thread stopped (exit code ${code})`));
    });
    threads.push(thread);
    return thread;
  };
  const dispatch = () => {
    while (queue.length > 0) {
      const thread = threads.find((t) => !t.busy) ?? (threads.length < size ? start() : undefined);
      if (!thread) break;
      const pending = queue.shift()!;
      thread.busy = true;
      running.set(pending.task.id, pending);
      thread.worker.postMessage(pending.task);
    }
    // Idle threads must not keep the process alive; busy ones must, or it would exit before their answer.
    for (const t of threads) {
      if (t.busy) t.worker.ref();
      else t.worker.unref();
    }
  };

  return {
    size,
    draw: (spec, idPrefix) => {
      if (closed) return Promise.reject(new Error('the chart pool is closed'));
      return new Promise<string>((resolve, reject) => {
        queue.push({ task: { id: nextId++, spec, idPrefix }, resolve, reject });
        dispatch();
      });
    },
    close: async () => {
      closed = true;
      fail(new Error('the chart pool was closed'));
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
