import { describe, expect, it } from 'vitest';
import { startProgress, type Ticker } from '../src/progress.js';

/** A clock and a heartbeat the test moves by hand: time passes only in `advance`. */
function harness() {
  let now = 0;
  const lines: { at: number; text: string }[] = [];
  let tick: (() => void) | undefined;
  let every = 0;
  let stopped = false;
  const ticker: Ticker = (ms, fn) => {
    every = ms;
    tick = fn;
    return () => {
      stopped = true;
    };
  };
  return {
    lines,
    ticker,
    now: () => now,
    log: (text: string) => lines.push({ at: now, text }),
    /** Moves the clock in heartbeat steps, firing the heartbeat at each one, as a real interval would. */
    advance(ms: number) {
      for (let t = 0; t < ms; t += every) {
        now += Math.min(every, ms - t);
        if (!stopped) tick?.();
      }
    },
    get stopped() {
      return stopped;
    },
  };
}

describe('startProgress', () => {
  it('is silent for a phase shorter than its interval', () => {
    const h = harness();
    const p = startProgress({
      label: 'APS',
      total: 3,
      unit: 'apps',
      log: h.log,
      now: h.now,
      ticker: h.ticker,
    });
    p.advance();
    h.advance(400);
    p.advance();
    p.advance();
    p.finish();
    expect(h.lines).toEqual([]);
    expect(h.stopped).toBe(true);
  });

  it('prints when the count moved and the interval passed, with every counter', () => {
    const h = harness();
    const p = startProgress({
      label: 'APS',
      total: 1000,
      unit: 'apps',
      log: h.log,
      now: h.now,
      ticker: h.ticker,
      everyMs: 2000,
    });
    p.count('requests', 5);
    p.advance(10);
    h.advance(1500);
    expect(h.lines).toEqual([]);
    // The heartbeat at 2 s finds the count moved since the start: a line.
    h.advance(500);
    expect(h.lines).toEqual([{ at: 2000, text: 'APS: 10 of 1,000 apps (1 %), 5 requests after 2 s' }]);
    p.count('retries');
    h.advance(1500);
    p.advance(240);
    p.count('requests', 300);
    // 1.5 s after the last line: under the 2 s interval, nothing yet.
    expect(h.lines).toHaveLength(1);
    h.advance(500);
    expect(h.lines.at(-1)).toEqual({
      at: 4000,
      text: 'APS: 250 of 1,000 apps (25 %), 305 requests, 1 retries after 4 s',
    });
    // Nothing moved since: the heartbeat stays quiet until 10 s of silence.
    h.advance(9500);
    expect(h.lines).toHaveLength(2);
    h.advance(500);
    expect(h.lines.at(-1)!.at).toBe(14_000);
  });

  it('never prints two lines within a second, however fast the events come', () => {
    const h = harness();
    // everyMs below a second is raised to a second.
    const p = startProgress({
      label: 'pages',
      total: 0,
      unit: 'written',
      log: h.log,
      now: h.now,
      ticker: h.ticker,
      everyMs: 10,
    });
    for (let i = 0; i < 5000; i++) {
      p.advance();
      h.advance(i % 2 === 0 ? 1 : 0);
    }
    // 5000 events over 2.5 s; the count at each line is the events before the clock reached 1 s and 2 s.
    const gaps = h.lines.slice(1).map((l, i) => l.at - h.lines[i]!.at);
    expect(h.lines.length).toBe(2);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
    expect(h.lines.map((l) => l.text)).toEqual([
      'pages: 1,999 written after 1 s',
      'pages: 3,999 written after 2 s',
    ]);
  });

  it('prints at least every 10 s while nothing moves, and says when the phase finished', () => {
    const h = harness();
    const p = startProgress({
      label: 'APS',
      total: 4,
      unit: 'apps',
      log: h.log,
      now: h.now,
      ticker: h.ticker,
    });
    p.advance();
    // A long Retry-After: 25 s with no event at all.
    h.advance(25_000);
    expect(h.lines.map((l) => l.at)).toEqual([5000, 15_000, 25_000]);
    expect(h.lines[1]!.text).toBe('APS: 1 of 4 apps (25 %) after 15 s');
    h.advance(3000);
    p.advance(3);
    p.finish();
    expect(h.lines.at(-1)!.text).toBe('APS: 4 of 4 apps, done after 28 s');
    h.advance(60_000);
    expect(h.lines).toHaveLength(4);
  });

  it('formats long phases in minutes and a total set later', () => {
    const h = harness();
    const p = startProgress({
      label: 'APS',
      total: 0,
      unit: 'apps',
      log: h.log,
      now: h.now,
      ticker: h.ticker,
    });
    p.setTotal(20);
    p.advance(5);
    h.advance(125_000);
    expect(h.lines.at(-1)!.text).toBe('APS: 5 of 20 apps (25 %) after 2 min 05 s');
  });
});
