import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  compareRecords,
  compareSlots,
  slotKey
} from "./chunk-SPOSNGU4.js";
import {
  addDays
} from "./chunk-BJZKRI2V.js";

// src/model/history.ts
function applyToSlot(cur, prev, r, counts) {
  if (cur.length > 0 && cur[0].charged === void 0 !== (r.charged === void 0)) cur.length = 0;
  const at = cur.findIndex((x) => x.charged === r.charged);
  const old = at >= 0 ? cur[at] : prev.find((x) => x.charged === r.charged);
  if (!old) counts.added++;
  else if (sameRecord(old, r)) counts.unchanged++;
  else counts.changed++;
  if (at >= 0) cur[at] = r;
  else cur.push(r);
}
function addStored(rows, r) {
  const at = rows.findIndex((x) => x.charged === r.charged);
  if (at >= 0) rows[at] = r;
  else rows.push(r);
}
function mergeHistory(stored, incoming) {
  if (isSorted(stored) && isSorted(incoming)) return mergeSorted(stored, incoming);
  const bySlot = /* @__PURE__ */ new Map();
  for (const r of stored) {
    const key = slotKey(r);
    const rows = bySlot.get(key);
    if (rows) addStored(rows, r);
    else bySlot.set(key, [r]);
  }
  const counts = { added: 0, changed: 0, unchanged: 0 };
  const fresh = /* @__PURE__ */ new Map();
  for (const r of incoming) {
    const key = slotKey(r);
    let cur = fresh.get(key);
    if (!cur) fresh.set(key, cur = []);
    applyToSlot(cur, bySlot.get(key) ?? [], r, counts);
  }
  for (const [key, rows] of fresh) bySlot.set(key, rows);
  return { records: [...bySlot.values()].flat().sort(compareRecords), ...counts };
}
function isSorted(records) {
  for (let i = 1; i < records.length; i++) if (compareRecords(records[i - 1], records[i]) > 0) return false;
  return true;
}
function mergeSorted(stored, incoming) {
  const out = [];
  const counts = { added: 0, changed: 0, unchanged: 0 };
  let i = 0;
  const keep = (r) => {
    const last = out[out.length - 1];
    if (last && compareRecords(last, r) === 0) out[out.length - 1] = r;
    else out.push(r);
  };
  let prev = [];
  let cur = [];
  for (let k = 0; k < incoming.length; k++) {
    const r = incoming[k];
    if (cur.length === 0 || compareSlots(cur[0], r) !== 0) {
      out.push(...cur);
      cur = [];
      prev = [];
      while (i < stored.length && compareSlots(stored[i], r) < 0) keep(stored[i++]);
      while (i < stored.length && compareSlots(stored[i], r) === 0) addStored(prev, stored[i++]);
    }
    applyToSlot(cur, prev, r, counts);
  }
  out.push(...cur);
  while (i < stored.length) keep(stored[i++]);
  return { records: out, ...counts };
}
function sameRecord(a, b) {
  return a.date === b.date && a.appId === b.appId && a.appName === b.appName && a.api === b.api && a.featureId === b.featureId && a.featureName === b.featureName && a.unit === b.unit && a.quantity === b.quantity && (a.tokensEstimated ? null : a.tokens) === (b.tokensEstimated ? null : b.tokens) && a.charged === b.charged;
}
function applyRetention(records, keepDays, today) {
  const oldest = addDays(today, -(keepDays - 1));
  return records.filter((r) => r.date >= oldest);
}

export {
  mergeHistory,
  applyRetention
};
