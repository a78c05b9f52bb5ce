// The file reader's job (`startFileReader`, sources/file.ts), run by the helper thread's entry
// (page-helper-entry.ts): the files read into a table of this thread, its columns then moved to the main thread.
import { UserError } from '../errors.js';
import { HistoryTable, type TableColumns } from '../model/history-table.js';
import type { ReaderJob, ReaderMessage } from '../page-helper.js';
import { readUsageFilesInto } from './file.js';

export async function runReaderJob(
  job: ReaderJob['read'],
  send: (message: ReaderMessage, transfer?: ArrayBuffer[]) => void,
): Promise<void> {
  try {
    const table = new HistoryTable();
    // As the main thread reserves (file.ts): about 80 bytes a row.
    table.reserve(job.bytes / 80);
    await readUsageFilesInto(table, job.files, (read) => send({ read }));
    const columns = filledColumns(table);
    send(
      { table: columns },
      [columns.day, columns.app, columns.feature, columns.quantity, columns.tokens, columns.flags].map(
        (c) => c.buffer as ArrayBuffer,
      ),
    );
  } catch (error) {
    send(
      error instanceof UserError
        ? { error: error.message, user: true }
        : { error: error instanceof Error ? (error.stack ?? error.message) : String(error), user: false },
    );
  }
}

/** The filled part of each column, as views of the columns themselves: moved whole, never copied. */
function filledColumns(table: HistoryTable): TableColumns {
  const n = table.length;
  return {
    day: table.day.subarray(0, n),
    app: table.app.subarray(0, n),
    feature: table.feature.subarray(0, n),
    quantity: table.quantity.subarray(0, n),
    tokens: table.tokens.subarray(0, n),
    flags: table.flags.subarray(0, n),
    apps: table.apps,
    features: table.features,
  };
}
