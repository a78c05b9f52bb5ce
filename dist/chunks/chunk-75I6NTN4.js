import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  compareRecords
} from "./chunk-YRNH54VZ.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";
import {
  isDay
} from "./chunk-OLQLAOT5.js";

// src/model/csv.ts
var CsvSyntaxError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};
function forEachCsvRow(text, onRow) {
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields = [];
    for (; ; ) {
      let field = "";
      if (text[i] === '"') {
        i++;
        for (; ; ) {
          if (i >= n)
            throw new CsvSyntaxError(startLine, "unterminated quoted field (the file may be truncated)");
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          field += ch;
          i++;
        }
        if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          throw new CsvSyntaxError(line, "unexpected character after a closing quote");
        }
      } else {
        const start = i;
        while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          if (text[i] === '"') throw new CsvSyntaxError(line, "quote inside an unquoted field");
          i++;
        }
        field = text.slice(start, i);
      }
      fields.push(field);
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") {
      i++;
      line++;
    }
    if (!(fields.length === 1 && fields[0] === "")) onRow(fields, startLine);
  }
}
function csvField(value) {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function formatCsv(rows) {
  return rows.map((r) => r.map(csvField).join(",")).join("\n") + "\n";
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
function formatExportCsv(records) {
  const sorted = [...records].sort(compareRecords);
  return formatCsv([
    EXPORT_COLUMNS,
    ...sorted.map((r) => [
      r.date,
      r.appId,
      r.appName,
      r.api,
      r.featureId,
      r.featureName,
      r.unit,
      formatNumber(r.quantity),
      r.tokens === null ? "" : formatNumber(r.tokens),
      r.tokensEstimated ? "true" : "false"
    ])
  ]);
}
function formatNumber(n) {
  return Object.is(n, -0) ? "0" : String(n);
}
function parseExportCsv(text, file) {
  const records = [];
  let header;
  const days = /* @__PURE__ */ new Set();
  const strings = /* @__PURE__ */ new Map();
  const shared = (value) => {
    const known = strings.get(value);
    if (known !== void 0) return known;
    strings.set(value, value);
    return value;
  };
  let column = [];
  const onRow = (fields, line) => {
    if (!header) {
      header = { fields, line };
      const index = new Map(fields.map((name, i) => [name.trim(), i]));
      column = EXPORT_COLUMNS.map((c) => index.get(c) ?? -1);
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
    const get = (i) => fields[column[i]] ?? "";
    records.push(
      toRecord(
        {
          date: shared(get(0)),
          appId: shared(get(1)),
          appName: shared(get(2)),
          api: shared(get(3)),
          featureId: shared(get(4)),
          featureName: shared(get(5)),
          unit: shared(get(6)),
          quantity: get(7),
          tokens: get(8),
          tokensEstimated: get(9)
        },
        file,
        line,
        "",
        days
      )
    );
  };
  try {
    forEachCsvRow(text, onRow);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new HistoryParseError(file, error.line, error.message);
    throw error;
  }
  if (!header)
    throw new HistoryParseError(
      file,
      1,
      "the file is empty; expected the header line " + EXPORT_COLUMNS.join(",")
    );
  return records;
}
function parseExportJson(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HistoryParseError(file, void 0, `invalid JSON: ${error.message}`);
  }
  const list = Array.isArray(data) ? data : data?.records;
  if (!Array.isArray(list))
    throw new HistoryParseError(file, void 0, "expected a JSON array of usage records");
  return list.map((item, i) => {
    if (typeof item !== "object" || item === null) {
      throw new HistoryParseError(file, void 0, `record [${i}]: expected an object`);
    }
    const o = item;
    const pick = (camel, snake) => camel in o ? o[camel] : o[snake];
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
        tokensEstimated: pick("tokensEstimated", "tokens_estimated")
      },
      file,
      void 0,
      `record [${i}]`
    );
  });
}
function toRecord(raw, file, line, where = "", validDays) {
  const fail = (problem) => {
    throw new HistoryParseError(file, line, where ? `${where}: ${problem}` : problem);
  };
  const text = (v) => v === void 0 || v === null ? "" : String(v);
  const date = text(raw.date);
  if (!validDays?.has(date)) {
    if (!isDay(date)) fail(`bad date ${JSON.stringify(date)}; expected YYYY-MM-DD`);
    validDays?.add(date);
  }
  const appId = text(raw.appId);
  if (!appId) fail("empty app_id");
  const featureId = text(raw.featureId);
  if (!featureId) fail("empty feature_id");
  const quantity = toNumber(raw.quantity);
  if (quantity === void 0) fail(`bad quantity ${JSON.stringify(text(raw.quantity))}; expected a number`);
  const tokensText = text(raw.tokens);
  const tokens = tokensText === "" ? null : toNumber(raw.tokens);
  if (tokens === void 0) fail(`bad tokens ${JSON.stringify(tokensText)}; expected a number or empty`);
  const est = text(raw.tokensEstimated).toLowerCase();
  if (!["true", "false", ""].includes(est))
    fail(`bad tokens_estimated ${JSON.stringify(est)}; expected true or false`);
  return {
    date,
    appId,
    appName: text(raw.appName) || appId,
    api: text(raw.api) || "Other",
    featureId,
    featureName: text(raw.featureName) || featureId,
    unit: text(raw.unit),
    quantity,
    tokens: tokens ?? null,
    tokensEstimated: est === "true"
  };
}
function toNumber(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : void 0;
  if (typeof v !== "string" || v.trim() === "") return void 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : void 0;
}
function monthFileName(month) {
  return `usage-${month}.csv`;
}

export {
  formatExportCsv,
  parseExportCsv,
  parseExportJson,
  monthFileName
};
