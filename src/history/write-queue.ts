/**
 * Several file writes in flight at once, bounded: on this kind of machine most of the cost of writing a file is
 * system time spent in the thread pool, so a store that awaited each write in turn left the main thread idle while
 * it waited, and the pool's other threads idle too. Files are still produced one at a time (the next while the
 * previous ones are written); the bytes in flight are bounded so that large files are not all held at once.
 */

export interface WriteQueueOptions {
  /** Writes in flight at most (default 16). */
  files?: number;
  /** Bytes in flight at most (default 64 MiB); a single larger file is still written, alone. */
  bytes?: number;
}

/** The first write that failed: the file's path (for the message) and what went wrong. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly error: unknown,
  ) {
    super(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface WriteQueue {
  /**
   * Starts `write` once fewer than the bounds are in flight (waiting for earlier writes as needed). Throws the first
   * failure of an earlier write, so that nothing more is started after one failed.
   */
  add(path: string, bytes: number, write: () => Promise<void>): Promise<void>;
  /** Waits for every write started; throws the first failure. */
  drain(): Promise<void>;
}

export function writeQueue(options: WriteQueueOptions = {}): WriteQueue {
  const maxFiles = options.files ?? 16;
  const maxBytes = options.bytes ?? 64 * 1024 * 1024;
  const inFlight = new Set<Promise<void>>();
  let bytesInFlight = 0;
  let failure: WriteFailure | undefined;

  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    async add(path, bytes, write) {
      check();
      while (inFlight.size > 0 && (inFlight.size >= maxFiles || bytesInFlight + bytes > maxBytes)) {
        await Promise.race(inFlight);
        check();
      }
      bytesInFlight += bytes;
      const task: Promise<void> = write()
        .catch((error: unknown) => {
          failure ??= new WriteFailure(path, error);
        })
        .finally(() => {
          bytesInFlight -= bytes;
          inFlight.delete(task);
        });
      inFlight.add(task);
    },
    async drain() {
      while (inFlight.size > 0) await Promise.race(inFlight);
      check();
    },
  };
}
