/**
 * Bad numbers in a usage file, and a cap that would add up different units, are errors naming what is wrong, and
 * nothing is written: the site from the last good run stays byte for byte. Through the CLI, with real files.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createMemoryLogger } from '../support/memory.js';
import { tempDir } from '../support/memory.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
const HEADER = 'date,app_id,app_name,api,feature_id,feature_name,unit,quantity,tokens,tokens_estimated';
const row = (date: string, quantity: string, tokens: string, estimated = 'false') =>
  `${date},app-1,App 1,Model Derivative,md-simple,Model Derivative - simple job,job,${quantity},${tokens},${estimated}`;

async function cli(args: string[]) {
  const logger = createMemoryLogger();
  const code = await main(args, {}, logger);
  return { code, text: logger.lines.join('\n') };
}

async function snapshot(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(relative(root, p), await readFile(p, 'utf8'));
    }
  };
  await walk(root);
  return out;
}

const site = () => join(dir.path, 'site');
const config = () => join(dir.path, 'aps-usage.yml');

beforeAll(async () => {
  dir = await tempDir();
  await writeFile(config(), 'source: file\nfile: usage.csv\nperiod: { from: 2026-11-01, to: 2026-11-03 }\n');
  await writeFile(
    join(dir.path, 'usage.csv'),
    [HEADER, row('2026-11-01', '2', '4'), row('2026-11-02', '3', '6'), row('2026-11-03', '1', '2')].join(
      '\n',
    ) + '\n',
  );
  const { code } = await cli(['run', '--config', config(), '--out', site()]);
  expect(code).toBe(0);
});
afterAll(() => dir.cleanup());

describe('bad numbers in a usage file', () => {
  it.each([
    [
      'a negative quantity',
      row('2026-11-04', '-5', '-30'),
      /usage\.csv:3: bad quantity "-5"; expected a quantity ≥ 0/,
    ],
    ['negative tokens', row('2026-11-04', '5', '-30'), /usage\.csv:3: bad tokens "-30"; expected tokens ≥ 0/],
    [
      'tokens_estimated true without tokens',
      row('2026-11-04', '5', '', 'true'),
      /usage\.csv:3: tokens_estimated is true but tokens is empty/,
    ],
  ])('%s: exit 1 naming file:line, the site unchanged', async (_, bad, message) => {
    const before = await snapshot(site());
    await writeFile(
      join(dir.path, 'usage.csv'),
      [HEADER, row('2026-11-01', '2', '4'), bad].join('\n') + '\n',
    );
    const { code, text } = await cli(['run', '--config', config(), '--out', site()]);
    expect(code).toBe(1);
    expect(text).toMatch(message);
    expect(await snapshot(site())).toEqual(before);
  });
});

describe('a per-API cap over features in different units', () => {
  it('exits 1 naming the API and both units, the site unchanged', async () => {
    const before = await snapshot(site());
    const da = (date: string, feature: string, unit: string, quantity: string) =>
      `${date},app-1,App 1,Automation API,${feature},Automation API - ${feature},${unit},${quantity},,false`;
    await writeFile(
      join(dir.path, 'usage.csv'),
      [
        HEADER,
        row('2026-11-01', '2', '4'),
        da('2026-11-02', 'da-revit', 'processing hour', '1.5'),
        da('2026-11-02', 'da-jobs', 'job', '40'),
      ].join('\n') + '\n',
    );
    const capped = join(dir.path, 'capped.yml');
    await writeFile(
      capped,
      'source: file\nfile: usage.csv\nperiod: { from: 2026-11-01, to: 2026-11-03 }\n' +
        'caps: { "Automation API": { unitsPerMonth: 100 } }\n',
    );
    const { code, text } = await cli(['run', '--config', capped, '--out', site()]);
    expect(code).toBe(1);
    expect(text).toContain('caps."Automation API"');
    expect(text).toContain('job (da-jobs)');
    expect(text).toContain('processing hour (da-revit)');
    expect(text).toMatch(/expected a cap per feature id/);
    expect(await snapshot(site())).toEqual(before);
  });
});
