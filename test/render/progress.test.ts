import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/render/render.js';
import { syntheticModel } from '../support/site.js';

describe('renderSite onPage', () => {
  it('counts every HTML page once, in order, against the total', async () => {
    const calls: [number, number][] = [];
    // 3 apps over 2026-10-31..2026-11-20: the overview, 3 app pages, the months index, 2 month pages and the digest.
    const site = await renderSite(syntheticModel({ apps: 3, days: 51, end: '2026-11-20' }), {
      dataFiles: [],
      onPage: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => [i, 8]));
    expect([...site.files.keys()].filter((p) => p.endsWith('.html'))).toHaveLength(8);
  });
});
