import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  compareRecords,
  recordKey
} from "./chunk-YRNH54VZ.js";
import {
  addDays
} from "./chunk-426SE5CM.js";

// src/model/history.ts
function mergeHistory(stored, incoming) {
  const byKey = /* @__PURE__ */ new Map();
  for (const r of stored) byKey.set(recordKey(r), r);
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const r of incoming) {
    const key = recordKey(r);
    const old = byKey.get(key);
    if (!old) added++;
    else if (sameRecord(old, r)) unchanged++;
    else changed++;
    byKey.set(key, r);
  }
  return { records: [...byKey.values()].sort(compareRecords), added, changed, unchanged };
}
function sameRecord(a, b) {
  return a.date === b.date && a.appId === b.appId && a.appName === b.appName && a.api === b.api && a.featureId === b.featureId && a.featureName === b.featureName && a.unit === b.unit && a.quantity === b.quantity && a.tokens === b.tokens && a.tokensEstimated === b.tokensEstimated;
}
function applyRetention(records, keepDays, today) {
  const oldest = addDays(today, -(keepDays - 1));
  return records.filter((r) => r.date >= oldest);
}

export {
  mergeHistory,
  applyRetention
};
