import { describe, expect, it } from 'vitest';
import { writeQueue, WriteFailure } from '../../src/history/write-queue.js';

/** A write that finishes when the test says so. */
function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { done, open, fail };
}

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the bounded write queue', () => {
  it('keeps at most the given number of writes in flight', async () => {
    const queue = writeQueue({ files: 2, bytes: 1000 });
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    await queue.add('a', 1, () => (started.push(0), gates[0]!.done));
    await queue.add('b', 1, () => (started.push(1), gates[1]!.done));
    const third = queue.add('c', 1, () => (started.push(2), gates[2]!.done));
    await settle();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    await third;
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    await queue.drain();
  });

  it('holds a write back while the bytes in flight would pass the bound, but writes a larger file alone', async () => {
    const queue = writeQueue({ files: 10, bytes: 100 });
    const big = gate();
    const small = gate();
    const started: string[] = [];
    await queue.add('big', 250, () => (started.push('big'), big.done));
    const next = queue.add('small', 10, () => (started.push('small'), small.done));
    await settle();
    expect(started).toEqual(['big']);
    big.open();
    await next;
    expect(started).toEqual(['big', 'small']);
    small.open();
    await queue.drain();
  });

  it('starts nothing more after a write failed, and names the file that failed', async () => {
    const queue = writeQueue({ files: 1 });
    const first = gate();
    await queue.add('data/a.csv', 1, () => first.done);
    const second = queue.add('b.html', 1, () => Promise.resolve());
    first.fail(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    const error = await second.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WriteFailure);
    expect((error as WriteFailure).path).toBe('data/a.csv');
    expect(((error as WriteFailure).error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    await expect(queue.add('c.html', 1, () => Promise.resolve())).rejects.toBe(error);
    await expect(queue.drain()).rejects.toBe(error);
  });

  it('drain waits for every write started', async () => {
    const queue = writeQueue();
    const gates = [gate(), gate()];
    const finished: string[] = [];
    await queue.add('a', 1, () => gates[0]!.done.then(() => void finished.push('a')));
    await queue.add('b', 1, () => gates[1]!.done.then(() => void finished.push('b')));
    let drained = false;
    const drain = queue.drain().then(() => (drained = true));
    gates[1]!.open();
    await settle();
    expect(drained).toBe(false);
    gates[0]!.open();
    await drain;
    expect(finished.sort()).toEqual(['a', 'b']);
  });
});
