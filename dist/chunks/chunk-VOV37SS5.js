import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CHARGED_COLUMN,
  EXPORT_COLUMNS,
  csvField
} from "./chunk-FLAOZLUO.js";
import {
  wellFormed
} from "./chunk-7DPKRERB.js";
import {
  dayNumber
} from "./chunk-I3O4MRPB.js";

// src/model/month-csv.ts
var EXPORT_STYLE = { start: "", eol: "\n", cell: (field) => field };
function formatTableCsvBytes(table, from, to, rows = null, style = EXPORT_STYLE) {
  let flagged = false;
  for (let k = from; k < to && !flagged; k++) flagged = table.charged(rows ? rows[k] : k) !== void 0;
  const { cell, eol } = style;
  const field = (text) => cell(csvField(text));
  const numbers = new NumberTexts();
  const number = style === EXPORT_STYLE ? (n) => numbers.text(n) : (n) => cell(numbers.text(n));
  const head = flagged ? [...EXPORT_COLUMNS, CHARGED_COLUMN] : EXPORT_COLUMNS;
  const out = new ByteWriter(Math.min(to - from, SAMPLE_ROWS) * 256 + 256);
  const sampled = from + SAMPLE_ROWS;
  out.text(style.start + head.map(field).join(",") + eol);
  const apps = table.apps.map((a) => `${field(a.id)},${field(a.name)}`);
  const features = table.features.map(
    (f) => `${field(f.api)},${field(f.id)},${field(f.name)},${field(f.unit)}`
  );
  const pairs = /* @__PURE__ */ new Map();
  const nFeatures = table.features.length;
  const estimated = encode(",true");
  const notEstimated = encode(",false");
  const end = encode(eol);
  let day = NaN;
  let date = new Uint8Array(0);
  for (let k = from; k < to; k++) {
    if (k === sampled) out.reserve(Math.ceil(out.length / SAMPLE_ROWS * (to - k) * 1.02) + 4096);
    const i = rows ? rows[k] : k;
    if (table.day[i] !== day) {
      day = table.day[i];
      date = encode(`${field(table.date(i))},`);
    }
    out.bytes(date);
    const pairKey = table.app[i] * nFeatures + table.feature[i];
    let pair = pairs.get(pairKey);
    if (pair === void 0) {
      pair = encode(`${apps[table.app[i]]},${features[table.feature[i]]},`);
      pairs.set(pairKey, pair);
    }
    out.bytes(pair);
    out.ascii(number(table.quantity[i]));
    out.ascii(",");
    const tokens = table.tokensAt(i);
    if (tokens !== null) out.ascii(number(tokens));
    out.bytes(table.estimated(i) ? estimated : notEstimated);
    if (flagged) {
      const charged = table.charged(i);
      out.ascii(charged === void 0 ? "," : `,${String(charged)}`);
    }
    out.bytes(end);
  }
  return out.done();
}
var SAMPLE_ROWS = 1024;
var encoder = new TextEncoder();
function encode(text) {
  return encoder.encode(text);
}
var ByteWriter = class {
  buf;
  n = 0;
  constructor(size) {
    this.buf = new Uint8Array(size);
  }
  get length() {
    return this.n;
  }
  /** Room for `k` more bytes, made now (in one step, as the caller has an estimate). */
  reserve(k) {
    if (this.n + k <= this.buf.length) return;
    const bigger = new Uint8Array(this.n + k);
    bigger.set(this.buf.subarray(0, this.n));
    this.buf = bigger;
  }
  room(k) {
    if (this.n + k > this.buf.length) this.reserve(Math.max(k, this.buf.length >> 2));
  }
  /** Text of code units below 0x80 only (numbers, `true`, commas). */
  ascii(s) {
    this.room(s.length);
    for (let j = 0; j < s.length; j++) this.buf[this.n++] = s.charCodeAt(j);
  }
  text(s) {
    this.bytes(encode(s));
  }
  bytes(b) {
    this.room(b.length);
    if (b.length > 24) this.buf.set(b, this.n);
    else for (let j = 0; j < b.length; j++) this.buf[this.n + j] = b[j];
    this.n += b.length;
  }
  done() {
    return this.buf.subarray(0, this.n);
  }
};
var NumberTexts = class {
  texts = /* @__PURE__ */ new Map();
  text(n) {
    let t = this.texts.get(n);
    if (t === void 0) {
      t = formatNumber(n);
      if (this.texts.size >= 65536) this.texts.clear();
      this.texts.set(n, t);
    }
    return t;
  }
};
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

// src/model/sha256.ts
import { createHash } from "node:crypto";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function sha256Pieces() {
  const hash = createHash("sha256");
  return { update: (data) => void hash.update(data), hex: () => hash.digest("hex") };
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

// src/site-files.ts
var ChunkedFile = class {
  constructor(chunks) {
    this.chunks = chunks;
  }
  chunks;
};
var SpooledFile = class {
  constructor(file, size, reader) {
    this.file = file;
    this.size = size;
    this.reader = reader;
  }
  file;
  size;
  reader;
  read() {
    return this.reader(this.file);
  }
};
var SiteFileMap = class {
  entriesByPath = /* @__PURE__ */ new Map();
  constructor(entries = []) {
    for (const [path, content] of entries) this.entriesByPath.set(path, content);
  }
  set(path, content) {
    this.entriesByPath.set(path, content);
    return this;
  }
  get size() {
    return this.entriesByPath.size;
  }
  has(path) {
    return this.entriesByPath.has(path);
  }
  get(path) {
    const body = this.body(path);
    return body === void 0 || typeof body === "string" ? body : textOf(body);
  }
  /** The content as it was made: text, or bytes (a chunked file's chunks copied into one buffer, a spooled file read). */
  body(path) {
    const content = this.made(path);
    if (content instanceof SpooledFile) return content.read();
    return content instanceof ChunkedFile ? joinChunks(content.chunks()) : content;
  }
  /** Whether the content is there as it is (text, bytes, a spooled file), not made when it is read. */
  held(path) {
    const content = this.entriesByPath.get(path);
    return typeof content !== "function" && !(content instanceof ChunkedFile);
  }
  /** The content made, a chunked file left to be written a chunk at a time, a spooled file left on disk. */
  made(path) {
    const content = this.entriesByPath.get(path);
    return typeof content === "function" ? content() : content;
  }
  /** Each path with its content as set: a produced file is not produced here. */
  contents() {
    return this.entriesByPath.entries();
  }
  keys() {
    return this.entriesByPath.keys();
  }
  *entries() {
    for (const path of this.entriesByPath.keys()) yield [path, this.get(path)];
  }
  *values() {
    for (const path of this.entriesByPath.keys()) yield this.get(path);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn) {
    for (const [path, content] of this.entries()) fn(content, path, this);
  }
};
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
function textOf(body) {
  return typeof body === "string" ? body : decoder.decode(body);
}
function isHeld(files, path) {
  return !(files instanceof SiteFileMap) || files.held(path);
}
function madeOf(files, path) {
  return files instanceof SiteFileMap ? files.made(path) : files.get(path);
}
function sameBody(bytes, body) {
  if (body instanceof SpooledFile) return body.size === bytes.length && sameBody(bytes, body.read());
  const stored = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!(body instanceof ChunkedFile))
    return stored.equals(typeof body === "string" ? Buffer.from(body, "utf8") : body);
  let at = 0;
  for (const chunk of body.chunks()) {
    if (at + chunk.length > stored.length || !stored.subarray(at, at + chunk.length).equals(chunk))
      return false;
    at += chunk.length;
  }
  return at === stored.length;
}
function joinChunks(chunks) {
  const copies = [];
  for (const chunk of chunks) copies.push(Buffer.from(chunk));
  return Buffer.concat(copies);
}

export {
  ChunkedFile,
  SpooledFile,
  SiteFileMap,
  textOf,
  isHeld,
  madeOf,
  sameBody,
  joinChunks,
  formatTableCsvBytes,
  monthRanges,
  sha256Hex,
  sha256Pieces,
  snapshotPath,
  csvKey,
  encodeMonthSnapshot,
  loadMonthSnapshot,
  snapshotRowCount,
  SNAPSHOT_HEAD_BYTES
};
