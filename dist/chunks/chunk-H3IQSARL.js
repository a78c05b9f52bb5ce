import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  HistoryTable
} from "./chunk-FKZYN2WJ.js";
import {
  compareRecords,
  compareSlots,
  slotKey
} from "./chunk-7DPKRERB.js";
import {
  addDays,
  dayNumber
} from "./chunk-I3O4MRPB.js";

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
function mergeIntoTable(stored, incoming) {
  if (incoming instanceof HistoryTable) {
    if (stored.length === 0 && isClean(incoming)) {
      return {
        table: incoming,
        added: incoming.length,
        changed: 0,
        unchanged: 0,
        touched: monthsOf(incoming)
      };
    }
    incoming = incoming.toArray();
  }
  const rows = [...incoming].sort(compareSlots);
  const out = new HistoryTable();
  out.reserve(stored.length + rows.length);
  const counts = { added: 0, changed: 0, unchanged: 0 };
  const touched = /* @__PURE__ */ new Set();
  let i = 0;
  const keep = (at) => {
    if (out.length > 0 && sameKeyAsLast(out, stored, at)) out.length--;
    out.copyRow(stored, at);
  };
  const keepUntil = (end) => {
    if (i < end && out.length > 0 && sameKeyAsLast(out, stored, i)) keep(i++);
    for (let k = i + 1; k < end; k++) {
      if (stored.compare(k - 1, k) === 0) {
        while (i < end) keep(i++);
        return;
      }
    }
    out.copyRows(stored, i, end);
    i = end;
  };
  for (let k = 0; k < rows.length; ) {
    const first = rows[k];
    touched.add(first.date.slice(0, 7));
    const day = dayNumber(first.date);
    keepUntil(slotStart(stored, i, day, first));
    const prev = [];
    while (i < stored.length && compareRowToSlot(stored, i, day, first) === 0)
      addStored(prev, stored.record(i++));
    const cur = [];
    for (; k < rows.length && compareSlots(rows[k], first) === 0; k++)
      applyToSlot(cur, prev, rows[k], counts);
    for (const r of cur.sort(compareRecords)) out.push(r);
  }
  keepUntil(stored.length);
  return { table: out, ...counts, touched };
}
function compareRowToSlot(t, i, day, r) {
  const d = t.day[i] - day;
  if (d !== 0) return d;
  const a = t.apps[t.app[i]].id;
  if (a !== r.appId) return a < r.appId ? -1 : 1;
  const f = t.features[t.feature[i]].id;
  return f === r.featureId ? 0 : f < r.featureId ? -1 : 1;
}
function slotStart(t, i, day, r) {
  let lo = i;
  let hi = t.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (compareRowToSlot(t, mid, day, r) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function sameKeyAsLast(out, from, i) {
  const j = out.length - 1;
  return out.day[j] === from.day[i] && out.apps[out.app[j]].id === from.apps[from.app[i]].id && out.features[out.feature[j]].id === from.features[from.feature[i]].id && out.charged(j) === from.charged(i);
}
function isClean(t) {
  for (let i = 1; i < t.length; i++) {
    const c = t.compare(i - 1, i);
    if (c >= 0) return false;
    if (t.compareSlots(i - 1, i) === 0 && (t.charged(i - 1) === void 0 || t.charged(i) === void 0))
      return false;
  }
  return true;
}
function monthsOf(t) {
  const out = /* @__PURE__ */ new Set();
  let day = NaN;
  for (let i = 0; i < t.length; i++) {
    if (t.day[i] === day) continue;
    day = t.day[i];
    out.add(t.date(i).slice(0, 7));
  }
  return out;
}
function applyTableRetention(table, keepDays, today) {
  const oldest = dayNumber(addDays(today, -(keepDays - 1)));
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (table.day[mid] < oldest) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? table : table.slice(lo);
}

export {
  mergeHistory,
  mergeIntoTable,
  isClean,
  applyTableRetention
};
