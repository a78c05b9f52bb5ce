import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CHARGED_COLUMN,
  EXPORT_COLUMNS,
  csvField
} from "./chunk-FLAOZLUO.js";

// src/model/sha256.ts
import { createHash } from "node:crypto";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function sha256Pieces() {
  const hash = createHash("sha256");
  return { update: (data) => void hash.update(data), hex: () => hash.digest("hex") };
}

// src/site-files.ts
var ChunkedFile = class {
  constructor(chunks) {
    this.chunks = chunks;
  }
  chunks;
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
  /** The content as it was made: text, or bytes (a chunked file's chunks copied into one buffer). */
  body(path) {
    const content = this.made(path);
    return content instanceof ChunkedFile ? joinChunks(content.chunks()) : content;
  }
  /** Whether the content is held as it is (text or bytes), not made when it is read. */
  held(path) {
    const content = this.entriesByPath.get(path);
    return typeof content !== "function" && !(content instanceof ChunkedFile);
  }
  /** The content made, a chunked file left to be written a chunk at a time. */
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
function bodyOf(files, path) {
  return files instanceof SiteFileMap ? files.body(path) : files.get(path);
}
function isHeld(files, path) {
  return !(files instanceof SiteFileMap) || files.held(path);
}
function madeOf(files, path) {
  return files instanceof SiteFileMap ? files.made(path) : files.get(path);
}
function sameBody(bytes, body) {
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

export {
  formatTableCsvBytes,
  monthRanges,
  sha256Hex,
  sha256Pieces,
  ChunkedFile,
  SiteFileMap,
  textOf,
  bodyOf,
  isHeld,
  madeOf,
  sameBody
};
