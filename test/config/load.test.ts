import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, readConfigFile } from '../../src/config/load.js';

function problems(yaml: string): string[] {
  try {
    parseConfig(yaml, 'aps-usage.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('accepts the documented keys and fills defaults', () => {
    const config = parseConfig(
      [
        'source: aps',
        'apps:',
        '  - id: Xq3abc',
        '    name: Viewer portal',
        '    monthlyBudget: 500',
        'aps: { concurrency: 2 }',
        'period: { from: 2026-01-01, to: 2026-03-31 }',
        'rates:',
        '  automation-revit: { tokensPerUnit: 6 }',
        'caps:',
        '  Automation API: { unitsPerMonth: 100 }',
        'report: { title: APS usage, locale: ja, timezone: Asia/Tokyo }',
        'publish:',
        '  files: { dir: site }',
        '  pages: { branch: gh-pages, dir: "." }',
        '  issue: { labels: [aps-usage], closeResolved: true }',
      ].join('\n'),
    );
    expect(config.apps[0]).toEqual({ id: 'Xq3abc', name: 'Viewer portal', monthlyBudget: 500 });
    expect(config.aps).toMatchObject({ concurrency: 2, trailingDays: 7 });
    expect(config.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(config.report).toMatchObject({ locale: 'ja', timezone: 'Asia/Tokyo', topApps: 8 });
    expect(config.budget.thresholds).toEqual([80, 100]);
  });

  it('reads balance and notes, with warnDays 30 by default, and names a bad balance field', () => {
    const config = parseConfig(
      'source: demo\nbalance: { tokens: 5000, asOf: 2026-11-01, expires: 2027-03-31 }\n' +
        'report: { notes: "Owner: **ops**" }\napps:\n  - id: a\n    notes: "See [runbook](https://x.test)"\n',
    );
    expect(config.balance).toEqual({ tokens: 5000, asOf: '2026-11-01', expires: '2027-03-31', warnDays: 30 });
    expect(config.report.notes).toBe('Owner: **ops**');
    expect(config.apps[0]!.notes).toBe('See [runbook](https://x.test)');
    expect(problems('source: demo\nbalance: { tokens: -1, asOf: 2026-11-01 }\n')).toEqual([
      'balance.tokens: expected the tokens left, as the Autodesk Account page shows them (≥ 0), got -1',
    ]);
    expect(problems('source: demo\nbalance: { tokens: 1, asOf: 2026-11-01, expires: 2026-10-01 }\n')).toEqual(
      ['balance.expires: expected expires on or after asOf, got "2026-10-01"'],
    );
    expect(problems('source: demo\nbalance: { tokens: 1 }\n')[0]).toMatch(/^balance\.asOf: /);
  });

  it('names the field, the bad value and the expected form', () => {
    expect(problems('source: demo\napps:\n  - id: a\n    monthlyBudget: lots\n')).toEqual([
      'apps[0].monthlyBudget: expected a number, got "lots"',
    ]);
    expect(problems('source: ftp\n')).toEqual(['source: expected one of "aps", "file", "demo", got "ftp"']);
    expect(problems('source: demo\nperiod: { from: 2026-02-30, to: 2026-03-01 }\n')[0]).toMatch(
      /^period\.from: expected a real calendar date as YYYY-MM-DD, got "2026-02-30"$/,
    );
    expect(problems('source: demo\nperiod: yesterday\n')[0]).toMatch(
      /^period: expected last-N-days, month-to-date, previous-month or \{ from, to \}, got "yesterday"$/,
    );
  });

  it('names the values of a period that is backwards or too long, once per problem', () => {
    expect(problems('source: demo\nperiod: { from: 2026-02-01, to: 2026-01-01 }\n')).toEqual([
      'period: expected from to be on or before to, got from 2026-02-01 and to 2026-01-01',
    ]);
    // 2000-01-01 through 2026-01-01: 26 years of 365 days, 7 leap days (2000, 2004, … 2024), both ends counted.
    expect(problems('source: demo\nperiod: { from: 2000-01-01, to: 2026-01-01 }\n')).toEqual([
      `period: expected from and to at most 3660 days (ten years) apart, got 2000-01-01 to 2026-01-01 (${26 * 365 + 7 + 1} days)`,
    ]);
    expect(problems('source: demo\nperiod: last-100000-days\n')).toEqual([
      'period: expected at most last-3660-days (ten years), got "last-100000-days"',
    ]);
    expect(problems('source: demo\nperiod: last-abc-days\n')).toEqual([
      'period: expected last-N-days, month-to-date, previous-month or { from, to }, got "last-abc-days"',
    ]);
    expect(parseConfig('source: demo\nperiod: last-3660-days\n').period).toBe('last-3660-days');
  });

  it('refuses a siteUrl that is not a web address instead of dropping it later', () => {
    expect(problems('source: demo\nreport: { siteUrl: "javascript:alert(1)" }\n')).toEqual([
      'report.siteUrl: expected an http(s) URL such as https://example.com/report/, got "javascript:alert(1)"',
    ]);
    expect(problems('source: demo\nreport: { siteUrl: "ftp://example.com/r/" }\n')).toHaveLength(1);
    expect(parseConfig('source: demo\nreport: { siteUrl: "http://example.com/r/" }\n').report.siteUrl).toBe(
      'http://example.com/r/',
    );
  });

  it('says limits, lists, whole numbers and URLs in words, not in zod’s', () => {
    expect(
      problems(
        [
          'source: demo',
          'aps: { concurrency: 0, trailingDays: 100, timeoutSeconds: 0 }',
          'budget: { thresholds: [] }',
          'history: { keepDays: 0 }',
          'report: { topApps: 2.5, siteUrl: notaurl }',
          'publish: { issue: { labels: aps-usage } }',
          'rates: { x: 5 }',
        ].join('\n'),
      ).sort(),
    ).toEqual(
      [
        'aps.concurrency: expected a number ≥ 1, got 0',
        'aps.trailingDays: expected a number ≤ 60, got 100',
        'aps.timeoutSeconds: expected a number > 0, got 0',
        'budget.thresholds: expected at least 1 item(s), got an empty list',
        'history.keepDays: expected a number > 0, got 0',
        'report.topApps: expected a whole number, got 2.5',
        'report.siteUrl: expected an http(s) URL such as https://example.com/report/, got "notaurl"',
        'publish.issue.labels: expected a list, got "aps-usage"',
        'rates.x: expected a mapping, got 5',
      ].sort(),
    );
  });

  it('checks report.timezone against the IANA time zones, so validate catches what run would fail on', () => {
    expect(problems('source: demo\nreport: { timezone: Mars/Base }\n')).toEqual([
      'report.timezone: expected an IANA time zone such as UTC or Asia/Tokyo, got "Mars/Base"',
    ]);
    expect(parseConfig('source: demo\nreport: { timezone: Asia/Tokyo }\n').report.timezone).toBe(
      'Asia/Tokyo',
    );
  });

  it('refuses secrets in the file and says where they belong instead', () => {
    expect(problems('source: aps\naps:\n  clientSecret: abc\napps: [{ id: a }]\n')).toEqual([
      'aps.clientSecret: secrets must not be stored in the config file; remove it and use the APS_CLIENT_SECRET environment variable or the aps-client-secret action input',
    ]);
    expect(problems('privateKey: x\n')[0]).toMatch(/APS_SERVICE_ACCOUNT_PRIVATE_KEY/);
    expect(problems('apps: [{ id: a, refresh_token: x }]\n')[0]).toMatch(
      /^apps\[0\]\.refresh_token: .*APS_REFRESH_TOKEN/,
    );
  });

  it('lists a secret together with the other problems of the file', () => {
    expect(problems('source: ftp\nclientSecret: x\n')).toEqual([
      expect.stringMatching(/^clientSecret: secrets must not be stored/),
      'source: expected one of "aps", "file", "demo", got "ftp"',
    ]);
  });

  it('does not mistake tokensPerUnit for a secret', () => {
    expect(() => parseConfig('source: demo\nrates: { md-simple: { tokensPerUnit: 1 } }\n')).not.toThrow();
  });

  it('rejects unknown keys and cross-field problems', () => {
    expect(problems('source: demo\napps: [{ id: a, budget: 5 }]\n')).toEqual([
      'apps[0].budget: unknown key; did you mean monthlyBudget?',
    ]);
    expect(problems('source: aps\n')[0]).toMatch(/^apps: expected at least one app/);
    expect(problems('source: file\n')[0]).toMatch(/^file: expected a CSV or JSON file/);
    expect(problems('source: demo\napps: [{ id: a }, { id: a }]\n')[0]).toMatch(
      /apps\[1\]\.id: "a" is listed twice/,
    );
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('source: demo\napps: [\n')[0]).toMatch(/^line \d+: invalid YAML/);
  });

  it('turns an alias bomb into a config error, not a crash', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    const found = problems(`source: demo\n${levels.join('\n')}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^invalid YAML: .*alias.*; expected a config whose anchors/);
  });

  it('refuses the placeholder the report offers for a missing rate, saying where the figure comes from', () => {
    expect(problems('source: demo\nrates: { f: { tokensPerUnit: TOKENS_PER_UNIT } }\n')).toEqual([
      'rates.f.tokensPerUnit: expected the tokens per unit from your APS rate sheet (a number ≥ 0; 0 rates it at 0), got "TOKENS_PER_UNIT"',
    ]);
    // 0 stays a valid, explicit choice.
    expect(parseConfig('source: demo\nrates: { f: { tokensPerUnit: 0 } }\n', 'aps-usage.yml').rates).toEqual({
      f: { tokensPerUnit: 0 },
    });
  });

  it('bounds rates, so that estimated tokens stay finite and read back', () => {
    expect(problems('source: demo\nrates: { f: { tokensPerUnit: 1e300 } }\n')).toEqual([
      'rates.f.tokensPerUnit: expected tokens per unit ≤ 1000000, got 1e+300',
    ]);
  });
});

describe('readConfigFile', () => {
  it('says when --config names a folder instead of the file', async () => {
    await expect(readConfigFile(tmpdir())).rejects.toThrow(
      /is a folder; expected the YAML file, e\.g\. .*aps-usage\.yml$/,
    );
  });
});
