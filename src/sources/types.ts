/**
 * The contract every source (`aps`, `file`, `demo`) fulfils: the same normalised records, plus the status of
 * each app so that a partial failure can be reported instead of hidden.
 */
import type { Config } from '../config/schema.js';
import type { Deps } from '../deps.js';
import type { DateRange } from '../model/dates.js';
import type { HistoryRows, TableColumns } from '../model/history-table.js';
import type { UsageRecord } from '../model/records.js';

export interface AppStatus {
  id: string;
  name: string;
  /** `failed` apps are marked in the report; their stored history is kept. */
  status: 'ok' | 'failed';
  /** What went wrong, as the API or the network said it. */
  error?: string;
  /** What the user can do about it, in the report's language at render time. */
  hint?: AppErrorHint;
}

/** A known cause of a failed app: no access to its usage, no such client id, a request APS refused, a body we could not read. */
export type AppErrorHint = 'no-access' | 'unknown-app' | 'refused' | 'unexpected-shape';

export interface SourceRequest {
  config: Config;
  /** The days the report wants; a source may fetch less when `history` already covers them. */
  range: DateRange;
  /** Stored history, for incremental fetching. */
  history: HistoryRows;
  /** Folder for raw responses (`--record`), secrets removed. */
  recordDir?: string;
  /** Folder the config file lives in: relative paths in it resolve from there. */
  baseDir: string;
}

export interface SourceResult<R extends HistoryRows = UsageRecord[]> {
  /** Records, or a table of them (the file source's large histories). */
  records: R;
  apps: AppStatus[];
  /** Rotated refresh token, to hand back to the user (masked). */
  refreshToken?: string;
  /** The date the data is "as of" (usually today); the demo pins its own. */
  asOf?: string;
}

export interface UsageSource<R extends HistoryRows = UsageRecord[]> {
  readonly name: string;
  fetch(request: SourceRequest, deps: Deps): Promise<SourceResult<R>>;
}

/** Usage files a helper thread reads into a table of its own, for `source: file` (`page-helper.ts`). */
export interface FileReader {
  /** The files' rows, in order; rejects with the thread's error (a `UserError` stays one, its message as it was). */
  table(): Promise<TableColumns>;
  /** Stops the thread (also when the main thread failed first). */
  close(): Promise<void>;
}

/** Starts reading `files` (`bytes` in all) on a helper thread; `onRead` is told of the bytes as they are read. */
export type StartFileReader = (
  job: { files: readonly string[]; bytes: number },
  onRead: (bytes: number) => void,
) => Promise<FileReader>;
