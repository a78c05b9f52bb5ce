import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createMemoryLogger } from '../support/memory.js';
import type { ReportModel } from '../../src/model/types.js';
import { formatExportCsv } from '../../src/model/export-format.js';
import { DEMO_CONFIG } from '../../src/sources/demo-data.js';
import { makeUsageRecord } from '../support/records.js';
import { tempDir } from '../support/memory.js';

let dir: { path: string; cleanup: () => Promise<void> };
const site = () => join(dir.path, 'site');

async function cli(args: string[], env: Record<string, string> = {}) {
  const logger = createMemoryLogger();
  const code = await main(args, env, logger);
  return { code, lines: logger.lines, text: logger.lines.join('\n') };
}

beforeAll(async () => {
  dir = await tempDir();
  const { code } = await cli(['demo', '--out', site()]);
  expect(code).toBe(0);
});
afterAll(() => dir.cleanup());

describe('aps-usage-report demo', () => {
  it('writes an overview with at least 3 inline SVG charts, no scripts and no other host', async () => {
    const html = await readFile(join(site(), 'index.html'), 'utf8');
    expect(html.match(/<svg[\s>]/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    // Namespaces are identifiers, not loads; any other absolute URL would reach another host.
    const urls =
      html.replace(/xmlns(:\w+)?="[^"]*"/g, '').match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? [];
    expect(urls).toEqual([]);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(html)?.[1]
      ?.replace(/&#x27;/g, "'")
      .replace(/&#x3D;/g, '=');
    // Only the inline stylesheet, by its hash: the pages load no images, scripts or fonts.
    expect(csp).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/,
    );
  });

  it('writes summary.md and one CSV per month of history', async () => {
    expect(await readFile(join(site(), 'summary.md'), 'utf8')).toMatch(/^## APS usage — demo/);
    const data = await readdir(join(site(), 'data'));
    expect(data.filter((n) => /^usage-\d{4}-\d{2}\.csv$/.test(n)).length).toBeGreaterThanOrEqual(7);
    expect(data).toContain('report.json');
  });

  it('is incremental and stable: a second run into the same folder rewrites no file', async () => {
    const { code, text } = await cli(['demo', '--out', site()]);
    expect(code).toBe(0);
    expect(text).toMatch(/\(0 of \d+ files changed/);
  });
});

describe('aps-usage-report demo --live', () => {
  it('fetches the same period through the real APS client from the loopback APS', async () => {
    const out = join(dir.path, 'live');
    const { code, text } = await cli(['demo', '--live', '--out', out]);
    expect(code).toBe(0);
    expect(text).toMatch(/Loopback APS listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(text).toMatch(/[1-9]\d* requests to the loopback APS/);
    const demo = JSON.parse(await readFile(join(site(), 'data/report.json'), 'utf8')) as ReportModel;
    const live = JSON.parse(await readFile(join(out, 'data/report.json'), 'utf8')) as ReportModel;
    expect(live.period).toEqual(demo.period);
    expect(live.totals.tokens).toBe(demo.totals.tokens);
    expect(text).not.toMatch(/BEGIN PRIVATE KEY/);
  });
});

describe('aps-usage-report run with source: file', () => {
  it('reproduces the demo totals from the exported CSVs', async () => {
    const out = join(dir.path, 'from-file');
    const config = join(dir.path, 'file.yml');
    await writeFile(
      config,
      [
        'source: file',
        'file: site/data/usage-*.csv',
        'period: { from: 2026-10-22, to: 2026-11-20 }',
        // Estimates are derived from the rates of the run, not read from the files: the demo's rates, the same figures.
        `rates: ${JSON.stringify(DEMO_CONFIG.rates)}`,
      ].join('\n'),
    );
    const { code, text } = await cli(['run', '--config', config, '--out', out]);
    expect(text).not.toMatch(/error/);
    expect(code).toBe(0);
    const demo = JSON.parse(await readFile(join(site(), 'data/report.json'), 'utf8')) as ReportModel;
    const again = JSON.parse(await readFile(join(out, 'data/report.json'), 'utf8')) as ReportModel;
    expect(again.totals.tokens).toBe(demo.totals.tokens);
    expect(again.totals.comparison).toEqual(demo.totals.comparison);
    expect(again.apps.map((a) => [a.id, a.tokens]).sort()).toEqual(
      demo.apps.map((a) => [a.id, a.tokens]).sort(),
    );
    // The history round-trips byte for byte.
    for (const name of (await readdir(join(site(), 'data'))).filter((n) => n.endsWith('.csv'))) {
      expect(await readFile(join(out, 'data', name), 'utf8')).toBe(
        await readFile(join(site(), 'data', name), 'utf8'),
      );
    }
  });
});

describe('aps-usage-report validate, source: file', () => {
  it('checks that the files exist, as the run would, against the config file folder', async () => {
    const sub = join(dir.path, 'cfg');
    await mkdir(sub, { recursive: true });
    const config = join(sub, 'files.yml');
    await writeFile(config, 'source: file\nfile: [missing.csv, "none/*.csv"]\n');
    const bad = await cli(['validate', '--config', config]);
    expect(bad.code).toBe(1);
    expect(bad.text).toContain(
      `file[0]: expected an existing usage file, got "missing.csv" (nothing at ${join(sub, 'missing.csv')})`,
    );
    await writeFile(join(sub, 'missing.csv'), formatExportCsv([makeUsageRecord()]));
    const pattern = await cli(['validate', '--config', config]);
    expect(pattern.code).toBe(1);
    expect(pattern.text).toContain(
      'file[1]: expected a pattern matching at least one file, got "none/*.csv"',
    );
    await writeFile(config, 'source: file\nfile: [missing.csv]\n');
    expect((await cli(['validate', '--config', config])).code).toBe(0);
  });
});

describe('aps-usage-report run, log lines', () => {
  it('counts one record and one app in the singular', async () => {
    const config = join(dir.path, 'one.yml');
    await writeFile(join(dir.path, 'one.csv'), formatExportCsv([makeUsageRecord({ date: '2026-11-20' })]));
    await writeFile(
      config,
      ['source: file', 'file: one.csv', 'period: { from: 2026-11-01, to: 2026-11-20 }'].join('\n'),
    );
    const { code, text } = await cli(['run', '--config', config, '--out', join(dir.path, 'one-out')]);
    expect(code, text).toBe(0);
    expect(text).toContain('1 record from 1 app\n');
    expect(text).toContain('history: 1 record (1 new, 0 corrected, 0 unchanged)');
    expect(text).not.toMatch(/\b1 records\b|\b1 apps\b/);
  });
});

describe('aps-usage-report run --dry-run', () => {
  it('writes nothing and says so instead of "Report written"', async () => {
    const out = join(dir.path, 'dry');
    const config = join(dir.path, 'dry.yml');
    await writeFile(config, ['source: file', 'file: site/data/usage-*.csv'].join('\n'));
    const { code, text } = await cli(['run', '--config', config, '--out', out, '--dry-run']);
    expect(code, text).toBe(0);
    expect(text).toMatch(/Dry run: (\d+) of \1 files would change in .*dry; nothing was written/);
    expect(text).not.toMatch(/Report written|Open it with/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('aps-usage-report run --publish pages', () => {
  it('publishes to a remote given as a path relative to the config file, then finds nothing to change', async () => {
    const { createBareRepo, listBranchFiles, tempDirs } = await import('../support/temp-git.js');
    const dirs = tempDirs();
    try {
      const remote = await createBareRepo(dirs);
      const config = join(dir.path, 'pages.yml');
      await writeFile(
        config,
        [
          'source: file',
          'file: site/data/usage-*.csv',
          'publish:',
          `  pages: { remote: ${relative(dir.path, remote)} }`,
        ].join('\n'),
      );
      const first = await cli(['run', '--config', config, '--publish', 'pages']);
      expect(first.code, first.text).toBe(0);
      expect(first.text).toMatch(/Published to the Pages branch: commit [0-9a-f]{12}/);
      expect(first.text).not.toMatch(/Report written/);
      expect(await listBranchFiles(remote, 'gh-pages')).toContain('index.html');
      const second = await cli(['run', '--config', config, '--publish', 'pages']);
      expect(second.text).toMatch(/Pages branch unchanged/);
    } finally {
      await dirs.cleanup();
    }
    // Two runs with real git clones: on a shared two-core machine this outlasts the default 30 s.
  }, 120_000);
});

describe('bad input', () => {
  it.each([
    ['a wrong type', 'source: demo\napps: [{ id: a, monthlyBudget: lots }]\n', 'apps[0].monthlyBudget'],
    ['an unknown source', 'source: ftp\n', 'source: expected one of'],
    ['a bad date', 'source: demo\nperiod: { from: 2026-13-01, to: 2026-12-01 }\n', 'period.from'],
    ['a secret in the file', 'source: demo\nclientSecret: hunter2\n', 'APS_CLIENT_SECRET'],
    // Found before the fetch: without credentials the aps source would otherwise fail first.
    [
      'a missing template folder',
      'source: aps\napps: [{ id: a }]\nreport: { templates: nowhere }\n',
      'report.templates',
    ],
    ['a time zone that does not exist', 'source: demo\nreport: { timezone: Mars/Base }\n', 'report.timezone'],
    [
      'a 274-year period',
      'source: demo\nperiod: last-99999-days\n',
      'period: expected at most last-3660-days',
    ],
    [
      'a period from year 1 to 9999',
      'source: demo\nperiod: { from: 0001-01-01, to: 9999-12-31 }\n',
      'period: expected from and to at most 3660 days',
    ],
  ])(
    '%s exits 1 with a one-line message naming the field, and writes nothing',
    async (_name, yaml, field) => {
      const config = join(dir.path, 'bad.yml');
      const out = join(dir.path, 'bad-out');
      await writeFile(config, yaml);
      const { code, lines } = await cli(['run', '--config', config, '--out', out]);
      expect(code).toBe(1);
      const errors = lines.filter((l) => l.startsWith('error:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(field);
      expect(errors[0]).not.toContain('\n');
      expect(errors[0]).not.toContain('hunter2');
      expect(existsSync(out)).toBe(false);
    },
  );

  it('a corrupted history file stops the run with exit 1, names file and line, and is left untouched', async () => {
    const out = join(dir.path, 'corrupt');
    expect((await cli(['demo', '--out', out])).code).toBe(0);
    const file = join(out, 'data/usage-2026-06.csv');
    const original = await readFile(file, 'utf8');
    const lines = original.split('\n');
    lines[5] = lines[5]!.replace(/,[\d.]+,/, ',NaNish,');
    const corrupted = lines.join('\n');
    await writeFile(file, corrupted);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    const { code, text } = await cli(['demo', '--out', out]);
    expect(code).toBe(1);
    expect(text).toContain('usage-2026-06.csv:6');
    expect(await readFile(file, 'utf8')).toBe(corrupted);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe(index);
  });

  it('bad --from/--to, an empty --publish and an --out that is a file exit 1 naming the flag, writing nothing', async () => {
    const config = join(dir.path, 'flags.yml');
    await writeFile(config, 'source: file\nfile: site/data/usage-*.csv\n');
    const out = join(dir.path, 'flags-out');
    const run = (...args: string[]) => cli(['run', '--config', config, '--out', out, ...args]);
    for (const [args, message] of [
      [['--from', '2026-02-01', '--to', '2026-01-01'], '--from 2026-02-01 is after --to 2026-01-01'],
      [
        ['--from', '2026-02-30', '--to', '2026-03-01'],
        '--from: expected a date as YYYY-MM-DD, got "2026-02-30"',
      ],
      [
        ['--from', '0001-01-01', '--to', '9999-12-31'],
        '--from 0001-01-01 --to 9999-12-31 is 3652059 days; expected at most 3660 days',
      ],
      [['--publish', ''], '--publish: expected a comma list of files, pages, issue, summary, got ""'],
      [['--publish', ' , '], '--publish: expected a comma list of files, pages, issue, summary, got " , "'],
      [['--out', ''], '--out: expected a path, got ""'],
      [['--refresh-token-file', ''], '--refresh-token-file: expected a path, got ""'],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.text).toContain(message);
    }
    expect(existsSync(out)).toBe(false);
    await writeFile(out, 'not a folder\n');
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.text).toContain(`output folder ${out}: is a file; expected a folder`);
    expect(await readFile(out, 'utf8')).toBe('not a folder\n');
  });

  it('checks the refresh-token folder only when the run signs in with a refresh token', async () => {
    const missing = join(dir.path, 'no/such/folder/token');
    const apsConfig = join(dir.path, 'aps-refresh.yml');
    await writeFile(apsConfig, 'source: aps\napps: [{ id: app-1 }]\n');
    const refresh = {
      APS_CLIENT_ID: 'id',
      APS_CLIENT_SECRET: 'secret-1234',
      APS_REFRESH_TOKEN: 'refresh-1234',
    };
    const refused = await cli(
      ['run', '--config', apsConfig, '--out', join(dir.path, 'rt-out'), '--refresh-token-file', missing],
      refresh,
    );
    expect(refused.code).toBe(1);
    expect(refused.text).toContain(`--refresh-token-file ${missing}: cannot write to the folder`);
    expect(existsSync(join(dir.path, 'rt-out'))).toBe(false);
    // source: file involves no refresh token: an unwritable token folder (here: a missing one, since the tests may
    // run as root, for whom every folder is writable) is no reason to fail.
    const fileConfig = join(dir.path, 'rt-file.yml');
    await writeFile(fileConfig, 'source: file\nfile: site/data/usage-*.csv\n');
    const ok = await cli([
      'run',
      '--config',
      fileConfig,
      '--out',
      join(dir.path, 'rt-file-out'),
      '--refresh-token-file',
      missing,
    ]);
    expect(ok.code, ok.text).toBe(0);
  });

  it('resolves publish.files.dir against the config file, and quotes the path it prints', async () => {
    const configDir = join(dir.path, 'conf dir');
    await mkdir(configDir, { recursive: true });
    await writeFile(
      join(configDir, 'c.yml'),
      `source: file\nfile: ${join(dir.path, 'site/data/usage-*.csv')}\npublish: { files: { dir: 'out 先' } }\n`,
    );
    const r = await cli(['run', '--config', join(configDir, 'c.yml')]);
    expect(r.code, r.text).toBe(0);
    expect(existsSync(join(configDir, 'out 先', 'index.html'))).toBe(true);
    const shown = relative(process.cwd(), join(configDir, 'out 先', 'index.html'));
    expect(r.text).toContain(`Open it with: xdg-open '${shown}'`);
  });

  it('a site that cannot be written completely is not written at all', async () => {
    const out = join(dir.path, 'blocked');
    expect((await cli(['demo', '--out', out])).code).toBe(0);
    const before = new Map<string, string>();
    for (const name of ['index.html', 'data/report.json', 'summary.md'])
      before.set(name, await readFile(join(out, name), 'utf8'));
    // The next run changes every page (another language); a folder stands where one month page goes.
    const months = (await readdir(join(out, 'months'))).filter((n) => /^\d{4}-\d{2}\.html$/.test(n));
    const blocked = join(out, 'months', months.at(-1)!);
    await rm(blocked);
    await mkdir(blocked);
    const { code, text } = await cli(['demo', '--out', out, '--locale', 'ja']);
    expect(code).toBe(1);
    expect(text).toContain(`${blocked}: EISDIR; nothing was replaced`);
    for (const [name, content] of before) expect(await readFile(join(out, name), 'utf8'), name).toBe(content);
    const leftovers = (await readdir(out, { recursive: true })).filter((n) => String(n).endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('unknown commands and options get a helpful message', async () => {
    expect((await cli(['frobnicate'])).text).toMatch(/unknown command "frobnicate"/);
    const r = await cli(['run', '--config', 'x.yml', '--publish', 'ftp']);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/(config file not found|--publish: unknown target)/);
    expect((await cli(['demo', '--nope'])).text).toMatch(/demo: .*--nope/);
  });

  it('demo --help says what --live fetches, and promises no windows it does not use', async () => {
    const { text } = await cli(['demo', '--help']);
    expect(text).toMatch(
      /--live +fetch the demo data through the real APS client from a loopback APS server/,
    );
    expect(text).not.toMatch(/200-day|windows/i);
  });

  it('--help works on every command', async () => {
    for (const args of [['--help'], ['demo', '--help'], ['run', '--help'], ['validate', '--help']]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(r.text).toMatch(/aps-usage-report/);
    }
  });
});
