import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readUsageFilesInto
} from "./chunk-JOHK4SQV.js";
import "./chunk-H3IQSARL.js";
import "./chunk-5CHR7IJI.js";
import "./chunk-FLAOZLUO.js";
import {
  HistoryTable
} from "./chunk-FKZYN2WJ.js";
import "./chunk-7DPKRERB.js";
import "./chunk-I3O4MRPB.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";

// src/sources/file-reader-job.ts
async function runReaderJob(job, send) {
  try {
    const table = new HistoryTable();
    table.reserve(job.bytes / 80);
    await readUsageFilesInto(table, job.files, (read) => send({ read }));
    const columns = filledColumns(table);
    send(
      { table: columns },
      [columns.day, columns.app, columns.feature, columns.quantity, columns.tokens, columns.flags].map(
        (c) => c.buffer
      )
    );
  } catch (error) {
    send(
      error instanceof UserError ? { error: error.message, user: true } : { error: error instanceof Error ? error.stack ?? error.message : String(error), user: false }
    );
  }
}
function filledColumns(table) {
  const n = table.length;
  return {
    day: table.day.subarray(0, n),
    app: table.app.subarray(0, n),
    feature: table.feature.subarray(0, n),
    quantity: table.quantity.subarray(0, n),
    tokens: table.tokens.subarray(0, n),
    flags: table.flags.subarray(0, n),
    apps: table.apps,
    features: table.features
  };
}
export {
  runReaderJob
};
