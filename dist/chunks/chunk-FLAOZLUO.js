import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_QUANTITY,
  MAX_TOKENS,
  compareRecords,
  compareSlots,
  slotKey,
  wellFormed
} from "./chunk-7DPKRERB.js";
import {
  isDay
} from "./chunk-I3O4MRPB.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/model/csv.ts
var CsvSyntaxError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};
function forEachCsvRow(text, onRow) {
  const reader = new CsvRowReader(onRow);
  reader.push(text);
  reader.end();
}
var CsvRowReader = class {
  constructor(onRow) {
    this.onRow = onRow;
  }
  onRow;
  rest = "";
  line = 1;
  first = true;
  push(text) {
    this.read(this.rest === "" ? text : this.rest + text, false);
  }
  end() {
    this.read(this.rest, true);
  }
  read(text, final) {
    let i = 0;
    if (this.first) {
      if (text.length === 0 && !final) return;
      this.first = false;
      if (text.charCodeAt(0) === 65279) i = 1;
    }
    const n = text.length;
    let line = this.line;
    while (i < n) {
      const rowStart = i;
      const startLine = line;
      const row = readRow(text, i, line, final);
      if (row === void 0) {
        this.rest = text.slice(rowStart);
        this.line = startLine;
        return;
      }
      i = row.next;
      line = row.line;
      if (!(row.fields.length === 1 && row.fields[0] === "")) this.onRow(row.fields, startLine);
    }
    this.rest = "";
    this.line = line;
  }
};
function readRow(text, i, line, final) {
  const n = text.length;
  const startLine = line;
  const fields = [];
  for (; ; ) {
    let field;
    if (text.charCodeAt(i) === QUOTE) {
      i++;
      let from = i;
      field = "";
      for (; ; ) {
        if (i >= n) {
          if (!final) return void 0;
          throw new CsvSyntaxError(startLine, "unterminated quoted field (the file may be truncated)");
        }
        const c2 = text.charCodeAt(i);
        if (c2 === QUOTE) {
          if (i + 1 >= n && !final) return void 0;
          field += text.slice(from, i);
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += '"';
            i += 2;
            from = i;
            continue;
          }
          i++;
          break;
        }
        if (c2 === LF || c2 === CR) {
          if (c2 === CR && i + 1 >= n && !final) return void 0;
          if (c2 === LF || text.charCodeAt(i + 1) !== LF) line++;
        }
        i++;
      }
      if (i >= n && !final) return void 0;
      const c = text.charCodeAt(i);
      if (i < n && c !== COMMA && c !== LF && c !== CR) {
        throw new CsvSyntaxError(line, "unexpected character after a closing quote");
      }
    } else {
      const from = i;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) throw new CsvSyntaxError(line, "quote inside an unquoted field");
      }
      if (i >= n && !final) return void 0;
      field = text.slice(from, i);
    }
    fields.push(field);
    if (text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    break;
  }
  if (text.charCodeAt(i) === CR) {
    if (i + 1 >= n && !final) return void 0;
    i++;
    if (text.charCodeAt(i) !== LF) line++;
  }
  if (text.charCodeAt(i) === LF) {
    i++;
    line++;
  }
  return { fields, next: i, line };
}
var COMMA = 44;
var QUOTE = 34;
var LF = 10;
var CR = 13;
function csvField(value) {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// src/model/export-format.ts
var EXPORT_COLUMNS = [
  "date",
  "app_id",
  "app_name",
  "api",
  "feature_id",
  "feature_name",
  "unit",
  "quantity",
  "tokens",
  "tokens_estimated"
];
var CHARGED_COLUMN = "charged";
var HistoryParseError = class extends UserError {
  constructor(file, line, problem) {
    super(
      `${file}${line ? `:${line}` : ""}: ${problem}. The file was left untouched and nothing was published; fix the line (the format is in the README, "Export format") or move the file aside to start its month afresh.`
    );
    this.file = file;
    this.line = line;
  }
  file;
  line;
};
function parseExportCsv(text, file, month, options = {}) {
  const records = [];
  const lines = [];
  readExportRows(text, file, month, options, (r, line) => {
    records.push(r);
    lines.push(line);
  });
  const duplicate = findDuplicate(records);
  if (duplicate) throw duplicateError(file, lines, records[duplicate[0]], records[duplicate[1]], duplicate);
  return records;
}
function parseExportCsvInto(table, text, file, month, options = {}) {
  const start = table.length;
  const lines = [];
  readExportRows(text, file, month, options, (r, line) => {
    table.push(r);
    lines.push(line);
  });
  const duplicate = findDuplicateRow(table, start);
  if (duplicate) {
    const [a, b] = duplicate;
    throw duplicateError(file, lines, table.record(a), table.record(b), [a - start, b - start]);
  }
}
function duplicateError(file, lines, first, second, [a, b]) {
  return new HistoryParseError(
    file,
    lines[b],
    `the same day, app and feature as line ${lines[a]} (${describeKey(second)}); ${onceEach(first, second)}`
  );
}
async function parseExportCsvStreamInto(table, chunks, file, month, options = {}) {
  const start = table.length;
  const lines = [];
  const rows = exportRowHandler(file, month, options, (r, line) => {
    table.push(r);
    lines.push(line);
  });
  const reader = new CsvRowReader(rows.onRow);
  await csvErrorsNamed(file, async () => {
    for await (const chunk of chunks) reader.push(chunk);
    reader.end();
  });
  rows.finish();
  const duplicate = findDuplicateRow(table, start);
  if (duplicate) {
    const [a, b] = duplicate;
    throw duplicateError(file, lines, table.record(a), table.record(b), [a - start, b - start]);
  }
}
function readExportRows(text, file, month, options, onRecord) {
  const rows = exportRowHandler(file, month, options, onRecord);
  try {
    forEachCsvRow(text, rows.onRow);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new HistoryParseError(file, error.line, error.message);
    throw error;
  }
  rows.finish();
}
async function csvErrorsNamed(file, read) {
  try {
    await read();
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new HistoryParseError(file, error.line, error.message);
    throw error;
  }
}
function exportRowHandler(file, month, options, onRecord) {
  let header;
  const days = /* @__PURE__ */ new Set();
  const strings = /* @__PURE__ */ new Map();
  const shared = (value) => {
    const known = strings.get(value);
    if (known !== void 0) return known;
    strings.set(value, value);
    return value;
  };
  const above = [];
  const sharedAt = (i) => {
    const value = get(i);
    const last = above[i];
    if (value === last) return last;
    return above[i] = shared(value);
  };
  let fields = [];
  let column = [];
  const get = (i) => column[i] < 0 ? "" : fields[column[i]] ?? "";
  const onRow = (row, line) => {
    fields = row;
    if (!header) {
      header = { fields, line };
      const index = new Map(fields.map((name, i) => [name.trim(), i]));
      column = [...EXPORT_COLUMNS, CHARGED_COLUMN].map((c) => index.get(c) ?? -1);
      const missing = EXPORT_COLUMNS.filter((c) => !index.has(c));
      if (missing.length > 0) {
        throw new HistoryParseError(
          file,
          line,
          `wrong header: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; expected ${EXPORT_COLUMNS.join(",")}`
        );
      }
      return;
    }
    if (fields.length !== header.fields.length) {
      throw new HistoryParseError(
        file,
        line,
        `expected ${header.fields.length} fields, found ${fields.length} (a truncated or hand-edited line?)`
      );
    }
    const record = toRecord(
      {
        date: sharedAt(0),
        appId: sharedAt(1),
        appName: sharedAt(2),
        api: sharedAt(3),
        featureId: sharedAt(4),
        featureName: sharedAt(5),
        unit: sharedAt(6),
        quantity: get(7),
        tokens: get(8),
        tokensEstimated: get(9),
        charged: get(10)
      },
      file,
      line,
      "",
      days,
      options
    );
    if (month !== void 0 && !record.date.startsWith(month))
      throw new HistoryParseError(
        file,
        line,
        `a record dated ${record.date} in the file of ${month}; expected only days of ${month}`
      );
    onRecord(record, line);
  };
  const finish = () => {
    if (!header)
      throw new HistoryParseError(
        file,
        1,
        "the file is empty; expected the header line " + EXPORT_COLUMNS.join(",")
      );
  };
  return { onRow, finish };
}
function findDuplicateRow(table, start) {
  const clash = (a, b) => {
    const x = table.charged(a);
    const y = table.charged(b);
    return x === y || x === void 0 || y === void 0;
  };
  let sorted = true;
  for (let i = start + 1; i < table.length; i++) {
    if (table.compare(i - 1, i) > 0) {
      sorted = false;
      break;
    }
    if (table.compareSlots(i - 1, i) === 0 && clash(i - 1, i)) return [i - 1, i];
  }
  if (sorted) return void 0;
  const seen = /* @__PURE__ */ new Map();
  for (let i = start; i < table.length; i++) {
    const key = `${table.day[i]}\0${table.apps[table.app[i]].id}\0${table.features[table.feature[i]].id}`;
    const earlier = seen.get(key);
    const first = earlier?.find((j) => clash(j, i));
    if (first !== void 0) return [first, i];
    if (earlier) earlier.push(i);
    else seen.set(key, [i]);
  }
  return void 0;
}
function findDuplicate(records) {
  const clash = (a, b) => a.charged === b.charged || a.charged === void 0 || b.charged === void 0;
  let sorted = true;
  for (let i = 1; i < records.length; i++) {
    const a = records[i - 1];
    const b = records[i];
    if (compareRecords(a, b) > 0) {
      sorted = false;
      break;
    }
    if (compareSlots(a, b) === 0 && clash(a, b)) return [i - 1, i];
  }
  if (sorted) return void 0;
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < records.length; i++) {
    const key = slotKey(records[i]);
    const earlier = seen.get(key);
    const first = earlier?.find((j) => clash(records[j], records[i]));
    if (first !== void 0) return [first, i];
    if (earlier) earlier.push(i);
    else seen.set(key, [i]);
  }
  return void 0;
}
function onceEach(a, b) {
  return a.charged === void 0 && b.charged === void 0 ? "expected each once" : "expected each once, or one charged and one uncharged row, never a row without charged beside them";
}
function describeKey(r) {
  return `date ${r.date}, app_id ${JSON.stringify(r.appId)}, feature_id ${JSON.stringify(r.featureId)}` + (r.charged === void 0 ? "" : `, charged ${r.charged}`);
}
function parseExportJson(text, file, options = {}) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HistoryParseError(file, void 0, `invalid JSON: ${error.message}`);
  }
  const list = Array.isArray(data) ? data : data?.records;
  if (!Array.isArray(list))
    throw new HistoryParseError(file, void 0, "expected a JSON array of usage records");
  const records = list.map((item, i) => {
    if (typeof item !== "object" || item === null) {
      throw new HistoryParseError(file, void 0, `record [${i}]: expected an object`);
    }
    const o = item;
    const own = (key) => Object.hasOwn(o, key) ? o[key] : void 0;
    const pick = (camel, snake) => own(camel) ?? own(snake);
    return toRecord(
      {
        date: pick("date", "date"),
        appId: pick("appId", "app_id"),
        appName: pick("appName", "app_name"),
        api: pick("api", "api"),
        featureId: pick("featureId", "feature_id"),
        featureName: pick("featureName", "feature_name"),
        unit: pick("unit", "unit"),
        quantity: pick("quantity", "quantity"),
        tokens: pick("tokens", "tokens"),
        tokensEstimated: pick("tokensEstimated", "tokens_estimated"),
        charged: own("charged")
      },
      file,
      void 0,
      `record [${i}]`,
      void 0,
      options
    );
  });
  const duplicate = findDuplicate(records);
  if (duplicate) {
    const [first, second] = duplicate;
    throw new HistoryParseError(
      file,
      void 0,
      `record [${second}]: the same day, app and feature as record [${first}] (${describeKey(records[second])}); ${onceEach(records[first], records[second])}`
    );
  }
  return records;
}
function toRecord(raw, file, line, where = "", validDays, options = {}) {
  const fail = (problem) => {
    throw new HistoryParseError(file, line, where ? `${where}: ${problem}` : problem);
  };
  const text = (v, field = "date") => {
    if (v === void 0 || v === null) return "";
    if (typeof v === "string") return line === void 0 ? wellFormed(v) : v;
    return fail(`${SNAKE[field]}: expected a string, got ${describeValue(v)}`);
  };
  const date = text(raw.date);
  if (!validDays?.has(date)) {
    if (!isDay(date)) fail(`bad date ${JSON.stringify(date)}; expected YYYY-MM-DD`);
    validDays?.add(date);
  }
  const appId = text(raw.appId, "appId");
  if (!appId) fail("empty app_id");
  const featureId = text(raw.featureId, "featureId");
  if (!featureId) fail("empty feature_id");
  const quantity = toNumber(raw.quantity);
  if (quantity === void 0)
    fail(`bad quantity ${describeValue(raw.quantity)}; expected a decimal number such as 12 or 0.5`);
  if (Math.abs(quantity) > MAX_QUANTITY)
    fail(`bad quantity ${describeValue(raw.quantity)}; expected at most ${MAX_QUANTITY} in size`);
  const tokens = raw.tokens === void 0 || raw.tokens === null || raw.tokens === "" ? null : toNumber(raw.tokens);
  if (tokens === void 0)
    fail(`bad tokens ${describeValue(raw.tokens)}; expected a decimal number such as 12 or 0.5, or empty`);
  if (tokens !== null && Math.abs(tokens) > MAX_TOKENS)
    fail(`bad tokens ${describeValue(raw.tokens)}; expected at most ${MAX_TOKENS} in size`);
  if (options.rejectNegative && quantity < 0)
    fail(`bad quantity ${describeValue(raw.quantity)}; expected a quantity \u2265 0 (usage is never negative)`);
  if (options.rejectNegative && tokens !== null && tokens < 0)
    fail(`bad tokens ${describeValue(raw.tokens)}; expected tokens \u2265 0, or empty when unknown`);
  const estRaw = raw.tokensEstimated;
  const est = typeof estRaw === "boolean" ? String(estRaw) : typeof estRaw === "string" ? estRaw.toLowerCase() : estRaw;
  if (est !== void 0 && est !== null && typeof est !== "string")
    fail(`bad tokens_estimated ${describeValue(estRaw)}; expected true or false`);
  if (typeof est === "string" && !["true", "false", ""].includes(est))
    fail(`bad tokens_estimated ${JSON.stringify(est)}; expected true or false`);
  if (est === "true" && tokens === null)
    fail(
      "tokens_estimated is true but tokens is empty; expected the estimated tokens, or tokens_estimated false"
    );
  const chargedRaw = typeof raw.charged === "string" ? raw.charged.trim().toLowerCase() : raw.charged;
  if (chargedRaw !== void 0 && chargedRaw !== null && typeof chargedRaw !== "boolean" && !["true", "false", ""].includes(chargedRaw))
    fail(`bad charged ${describeValue(raw.charged)}; expected true, false or empty (APS did not say)`);
  const charged = chargedRaw === true || chargedRaw === "true" ? true : chargedRaw === false || chargedRaw === "false" ? false : void 0;
  return {
    date,
    appId,
    appName: text(raw.appName, "appName") || appId,
    api: text(raw.api, "api") || "Other",
    featureId,
    featureName: text(raw.featureName, "featureName") || featureId,
    unit: text(raw.unit, "unit"),
    quantity,
    tokens: tokens ?? null,
    tokensEstimated: est === "true",
    ...charged === void 0 ? {} : { charged }
  };
}
var SNAKE = {
  date: "date",
  appId: "app_id",
  appName: "app_name",
  api: "api",
  featureId: "feature_id",
  featureName: "feature_name",
  unit: "unit",
  quantity: "quantity",
  tokens: "tokens",
  tokensEstimated: "tokens_estimated",
  charged: "charged"
};
function describeValue(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (Array.isArray(v)) return "a list";
  if (v === null) return "null";
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}
var DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
function toNumber(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : void 0;
  if (typeof v !== "string" || !DECIMAL.test(v)) return void 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : void 0;
}
function monthFileName(month) {
  return `usage-${month}.csv`;
}

export {
  csvField,
  EXPORT_COLUMNS,
  CHARGED_COLUMN,
  parseExportCsv,
  parseExportCsvInto,
  parseExportCsvStreamInto,
  parseExportJson,
  monthFileName
};
