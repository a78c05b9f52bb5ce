/**
 * Stands in for `vega-lite` in the bench bundle only (an esbuild plugin swaps it in): every spec the report
 * compiles is handed to `globalThis.__benchSpecSpy` first, so the bench can save the charts of a real build.
 */
import * as vl from 'vega-lite';

export * from 'vega-lite';

export function compile(...args: Parameters<typeof vl.compile>): ReturnType<typeof vl.compile> {
  (globalThis as { __benchSpecSpy?: (spec: unknown) => void }).__benchSpecSpy?.(args[0]);
  return vl.compile(...args);
}
