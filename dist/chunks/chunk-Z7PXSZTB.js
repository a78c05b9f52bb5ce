import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CHARGED_COLUMN,
  EXPORT_COLUMNS,
  csvField,
  monthFileName,
  parseExportCsvInto
} from "./chunk-7WC3JJPQ.js";
import {
  HistoryTable,
  asTable,
  compareRecords
} from "./chunk-EWYWDEGF.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/history/site-tree.ts
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join as join2, posix } from "node:path";

// src/history/list-files.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
async function listFiles(root, skip = /* @__PURE__ */ new Set(), prefix = "") {
  let entries;
  try {
    entries = await readdir(join(root, prefix), { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const out = [];
  for (const e of entries) {
    if (skip.has(e.name)) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...await listFiles(root, skip, rel));
    else out.push(rel);
  }
  return out;
}

// src/history/site-tree.ts
var GIT = /* @__PURE__ */ new Set([".git"]);
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
  for (const path of await listFiles(root, GIT)) {
    if (!produced.has(path) && site.owned(path)) {
      await rm(join2(root, path), { force: true });
      deleted.push(path);
    }
  }
  let written = 0;
  for (const [path, content] of site.files) {
    const file = join2(root, path);
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

// src/history/history-files.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/model/month-csv.ts
function formatTableCsv(table, from, to, rows = null) {
  let flagged = false;
  for (let k = from; k < to && !flagged; k++) flagged = table.charged(rows ? rows[k] : k) !== void 0;
  const apps = table.apps.map((a) => `${csvField(a.id)},${csvField(a.name)}`);
  const features = table.features.map(
    (f) => `${csvField(f.api)},${csvField(f.id)},${csvField(f.name)},${csvField(f.unit)}`
  );
  const lines = [(flagged ? [...EXPORT_COLUMNS, CHARGED_COLUMN] : EXPORT_COLUMNS).join(",")];
  let day = NaN;
  let date = "";
  for (let k = from; k < to; k++) {
    const i = rows ? rows[k] : k;
    if (table.day[i] !== day) {
      day = table.day[i];
      date = csvField(table.date(i));
    }
    const tokens = table.tokensAt(i);
    let line = `${date},${apps[table.app[i]]},${features[table.feature[i]]},${formatNumber(table.quantity[i])},${tokens === null ? "" : formatNumber(tokens)},${table.estimated(i) ? "true" : "false"}`;
    if (flagged) {
      const charged = table.charged(i);
      line += charged === void 0 ? "," : `,${String(charged)}`;
    }
    lines.push(line);
  }
  lines.push("");
  return lines.join("\n");
}
function formatNumber(n) {
  return Object.is(n, -0) ? "0" : String(n);
}
function monthRanges(table) {
  const out = /* @__PURE__ */ new Map();
  let day = NaN;
  let month = "";
  let from = 0;
  for (let i = 0; i < table.length; i++) {
    if (table.day[i] === day) continue;
    day = table.day[i];
    const m = table.date(i).slice(0, 7);
    if (m === month) continue;
    if (month) out.set(month, { from, to: i });
    month = m;
    from = i;
  }
  if (month) out.set(month, { from, to: table.length });
  return out;
}

// src/history/history-files.ts
var MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;
var EMPTY_HISTORY = { records: new HistoryTable(), months: /* @__PURE__ */ new Map() };
async function readHistoryDir(siteDir) {
  const dataDir = join3(siteDir, "data");
  let names;
  try {
    names = await readdir2(dataDir);
  } catch (error) {
    if (error.code === "ENOENT")
      return { records: new HistoryTable(), months: /* @__PURE__ */ new Map() };
    throw new UserError(
      `cannot read the history folder ${dataDir}: ${error.code}`
    );
  }
  let table = new HistoryTable();
  const months = /* @__PURE__ */ new Map();
  let sorted = true;
  for (const name of names.filter((n) => MONTH_FILE.test(n)).sort()) {
    const file = join3(dataDir, name);
    const month = MONTH_FILE.exec(name)[1];
    const bytes = await readFile2(file);
    const from = table.length;
    parseExportCsvInto(table, bytes.toString("utf8"), file, month);
    const inOrder = rowsInOrder(table, from);
    sorted &&= inOrder;
    months.set(month, { ...inOrder ? { text: textReader(file, bytes) } : {}, from, to: table.length });
  }
  if (!sorted) table = HistoryTable.from(table.toArray().sort((a, b) => compareRecords(a, b)));
  return { records: table, months: sorted ? months : withoutRanges(months, table) };
}
function textReader(file, bytes) {
  const size = bytes.length;
  const digest = sha256(bytes);
  return () => {
    let again;
    try {
      again = readFileSync(file);
    } catch {
      again = void 0;
    }
    if (again === void 0 || again.length !== size || sha256(again) !== digest)
      throw new UserError(
        `${file} changed while this run was building the site (another program wrote or removed it); nothing was published from this run: run it again`
      );
    return again.toString("utf8");
  };
}
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("base64");
}
function rowsInOrder(table, from) {
  for (let i = from + 1; i < table.length; i++) if (table.compare(i - 1, i) > 0) return false;
  return true;
}
function withoutRanges(months, table) {
  const ranges = monthRanges(table);
  const out = /* @__PURE__ */ new Map();
  for (const [month, m] of months) {
    const range = ranges.get(month) ?? { from: 0, to: 0 };
    out.set(month, { ...m.text === void 0 ? {} : { text: m.text }, ...range });
  }
  return out;
}
function historyFileContents(rows, stored, untouched) {
  const files = /* @__PURE__ */ new Map();
  const kept = /* @__PURE__ */ new Set();
  const table = asTable(rows);
  for (const [month, { from, to }] of monthRanges(table)) {
    const old = stored.months.get(month);
    const path = `data/${monthFileName(month)}`;
    if (old?.text !== void 0 && untouched(month) && old.to - old.from === to - from) {
      files.set(path, old.text);
      kept.add(path);
    } else files.set(path, () => formatTableCsv(table, from, to));
  }
  return { files, kept };
}

export {
  formatTableCsv,
  monthRanges,
  EMPTY_HISTORY,
  readHistoryDir,
  historyFileContents,
  listFiles,
  isOwnedSitePath,
  checkSiteDir,
  writeSiteTree
};
