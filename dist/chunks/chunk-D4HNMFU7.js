import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  compareRecords,
  recordKey
} from "./chunk-RUWVQTBP.js";
import {
  addDays
} from "./chunk-5JTLK7M5.js";

// src/model/history.ts
function mergeHistory(stored, incoming) {
  if (isSorted(stored) && isSorted(incoming)) return mergeSorted(stored, incoming);
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
function isSorted(records) {
  for (let i = 1; i < records.length; i++) if (compareRecords(records[i - 1], records[i]) > 0) return false;
  return true;
}
function mergeSorted(stored, incoming) {
  const out = [];
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  let i = 0;
  const keep = (r) => {
    const last = out[out.length - 1];
    if (last && compareRecords(last, r) === 0) out[out.length - 1] = r;
    else out.push(r);
  };
  for (const r of incoming) {
    while (i < stored.length && compareRecords(stored[i], r) <= 0) keep(stored[i++]);
    const last = out[out.length - 1];
    if (last && compareRecords(last, r) === 0) {
      if (sameRecord(last, r)) unchanged++;
      else changed++;
      out[out.length - 1] = r;
    } else {
      added++;
      out.push(r);
    }
  }
  while (i < stored.length) keep(stored[i++]);
  return { records: out, added, changed, unchanged };
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
