/** Chart drawing is an option of the renderer: the site's charts come from the drawer it is given. */
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/render/render.js';
import { syntheticModel } from '../support/site.js';

describe('renderSite drawChart', () => {
  it('draws every chart through the given drawer, plot and id, and places what it returns', async () => {
    const drawn: { id: string; kind: string }[] = [];
    const site = await renderSite(syntheticModel({ apps: 2, days: 10 }), {
      dataFiles: [],
      drawChart: (plot, id) => {
        drawn.push({ id, kind: plot.kind });
        return `<svg class="drawn-by-test" data-n="${drawn.length}"></svg>`;
      },
    });
    const html = [...site.files].filter(([p]) => p.endsWith('.html')).map(([, text]) => text);
    const placed = html.join('\n').match(/<svg class="drawn-by-test"/g) ?? [];
    expect(drawn.length).toBeGreaterThan(3);
    expect(placed).toHaveLength(drawn.length);
    expect(new Set(drawn.map((d) => d.id)).size).toBeGreaterThan(1);
    expect(new Set(drawn.map((d) => d.kind))).toEqual(new Set(['stacked', 'bars', 'series']));
    // Nothing was drawn behind the drawer's back.
    expect(html.join('\n')).not.toMatch(/<svg xmlns/);
  });
});
