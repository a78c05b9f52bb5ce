/**
 * Child-process modes of the bench (`bench.mjs harness MODE …`), each in a fresh process:
 * - `capture CONFIG OUT FROM TO SPECS_DIR`: fetches and builds the site in memory (nothing written to OUT) and
 *   saves every chart's plot description it draws as `SPECS_DIR/chart-NNN.plot.json`;
 * - `render SPECS_DIR`: draws every saved plot to SVG in this one process (timing the drawing only).
 * - `floor DIR`: the floor of the scale cases — reads every `usage-*.csv` in DIR once with the tool's own CSV reader
 *   and totals quantity and tokens per app and day, nothing else.
 * Each prints one JSON line on stdout.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export async function harness(argv: readonly string[]): Promise<void> {
  const [mode, ...args] = argv;
  if (mode === 'capture') return capture(args);
  if (mode === 'render') return render(args);
  if (mode === 'floor') return floor(args);
  throw new Error(`harness: unknown mode ${String(mode)}`);
}

async function capture(args: readonly string[]): Promise<void> {
  const [configPath, outDir, from, to, specsDir] = args;
  if (!configPath || !outDir || !from || !to || !specsDir)
    throw new Error('harness capture CONFIG OUT FROM TO SPECS_DIR');
  const { readConfigFile } = await import('../../src/config/load.js');
  const { loadSource } = await import('../../src/sources/index.js');
  const { buildSite } = await import('../../src/site.js');
  const { drawChart } = await import('../../src/render/charts/draw.js');
  const { realSleep, systemClock } = await import('../../src/deps.js');
  const { createMemoryLogger } = await import('../../test/support/memory.js');
  const config = await readConfigFile(resolve(configPath));
  const range = { from, to };
  // The pipeline's fetch and build stages (nothing is stored or published), drawing the charts through the
  // renderer's own option so that every plot is kept, data included.
  const source = await loadSource(config.source);
  const fetched = await source.fetch(
    { config, range, history: [], baseDir: dirname(resolve(configPath)) },
    {
      logger: createMemoryLogger(),
      clock: systemClock,
      sleep: realSleep,
      env: {},
      credentials: {},
      saveRefreshToken: () => Promise.reject(new Error('harness: no refresh token')),
      fetch: globalThis.fetch,
      random: Math.random,
    },
  );
  const specs: unknown[] = [];
  await buildSite({
    config,
    fetched,
    range,
    asOf: to,
    drawChart: (spec, idPrefix) => {
      specs.push(spec);
      return drawChart(spec, idPrefix);
    },
  });
  await mkdir(specsDir, { recursive: true });
  let i = 0;
  for (const spec of specs) {
    await writeFile(join(specsDir, `chart-${String(++i).padStart(3, '0')}.plot.json`), JSON.stringify(spec));
  }
  process.stdout.write(JSON.stringify({ charts: specs.length }) + '\n');
}

async function render(args: readonly string[]): Promise<void> {
  const [specsDir] = args;
  if (!specsDir) throw new Error('harness render SPECS_DIR');
  const files = (await readdir(specsDir)).filter((n) => n.endsWith('.plot.json')).sort();
  const { drawChart } = await import('../../src/render/charts/draw.js');
  type Plot = Parameters<typeof drawChart>[0];
  const plots: Plot[] = [];
  for (const name of files) plots.push(JSON.parse(await readFile(join(specsDir, name), 'utf8')) as Plot);
  // Drawing only (the files are read and parsed first); a warm-up round first, as a long build would be.
  for (const plot of plots) drawChart(plot, 'warm');
  const started = performance.now();
  let bytes = 0;
  let biggest = 0;
  for (const [i, plot] of plots.entries()) {
    const svg = drawChart(plot, `chart-${i}`);
    bytes += svg.length;
    biggest = Math.max(biggest, svg.length);
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ charts: files.length, ms, bytes, biggest }) + '\n');
}

async function floor(args: readonly string[]): Promise<void> {
  const [dir] = args;
  if (!dir) throw new Error('harness floor DIR');
  const started = performance.now();
  const { forEachCsvRow } = await import('../../src/model/csv.js');
  const names = (await readdir(dir)).filter((n) => /^usage-\d{4}-\d{2}\.csv$/.test(n)).sort();
  const totals = new Map<string, Map<string, { quantity: number; tokens: number }>>();
  let records = 0;
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    let header = true;
    forEachCsvRow(text, (fields) => {
      if (header) {
        header = false;
        return;
      }
      const [date = '', app = ''] = fields;
      let days = totals.get(app);
      if (!days) totals.set(app, (days = new Map()));
      let t = days.get(date);
      if (!t) days.set(date, (t = { quantity: 0, tokens: 0 }));
      t.quantity += Number(fields[7]);
      if (fields[8]) t.tokens += Number(fields[8]);
      records++;
    });
  }
  let cells = 0;
  for (const days of totals.values()) cells += days.size;
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ files: names.length, records, apps: totals.size, cells, ms }) + '\n');
}
