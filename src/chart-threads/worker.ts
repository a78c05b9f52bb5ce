/**
 * Entry of a chart worker thread (`dist/chart-worker.js`): draws the charts the pool sends, one message per chart,
 * with the same `renderSvg` as the main thread — so the same bytes.
 */
import { parentPort } from 'node:worker_threads';
import type { ChartTask, ChartTaskResult } from './pool.js';
import { renderSvg } from '../render/charts/svg.js';

const port = parentPort;
if (!port) throw new Error('chart-worker: run it as a worker thread');
port.on('message', (task: ChartTask) => {
  renderSvg(task.spec, task.idPrefix).then(
    (svg) => port.postMessage({ id: task.id, svg } satisfies ChartTaskResult),
    (error: unknown) =>
      port.postMessage({
        id: task.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ChartTaskResult),
  );
});
