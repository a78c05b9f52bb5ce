import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ChunkedFile,
  SNAPSHOT_HEAD_BYTES,
  SpooledFile,
  csvKey,
  encodeMonthSnapshot,
  formatTableCsvBytes,
  joinChunks,
  loadMonthSnapshot,
  madeOf,
  monthRanges,
  sameBody,
  snapshotPath,
  snapshotRowCount
} from "./chunk-VOV37SS5.js";
import {
  monthFileName,
  parseExportCsvInto
} from "./chunk-FLAOZLUO.js";
import {
  HistoryTable,
  asTable
} from "./chunk-FKZYN2WJ.js";
import {
  compareRecords
} from "./chunk-7DPKRERB.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/history/file-spool.ts
import { readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/history/write-queue.ts
var WriteFailure = class extends Error {
  constructor(path, error) {
    super(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    this.path = path;
    this.error = error;
  }
  path;
  error;
};
function writeQueue(options = {}) {
  const maxFiles = options.files ?? 16;
  const maxBytes = options.bytes ?? 64 * 1024 * 1024;
  const inFlight = /* @__PURE__ */ new Set();
  let bytesInFlight = 0;
  let failure;
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async add(path, bytes, write) {
      check();
      while (inFlight.size > 0 && (inFlight.size >= maxFiles || bytesInFlight + bytes > maxBytes)) {
        await Promise.race(inFlight);
        check();
      }
      bytesInFlight += bytes;
      const task = write().catch((error) => {
        failure ??= new WriteFailure(path, error);
      }).finally(() => {
        bytesInFlight -= bytes;
        inFlight.delete(task);
      });
      inFlight.add(task);
    },
    async drain() {
      while (inFlight.size > 0) await Promise.race(inFlight);
      check();
    }
  };
}

// src/history/file-spool.ts
var SPOOL_HOLD_BYTES = 64 * 1024 * 1024;
var readSpooled = (file) => readFileSync(file);
async function openFileSpool(dir, options = {}) {
  await mkdir(dir, { recursive: true });
  const queue = writeQueue({ files: 16, bytes: 32 * 1024 * 1024 });
  let files = 0;
  const failed = (error) => {
    const failure = error instanceof WriteFailure ? error : new WriteFailure("?", error);
    const cause = failure.error;
    throw new UserError(
      `cannot write ${failure.path} ahead of the save into ${dir}: ${cause.code ?? cause.message}; nothing was published`
    );
  };
  return {
    dir,
    holdBytes: options.holdBytes ?? SPOOL_HOLD_BYTES,
    async put(path, bytes) {
      const file = join(dir, `${++files}.part`);
      await queue.add(path, bytes.length, () => writeFile(file, bytes)).catch(failed);
      return new SpooledFile(file, bytes.length, readSpooled);
    },
    flush: () => queue.drain().catch(failed),
    reserve: () => join(dir, `${++files}.part`),
    adopt: (file, size) => new SpooledFile(file, size, readSpooled),
    async remove() {
      await queue.drain().catch(() => void 0);
      await rm(dir, { recursive: true, force: true });
    }
  };
}

// src/history/history-files.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/history/file-bytes.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
var CHUNK = 1024 * 1024;
var chunk;
var whole;
function fileDigest(path) {
  const fd = openIfExists(path);
  if (fd === void 0) return void 0;
  try {
    const buffer = chunk ??= Buffer.allocUnsafeSlow(CHUNK);
    const hash = createHash("sha256");
    let size = 0;
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, size)) > 0; size += n) hash.update(buffer.subarray(0, n));
    return { size, key: hash.digest("hex") };
  } finally {
    closeSync(fd);
  }
}
function readTransient(path) {
  const fd = openIfExists(path);
  if (fd === void 0) return void 0;
  try {
    const size = fstatSync(fd).size;
    if (!whole || whole.length < size) whole = Buffer.allocUnsafeSlow(Math.max(size, CHUNK));
    let at = 0;
    for (let n; at < size && (n = readSync(fd, whole, at, size - at, at)) > 0; at += n) ;
    return whole.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
function readHead(path, length) {
  const fd = openIfExists(path);
  if (fd === void 0) return void 0;
  try {
    const head = Buffer.alloc(length);
    return { head: head.subarray(0, readSync(fd, head, 0, length, 0)), size: fstatSync(fd).size };
  } finally {
    closeSync(fd);
  }
}
function openIfExists(path) {
  try {
    return openSync(path, "r");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}

// src/history/history-files.ts
var MONTH_FILE = /^usage-(\d{4}-\d{2})\.csv$/;
var FILES_RECORD = "data/cache/files.json";
var FILES_RECORD_VERSION = 1;
function formatFilesRecord(records) {
  const lines = [...records].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([path, r]) => `${JSON.stringify(path)}:${JSON.stringify(r)}`);
  return `{"version":${FILES_RECORD_VERSION},"pages":{
${lines.join(",\n")}
}}
`;
}
function parseFilesRecord(text) {
  const out = /* @__PURE__ */ new Map();
  if (text === void 0) return out;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return out;
  }
  const { version, pages } = value ?? {};
  if (version !== FILES_RECORD_VERSION || typeof pages !== "object" || pages === null) return out;
  for (const [path, r] of Object.entries(pages)) {
    const { key, bytes } = r ?? {};
    if (typeof key === "string" && typeof bytes === "string") out.set(path, { key, bytes });
  }
  return out;
}
async function readStoredFiles(siteDir) {
  const text = await readFile(join2(siteDir, FILES_RECORD), "utf8").catch(() => void 0);
  const records = parseFilesRecord(text);
  return {
    records,
    read: async (path) => records.has(path) ? await readFile(join2(siteDir, path)).catch(() => void 0) : void 0,
    digest: (path) => records.has(path) ? fileDigest(join2(siteDir, path))?.key : void 0
  };
}
var EMPTY_HISTORY = { records: new HistoryTable(), months: /* @__PURE__ */ new Map() };
async function readHistoryDir(siteDir) {
  const dataDir = join2(siteDir, "data");
  let names;
  try {
    names = await readdir(dataDir);
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
  const monthNames = names.filter((n) => MONTH_FILE.test(n)).sort();
  let rows = 0;
  for (const name of monthNames) {
    const head = readSnapshotFile(
      siteDir,
      MONTH_FILE.exec(name)[1],
      (p) => readHead(p, SNAPSHOT_HEAD_BYTES)
    );
    if (head) rows += snapshotRowCount(head.head, head.size);
  }
  table.reserve(rows);
  for (const name of monthNames) {
    const file = join2(dataDir, name);
    const month = MONTH_FILE.exec(name)[1];
    const from = table.length;
    const snapshot = readSnapshotFile(siteDir, month, readTransient);
    let digest = snapshot && fileDigest(file);
    const fromSnapshot = digest !== void 0 && loadMonthSnapshot(table, snapshot, month, digest.key);
    if (!fromSnapshot) {
      const bytes = await readFile(file);
      digest = { size: bytes.length, key: csvKey(bytes) };
      parseExportCsvInto(table, bytes.toString("utf8"), file, month);
    }
    const { size, key } = digest;
    const inOrder = rowsInOrder(table, from);
    sorted &&= inOrder;
    months.set(month, {
      ...inOrder ? { text: textReader(file, size, key) } : {},
      from,
      to: table.length,
      snapshot: fromSnapshot,
      key
    });
  }
  if (!sorted) table = HistoryTable.from(table.toArray().sort((a, b) => compareRecords(a, b)));
  return {
    records: table,
    months: sorted ? months : withoutRanges(months, table),
    files: await readStoredFiles(siteDir)
  };
}
function readSnapshotFile(siteDir, month, read) {
  try {
    return read(join2(siteDir, snapshotPath(month)));
  } catch {
    return void 0;
  }
}
function textReader(file, size, key) {
  return () => {
    let again;
    try {
      again = readFileSync2(file);
    } catch {
      again = void 0;
    }
    if (again === void 0 || again.length !== size || csvKey(again) !== key)
      throw new UserError(
        `${file} changed while this run was building the site (another program wrote or removed it); nothing was published from this run: run it again`
      );
    return again.toString("utf8");
  };
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
    out.set(month, {
      ...m.text === void 0 ? {} : { text: m.text },
      ...range,
      snapshot: m.snapshot,
      key: m.key
    });
  }
  return out;
}
function historyFileContents(rows, stored, untouched) {
  const files = /* @__PURE__ */ new Map();
  const ranges = /* @__PURE__ */ new Map();
  const snapshots = /* @__PURE__ */ new Map();
  const kept = /* @__PURE__ */ new Set();
  const table = asTable(rows);
  for (const [month, { from, to }] of monthRanges(table)) {
    const old = stored.months.get(month);
    const path = `data/${monthFileName(month)}`;
    const snapshot = snapshotPath(month);
    if (old?.text !== void 0 && untouched(month) && old.to - old.from === to - from) {
      files.set(path, old.text);
      kept.add(path);
      if (old.snapshot) kept.add(snapshot);
    } else {
      files.set(path, () => formatTableCsvBytes(table, from, to));
      ranges.set(path, () => ({ table, from, to, rows: null }));
    }
    snapshots.set(path, {
      path: snapshot,
      content: (key) => encodeMonthSnapshot(table, from, to, month, key)
    });
  }
  return { files, snapshots, kept, ranges };
}

// src/history/site-tree.ts
import { mkdir as mkdir2, readFile as readFile2, rm as rm2 } from "node:fs/promises";
import { dirname, join as join4, posix } from "node:path";

// src/history/list-files.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join3 } from "node:path";
async function listFiles(root, skip = /* @__PURE__ */ new Set(), prefix = "") {
  let entries;
  try {
    entries = await readdir2(join3(root, prefix), { withFileTypes: true });
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

// src/history/write-body.ts
import { copyFile, link, open, writeFile as writeFile2 } from "node:fs/promises";
async function writeBody(path, content) {
  if (content instanceof SpooledFile) {
    if (!await linkOrCopy(content.file, path))
      throw Object.assign(new Error(`${content.file} (written ahead) is missing`), { code: "ENOENT" });
    return;
  }
  if (!(content instanceof ChunkedFile)) return writeFile2(path, content);
  const handle = await open(path, "w");
  try {
    let writing;
    for (const chunk2 of content.chunks()) {
      await writing;
      writing = writeAll(chunk2);
    }
    await writing;
  } finally {
    await handle.close();
  }
  async function writeAll(chunk2) {
    for (let at = 0; at < chunk2.length; )
      at += (await handle.write(chunk2, at, chunk2.length - at)).bytesWritten;
  }
}
function heldBytes(content) {
  if (content instanceof SpooledFile) return 0;
  return content instanceof ChunkedFile ? 12 * 1024 * 1024 : content.length;
}
async function linkOrCopy(from, to) {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if (error.code === "ENOENT") return false;
  }
  await copyFile(from, to);
  return true;
}

// src/history/site-tree.ts
var GIT = /* @__PURE__ */ new Set([".git"]);
var SITE_LAYOUT = /^(index\.html|digest\.html|summary\.md|apps\/[^/]+\.html|months\/(index|\d{4}-\d{2})\.html|data\/(excel-|public-)?usage-\d{4}-\d{2}\.csv|data\/cache\/(usage-\d{4}-\d{2}\.snapshot|files\.json)|data\/report\.json|assets\/.+)$/;
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
      await rm2(join4(root, path), { force: true });
      deleted.push(path);
    }
  }
  let written = 0;
  for (const path of site.files.keys()) {
    const made = madeOf(site.files, path);
    const content = made instanceof ChunkedFile ? joinChunks(made.chunks()) : made;
    const file = join4(root, path);
    if (await sameContent(file, content)) continue;
    try {
      await mkdir2(dirname(file), { recursive: true });
      if (content instanceof SpooledFile) await rm2(file, { force: true });
      await writeBody(file, content);
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
    return sameBody(await readFile2(file), content);
  } catch {
    return false;
  }
}

export {
  WriteFailure,
  writeQueue,
  openFileSpool,
  FILES_RECORD,
  formatFilesRecord,
  EMPTY_HISTORY,
  readHistoryDir,
  historyFileContents,
  listFiles,
  writeBody,
  heldBytes,
  linkOrCopy,
  isOwnedSitePath,
  checkSiteDir,
  writeSiteTree
};
