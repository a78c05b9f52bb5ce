import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/model/records.ts
function recordKey(r) {
  return `${r.date}\0${r.appId}\0${r.featureId}`;
}
function compareRecords(a, b) {
  return cmp(a.date, b.date) || cmp(a.appId, b.appId) || cmp(a.featureId, b.featureId);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  recordKey,
  compareRecords
};
