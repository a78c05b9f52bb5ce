/**
 * The history in columns: one typed array per number (day, quantity, tokens, flags) and two per-row indexes into
 * tables of the distinct app and feature texts. A record held as an object costs about 300 bytes; a row here
 * costs 30, so years of history for a thousand apps fit a runner's memory. Rows are appended in storage order by
 * the readers and the merge; `record(i)` builds the object view of one row when a caller needs one. Pure.
 */
import { dayNumber, dayText } from './dates.js';
import { compareRecords, type UsageRecord } from './records.js';

export { dayNumber, dayText } from './dates.js';

/** An app's id with one of its names (apps get renamed: each row keeps the name it was stored with). */
export interface AppText {
  id: string;
  name: string;
  /** Position of `id` among the table's distinct ids, for grouping by app. */
  idIndex: number;
}

/** A feature's id with the texts stored beside it. */
export interface FeatureText {
  id: string;
  name: string;
  api: string;
  unit: string;
}

/** A table's rows and texts as plain data, for another thread (structured clone copies the arrays whole). */
export interface TableColumns {
  day: Int32Array;
  app: Uint32Array;
  feature: Uint32Array;
  quantity: Float64Array;
  tokens: Float64Array;
  flags: Uint8Array;
  apps: readonly AppText[];
  features: readonly FeatureText[];
}

const ESTIMATED = 1;
/** Bits 1–2: the charge flag, 0 when APS did not say, 1 charged, 2 uncharged (the storage order). */
const CHARGED_SHIFT = 1;

export class HistoryTable implements Iterable<UsageRecord> {
  length = 0;
  day = new Int32Array(16);
  app = new Uint32Array(16);
  feature = new Uint32Array(16);
  quantity = new Float64Array(16);
  /** NaN: no token figure. */
  tokens = new Float64Array(16);
  flags = new Uint8Array(16);
  readonly apps: AppText[] = [];
  readonly features: FeatureText[] = [];
  /** Distinct app ids, in order of first appearance (`AppText.idIndex`). */
  readonly appIds: string[] = [];
  private readonly appIndex = new Map<string, Map<string, number>>();
  private readonly idIndex = new Map<string, number>();
  /** Feature id → the indexes of its texts (usually one). */
  private readonly featureIndex = new Map<string, number[]>();
  /** For `copyRow`: another table's app and feature indexes → this table's, filled as rows are copied. */
  private readonly copied = new Map<HistoryTable, { apps: number[]; features: number[] }>();

  static from(records: Iterable<UsageRecord>): HistoryTable {
    const table = new HistoryTable();
    for (const r of records) table.push(r);
    return table;
  }

  /** The table `columns()` gave: the same rows, texts and text indexes. */
  static fromColumns(columns: TableColumns): HistoryTable {
    const table = new HistoryTable();
    for (const a of columns.apps) table.appOf(a.id, a.name);
    for (const f of columns.features) table.featureOf(f.id, f.name, f.api, f.unit);
    if (table.apps.length !== columns.apps.length || table.features.length !== columns.features.length)
      throw new Error('HistoryTable.fromColumns: the texts repeat, so their indexes would not be kept');
    const { day, app, feature, quantity, tokens, flags } = columns;
    Object.assign(table, { day, app, feature, quantity, tokens, flags, length: day.length });
    return table;
  }

  /** The rows (copies of the filled part of each column) and the texts. */
  columns(): TableColumns {
    const n = this.length;
    return {
      day: this.day.slice(0, n),
      app: this.app.slice(0, n),
      feature: this.feature.slice(0, n),
      quantity: this.quantity.slice(0, n),
      tokens: this.tokens.slice(0, n),
      flags: this.flags.slice(0, n),
      apps: this.apps,
      features: this.features,
    };
  }

  push(r: UsageRecord): void {
    this.pushRow(
      dayNumber(r.date),
      this.appOf(r.appId, r.appName),
      this.featureOf(r.featureId, r.featureName, r.api, r.unit),
      r.quantity,
      r.tokens,
      flagsOf(r.tokensEstimated, r.charged),
    );
  }

  /** Row `i` of `from` (another table, or this one), its texts interned here (once per distinct text). */
  copyRow(from: HistoryTable, i: number): void {
    const tokens = from.tokens[i]!;
    this.pushRow(
      from.day[i]!,
      this.localApp(from, from.app[i]!),
      this.localFeature(from, from.feature[i]!),
      from.quantity[i]!,
      Number.isNaN(tokens) ? null : tokens,
      from.flags[i]!,
    );
  }

  /**
   * Rows `start`..`end` (exclusive) of another table, as `copyRow` would copy them one by one: the number columns
   * are copied as blocks (a daily run keeps hundreds of thousands of stored rows as they are).
   */
  copyRows(from: HistoryTable, start: number, end: number): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.length + n > this.day.length) this.reserve(Math.max(this.length + n, this.day.length * 2));
    const at = this.length;
    this.day.set(from.day.subarray(start, end), at);
    this.quantity.set(from.quantity.subarray(start, end), at);
    this.tokens.set(from.tokens.subarray(start, end), at);
    this.flags.set(from.flags.subarray(start, end), at);
    // The translations looked up once for the block, not once per row.
    const { apps, features } = this.copiedFrom(from);
    for (let k = 0; k < n; k++) {
      const a = from.app[start + k]!;
      const f = from.feature[start + k]!;
      this.app[at + k] = apps[a] ?? this.localApp(from, a);
      this.feature[at + k] = features[f] ?? this.localFeature(from, f);
    }
    this.length += n;
  }

  /**
   * `n` rows that `fill` writes into the columns in place, from row `at` (the current length; the room is made
   * first); they count only when `fill` answers true, otherwise the rows are as they were.
   */
  appendInPlace(n: number, fill: (at: number) => boolean): boolean {
    this.reserve(this.length + n);
    if (!fill(this.length)) return false;
    this.length += n;
    return true;
  }

  /** This table's index of app text `app` of `from`. */
  private localApp(from: HistoryTable, app: number): number {
    if (from === this) return app;
    const map = this.copiedFrom(from);
    let a = map.apps[app];
    if (a === undefined) {
      const text = from.apps[app]!;
      map.apps[app] = a = this.appOf(text.id, text.name);
    }
    return a;
  }

  /** This table's index of feature text `feature` of `from`. */
  private localFeature(from: HistoryTable, feature: number): number {
    if (from === this) return feature;
    const map = this.copiedFrom(from);
    let f = map.features[feature];
    if (f === undefined) {
      const text = from.features[feature]!;
      map.features[feature] = f = this.featureOf(text.id, text.name, text.api, text.unit);
    }
    return f;
  }

  private copiedFrom(from: HistoryTable): { apps: number[]; features: number[] } {
    let map = this.copied.get(from);
    if (!map) this.copied.set(from, (map = { apps: [], features: [] }));
    return map;
  }

  pushRow(
    day: number,
    app: number,
    feature: number,
    quantity: number,
    tokens: number | null,
    flags: number,
  ): void {
    if (this.length === this.day.length) this.grow();
    const i = this.length++;
    this.day[i] = day;
    this.app[i] = app;
    this.feature[i] = feature;
    this.quantity[i] = quantity;
    this.tokens[i] = tokens === null ? NaN : tokens;
    this.flags[i] = flags;
  }

  appOf(id: string, name: string): number {
    let names = this.appIndex.get(id);
    if (!names) this.appIndex.set(id, (names = new Map()));
    let at = names.get(name);
    if (at === undefined) {
      let idIndex = this.idIndex.get(id);
      if (idIndex === undefined) {
        this.idIndex.set(id, (idIndex = this.appIds.length));
        this.appIds.push(id);
      }
      names.set(name, (at = this.apps.length));
      this.apps.push({ id, name, idIndex });
    }
    return at;
  }

  featureOf(id: string, name: string, api: string, unit: string): number {
    // One lookup by id, then a few string comparisons (readers share one string per distinct text, so most are
    // pointer comparisons): cheaper than a map per field for a million rows.
    let texts = this.featureIndex.get(id);
    if (!texts) this.featureIndex.set(id, (texts = []));
    for (const at of texts) {
      const f = this.features[at]!;
      if (f.name === name && f.api === api && f.unit === unit) return at;
    }
    const at = this.features.length;
    texts.push(at);
    this.features.push({ id, name, api, unit });
    return at;
  }

  date(i: number): string {
    return dayText(this.day[i]!);
  }

  tokensAt(i: number): number | null {
    const t = this.tokens[i]!;
    return Number.isNaN(t) ? null : t;
  }

  estimated(i: number): boolean {
    return (this.flags[i]! & ESTIMATED) !== 0;
  }

  charged(i: number): boolean | undefined {
    const c = this.flags[i]! >> CHARGED_SHIFT;
    return c === 0 ? undefined : c === 1;
  }

  /** The object view of row `i`: a new object each call. */
  record(i: number): UsageRecord {
    const a = this.apps[this.app[i]!]!;
    const f = this.features[this.feature[i]!]!;
    const charged = this.charged(i);
    return {
      date: this.date(i),
      appId: a.id,
      appName: a.name,
      api: f.api,
      featureId: f.id,
      featureName: f.name,
      unit: f.unit,
      quantity: this.quantity[i]!,
      tokens: this.tokensAt(i),
      tokensEstimated: this.estimated(i),
      ...(charged === undefined ? {} : { charged }),
    };
  }

  *[Symbol.iterator](): Iterator<UsageRecord> {
    for (let i = 0; i < this.length; i++) yield this.record(i);
  }

  toArray(): UsageRecord[] {
    return Array.from({ length: this.length }, (_, i) => this.record(i));
  }

  /**
   * Storage order of rows `i` and `j` (date, app id, feature id, then unknown, charged, uncharged), as
   * `compareRecords` orders their records.
   */
  compare(i: number, j: number): number {
    return this.compareSlots(i, j) || (this.flags[i]! >> CHARGED_SHIFT) - (this.flags[j]! >> CHARGED_SHIFT);
  }

  compareSlots(i: number, j: number): number {
    const d = this.day[i]! - this.day[j]!;
    if (d !== 0) return d;
    const a = this.apps[this.app[i]!]!.id;
    const b = this.apps[this.app[j]!]!.id;
    if (a !== b) return a < b ? -1 : 1;
    const f = this.features[this.feature[i]!]!.id;
    const g = this.features[this.feature[j]!]!.id;
    return f === g ? 0 : f < g ? -1 : 1;
  }

  /**
   * The same rows and texts with other token and flag columns (rates applied). The columns it shares with this
   * table are never written again: a table is built by appending and then only read.
   */
  withTokens(tokens: Float64Array, flags: Uint8Array): HistoryTable {
    const out = Object.create(HistoryTable.prototype) as HistoryTable;
    Object.assign(out, this, { tokens, flags });
    return out;
  }

  /**
   * The same rows (the columns shared, as above) with each app's texts replaced by `rename` (`report.showIds:
   * false` shows a public id instead of the client id). The rows keep their order: storage order only if the new
   * ids sort as the old ones did.
   */
  withAppTexts(rename: (app: AppText) => { id: string; name: string }): HistoryTable {
    const out = Object.create(HistoryTable.prototype) as HistoryTable;
    Object.assign(out, this, {
      apps: [],
      appIds: [],
      appIndex: new Map(),
      idIndex: new Map(),
      copied: new Map(),
    });
    // Position for position, so that the app column stays valid; two texts that become one keep both positions.
    for (const app of this.apps) {
      const { id, name } = rename(app);
      const at = out.apps.length;
      out.appOf(id, name);
      if (out.apps.length === at) out.apps.push({ id, name, idIndex: out.idIndex.get(id)! });
    }
    return out;
  }

  /** Rows `from`..`to` (exclusive) as a new table. */
  slice(from: number, to = this.length): HistoryTable {
    const out = new HistoryTable();
    for (let i = from; i < to; i++) out.copyRow(this, i);
    return out;
  }

  /**
   * Room for `rows` rows in all, made at once: a reader that knows roughly how many rows come (from the size of
   * its files) saves the doublings, each of which copies every column.
   */
  reserve(rows: number): void {
    if (rows > this.day.length) this.resize(Math.ceil(rows));
  }

  private grow(): void {
    this.resize(this.day.length * 2);
  }

  private resize(size: number): void {
    this.day = resized(this.day, new Int32Array(size));
    this.app = resized(this.app, new Uint32Array(size));
    this.feature = resized(this.feature, new Uint32Array(size));
    this.quantity = resized(this.quantity, new Float64Array(size));
    this.tokens = resized(this.tokens, new Float64Array(size));
    this.flags = resized(this.flags, new Uint8Array(size));
  }
}

/** Records or a table: what the merge and the model take. */
export type HistoryRows = readonly UsageRecord[] | HistoryTable;

export function asTable(rows: HistoryRows): HistoryTable {
  return rows instanceof HistoryTable ? rows : HistoryTable.from(sortedCopy(rows));
}

function sortedCopy(records: readonly UsageRecord[]): readonly UsageRecord[] {
  for (let i = 1; i < records.length; i++)
    if (compareRecords(records[i - 1]!, records[i]!) > 0) return [...records].sort(compareRecords);
  return records;
}

export function flagsOf(estimated: boolean, charged: boolean | undefined): number {
  return (estimated ? ESTIMATED : 0) | ((charged === undefined ? 0 : charged ? 1 : 2) << CHARGED_SHIFT);
}

function resized<T extends Int32Array | Uint32Array | Float64Array | Uint8Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
