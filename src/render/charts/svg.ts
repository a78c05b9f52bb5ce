/**
 * Vega-Lite → SVG in-process, no canvas. vega is imported lazily so that commands which draw no chart
 * (`--help`, `validate`) start fast.
 */
import type { TopLevelSpec } from 'vega-lite';

type Renderer = (spec: TopLevelSpec) => Promise<string>;
let renderer: Promise<Renderer> | undefined;

async function loadRenderer(): Promise<Renderer> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  return async (spec) => {
    const compiled = vl.compile(spec).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    try {
      return compactSvg(await view.toSVG());
    } finally {
      view.finalize();
    }
  };
}

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  renderer ??= loadRenderer();
  return (await renderer)(spec);
}

/**
 * Rounds coordinates to one decimal: a quarter of the bytes, no visible change. Only inside tags, so text
 * (axis labels, names) keeps every digit.
 */
export function compactSvg(svg: string): string {
  return svg.replace(/<[^>]*>/g, (tag) => tag.replace(/(\d\.\d)\d+/g, '$1'));
}
