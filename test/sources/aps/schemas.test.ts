import { describe, expect, it } from 'vitest';
import {
  ApsShapeError,
  parseClientsPage,
  parseDailyTotalsPage,
  parseFeaturesPage,
  toNumber,
} from '../../../src/sources/aps/schemas.js';

const EP = 'GET /applications/v2/clients/abc/usage/daily-totals';

function shapeError(fn: () => unknown): ApsShapeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApsShapeError) return error;
    throw error;
  }
  throw new Error('expected an ApsShapeError');
}

describe('parseDailyTotalsPage', () => {
  it('reads the working contract', () => {
    const page = parseDailyTotalsPage(
      {
        pagination: { limit: 100, nextUrl: 'https://developer.api.autodesk.com/next?cursor=abc' },
        results: [
          {
            date: '2026-01-15',
            featureId: 'automation-revit',
            featureName: 'Automation API - Revit',
            unit: 'processing hour',
            quantity: 3.5,
            tokens: 10.5,
          },
        ],
      },
      EP,
    );
    expect(page.items).toEqual([
      {
        date: '2026-01-15',
        featureId: 'automation-revit',
        featureName: 'Automation API - Revit',
        unit: 'processing hour',
        quantity: 3.5,
        tokens: 10.5,
        extra: {},
      },
    ]);
    expect(page.nextUrl).toBe('https://developer.api.autodesk.com/next?cursor=abc');
    expect(page.unknownKeys).toEqual([]);
  });

  it('accepts every alias, numeric strings, `data` instead of `results`, and hub fields', () => {
    const page = parseDailyTotalsPage(
      {
        data: [
          {
            usageDate: '2026-02-01',
            service: 'designautomation',
            serviceName: 'Design Automation',
            unitOfMeasure: 'hour',
            usage: '12.25',
            tokensConsumed: '4',
            clientId: 'cid',
            appName: 'Unknown App cid',
          },
          { day: '2026-02-02T00:00:00Z', feature: 'md-simple', name: 'Simple', value: 2 },
          { date: '2026-02-03', featureId: 'x', units: ' 7 ' },
          { date: '2026-02-04', featureId: 'y', total: 0 },
        ],
      },
      EP,
    );
    expect(page.items.map((r) => [r.date, r.featureId, r.featureName, r.unit, r.quantity, r.tokens])).toEqual(
      [
        ['2026-02-01', 'designautomation', 'Design Automation', 'hour', 12.25, 4],
        ['2026-02-02', 'md-simple', 'Simple', undefined, 2, null],
        ['2026-02-03', 'x', undefined, undefined, 7, null],
        ['2026-02-04', 'y', undefined, undefined, 0, null],
      ],
    );
    expect(page.items[0]).toMatchObject({ clientId: 'cid', appName: 'Unknown App cid' });
    expect(page.nextUrl).toBeUndefined();
  });

  it('accepts a bare array', () => {
    const page = parseDailyTotalsPage([{ date: '2026-03-01', featureId: 'f', quantity: 1 }], EP);
    expect(page.items).toHaveLength(1);
  });

  it('keeps unknown keys in `extra` and reports them (row and envelope)', () => {
    const page = parseDailyTotalsPage(
      {
        results: [
          { date: '2026-03-01', featureId: 'f', quantity: 1, region: 'EMEA', costCenter: { id: 7 } },
          { date: '2026-03-02', featureId: 'f', quantity: 1, region: 'US' },
        ],
        meta: { generated: 'now' },
      },
      EP,
    );
    expect(page.items[0]?.extra).toEqual({ region: 'EMEA', costCenter: { id: 7 } });
    expect(page.unknownKeys.sort()).toEqual(['costCenter', 'meta', 'region']);
  });

  it('names the endpoint and the keys it saw when a row has no date', () => {
    const e = shapeError(() =>
      parseDailyTotalsPage(
        {
          results: [
            { date: '2026-03-01', featureId: 'f', quantity: 1 },
            { when: 'x', amount: 2 },
          ],
        },
        EP,
      ),
    );
    expect(e.message).toBe(
      `${EP}: row 2 has no recognisable date (expected one of date, usageDate, day as YYYY-MM-DD, got nothing); keys seen: when, amount`,
    );
  });

  it('refuses an impossible date and says what it got', () => {
    const e = shapeError(() =>
      parseDailyTotalsPage({ results: [{ date: '2026-02-30', featureId: 'f', quantity: 1 }] }, EP),
    );
    expect(e.message).toContain('got "2026-02-30"');
  });

  it('names the keys it saw when a row has no quantity (or a non-numeric one)', () => {
    const e = shapeError(() =>
      parseDailyTotalsPage({ results: [{ date: '2026-03-01', featureId: 'f', count: 3 }] }, EP),
    );
    expect(e.message).toBe(
      `${EP}: row 1 has no recognisable quantity (expected a number of at most 1000000000000000 in size in one of quantity, usage, value, units, total, got nothing); keys seen: date, featureId, count`,
    );
    const e2 = shapeError(() =>
      parseDailyTotalsPage({ results: [{ date: '2026-03-01', quantity: 'lots' }] }, EP),
    );
    expect(e2.message).toContain('got "lots"');
  });

  it('refuses figures that would overflow the totals (or not read back from the history)', () => {
    for (const quantity of ['1e400', 1e308, -1e16]) {
      const e = shapeError(() =>
        parseDailyTotalsPage({ results: [{ date: '2026-03-01', featureId: 'f', quantity }] }, EP),
      );
      expect(e.message).toContain(
        `${EP}: row 1 has no recognisable quantity (expected a number of at most 1000000000000000 in size`,
      );
    }
    const e = shapeError(() =>
      parseDailyTotalsPage(
        { results: [{ date: '2026-03-01', featureId: 'f', quantity: 1, tokens: 1e300 }] },
        EP,
      ),
    );
    expect(e.message).toBe(`${EP}: row 1 has tokens 1e+300; expected a number of at most 1e+21 in size`);
  });

  it('names the keys of an envelope without rows', () => {
    const e = shapeError(() => parseDailyTotalsPage({ items: [], pagination: {} }, EP));
    expect(e.message).toBe(
      `${EP}: expected the rows in "results", "data" or a bare array; keys seen: items, pagination`,
    );
    expect(shapeError(() => parseDailyTotalsPage('oops', EP)).message).toContain('got "oops"');
  });

  it('keeps a row without a feature id under its name, else "unknown"', () => {
    const page = parseDailyTotalsPage(
      {
        results: [
          { date: '2026-03-01', featureName: 'Mystery', quantity: 1 },
          { date: '2026-03-01', quantity: 2 },
        ],
      },
      EP,
    );
    expect(page.items.map((r) => r.featureId)).toEqual(['Mystery', 'unknown']);
  });
});

describe('the charge flag', () => {
  const row = (fields: Record<string, unknown>) =>
    parseDailyTotalsPage({ results: [{ date: '2026-01-15', featureId: 'f', quantity: 1, ...fields }] }, EP)
      .items[0]!;

  it.each([
    [{ charged: true }, true],
    [{ charged: false }, false],
    [{ isCharged: false }, false],
    [{ isCharged: 'TRUE' }, true],
    [{ chargeable: 1 }, true],
    [{ chargeable: 0 }, false],
    [{ chargeStatus: 'charged' }, true],
    [{ chargeStatus: 'uncharged' }, false],
    [{ billingStatus: 'Resolved' }, true],
    [{ billingStatus: 'not-charged' }, false],
    [{ status: 'UNCHARGED' }, false],
    [{ status: 'charged' }, true],
  ])('reads %j as charged = %s, and does not report the key as unknown', (fields, expected) => {
    const page = parseDailyTotalsPage(
      { results: [{ date: '2026-01-15', featureId: 'f', quantity: 1, ...fields }] },
      EP,
    );
    expect(page.items[0]!.charged).toBe(expected);
    expect(page.items[0]!.extra).toEqual({});
    expect(page.unknownKeys).toEqual([]);
  });

  it('prefers a boolean flag to a status word', () => {
    expect(row({ status: 'charged', isCharged: false }).charged).toBe(false);
  });

  it('has no flag when the row says nothing, or a status that is not about charging (kept as unknown)', () => {
    expect('charged' in row({})).toBe(false);
    const other = parseDailyTotalsPage(
      { results: [{ date: '2026-01-15', featureId: 'f', quantity: 1, status: 'final', charged: 'maybe' }] },
      EP,
    );
    expect('charged' in other.items[0]!).toBe(false);
    expect(other.items[0]!.extra).toEqual({ status: 'final', charged: 'maybe' });
    expect(other.unknownKeys.sort()).toEqual(['charged', 'status']);
  });
});

describe('toNumber', () => {
  it('takes numbers and numeric strings, nothing else', () => {
    expect([1.5, '2', ' 3.25 ', '-1e3', '.5'].map(toNumber)).toEqual([1.5, 2, 3.25, -1000, 0.5]);
    expect(
      ['', '1,5', 'NaN', null, true, Number.NaN, Infinity, '0x10', '1e400', '-1e999'].map(toNumber),
    ).toEqual(Array(10).fill(undefined));
  });
});

describe('parseFeaturesPage', () => {
  it('reads the catalogue with aliases and skips rows without an id', () => {
    const page = parseFeaturesPage(
      {
        pagination: { limit: 2, nextUrl: 'https://x/next' },
        results: [
          {
            id: 'automation-revit',
            name: 'Automation API - Revit',
            api: 'Automation API',
            unit: 'processing hour',
          },
          { featureId: 'md-complex', displayName: 'Complex job', apiName: 'Model Derivative' },
          { featureId: 'fge', featureName: 'Flow Graph', service: 'Flow Graph Engine' },
          { name: 'no id' },
        ],
      },
      'GET /applications/v2/features',
    );
    expect(page.items).toEqual([
      {
        id: 'automation-revit',
        name: 'Automation API - Revit',
        api: 'Automation API',
        unit: 'processing hour',
      },
      { id: 'md-complex', name: 'Complex job', api: 'Model Derivative' },
      { id: 'fge', name: 'Flow Graph', api: 'Flow Graph Engine' },
    ]);
    expect(page.nextUrl).toBe('https://x/next');
  });
});

describe('parseClientsPage', () => {
  it('reads a list page and a single client', () => {
    expect(
      parseClientsPage({ results: [{ id: 'a', name: 'A' }, { id: 'b' }] }, 'GET /clients').items,
    ).toEqual([{ id: 'a', name: 'A' }, { id: 'b' }]);
    expect(parseClientsPage({ id: 'a', name: 'A', callbackUris: [] }, 'GET /clients/a').items).toEqual([
      { id: 'a', name: 'A' },
    ]);
  });
});
