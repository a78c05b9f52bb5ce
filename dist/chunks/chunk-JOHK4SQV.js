import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  isClean,
  mergeHistory
} from "./chunk-H3IQSARL.js";
import {
  startProgress
} from "./chunk-5CHR7IJI.js";
import {
  parseExportCsv,
  parseExportCsvStreamInto,
  parseExportJson
} from "./chunk-FLAOZLUO.js";
import {
  HistoryTable
} from "./chunk-FKZYN2WJ.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/sources/file.ts
import { createReadStream } from "node:fs";
import { isAscii } from "node:buffer";
import { StringDecoder } from "node:string_decoder";
import { readFile, stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";

// src/sources/glob.ts
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*") {
      if (pattern[i + 1] === "*" && pattern[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else if (pattern[i + 1] === "*") {
        re += ".*";
        i += 1;
      } else re += "[^/]*";
    } else if (ch === "?") re += "[^/]";
    else if (ch === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += `(?:${pattern.slice(i + 1, end).split(",").map((s) => s.replace(/[.+^$()|[\]\\]/g, "\\$&")).join("|")})`;
        i = end;
      }
    } else re += ch.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
async function globFiles(pattern, cwd) {
  const normalized = pattern.replace(/\\/g, "/");
  const fixed = normalized.split("/");
  const firstWild = fixed.findIndex((part) => /[*?{]/.test(part));
  const root = join(cwd, ...fixed.slice(0, firstWild < 0 ? fixed.length - 1 : firstWild));
  const re = globToRegExp(normalized.replace(/^\.\//, ""));
  const out = [];
  await walk(root, async (file) => {
    const rel = relative(cwd, file).split(sep).join("/");
    if (re.test(rel)) out.push(file);
  });
  return out.sort();
}
async function walk(dir, visit) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && e.name !== ".git") await walk(full, visit);
    } else if (e.isFile()) await visit(full);
  }
}

// src/sources/file.ts
var fileSource = {
  name: "file",
  async fetch(request, deps) {
    const files = await findUsageFiles(request.config.file, request.baseDir);
    const all = new HistoryTable();
    const sizes = await fileSizes(files);
    const bytes = sizes.reduce((sum, size) => sum + size, 0);
    all.reserve(bytes / 80);
    const progress = startProgress({
      label: "usage files",
      total: Math.ceil(bytes / MB),
      unit: "MB read",
      log: (line) => deps.logger.info(line),
      now: () => deps.clock.now().getTime()
    });
    const read = readCounter(progress);
    const split = deps.startFileReader ? helperShare(sizes) : files.length;
    let helper;
    try {
      if (split < files.length) {
        const theirs = {
          files: files.slice(split),
          bytes: sizes.slice(split).reduce((sum, size) => sum + size, 0)
        };
        helper = await deps.startFileReader(theirs, read.add);
      }
      await readUsageFilesInto(all, files.slice(0, split), read.add);
      if (helper) {
        const theirs = HistoryTable.fromColumns(await helper.table());
        all.copyRows(theirs, 0, theirs.length);
      }
      read.end();
    } finally {
      progress.finish();
      await helper?.close();
    }
    const merged = isClean(all) ? all : HistoryTable.from(mergeHistory([], all.toArray()).records);
    const names = /* @__PURE__ */ new Map();
    for (let i = 0; i < merged.length; i++) {
      const app = merged.apps[merged.app[i]];
      names.set(app.id, app.name);
    }
    return { records: merged, apps: [...names].map(([id, name]) => ({ id, name, status: "ok" })) };
  }
};
async function readUsageFilesInto(table, files, read) {
  for (const file of files) await readExportFileInto(table, file, read);
}
async function readExportFileInto(table, file, read) {
  if (/\.json$/i.test(file)) {
    for (const r of await readExportFile(file)) table.push(r);
    read((await stat(file)).size);
    return;
  }
  await parseExportCsvStreamInto(table, readChunks(file, read), file, void 0, INPUT);
}
var MB = 1e6;
function readCounter(progress) {
  let bytes = 0;
  let shown = 0;
  const show = (mb) => {
    if (mb > shown) progress.advance(mb - shown);
    shown = Math.max(shown, mb);
  };
  return { add: (n) => show(Math.floor((bytes += n) / MB)), end: () => show(Math.ceil(bytes / MB)) };
}
var CHUNK_BYTES = 1 << 20;
async function* readChunks(file, read) {
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const decoder = new StringDecoder("utf8");
  let decoding = false;
  try {
    for await (const chunk of stream) {
      const bytes = chunk;
      read(bytes.length);
      decoding ||= !isAscii(bytes);
      yield decoding ? decoder.write(bytes) : bytes.toString("latin1");
    }
  } catch (error) {
    throw readError(file, error);
  }
  yield decoder.end();
}
function readError(file, error) {
  return new UserError(
    `cannot read usage file ${file}: ${error.code ?? String(error)}`
  );
}
var INPUT = { rejectNegative: true };
async function readText(file) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw readError(file, error);
  }
}
async function readExportFile(file) {
  const text = await readText(file);
  return /\.json$/i.test(file) ? parseExportJson(text, file, INPUT) : parseExportCsv(text, file, void 0, INPUT);
}
async function findUsageFiles(file, baseDir) {
  const patterns = [file ?? []].flat();
  const field = (i) => Array.isArray(file) ? `file[${i}]` : "file";
  const out = /* @__PURE__ */ new Set();
  for (const [i, pattern] of patterns.entries()) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(baseDir, pattern);
    if (!/[*?[{]/.test(pattern)) {
      if (!await isFile(absolute)) {
        throw new UserError(
          `${field(i)}: expected an existing usage file, got ${JSON.stringify(pattern)} (nothing at ${absolute})`
        );
      }
      out.add(absolute);
      continue;
    }
    const matches = isAbsolute(pattern) ? await globFiles(pattern.slice(1), "/") : await globFiles(pattern, baseDir);
    if (matches.length === 0) {
      throw new UserError(
        `${field(i)}: expected a pattern matching at least one file, got ${JSON.stringify(pattern)} (no match in ${baseDir})`
      );
    }
    matches.forEach((m) => out.add(m));
  }
  return [...out];
}
async function fileSizes(files) {
  return Promise.all(files.map(async (file) => (await stat(file).catch(() => void 0))?.size ?? 0));
}
var HELPER_MIN_BYTES = 16 * MB;
function helperShare(sizes) {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total < HELPER_MIN_BYTES) return sizes.length;
  let best = sizes.length;
  let bestEnd = total;
  let tail = 0;
  for (let i = sizes.length - 1; i >= 1; i--) {
    tail += sizes[i];
    const end = Math.max(total - tail, tail * 1.1);
    if (end < bestEnd) [best, bestEnd] = [i, end];
  }
  return best;
}
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export {
  fileSource,
  readUsageFilesInto,
  readExportFile,
  findUsageFiles,
  helperShare
};
