/**
 * Running a command and measuring it: wall time (from the parent), peak RSS and CPU time (GNU `/usr/bin/time`
 * when it exists, else a preloaded module that records `process.resourceUsage()` when the node child exits).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  ms: number;
  /** Peak resident set size in bytes, when measured. */
  rss?: number;
  /** User + system CPU time in ms, when measured (steadier than wall time on a busy machine). */
  cpu?: number;
  stdout: string;
  stderr: string;
  code: number;
  /** Set when the watchdog stopped the command: its process tree went over `RunOptions.rssLimit`. */
  killedAtRss?: number;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Measure peak RSS (adds `/usr/bin/time` or a preload; a few ms). */
  rss?: boolean;
  input?: string;
  /**
   * Stops the command (SIGKILL to its process tree) when the tree's resident memory goes over this many bytes, so
   * a case that would exhaust a shared machine ends as a reported failure instead.
   */
  rssLimit?: number;
}

const GNU_TIME = '/usr/bin/time';
/** Peak RSS in KiB, user and system CPU seconds. */
const TIME_FORMAT = '%M %U %S';
let timeWorks: boolean | undefined;

/** `/usr/bin/time` is GNU time (Debian's `time` package) when `-f %M -o FILE` works. */
async function gnuTimeWorks(): Promise<boolean> {
  if (timeWorks !== undefined) return timeWorks;
  timeWorks = false;
  if (!existsSync(GNU_TIME)) return false;
  const dir = await mkdtemp(join(tmpdir(), 'bench-time-'));
  try {
    const out = join(dir, 'rss');
    const r = await raw(GNU_TIME, ['-f', TIME_FORMAT, '-o', out, process.execPath, '-e', '0'], {});
    timeWorks = r.code === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(await readFile(out, 'utf8'));
  } catch {
    timeWorks = false;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return timeWorks;
}

export async function rssMethod(): Promise<string> {
  return (await gnuTimeWorks())
    ? `/usr/bin/time -f '${TIME_FORMAT}'`
    : 'process.resourceUsage() (preloaded in the node child)';
}

const PRELOAD =
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { const f = process.env.BENCH_RSS_FILE; " +
  'if (f) writeFileSync(f, String(process.resourceUsage().maxRSS)); });';

/** Runs `node ARGS` and measures it. */
export async function runNode(args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  if (!options.rss) return raw(process.execPath, args, options);
  const dir = await mkdtemp(join(tmpdir(), 'bench-rss-'));
  const file = join(dir, 'rss');
  try {
    let result: Measured;
    if (await gnuTimeWorks()) {
      result = await raw(GNU_TIME, ['-f', TIME_FORMAT, '-o', file, process.execPath, ...args], options);
    } else {
      const preload = `data:text/javascript,${encodeURIComponent(PRELOAD)}`;
      result = await raw(process.execPath, ['--import', preload, ...args], {
        ...options,
        env: { ...options.env, BENCH_RSS_FILE: file },
      });
    }
    // GNU time puts a "Command exited with non-zero status" line first when the command fails.
    const last = (await readFile(file, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '';
    const [kb, user, sys] = last.split(' ').map(Number);
    if (kb && Number.isFinite(kb)) result.rss = kb * 1024;
    if (user !== undefined && sys !== undefined && Number.isFinite(user + sys))
      result.cpu = (user + sys) * 1000;
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a command to completion; wall time from spawn to exit. */
export function raw(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    let killedAtRss: number | undefined;
    const watchdog =
      options.rssLimit && child.pid !== undefined
        ? setInterval(() => {
            const rss = treeRss(child.pid!);
            if (rss <= options.rssLimit!) return;
            killedAtRss = rss;
            for (const pid of treePids(child.pid!)) {
              try {
                process.kill(pid, 'SIGKILL');
              } catch {
                // already gone
              }
            }
          }, 250)
        : undefined;
    child.on('close', (code) => {
      if (watchdog) clearInterval(watchdog);
      resolvePromise({
        ms: performance.now() - started,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? 1,
        ...(killedAtRss !== undefined ? { killedAtRss } : {}),
      });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** `pid` and every process below it (Linux `/proc`; just `pid` elsewhere). */
function treePids(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      const children = readFileSync(`/proc/${out[i]}/task/${out[i]}/children`, 'utf8').trim();
      if (children) out.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone, or no /proc
    }
  }
  return out;
}

/** Resident memory of the process tree in bytes (0 without `/proc`). */
function treeRss(pid: number): number {
  let total = 0;
  for (const p of treePids(pid)) {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      if (kb) total += Number(kb) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

/** Fails with the command's own output when it did not exit 0. */
export function ok(what: string, m: Measured): Measured {
  if (m.killedAtRss !== undefined) {
    throw new Error(
      `${what} was stopped at ${Math.round(m.killedAtRss / 2 ** 20)} MB resident (the --rss-limit)`,
    );
  }
  if (m.code !== 0) {
    throw new Error(`${what} exited with ${m.code}:\n${(m.stderr || m.stdout).trim().slice(-3000)}`);
  }
  return m;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
