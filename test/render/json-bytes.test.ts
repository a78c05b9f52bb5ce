import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/render/json-bytes.js';
import { joinChunks } from '../../src/site-files.js';

/** `items` with no element at `at` (a sparse array). */
function withHole(items: number[], at: number): number[] {
  delete items[at];
  return items;
}

/** All its chunks in one buffer. */
const jsonBytes = (value: unknown, end = '') => joinChunks(jsonChunks(value, end));

/** What it stands in for. */
const reference = (value: unknown, end = '') => Buffer.from(JSON.stringify(value, null, 1) + end, 'utf8');

describe('JSON bytes made a piece at a time', () => {
  it('writes a small object as JSON.stringify(value, null, 1) does, by hand', () => {
    expect(jsonBytes({ a: [1, { b: 'x' }], c: {} }, '\n').toString('utf8')).toBe(
      '{\n "a": [\n  1,\n  {\n   "b": "x"\n  }\n ],\n "c": {}\n}\n',
    );
  });

  it.each([
    ['empties', { a: [], b: {}, c: [[], {}], d: [{ e: [] }] }],
    [
      'left-out and null values',
      { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s'), null], d: null },
    ],
    ['holes', { a: withHole([1, 2, 3], 1) }],
    [
      'toJSON',
      { when: new Date(Date.UTC(2026, 10, 30)), list: [new Date(0)], gone: { toJSON: () => undefined } },
    ],
    ['numbers', { a: [-0, NaN, Infinity, 1e21, 0.1 + 0.2] }],
    ['text that JSON escapes', { 'a\nb': ['line\nbreak', 'quote " and \\', '\u2028 日本語 – ✓', '\u0000'] }],
    ['no prototype', [Object.assign(Object.create(null) as object, { a: { b: [1, 2] } })]],
    ['deep values', { apps: [{ id: 'x', series: [{ d: '2026-11-01', v: [1, 2, { w: [3] }] }] }] }],
    ['an array at the top', [[1, [2, [3, [4]]]], 'x']],
    ['a scalar', 'just text'],
  ])('gives the bytes of JSON.stringify for %s', (_name, value) => {
    expect(jsonBytes(value).equals(reference(value))).toBe(true);
    expect(jsonBytes(value, '\n').equals(reference(value, '\n'))).toBe(true);
  });

  it('gives the same bytes across many encoded pieces', () => {
    const apps = Array.from({ length: 3000 }, (_, i) => ({
      id: `app-${i}`,
      name: i % 7 === 0 ? `名前 ${i} – “quoted”` : `App ${i}`,
      daily: Array.from({ length: 30 }, (_, d) => ({
        date: `2026-11-${String(d + 1).padStart(2, '0')}`,
        v: i * d * 0.37,
      })),
    }));
    const value = { title: 'big', apps, months: [{ month: '2026-11', apps: apps.length }] };
    const bytes = jsonBytes(value, '\n');
    expect(bytes.length).toBeGreaterThan(2 * (1 << 20));
    expect(bytes.equals(reference(value, '\n'))).toBe(true);
    // A chunk is still whole once the next one is taken (a store writes it meanwhile).
    const copies: Buffer[] = [];
    let previous: Uint8Array | undefined;
    let chunks = 0;
    for (const chunk of jsonChunks(value, '\n')) {
      if (previous) copies.push(Buffer.from(previous));
      previous = chunk;
      chunks++;
    }
    copies.push(Buffer.from(previous!));
    expect(chunks).toBeGreaterThan(2);
    expect(Buffer.concat(copies).equals(bytes)).toBe(true);
  });
});
