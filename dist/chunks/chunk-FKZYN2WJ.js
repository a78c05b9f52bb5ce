import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  compareRecords
} from "./chunk-7DPKRERB.js";
import {
  dayNumber,
  dayText
} from "./chunk-I3O4MRPB.js";

// src/model/history-table.ts
var ESTIMATED = 1;
var CHARGED_SHIFT = 1;
var HistoryTable = class _HistoryTable {
  length = 0;
  day = new Int32Array(16);
  app = new Uint32Array(16);
  feature = new Uint32Array(16);
  quantity = new Float64Array(16);
  /** NaN: no token figure. */
  tokens = new Float64Array(16);
  flags = new Uint8Array(16);
  apps = [];
  features = [];
  /** Distinct app ids, in order of first appearance (`AppText.idIndex`). */
  appIds = [];
  appIndex = /* @__PURE__ */ new Map();
  idIndex = /* @__PURE__ */ new Map();
  /** Feature id → the indexes of its texts (usually one). */
  featureIndex = /* @__PURE__ */ new Map();
  /** For `copyRow`: another table's app and feature indexes → this table's, filled as rows are copied. */
  copied = /* @__PURE__ */ new Map();
  static from(records) {
    const table = new _HistoryTable();
    for (const r of records) table.push(r);
    return table;
  }
  /** The table `columns()` gave: the same rows, texts and text indexes. */
  static fromColumns(columns) {
    const table = new _HistoryTable();
    for (const a of columns.apps) table.appOf(a.id, a.name);
    for (const f of columns.features) table.featureOf(f.id, f.name, f.api, f.unit);
    if (table.apps.length !== columns.apps.length || table.features.length !== columns.features.length)
      throw new Error("HistoryTable.fromColumns: the texts repeat, so their indexes would not be kept");
    const { day, app, feature, quantity, tokens, flags } = columns;
    Object.assign(table, { day, app, feature, quantity, tokens, flags, length: day.length });
    return table;
  }
  /** The rows (copies of the filled part of each column) and the texts. */
  columns() {
    const n = this.length;
    return {
      day: this.day.slice(0, n),
      app: this.app.slice(0, n),
      feature: this.feature.slice(0, n),
      quantity: this.quantity.slice(0, n),
      tokens: this.tokens.slice(0, n),
      flags: this.flags.slice(0, n),
      apps: this.apps,
      features: this.features
    };
  }
  push(r) {
    this.pushRow(
      dayNumber(r.date),
      this.appOf(r.appId, r.appName),
      this.featureOf(r.featureId, r.featureName, r.api, r.unit),
      r.quantity,
      r.tokens,
      flagsOf(r.tokensEstimated, r.charged)
    );
  }
  /** Row `i` of `from` (another table, or this one), its texts interned here (once per distinct text). */
  copyRow(from, i) {
    const tokens = from.tokens[i];
    this.pushRow(
      from.day[i],
      this.localApp(from, from.app[i]),
      this.localFeature(from, from.feature[i]),
      from.quantity[i],
      Number.isNaN(tokens) ? null : tokens,
      from.flags[i]
    );
  }
  /**
   * Rows `start`..`end` (exclusive) of another table, as `copyRow` would copy them one by one: the number columns
   * are copied as blocks (a daily run keeps hundreds of thousands of stored rows as they are).
   */
  copyRows(from, start, end) {
    const n = end - start;
    if (n <= 0) return;
    if (this.length + n > this.day.length) this.reserve(Math.max(this.length + n, this.day.length * 2));
    const at = this.length;
    this.day.set(from.day.subarray(start, end), at);
    this.quantity.set(from.quantity.subarray(start, end), at);
    this.tokens.set(from.tokens.subarray(start, end), at);
    this.flags.set(from.flags.subarray(start, end), at);
    const { apps, features } = this.copiedFrom(from);
    for (let k = 0; k < n; k++) {
      const a = from.app[start + k];
      const f = from.feature[start + k];
      this.app[at + k] = apps[a] ?? this.localApp(from, a);
      this.feature[at + k] = features[f] ?? this.localFeature(from, f);
    }
    this.length += n;
  }
  /**
   * `n` rows that `fill` writes into the columns in place, from row `at` (the current length; the room is made
   * first); they count only when `fill` answers true, otherwise the rows are as they were.
   */
  appendInPlace(n, fill) {
    this.reserve(this.length + n);
    if (!fill(this.length)) return false;
    this.length += n;
    return true;
  }
  /** This table's index of app text `app` of `from`. */
  localApp(from, app) {
    if (from === this) return app;
    const map = this.copiedFrom(from);
    let a = map.apps[app];
    if (a === void 0) {
      const text = from.apps[app];
      map.apps[app] = a = this.appOf(text.id, text.name);
    }
    return a;
  }
  /** This table's index of feature text `feature` of `from`. */
  localFeature(from, feature) {
    if (from === this) return feature;
    const map = this.copiedFrom(from);
    let f = map.features[feature];
    if (f === void 0) {
      const text = from.features[feature];
      map.features[feature] = f = this.featureOf(text.id, text.name, text.api, text.unit);
    }
    return f;
  }
  copiedFrom(from) {
    let map = this.copied.get(from);
    if (!map) this.copied.set(from, map = { apps: [], features: [] });
    return map;
  }
  pushRow(day, app, feature, quantity, tokens, flags) {
    if (this.length === this.day.length) this.grow();
    const i = this.length++;
    this.day[i] = day;
    this.app[i] = app;
    this.feature[i] = feature;
    this.quantity[i] = quantity;
    this.tokens[i] = tokens === null ? NaN : tokens;
    this.flags[i] = flags;
  }
  appOf(id, name) {
    let names = this.appIndex.get(id);
    if (!names) this.appIndex.set(id, names = /* @__PURE__ */ new Map());
    let at = names.get(name);
    if (at === void 0) {
      let idIndex = this.idIndex.get(id);
      if (idIndex === void 0) {
        this.idIndex.set(id, idIndex = this.appIds.length);
        this.appIds.push(id);
      }
      names.set(name, at = this.apps.length);
      this.apps.push({ id, name, idIndex });
    }
    return at;
  }
  featureOf(id, name, api, unit) {
    let texts = this.featureIndex.get(id);
    if (!texts) this.featureIndex.set(id, texts = []);
    for (const at2 of texts) {
      const f = this.features[at2];
      if (f.name === name && f.api === api && f.unit === unit) return at2;
    }
    const at = this.features.length;
    texts.push(at);
    this.features.push({ id, name, api, unit });
    return at;
  }
  date(i) {
    return dayText(this.day[i]);
  }
  tokensAt(i) {
    const t = this.tokens[i];
    return Number.isNaN(t) ? null : t;
  }
  estimated(i) {
    return (this.flags[i] & ESTIMATED) !== 0;
  }
  charged(i) {
    const c = this.flags[i] >> CHARGED_SHIFT;
    return c === 0 ? void 0 : c === 1;
  }
  /** The object view of row `i`: a new object each call. */
  record(i) {
    const a = this.apps[this.app[i]];
    const f = this.features[this.feature[i]];
    const charged = this.charged(i);
    return {
      date: this.date(i),
      appId: a.id,
      appName: a.name,
      api: f.api,
      featureId: f.id,
      featureName: f.name,
      unit: f.unit,
      quantity: this.quantity[i],
      tokens: this.tokensAt(i),
      tokensEstimated: this.estimated(i),
      ...charged === void 0 ? {} : { charged }
    };
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.record(i);
  }
  toArray() {
    return Array.from({ length: this.length }, (_, i) => this.record(i));
  }
  /**
   * Storage order of rows `i` and `j` (date, app id, feature id, then unknown, charged, uncharged), as
   * `compareRecords` orders their records.
   */
  compare(i, j) {
    return this.compareSlots(i, j) || (this.flags[i] >> CHARGED_SHIFT) - (this.flags[j] >> CHARGED_SHIFT);
  }
  compareSlots(i, j) {
    const d = this.day[i] - this.day[j];
    if (d !== 0) return d;
    const a = this.apps[this.app[i]].id;
    const b = this.apps[this.app[j]].id;
    if (a !== b) return a < b ? -1 : 1;
    const f = this.features[this.feature[i]].id;
    const g = this.features[this.feature[j]].id;
    return f === g ? 0 : f < g ? -1 : 1;
  }
  /**
   * The same rows and texts with other token and flag columns (rates applied). The columns it shares with this
   * table are never written again: a table is built by appending and then only read.
   */
  withTokens(tokens, flags) {
    const out = Object.create(_HistoryTable.prototype);
    Object.assign(out, this, { tokens, flags });
    return out;
  }
  /**
   * The same rows (the columns shared, as above) with each app's texts replaced by `rename` (`report.showIds:
   * false` shows a public id instead of the client id). The rows keep their order: storage order only if the new
   * ids sort as the old ones did.
   */
  withAppTexts(rename) {
    const out = Object.create(_HistoryTable.prototype);
    Object.assign(out, this, {
      apps: [],
      appIds: [],
      appIndex: /* @__PURE__ */ new Map(),
      idIndex: /* @__PURE__ */ new Map(),
      copied: /* @__PURE__ */ new Map()
    });
    for (const app of this.apps) {
      const { id, name } = rename(app);
      const at = out.apps.length;
      out.appOf(id, name);
      if (out.apps.length === at) out.apps.push({ id, name, idIndex: out.idIndex.get(id) });
    }
    return out;
  }
  /** Rows `from`..`to` (exclusive) as a new table. */
  slice(from, to = this.length) {
    const out = new _HistoryTable();
    for (let i = from; i < to; i++) out.copyRow(this, i);
    return out;
  }
  /**
   * Room for `rows` rows in all, made at once: a reader that knows roughly how many rows come (from the size of
   * its files) saves the doublings, each of which copies every column.
   */
  reserve(rows) {
    if (rows > this.day.length) this.resize(Math.ceil(rows));
  }
  grow() {
    this.resize(this.day.length * 2);
  }
  resize(size) {
    this.day = resized(this.day, new Int32Array(size));
    this.app = resized(this.app, new Uint32Array(size));
    this.feature = resized(this.feature, new Uint32Array(size));
    this.quantity = resized(this.quantity, new Float64Array(size));
    this.tokens = resized(this.tokens, new Float64Array(size));
    this.flags = resized(this.flags, new Uint8Array(size));
  }
};
function asTable(rows) {
  return rows instanceof HistoryTable ? rows : HistoryTable.from(sortedCopy(rows));
}
function sortedCopy(records) {
  for (let i = 1; i < records.length; i++)
    if (compareRecords(records[i - 1], records[i]) > 0) return [...records].sort(compareRecords);
  return records;
}
function flagsOf(estimated, charged) {
  return (estimated ? ESTIMATED : 0) | (charged === void 0 ? 0 : charged ? 1 : 2) << CHARGED_SHIFT;
}
function resized(old, next) {
  next.set(old);
  return next;
}

export {
  HistoryTable,
  asTable,
  flagsOf
};
