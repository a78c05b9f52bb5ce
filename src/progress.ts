/**
 * Progress lines for long phases (fetching a thousand apps, rendering ten thousand pages): a line at most once a
 * second and at least every ten seconds while the phase runs, so a log never sits silent for minutes and never
 * floods. The clock and the heartbeat timer are passed in, so the rate limits are tested without waiting.
 */

/** Calls `tick` every `everyMs` until the returned function is called. */
export type Ticker = (everyMs: number, tick: () => void) => () => void;

export interface ProgressOptions {
  /** Start of every line, e.g. `APS` or `pages`. */
  label: string;
  /** How many items the phase has (apps, pages); 0 when not known yet. */
  total: number;
  /** What the items are, e.g. `apps`, `pages written`. */
  unit: string;
  log: (line: string) => void;
  /** Milliseconds on any monotonic scale (the injected clock). */
  now: () => number;
  /** A line when the count moved and this long passed since the last one (clamped to 1–10 s). */
  everyMs?: number;
  /** Heartbeat; the default is an unref'd `setInterval`, so it never keeps the process alive. */
  ticker?: Ticker;
}

export interface Progress {
  /** `n` more items done. */
  advance(n?: number): void;
  /** Sets the total once it is known. */
  setTotal(total: number): void;
  /** Adds to a named counter shown on every line (`requests`, `retries`). */
  count(name: string, n?: number): void;
  /**
   * Stops the heartbeat. When progress lines were printed, a last one says the phase finished (unless the previous
   * line is under a second old); a phase too short for any line stays silent.
   */
  finish(): void;
}

export const MIN_LINE_GAP_MS = 1000;
export const MAX_SILENCE_MS = 10_000;

export const intervalTicker: Ticker = (everyMs, tick) => {
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};

export function startProgress(options: ProgressOptions): Progress {
  const everyMs = Math.min(MAX_SILENCE_MS, Math.max(MIN_LINE_GAP_MS, options.everyMs ?? 5000));
  const started = options.now();
  let lastLine = started;
  let printed = false;
  let done = 0;
  let total = options.total;
  let moved = false;
  const counters = new Map<string, number>();

  const line = (final: boolean): void => {
    const now = options.now();
    const of = total > 0 ? ` of ${fmt(total)}` : '';
    const pct = total > 0 && !final ? ` (${Math.floor((100 * done) / total)} %)` : '';
    const extra = [...counters].map(([name, n]) => `, ${fmt(n)} ${name}`).join('');
    options.log(
      `${options.label}: ${fmt(done)}${of} ${options.unit}${pct}${extra}${final ? ', done' : ''} after ${seconds(now - started)}`,
    );
    lastLine = now;
    printed = true;
    moved = false;
  };
  const maybeLine = (): void => {
    const gap = options.now() - lastLine;
    if ((moved && gap >= everyMs) || gap >= MAX_SILENCE_MS) line(false);
  };
  // The heartbeat checks twice a second: a silent stretch ends within 10.5 s, and two lines never come closer
  // than `everyMs` ≥ 1 s, because both paths measure from the last line printed.
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
    },
  };
}

function fmt(n: number): string {
  return n.toLocaleString('en');
}

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
