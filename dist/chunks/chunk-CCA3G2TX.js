import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  formatExportCsv,
  groupByMonth,
  monthFileName,
  parseExportCsv
} from "./chunk-DUL6W6JN.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/history/history-files.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;
var EMPTY_HISTORY = { records: [], months: /* @__PURE__ */ new Map() };
async function readHistoryDir(siteDir) {
  const dataDir = join(siteDir, "data");
  let names;
  try {
    names = await readdir(dataDir);
  } catch (error) {
    if (error.code === "ENOENT") return EMPTY_HISTORY;
    throw new UserError(
      `cannot read the history folder ${dataDir}: ${error.code}`
    );
  }
  const records = [];
  const months = /* @__PURE__ */ new Map();
  for (const name of names.filter((n) => MONTH_FILE.test(n)).sort()) {
    const file = join(dataDir, name);
    const month = MONTH_FILE.exec(name)[1];
    const text = await readFile(file, "utf8");
    const monthRecords = parseExportCsv(text, file, month);
    for (const r of monthRecords) records.push(r);
    months.set(month, { text, records: monthRecords });
  }
  return { records, months };
}
function historyFiles(records, stored = EMPTY_HISTORY) {
  const files = /* @__PURE__ */ new Map();
  for (const [month, list] of groupByMonth(records)) {
    const old = stored.months.get(month);
    files.set(
      `data/${monthFileName(month)}`,
      old && sameObjects(old.records, list) ? old.text : formatExportCsv(list)
    );
  }
  return files;
}
function unchangedHistoryFiles(files, stored) {
  const out = /* @__PURE__ */ new Set();
  for (const [month, { text }] of stored.months) {
    const path = `data/${monthFileName(month)}`;
    if (files.get(path) === text) out.add(path);
  }
  return out;
}
function sameObjects(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export {
  EMPTY_HISTORY,
  readHistoryDir,
  historyFiles,
  unchangedHistoryFiles
};
