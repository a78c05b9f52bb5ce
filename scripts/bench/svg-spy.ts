/**
 * Stands in for the report's chart renderer in the bench bundle only (an esbuild plugin swaps it in): every spec
 * the report draws is handed to `globalThis.__benchSpecSpy` first, data included, so the bench can save the charts
 * of a real build and draw them again with `vl2svg`.
 */
import * as real from '../../src/render/charts/svg.js';

export * from '../../src/render/charts/svg.js';

export async function renderSvg(
  ...args: Parameters<typeof real.renderSvg>
): ReturnType<typeof real.renderSvg> {
  (globalThis as { __benchSpecSpy?: (spec: unknown) => void }).__benchSpecSpy?.(args[0]);
  return real.renderSvg(...args);
}
