/**
 * Vega-Lite → SVG in-process, no canvas. vega is imported lazily so that commands which draw no chart
 * (`--help`, `validate`) start fast.
 */
import type * as Vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';

type Renderer = (spec: TopLevelSpec) => Promise<string>;
let renderer: Promise<Renderer> | undefined;

/** Parsed specs kept, by chart shape; a site has a few dozen shapes however many apps it has. */
const MAX_CACHED_SPECS = 256;

interface Datasets {
  /** The spec with every inline `data: { values }` replaced by a named source (`d0`, `d1`, …). */
  shape: unknown;
  values: Map<string, unknown[]>;
}

/**
 * Separates a spec's inline data from its shape. Charts of the same shape (every app's burn-down, say) then share
 * one Vega-Lite compilation, about a fifth of a chart's time; a site draws hundreds.
 */
export function splitData(spec: TopLevelSpec): Datasets {
  const values = new Map<string, unknown[]>();
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (
        key === 'data' &&
        value &&
        typeof value === 'object' &&
        Array.isArray((value as { values?: unknown }).values)
      ) {
        const name = `d${values.size}`;
        values.set(name, (value as { values: unknown[] }).values);
        out[key] = { name };
      } else out[key] = walk(value);
    }
    return out;
  };
  return { shape: walk(spec), values };
}

async function loadRenderer(): Promise<Renderer> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  // Parsed Vega specs by chart shape: compiling (Vega-Lite) and parsing (Vega: expressions, marks, scales) depend on
  // the shape only, since the data arrives by name afterwards. Views are not reused: a reused view keeps its
  // scenegraph items in the order of earlier data, so the same chart would not give the same bytes — month pages
  // must.
  const parsed = new Map<string, ReturnType<typeof vega.parse>>();
  const expr = cachedExpressions(vega);
  return async (spec) => {
    const { shape, values } = splitData(spec);
    const key = JSON.stringify(shape);
    let runtime = parsed.get(key);
    if (!runtime) {
      if (parsed.size >= MAX_CACHED_SPECS) parsed.delete(parsed.keys().next().value!);
      runtime = vega.parse(vl.compile(shape as TopLevelSpec).spec);
      parsed.set(key, runtime);
    }
    // vega numbers clip paths and gradients with process-wide counters: reset them, so a chart's bytes do not
    // depend on how many charts were drawn before it (month pages must be byte-stable).
    vega.resetSVGDefIds();
    const view = new vega.View(runtime, { renderer: 'none', expr });
    try {
      for (const [name, rows] of values) view.data(name, structuredClone(rows) as object[]);
      return compactSvg(titlesFromDescriptions(await view.toSVG()));
    } finally {
      view.finalize();
    }
  };
}

type ExpressionKind = 'operator' | 'parameter' | 'event' | 'handler' | 'encode';
type Codegen = Record<ExpressionKind, (ctx: unknown, expr: object) => unknown> & { codegen: unknown };

/**
 * Vega's own expression code generator (the View's `expr` option), with each generated function kept by the
 * parsed expression it came from. A new View otherwise compiles every expression of its spec again with
 * `Function(…)` — the same source for every chart of a shape, since the parsed spec is shared. The cached function
 * is bound to each view's own function context, exactly as vega binds a fresh one.
 */
function cachedExpressions(vega: typeof Vega): Codegen {
  // The default generator is not exported by name; a runtime context built without one carries it.
  const runtimeContext = (vega as unknown as { runtimeContext: (...args: unknown[]) => { expr: Codegen } })
    .runtimeContext;
  const base = runtimeContext({ events: () => undefined }, {}, null).expr;
  const kinds: ExpressionKind[] = ['operator', 'parameter', 'event', 'handler', 'encode'];
  const out = { codegen: base.codegen } as Codegen;
  for (const kind of kinds) {
    const cache = new WeakMap<object, unknown>();
    out[kind] = (ctx, expr) => {
      let fn = cache.get(expr);
      if (fn === undefined) {
        // Without a context vega returns the function unbound.
        fn = base[kind](null, expr);
        cache.set(expr, fn);
      }
      const functions = (ctx as { functions?: object } | null)?.functions;
      return functions ? (fn as (...args: unknown[]) => unknown).bind(functions) : fn;
    };
  }
  return out;
}

/** The chart being drawn in this thread: the next one waits for it. */
let drawing: Promise<unknown> = Promise.resolve();

/**
 * Renders a spec to SVG; `idPrefix` keeps the ids of several charts on one page apart. Charts asked for at once
 * are drawn one after another: vega's id counters are global to the thread, so two views drawing at the same
 * time would number each other's clip paths.
 */
export function renderSvg(spec: TopLevelSpec, idPrefix = ''): Promise<string> {
  const svg = drawing.then(async () => {
    renderer ??= loadRenderer();
    return prefixDefIds(await (await renderer)(spec), idPrefix);
  });
  drawing = svg.catch(() => undefined);
  return svg;
}

/**
 * vega writes a mark's description as `aria-label` (with a role description nobody needs). A `<title>` child
 * instead is both the mark's accessible name and the value a browser shows on hover, with JavaScript off. Runs
 * before `compactSvg`, which would otherwise round the figures in the label.
 */
export function titlesFromDescriptions(svg: string): string {
  return svg.replace(
    /<([a-z]+) aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="[^"]*"([^>]*)\/>/g,
    (_m, tag: string, label: string, rest: string) =>
      `<${tag} role="graphics-symbol"${rest}><title>${label}</title></${tag}>`,
  );
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
