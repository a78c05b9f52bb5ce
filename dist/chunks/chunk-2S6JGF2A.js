import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  formatExportCsv,
  groupByMonth,
  monthFileName,
  parseExportCsv
} from "./chunk-R3F5WGHO.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/publish/history-files.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;
var storedMonths = /* @__PURE__ */ new WeakMap();
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
  const months = /* @__PURE__ */ new Map();
  for (const name of names.filter((n) => MONTH_FILE.test(n)).sort()) {
    const file = join(dataDir, name);
    const month = MONTH_FILE.exec(name)[1];
    const text = await readFile(file, "utf8");
    const monthRecords = parseExportCsv(text, file, month);
    for (const r of monthRecords) records.push(r);
    months.set(month, { text, records: monthRecords });
  }
  storedMonths.set(records, months);
  return records;
}
function historyFiles(records, stored) {
  const before = stored ? storedMonths.get(stored) : void 0;
  const files = /* @__PURE__ */ new Map();
  for (const [month, list] of groupByMonth(records)) {
    const old = before?.get(month);
    files.set(
      `data/${monthFileName(month)}`,
      old && sameObjects(old.records, list) ? old.text : formatExportCsv(list)
    );
  }
  return files;
}
function unchangedHistoryFiles(files, stored) {
  const out = /* @__PURE__ */ new Set();
  for (const [month, { text }] of storedMonths.get(stored) ?? []) {
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
  readHistoryDir,
  historyFiles,
  unchangedHistoryFiles
};
