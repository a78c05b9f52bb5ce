import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  formatExportCsv,
  groupByMonth,
  monthFileName,
  parseExportCsv
} from "./chunk-SSDI6UXO.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/history/site-tree.ts
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
var SITE_LAYOUT = /^(index\.html|digest\.html|summary\.md|apps\/[^/]+\.html|months\/(index|\d{4}-\d{2})\.html|data\/(excel-)?usage-\d{4}-\d{2}\.csv|data\/report\.json|assets\/.+)$/;
function isOwnedSitePath(path) {
  return SITE_LAYOUT.test(path);
}
function checkSitePath(path) {
  const normal = posix.normalize(path);
  const bad = path === "" || path.includes("\\") || path.includes("\0") || posix.isAbsolute(path) || normal !== path || normal === "." || normal.split("/").some((seg) => seg === ".." || seg === ".git" || seg === "");
  if (bad) {
    throw new UserError(
      `cannot publish a file at ${JSON.stringify(path)}: expected a relative path inside the site (like apps/x.html)`
    );
  }
  return normal;
}
function checkSiteDir(dir) {
  const trimmed = dir.replace(/\/+$/, "") || ".";
  if (trimmed === ".") return ".";
  try {
    return checkSitePath(trimmed.replace(/^\.\//, ""));
  } catch {
    throw new UserError(
      `publish.pages.dir: expected "." or a folder inside the branch (like "usage"), got ${JSON.stringify(dir)}`
    );
  }
}
async function writeSiteTree(root, site) {
  const produced = /* @__PURE__ */ new Set();
  for (const path of site.files.keys()) produced.add(checkSitePath(path));
  const deleted = [];
  for (const path of await listFiles(root)) {
    if (!produced.has(path) && site.owned(path)) {
      await rm(join(root, path), { force: true });
      deleted.push(path);
    }
  }
  let written = 0;
  for (const [path, content] of site.files) {
    const file = join(root, path);
    if (await sameContent(file, content)) continue;
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    } catch (error) {
      const code = error.code ?? String(error);
      throw new UserError(
        `cannot write ${path} into the site (${code}): something on the branch is in the way \u2014 a file where a folder is needed, or a symbolic link. Move it, or publish into another folder (publish.pages.dir).`
      );
    }
    written++;
  }
  return { written, deleted };
}
async function sameContent(file, content) {
  try {
    const old = await readFile(file);
    return old.equals(typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content));
  } catch {
    return false;
  }
}
async function listFiles(root, prefix = "") {
  let entries;
  try {
    entries = await readdir(join(root, prefix), { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const out = [];
  for (const e of entries) {
    if (e.name === ".git") continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...await listFiles(root, rel));
    else out.push(rel);
  }
  return out;
}

// src/history/history-files.ts
import { readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
var MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;
var EMPTY_HISTORY = { records: [], months: /* @__PURE__ */ new Map() };
async function readHistoryDir(siteDir) {
  const dataDir = join2(siteDir, "data");
  let names;
  try {
    names = await readdir2(dataDir);
  } catch (error) {
    if (error.code === "ENOENT") return EMPTY_HISTORY;
    throw new UserError(
      `cannot read the history folder ${dataDir}: ${error.code}`
    );
  }
  const records = [];
  const months = /* @__PURE__ */ new Map();
  for (const name of names.filter((n) => MONTH_FILE.test(n)).sort()) {
    const file = join2(dataDir, name);
    const month = MONTH_FILE.exec(name)[1];
    const text = await readFile2(file, "utf8");
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
  unchangedHistoryFiles,
  isOwnedSitePath,
  checkSiteDir,
  writeSiteTree
};
