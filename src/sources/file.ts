/**
 * `source: file` — reads the export format (CSV or JSON) back: one file, a list, or glob patterns, so that a
 * matrix of fetch jobs can hand their exports to one publishing job.
 */
import { createReadStream } from 'node:fs';
import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';
import { parseExportCsv, parseExportCsvStreamInto, parseExportJson } from '../model/export-format.js';
import { HistoryTable } from '../model/history-table.js';
import { isClean, mergeHistory } from '../model/history.js';
import { startProgress, type Progress } from '../progress.js';
import type { UsageRecord } from '../model/records.js';
import { globFiles } from './glob.js';
import type { FileReader, SourceRequest, SourceResult, UsageSource } from './types.js';

export const fileSource: UsageSource<HistoryTable> = {
  name: 'file',
  async fetch(
    request: SourceRequest,
    deps: Pick<Deps, 'logger' | 'clock' | 'startFileReader'>,
  ): Promise<SourceResult<HistoryTable>> {
    const files = await findUsageFiles(request.config.file, request.baseDir);
    // Every file's rows into one table, then one merge (later files win, as they always did). Month files in
    // order, each slot once — the usual export — are the merged history already.
    const all = new HistoryTable();
    const sizes = await fileSizes(files);
    const bytes = sizes.reduce((sum, size) => sum + size, 0);
    // An export row takes at least 80 bytes or so: room for that many rows, so the columns rarely grow. Only
    // the rows written take memory.
    all.reserve(bytes / 80);
    // Gigabytes of exports take minutes: the log says how far the reading is.
    const progress = startProgress({
      label: 'usage files',
      total: Math.ceil(bytes / MB),
      unit: 'MB read',
      log: (line) => deps.logger.info(line),
      now: () => deps.clock.now().getTime(),
    });
    const read = readCounter(progress);
    // The last files, about half the bytes, are read by a helper thread meanwhile; their rows follow ours.
    const split = deps.startFileReader ? helperShare(sizes) : files.length;
    let helper: FileReader | undefined;
    try {
      if (split < files.length) {
        const theirs = {
          files: files.slice(split),
          bytes: sizes.slice(split).reduce((sum, size) => sum + size, 0),
        };
        helper = await deps.startFileReader!(theirs, read.add);
      }
      await readUsageFilesInto(all, files.slice(0, split), read.add);
      if (helper) {
        const theirs = HistoryTable.fromColumns(await helper.table());
        all.copyRows(theirs, 0, theirs.length);
      }
      read.end();
    } finally {
      progress.finish();
      await helper?.close();
    }
    const merged = isClean(all) ? all : HistoryTable.from(mergeHistory([], all.toArray()).records);
    // The files are history: all of it is merged, so the previous period and the archive have their data too.
    // Rows are in day order: the last name seen of an app is its newest.
    const names = new Map<string, string>();
    for (let i = 0; i < merged.length; i++) {
      const app = merged.apps[merged.app[i]!]!;
      names.set(app.id, app.name);
    }
    return { records: merged, apps: [...names].map(([id, name]) => ({ id, name, status: 'ok' as const })) };
  },
};

/** Each file's rows into `table`, in order; `read` is told of the bytes as they are read. */
export async function readUsageFilesInto(
  table: HistoryTable,
  files: readonly string[],
  read: (bytes: number) => void,
): Promise<void> {
  for (const file of files) await readExportFileInto(table, file, read);
}

async function readExportFileInto(
  table: HistoryTable,
  file: string,
  read: (bytes: number) => void,
): Promise<void> {
  if (/\.json$/i.test(file)) {
    for (const r of await readExportFile(file)) table.push(r);
    read((await stat(file)).size);
    return;
  }
  // A month of a large hub is hundreds of MB: read as a stream, never as one string.
  await parseExportCsvStreamInto(table, readChunks(file, read), file, undefined, INPUT);
}

const MB = 1_000_000;

/** Bytes read → whole MB on the progress line; at the end, the last part of one too (the total is rounded up). */
function readCounter(progress: Progress): { add(bytes: number): void; end(): void } {
  let bytes = 0;
  let shown = 0;
  const show = (mb: number): void => {
    if (mb > shown) progress.advance(mb - shown);
    shown = Math.max(shown, mb);
  };
  return { add: (n) => show(Math.floor((bytes += n) / MB)), end: () => show(Math.ceil(bytes / MB)) };
}

/** Pieces of about 1 MB: few enough calls, and a row cut between two pieces costs only its own bytes. */
const CHUNK_BYTES = 1 << 20;

async function* readChunks(file: string, read: (bytes: number) => void): AsyncGenerator<string> {
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  // Decoded here rather than by the stream, so the bytes are counted: a character cut between pieces waits. Until
  // a piece holds other than ASCII (most exports never do), each is copied as one-byte text: 5× faster than
  // decoding it, to the same string.
  const decoder = new StringDecoder('utf8');
  let decoding = false;
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      read(bytes.length);
      decoding ||= !isAscii(bytes);
      yield decoding ? decoder.write(bytes) : bytes.toString('latin1');
    }
  } catch (error) {
    throw readError(file, error);
  }
  yield decoder.end();
}

function readError(file: string, error: unknown): UserError {
  return new UserError(
    `cannot read usage file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
  );
}

/** A usage file is input, not our own history: negative usage in it is a mistake, not a correction from APS. */
const INPUT = { rejectNegative: true };

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw readError(file, error);
  }
}

export async function readExportFile(file: string): Promise<UsageRecord[]> {
  const text = await readText(file);
  return /\.json$/i.test(file)
    ? parseExportJson(text, file, INPUT)
    : parseExportCsv(text, file, undefined, INPUT);
}

/**
 * The files `file:` names, paths resolved against the config's folder: each plain path must exist and each pattern
 * match something, so `validate` and the run find the same problems, naming the entry and where it looked.
 */
export async function findUsageFiles(
  file: string | readonly string[] | undefined,
  baseDir: string,
): Promise<string[]> {
  const patterns = [file ?? []].flat();
  const field = (i: number) => (Array.isArray(file) ? `file[${i}]` : 'file');
  const out = new Set<string>();
  for (const [i, pattern] of patterns.entries()) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(baseDir, pattern);
    if (!/[*?[{]/.test(pattern)) {
      if (!(await isFile(absolute))) {
        throw new UserError(
          `${field(i)}: expected an existing usage file, got ${JSON.stringify(pattern)} (nothing at ${absolute})`,
        );
      }
      out.add(absolute);
      continue;
    }
    const matches = isAbsolute(pattern)
      ? await globFiles(pattern.slice(1), '/')
      : await globFiles(pattern, baseDir);
    if (matches.length === 0) {
      throw new UserError(
        `${field(i)}: expected a pattern matching at least one file, got ${JSON.stringify(pattern)} (no match in ${baseDir})`,
      );
    }
    matches.forEach((m) => out.add(m));
  }
  return [...out];
}

async function fileSizes(files: readonly string[]): Promise<number[]> {
  return Promise.all(files.map(async (file) => (await stat(file).catch(() => undefined))?.size ?? 0));
}

/**
 * Below this many bytes (a quarter of a second of reading or so) a helper thread, which takes ≈ 0.1 s to start,
 * is not worth it.
 */
const HELPER_MIN_BYTES = 16 * MB;

/**
 * Where the files a helper thread reads start (`sizes.length`: none): the split that ends both threads' reading
 * soonest, the helper's share counted 10 % slower (it starts later, and its rows are copied after).
 */
export function helperShare(sizes: readonly number[]): number {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total < HELPER_MIN_BYTES) return sizes.length;
  let best = sizes.length;
  let bestEnd = total;
  let tail = 0;
  for (let i = sizes.length - 1; i >= 1; i--) {
    tail += sizes[i]!;
    const end = Math.max(total - tail, tail * 1.1);
    if (end < bestEnd) [best, bestEnd] = [i, end];
  }
  return best;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
