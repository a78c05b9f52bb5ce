import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  bodyOf,
  formatTableCsvBytes,
  monthRanges,
  sameBody,
  sha256Hex
} from "./chunk-HLIJS7I6.js";
import {
  monthFileName,
  parseExportCsvInto
} from "./chunk-FLAOZLUO.js";
import {
  HistoryTable,
  asTable
} from "./chunk-FKZYN2WJ.js";
import {
  compareRecords,
  wellFormed
} from "./chunk-7DPKRERB.js";
import {
  dayNumber
} from "./chunk-I3O4MRPB.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/model/base64.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var PAD = 61;
var VALUE = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
function decodeBase64Into(src, start, end, out) {
  const n = out.length;
  if (end - start !== 4 * Math.ceil(n / 3)) return false;
  const groups = Math.floor(n / 3);
  let i = start;
  let o = 0;
  for (let g = 0; g < groups; g++, i += 4) {
    const v = VALUE[src[i]] << 18 | VALUE[src[i + 1]] << 12 | VALUE[src[i + 2]] << 6 | VALUE[src[i + 3]];
    if (v < 0) return false;
    out[o++] = v >>> 16;
    out[o++] = v >>> 8 & 255;
    out[o++] = v & 255;
  }
  const rest = n - groups * 3;
  if (rest === 0) return true;
  const a = VALUE[src[i]];
  const b = VALUE[src[i + 1]];
  if (a < 0 || b < 0 || src[i + 3] !== PAD) return false;
  out[o] = a << 2 | b >> 4;
  if (rest === 1) return src[i + 2] === PAD;
  const c = VALUE[src[i + 2]];
  if (c < 0) return false;
  out[o + 1] = (b & 15) << 4 | c >> 2;
  return true;
}

// src/model/month-snapshot.ts
var SNAPSHOT_VERSION = 1;
var MAGIC = "aps-usage-report month snapshot";
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var ORDER = LITTLE_ENDIAN ? "le" : "be";
function snapshotPath(month) {
  return `data/cache/usage-${month}.snapshot`;
}
function csvKey(bytes) {
  return sha256Hex(bytes);
}
function encodeMonthSnapshot(table, from, to, month, key) {
  const n = to - from;
  const appLocal = new Int32Array(table.apps.length).fill(-1);
  const featureLocal = new Int32Array(table.features.length).fill(-1);
  const apps = [];
  const features = [];
  const appKeys = /* @__PURE__ */ new Map();
  const featureKeys = /* @__PURE__ */ new Map();
  const firstDay = dayNumber(`${month}-01`);
  const day = new Uint8Array(n);
  const app = new Uint32Array(n);
  const feature = new Uint32Array(n);
  const quantity = new Float64Array(n);
  const tokens = new Float64Array(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = from + i;
    day[i] = table.day[r] - firstDay;
    const a = table.app[r];
    if (appLocal[a] === -1) {
      const t = table.apps[a];
      const texts = [asRead(t.id), asRead(t.name) || asRead(t.id)];
      appLocal[a] = localIndex(appKeys, apps, texts);
    }
    app[i] = appLocal[a];
    const f = table.feature[r];
    if (featureLocal[f] === -1) {
      const t = table.features[f];
      const id = asRead(t.id);
      const texts = [
        id,
        asRead(t.name) || id,
        asRead(t.api) || "Other",
        asRead(t.unit)
      ];
      featureLocal[f] = localIndex(featureKeys, features, texts);
    }
    feature[i] = featureLocal[f];
    quantity[i] = table.quantity[r] === 0 ? 0 : table.quantity[r];
    tokens[i] = table.tokens[r] === 0 ? 0 : table.tokens[r];
    flags[i] = table.flags[r];
  }
  const lines = [
    MAGIC,
    `version ${SNAPSHOT_VERSION} ${ORDER}`,
    `month ${month}`,
    `csv ${key}`,
    `rows ${n}`,
    `apps ${JSON.stringify(apps)}`,
    `features ${JSON.stringify(features)}`,
    `day ${base64(day)}`,
    `app ${base64(narrow(app, apps.length))}`,
    `feature ${base64(narrow(feature, features.length))}`,
    `quantity ${base64(quantity)}`,
    `tokens ${base64(tokens)}`,
    `flags ${base64(flags)}`
  ];
  const body = lines.join("\n") + "\n";
  return `${body}check ${csvKey(body)}
`;
}
function asRead(text) {
  return wellFormed(text);
}
function localIndex(keys, list, texts) {
  const key = texts.join("\0");
  let at = keys.get(key);
  if (at === void 0) {
    keys.set(key, at = list.length);
    list.push(texts);
  }
  return at;
}
function loadMonthSnapshot(table, bytes, month, key) {
  const header = decodeHeader(bytes, month, key);
  if (!header) return false;
  const { n, apps, features, columns } = header;
  return table.appendInPlace(n, (at) => {
    const into = (values) => {
      const size = values.BYTES_PER_ELEMENT;
      return new Uint8Array(values.buffer, values.byteOffset + at * size, n * size);
    };
    const day = new Uint8Array(n);
    const appBytes = new Uint8Array(n * width(apps.length));
    const featureBytes = new Uint8Array(n * width(features.length));
    const targets = [
      day,
      appBytes,
      featureBytes,
      into(table.quantity),
      into(table.tokens),
      into(table.flags)
    ];
    for (let c = 0; c < COLUMNS.length; c++) {
      const { line, start } = columns[c];
      if (!decodeBase64Into(line, start, line.length, targets[c])) return false;
    }
    const app = indexes(appBytes, apps.length);
    const feature = indexes(featureBytes, features.length);
    const days = daysIn(month);
    for (let i = 0; i < n; i++) {
      if (day[i] >= days || app[i] >= apps.length || feature[i] >= features.length) return false;
      if (table.flags[at + i] > 5 || !Number.isFinite(table.quantity[at + i])) return false;
    }
    const appAt = apps.map(([id, name]) => table.appOf(id, name));
    const featureAt = features.map(([id, name, api, unit]) => table.featureOf(id, name, api, unit));
    const firstDay = dayNumber(`${month}-01`);
    for (let i = 0; i < n; i++) {
      table.day[at + i] = firstDay + day[i];
      table.app[at + i] = appAt[app[i]];
      table.feature[at + i] = featureAt[feature[i]];
    }
    return true;
  });
}
function indexes(bytes, count) {
  const w = width(count);
  return w === 1 ? bytes : w === 2 ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2) : new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}
function snapshotRowCount(head, size = head.length) {
  const at = head.indexOf("\nrows ");
  if (at < 0) return 0;
  const end = head.indexOf(10, at + 1);
  if (end < 0) return 0;
  const n = Number(head.subarray(at + 6, end).toString("latin1"));
  return Number.isSafeInteger(n) && n > 0 ? Math.min(n, Math.floor(size / MIN_ROW_BYTES)) : 0;
}
var SNAPSHOT_HEAD_BYTES = 512;
var MIN_ROW_BYTES = 20;
var LINES = ["", "version", "month", "csv", "rows", "apps", "features"];
var COLUMNS = ["day", "app", "feature", "quantity", "tokens", "flags"];
function decodeHeader(bytes, month, key) {
  const end = bytes.lastIndexOf("\ncheck ");
  if (end < 0) return void 0;
  const body = bytes.subarray(0, end + 1);
  if (bytes.subarray(end + 1).toString("latin1") !== `check ${csvKey(body)}
`) return void 0;
  const lines = [];
  for (let at = 0; at < body.length; ) {
    const next = body.indexOf(10, at);
    lines.push(body.subarray(at, next));
    at = next + 1;
  }
  if (lines.length !== LINES.length + COLUMNS.length) return void 0;
  const text = (i) => {
    const line = lines[i].toString("utf8");
    return line.startsWith(`${LINES[i]} `) ? line.slice(LINES[i].length + 1) : void 0;
  };
  if (lines[0].toString("latin1") !== MAGIC || text(1) !== `${SNAPSHOT_VERSION} ${ORDER}`) return void 0;
  if (text(2) !== month || text(3) !== key) return void 0;
  const n = Number(text(4));
  if (!Number.isSafeInteger(n) || n < 0) return void 0;
  const apps = parseTexts(text(5), 2);
  const features = parseTexts(text(6), 4);
  if (!apps || !features) return void 0;
  const columns = [];
  const widths = [1, width(apps.length), width(features.length), 8, 8, 1];
  for (let c = 0; c < COLUMNS.length; c++) {
    const line = lines[LINES.length + c];
    const name = COLUMNS[c];
    const start = name.length + 1;
    if (line.subarray(0, start).toString("latin1") !== `${name} `) return void 0;
    if (line.length - start !== 4 * Math.ceil(n * widths[c] / 3)) return void 0;
    columns.push({ line, start });
  }
  return { n, apps, features, columns };
}
function parseTexts(json, size) {
  if (json === void 0) return void 0;
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return void 0;
  }
  const ok = Array.isArray(value) && value.every(
    (item) => Array.isArray(item) && item.length === size && item.every((s) => typeof s === "string")
  );
  return ok ? value : void 0;
}
function width(count) {
  return count <= 256 ? 1 : count <= 65536 ? 2 : 4;
}
function narrow(values, count) {
  const w = width(count);
  return w === 1 ? Uint8Array.from(values) : w === 2 ? Uint16Array.from(values) : values;
}
function base64(values) {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}
function daysIn(month) {
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${String(y + 1).padStart(4, "0")}-01` : `${month.slice(0, 5)}${String(m + 1).padStart(2, "0")}`;
  return dayNumber(`${next}-01`) - dayNumber(`${month}-01`);
}

// src/history/history-files.ts
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

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
  const text = await readFile(join(siteDir, FILES_RECORD), "utf8").catch(() => void 0);
  const records = parseFilesRecord(text);
  return {
    records,
    read: async (path) => records.has(path) ? await readFile(join(siteDir, path)).catch(() => void 0) : void 0,
    digest: (path) => records.has(path) ? fileDigest(join(siteDir, path))?.key : void 0
  };
}
var EMPTY_HISTORY = { records: new HistoryTable(), months: /* @__PURE__ */ new Map() };
async function readHistoryDir(siteDir) {
  const dataDir = join(siteDir, "data");
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
    const file = join(dataDir, name);
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
    return read(join(siteDir, snapshotPath(month)));
  } catch {
    return void 0;
  }
}
function textReader(file, size, key) {
  return () => {
    let again;
    try {
      again = readFileSync(file);
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
import { mkdir, readFile as readFile2, rm, writeFile } from "node:fs/promises";
import { dirname, join as join3, posix } from "node:path";

// src/history/list-files.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join2 } from "node:path";
async function listFiles(root, skip = /* @__PURE__ */ new Set(), prefix = "") {
  let entries;
  try {
    entries = await readdir2(join2(root, prefix), { withFileTypes: true });
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
      await rm(join3(root, path), { force: true });
      deleted.push(path);
    }
  }
  let written = 0;
  for (const path of site.files.keys()) {
    const content = bodyOf(site.files, path);
    const file = join3(root, path);
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
    return sameBody(await readFile2(file), content);
  } catch {
    return false;
  }
}

export {
  csvKey,
  FILES_RECORD,
  formatFilesRecord,
  EMPTY_HISTORY,
  readHistoryDir,
  historyFileContents,
  listFiles,
  isOwnedSitePath,
  checkSiteDir,
  writeSiteTree
};
