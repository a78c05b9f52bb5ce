/**
 * The chart pool draws on worker threads running the real worker script, bundled here from src/ as build.mjs
 * bundles it into dist/ (vega left to node_modules, so the bundle takes milliseconds).
 */
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChartPool } from '../../src/chart-threads/pool.js';
import { renderSvg } from '../../src/render/charts/svg.js';
import { barSpec } from '../../src/render/charts/specs.js';
import { renderSite } from '../../src/render/render.js';
import { syntheticModel } from '../support/site.js';

let dir: string;
let workerUrl: URL;

beforeAll(async () => {
  // Inside the repository (.tmp/ is git-ignored), so that the bundle finds vega in node_modules.
  // A fresh clone has no .tmp/ yet.
  await mkdir(join(process.cwd(), '.tmp'), { recursive: true });
  dir = await mkdtemp(join(process.cwd(), '.tmp', 'chart-pool-'));
  const outfile = join(dir, 'chart-worker.mjs');
  await build({
    entryPoints: ['src/chart-threads/worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  workerUrl = pathToFileURL(outfile);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createChartPool', () => {
  it('draws the same site, byte for byte, on two threads as in this one', async () => {
    const model = syntheticModel({ apps: 1, days: 10 });
    const pool = createChartPool({ workerUrl, size: 2 });
    try {
      expect(pool.size).toBe(2);
      const threaded = await renderSite(model, { dataFiles: [], drawChart: pool.draw });
      const inThread = await renderSite(model, { dataFiles: [] });
      expect([...threaded.files.keys()]).toEqual([...inThread.files.keys()]);
      for (const [path, text] of inThread.files) expect(threaded.files.get(path), path).toBe(text);
      expect(inThread.files.get('index.html')).toContain('<svg');
    } finally {
      await pool.close();
    }
  });

  it('fails the chart whose spec vega rejects, naming it, and goes on drawing the others', async () => {
    const pool = createChartPool({ workerUrl, size: 2 });
    try {
      const bad = { mark: 'no-such-mark', data: { values: [] } } as unknown as Parameters<
        typeof pool.draw
      >[0];
      const good = barSpec([{ label: 'a', tokens: 3 }], { title: 't', xTitle: '', yTitle: 'y' });
      const [failed, drawn] = await Promise.allSettled([pool.draw(bad, 'chart-bad'), pool.draw(good, 'c')]);
      expect(failed.status).toBe('rejected');
      expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(Error);
      expect(String((failed as PromiseRejectedResult).reason)).toBe(
        `Error: chart chart-bad: ${await renderSvg(bad).catch((e: Error) => e.message)}`,
      );
      expect(drawn).toEqual({ status: 'fulfilled', value: await renderSvg(good, 'c') });
    } finally {
      await pool.close();
    }
  });

  it('draws in this thread when it may use one core, and refuses charts once closed', async () => {
    const single = createChartPool({ workerUrl: new URL('file:///nonexistent/chart-worker.js'), size: 1 });
    expect(single.size).toBe(0);
    expect(single.draw).toBe(renderSvg);
    const pool = createChartPool({ workerUrl, size: 2 });
    await pool.close();
    const spec = barSpec([{ label: 'a', tokens: 1 }], { title: 't', xTitle: '', yTitle: 'y' });
    await expect(pool.draw(spec, 'x')).rejects.toThrow(/closed/);
  });
});
