import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/progress.ts
var MIN_LINE_GAP_MS = 1e3;
var MAX_SILENCE_MS = 1e4;
var intervalTicker = (everyMs, tick) => {
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
function startProgress(options) {
  const everyMs = Math.min(MAX_SILENCE_MS, Math.max(MIN_LINE_GAP_MS, options.everyMs ?? 5e3));
  const started = options.now();
  let lastLine = started;
  let printed = false;
  let done = 0;
  let total = options.total;
  let moved = false;
  const counters = /* @__PURE__ */ new Map();
  const line = (final) => {
    const now = options.now();
    const of = total > 0 ? ` of ${fmt(total)}` : "";
    const pct = total > 0 && !final ? ` (${Math.floor(100 * done / total)} %)` : "";
    const extra = [...counters].map(([name, n]) => `, ${fmt(n)} ${name}`).join("");
    options.log(
      `${options.label}: ${fmt(done)}${of} ${options.unit}${pct}${extra}${final ? ", done" : ""} after ${seconds(now - started)}`
    );
    lastLine = now;
    printed = true;
    moved = false;
  };
  const maybeLine = () => {
    const gap = options.now() - lastLine;
    if (moved && gap >= everyMs || gap >= MAX_SILENCE_MS) line(false);
  };
  const stop = (options.ticker ?? intervalTicker)(500, maybeLine);
  return {
    advance(n = 1) {
      done += n;
      moved = true;
      maybeLine();
    },
    setTotal(n) {
      total = n;
    },
    count(name, n = 1) {
      counters.set(name, (counters.get(name) ?? 0) + n);
      moved = true;
      maybeLine();
    },
    finish() {
      stop();
      if (printed && options.now() - lastLine >= MIN_LINE_GAP_MS) line(true);
    }
  };
}
function fmt(n) {
  return n.toLocaleString("en");
}
function seconds(ms) {
  const s = Math.round(ms / 1e3);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

export {
  startProgress
};
