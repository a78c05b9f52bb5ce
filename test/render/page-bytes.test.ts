/** A page's charts are placed into its bytes after the template ran: the same bytes as the SVG in the template. */
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { svgMarkers } from '../../src/render/page-bytes.js';
import { renderSite } from '../../src/render/render.js';
import { loadTemplateOverrides } from '../../src/config/template-overrides.js';
import { syntheticModel } from '../support/site.js';

describe('svgMarkers', () => {
  it('puts each SVG where its marker is, as UTF-8, and the text around it as it was', () => {
    const m = svgMarkers();
    const a = m.mark('<svg id="a">1</svg>');
    const b = m.mark('<svg id="b">2</svg>');
    const bytes = m.assemble(`<p>Nov 1 – Nov 30 — ${b}</p>${a}<i>≈${a}</i>`);
    expect(bytes?.toString('utf8')).toBe(
      '<p>Nov 1 – Nov 30 — <svg id="b">2</svg></p><svg id="a">1</svg><i>≈<svg id="a">1</svg></i>',
    );
    // Multi-byte characters counted as bytes, not characters: nothing cut, nothing left over.
    expect(bytes!.length).toBe(Buffer.byteLength(bytes!.toString('utf8')));
  });

  it('gives up on a marker that was not passed through whole', () => {
    const m = svgMarkers();
    const a = m.mark('<svg/>');
    expect(m.assemble(`<p>${JSON.stringify(a)}</p>`)).toBeUndefined();
    expect(m.assemble(`<p>${a.slice(1)}</p>`)).toBeUndefined();
    expect(m.assemble('<p>no chart at all</p>')?.toString('utf8')).toBe('<p>no chart at all</p>');
  });

  it('places nothing for text that only looks like a marker (data cannot guess the nonce)', () => {
    const m = svgMarkers();
    m.mark('<svg>secret</svg>');
    const forged = '\u00000000-guess:0\u0000';
    expect(m.assemble(`<td>${forged}</td>`)?.toString('utf8')).toBe(`<td>${forged}</td>`);
  });
});

describe('renderSite page bytes', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('a chart partial that prints the SVG through json gets the SVG, escaped as JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aps-templates-'));
    dirs.push(dir);
    await mkdir(join(dir, 'partials'));
    await writeFile(join(dir, 'partials/chart.html.hbs'), '<pre class="svg-json">{{json svg}}</pre>');
    const overrides = await loadTemplateOverrides(dir);
    const site = await renderSite(syntheticModel({ apps: 1, days: 5 }), {
      dataFiles: [],
      partials: overrides.partials,
      drawChart: () => '<svg data-by="test"></svg>',
    });
    const index = site.files.get('index.html')!;
    // Handlebars escapes the JSON text: the quotes of the JSON string and of the attribute.
    expect(index).toContain('<pre class="svg-json">&quot;&lt;svg data-by&#x3D;\\&quot;test\\&quot;&gt;');
    expect(index).not.toContain('\u0000');
  });
});
