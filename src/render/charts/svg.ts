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
    // vega numbers clip paths and gradients with process-wide counters: reset them, so a chart's bytes do not
    // depend on how many charts were drawn before it (month pages must be byte-stable).
    vega.resetSVGDefIds();
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    try {
      return compactSvg(await view.toSVG());
    } finally {
      view.finalize();
    }
  };
}

/** Renders a spec to SVG; `idPrefix` keeps the ids of several charts on one page apart. */
export async function renderSvg(spec: TopLevelSpec, idPrefix = ''): Promise<string> {
  renderer ??= loadRenderer();
  return prefixDefIds(await (await renderer)(spec), idPrefix);
}

/**
 * Rounds coordinates to one decimal: a quarter of the bytes, no visible change. Only inside tags, so text
 * (axis labels, names) keeps every digit.
 */
export function compactSvg(svg: string): string {
  return svg.replace(/<[^>]*>/g, (tag) => tag.replace(/(\d\.\d)\d+/g, '$1'));
}

/** `clip1` → `chart-x-clip1` in ids and references, inside tags only (never in text). */
export function prefixDefIds(svg: string, prefix: string): string {
  if (!prefix) return svg;
  return svg.replace(/<[^>]*>/g, (tag) =>
    tag.replace(
      /(id="|#)((?:p_)?gradient_\d+|clip\d+)\b/g,
      (_m, lead: string, id: string) => `${lead}${prefix}-${id}`,
    ),
  );
}
