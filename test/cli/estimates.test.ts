/**
 * Estimated tokens are derived from the current rate table on every run, never stored as facts; the merge compares
 * what the source said. Through the CLI, with real files.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createMemoryLogger } from '../support/memory.js';
import { parseExportCsv } from '../../src/model/export-format.js';
import type { ReportModel } from '../../src/model/types.js';
import { tempDir } from '../support/memory.js';

let dir: Awaited<ReturnType<typeof tempDir>>;

async function cli(args: string[]) {
  const logger = createMemoryLogger();
  const code = await main(args, {}, logger);
  return { code, text: logger.lines.join('\n') };
}

async function historyRows(site: string) {
  const data = join(site, 'data');
  const names = (await readdir(data)).filter((n) => /^usage-\d{4}-\d{2}\.csv$/.test(n));
  const rows = [];
  for (const n of names) rows.push(...parseExportCsv(await readFile(join(data, n), 'utf8'), n));
  return rows;
}

beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.cleanup());

describe('estimated tokens', () => {
  // Two and three full runs of the demo: slow on a busy machine.
  it('an unchanged re-run logs 0 corrected', { timeout: 120_000 }, async () => {
    const site = join(dir.path, 'demo');
    const first = await cli(['demo', '--out', site]);
    expect(first.code).toBe(0);
    const stored = /history: (\d+) records \(\1 new, 0 corrected, 0 unchanged\)/.exec(first.text)?.[1];
    expect(stored).toBeDefined();
    const again = await cli(['demo', '--out', site]);
    expect(again.code).toBe(0);
    // Every record as the source said it before: none new, none corrected, all unchanged.
    expect(again.text).toContain(`history: ${stored} records (0 new, 0 corrected, ${stored} unchanged)`);
  });

  it(
    'a removed rate leaves no estimated tokens for its feature in any CSV or page',
    { timeout: 120_000 },
    async () => {
      const site = join(dir.path, 'rated');
      const config = join(dir.path, 'aps-usage.yml');
      const base = 'source: demo\nperiod: last-30-days\n';
      await writeFile(
        config,
        `${base}rates:\n  md-simple: { tokensPerUnit: 0.05 }\n  md-complex: { tokensPerUnit: 1.5 }\n`,
      );
      expect((await cli(['run', '--config', config, '--out', site])).code).toBe(0);
      const rated = (await historyRows(site)).filter((r) => r.featureId === 'md-simple');
      expect(rated.length).toBeGreaterThan(0);
      // 0.05 tokens per job, marked as estimated.
      expect(
        rated.every((r) => r.tokensEstimated && r.tokens === Math.round(r.quantity * 0.05 * 1e6) / 1e6),
      ).toBe(true);

      await writeFile(config, `${base}rates:\n  md-complex: { tokensPerUnit: 1.5 }\n`);
      const second = await cli(['run', '--config', config, '--out', site]);
      expect(second.code).toBe(0);
      expect(second.text).toMatch(/\(0 new, 0 corrected, \d+ unchanged\)/);
      const rows = await historyRows(site);
      const simple = rows.filter((r) => r.featureId === 'md-simple');
      expect(simple).toHaveLength(rated.length);
      expect(simple.every((r) => r.tokens === null && !r.tokensEstimated)).toBe(true);
      // The rate kept still estimates, over all history.
      expect(rows.filter((r) => r.featureId === 'md-complex').every((r) => r.tokensEstimated)).toBe(true);
      const model = JSON.parse(await readFile(join(site, 'data/report.json'), 'utf8')) as ReportModel;
      expect(model.unrated.map((u) => u.featureId)).toContain('md-simple');
    },
  );
});
