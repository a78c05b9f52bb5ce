import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/render/charts/svg.ts
var renderer;
var MAX_CACHED_SPECS = 256;
function splitData(spec) {
  const values = /* @__PURE__ */ new Map();
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "data" && value && typeof value === "object" && Array.isArray(value.values)) {
        const name = `d${values.size}`;
        values.set(name, value.values);
        out[key] = { name };
      } else out[key] = walk(value);
    }
    return out;
  };
  return { shape: walk(spec), values };
}
async function loadRenderer() {
  const [vega, vl] = await Promise.all([import("./vega.module-DTZVMZZF.js"), import("./build-VXOU5MLN.js")]);
  const parsed = /* @__PURE__ */ new Map();
  const expr = cachedExpressions(vega);
  return async (spec) => {
    const { shape, values } = splitData(spec);
    const key = JSON.stringify(shape);
    let runtime = parsed.get(key);
    if (!runtime) {
      if (parsed.size >= MAX_CACHED_SPECS) parsed.delete(parsed.keys().next().value);
      runtime = vega.parse(vl.compile(shape).spec);
      parsed.set(key, runtime);
    }
    vega.resetSVGDefIds();
    const view = new vega.View(runtime, { renderer: "none", expr });
    try {
      for (const [name, rows] of values) view.data(name, structuredClone(rows));
      return compactSvg(titlesFromDescriptions(await view.toSVG()));
    } finally {
      view.finalize();
    }
  };
}
function cachedExpressions(vega) {
  const runtimeContext = vega.runtimeContext;
  const base = runtimeContext({ events: () => void 0 }, {}, null).expr;
  const kinds = ["operator", "parameter", "event", "handler", "encode"];
  const out = { codegen: base.codegen };
  for (const kind of kinds) {
    const cache = /* @__PURE__ */ new WeakMap();
    out[kind] = (ctx, expr) => {
      let fn = cache.get(expr);
      if (fn === void 0) {
        fn = base[kind](null, expr);
        cache.set(expr, fn);
      }
      const functions = ctx?.functions;
      return functions ? fn.bind(functions) : fn;
    };
  }
  return out;
}
var drawing = Promise.resolve();
function renderSvg(spec, idPrefix = "") {
  const svg = drawing.then(async () => {
    renderer ??= loadRenderer();
    return prefixDefIds(await (await renderer)(spec), idPrefix);
  });
  drawing = svg.catch(() => void 0);
  return svg;
}
function titlesFromDescriptions(svg) {
  return svg.replace(
    /<([a-z]+) aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="[^"]*"([^>]*)\/>/g,
    (_m, tag, label, rest) => `<${tag} role="graphics-symbol"${rest}><title>${label}</title></${tag}>`
  );
}
function compactSvg(svg) {
  return svg.replace(/<[^>]*>/g, (tag) => tag.replace(/(\d\.\d)\d+/g, "$1"));
}
function prefixDefIds(svg, prefix) {
  if (!prefix) return svg;
  return svg.replace(
    /<[^>]*>/g,
    (tag) => tag.replace(
      /(id="|#)((?:p_)?gradient_\d+|clip\d+)\b/g,
      (_m, lead, id) => `${lead}${prefix}-${id}`
    )
  );
}

export {
  renderSvg
};
