import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  formatExportCsv,
  monthFileName,
  parseExportCsv,
  partitionByMonth
} from "./chunk-Y4X4N5EJ.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/publish/history-files.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;
async function readHistoryDir(siteDir) {
  const dataDir = join(siteDir, "data");
  let names;
  try {
    names = await readdir(dataDir);
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw new UserError(
      `cannot read the history folder ${dataDir}: ${error.code}`
    );
  }
  const records = [];
  for (const name of names.filter((n) => MONTH_FILE.test(n)).sort()) {
    const file = join(dataDir, name);
    const month = MONTH_FILE.exec(name)[1];
    const monthRecords = parseExportCsv(await readFile(file, "utf8"), file);
    const stray = monthRecords.find((r) => !r.date.startsWith(month));
    if (stray)
      throw new UserError(`${file}: holds a record dated ${stray.date}; expected only days of ${month}`);
    records.push(...monthRecords);
  }
  return records;
}
function historyFiles(records) {
  const files = /* @__PURE__ */ new Map();
  for (const [month, list] of partitionByMonth(records))
    files.set(`data/${monthFileName(month)}`, formatExportCsv(list));
  return files;
}

export {
  readHistoryDir,
  historyFiles
};
