// The scale table's arithmetic, against figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { bytesPerRecord, growthExponent, growthPoints, timesFloor } from '../../scripts/bench/growth.js';

describe('growthExponent', () => {
  it('is 1 for time proportional to records and 2 for time proportional to their square', () => {
    // 1 M → 2 s, 4 M → 8 s: ln(4) / ln(4) = 1.
    expect(
      growthExponent([
        { records: 1e6, value: 2 },
        { records: 4e6, value: 8 },
      ]),
    ).toBeCloseTo(1, 12);
    // 1 M → 1 s, 3 M → 9 s: ln(9) / ln(3) = 2.
    expect(
      growthExponent([
        { records: 1e6, value: 1 },
        { records: 3e6, value: 9 },
      ]),
    ).toBeCloseTo(2, 12);
  });

  it('is the two-point slope ln(v2/v1) / ln(n2/n1) for an uneven pair', () => {
    // 1,168,000 records in 19.3 s and 2,336,000 in 42.5 s: ln(42.5 / 19.3) / ln(2) = 0.789399… / 0.693147… = 1.13886…
    expect(
      growthExponent([
        { records: 1_168_000, value: 19.3 },
        { records: 2_336_000, value: 42.5 },
      ]),
    ).toBeCloseTo(1.13886, 4);
  });

  it('fits three points by least squares', () => {
    // x = ln 1, ln 2, ln 4 = 0, a, 2a with a = ln 2; y = 0, a, 3a (values 1, 2, 8).
    // mean x = a, mean y = 4a/3; slope = Σ(dx·dy) / Σdx² = (−a·−4a/3 + 0 + a·5a/3) / (2a²) = 3a² / 2a² = 1.5.
    expect(
      growthExponent([
        { records: 1, value: 1 },
        { records: 2, value: 2 },
        { records: 4, value: 8 },
      ]),
    ).toBeCloseTo(1.5, 12);
  });

  it('needs two distinct sizes with positive values', () => {
    expect(growthExponent([{ records: 1e6, value: 3 }])).toBeUndefined();
    expect(
      growthExponent([
        { records: 1e6, value: 3 },
        { records: 1e6, value: 4 },
      ]),
    ).toBeUndefined();
    expect(
      growthExponent([
        { records: 1e6, value: 3 },
        { records: 2e6, value: Number.NaN },
      ]),
    ).toBeUndefined();
  });
});

describe('growthPoints', () => {
  const p = (records: number) => ({ records, value: 1 });
  it('keeps the sizes between 0.9 M and 9 M records when two or more are there', () => {
    expect(growthPoints([p(146_000), p(1_168_000), p(2_336_000), p(8_760_000)])).toEqual({
      points: [p(1_168_000), p(2_336_000), p(8_760_000)],
      inRange: true,
    });
  });
  it('falls back to every size, and says so, when fewer than two are in range', () => {
    expect(growthPoints([p(146_000), p(584_000), p(1_168_000)])).toEqual({
      points: [p(146_000), p(584_000), p(1_168_000)],
      inRange: false,
    });
  });
});

describe('timesFloor and bytesPerRecord', () => {
  it('divides, and says nothing without a floor', () => {
    expect(timesFloor(12_200, 2_000)).toBe(6.1);
    expect(timesFloor(12_200, undefined)).toBeUndefined();
    expect(timesFloor(12_200, 0)).toBeUndefined();
  });
  it('is peak RSS over records, in whole bytes', () => {
    // 351 MB = 368,050,176 bytes over 146,000 records = 2,520.9 → 2,521.
    expect(bytesPerRecord(351 * 1024 * 1024, 146_000)).toBe(2521);
    expect(bytesPerRecord(undefined, 146_000)).toBeUndefined();
  });
});
