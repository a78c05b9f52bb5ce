/**
 * `source: file` — reads the export format (CSV or JSON) back: one file, a list, or glob patterns, so that a
 * matrix of fetch jobs can hand their exports to one publishing job.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { parseExportCsv, parseExportCsvStreamInto, parseExportJson } from '../model/export-format.js';
import { HistoryTable } from '../model/history-table.js';
import { isClean, mergeHistory } from '../model/history.js';
import type { UsageRecord } from '../model/records.js';
import { globFiles } from './glob.js';
import type { SourceRequest, SourceResult, UsageSource } from './types.js';

export const fileSource: UsageSource<HistoryTable> = {
  name: 'file',
  async fetch(request: SourceRequest): Promise<SourceResult<HistoryTable>> {
    const files = await findUsageFiles(request.config.file, request.baseDir);
    // Every file's rows into one table, then one merge (later files win, as they always did). Month files in
    // order, each slot once — the usual export — are the merged history already.
    const all = new HistoryTable();
    for (const file of files) await readExportFileInto(all, file);
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

async function readExportFileInto(table: HistoryTable, file: string): Promise<void> {
  if (/\.json$/i.test(file)) {
    for (const r of await readExportFile(file)) table.push(r);
    return;
  }
  // A month of a large hub is hundreds of MB: read as a stream, never as one string.
  await parseExportCsvStreamInto(table, readChunks(file), file, undefined, INPUT);
}

/** Pieces of about 1 MB: few enough calls, and a row cut between two pieces costs only its own bytes. */
const CHUNK_BYTES = 1 << 20;

async function* readChunks(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    throw readError(file, error);
  }
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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
