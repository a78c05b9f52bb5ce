import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/model/records.ts
var MAX_QUANTITY = 1e15;
var MAX_TOKENS_PER_UNIT = 1e6;
var MAX_TOKENS = MAX_QUANTITY * MAX_TOKENS_PER_UNIT;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
var LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");
function wellFormed(text) {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, "\uFFFD") : text;
}
function recordKey(r) {
  return `${slotKey(r)}\0${chargedOrder(r.charged)}`;
}
function slotKey(r) {
  return `${r.date}\0${r.appId}\0${r.featureId}`;
}
function compareRecords(a, b) {
  return compareSlots(a, b) || chargedOrder(a.charged) - chargedOrder(b.charged);
}
function compareSlots(a, b) {
  return cmp(a.date, b.date) || cmp(a.appId, b.appId) || cmp(a.featureId, b.featureId);
}
function chargedOrder(charged) {
  return charged === void 0 ? 0 : charged ? 1 : 2;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  MAX_QUANTITY,
  MAX_TOKENS_PER_UNIT,
  MAX_TOKENS,
  wellFormed,
  recordKey,
  slotKey,
  compareRecords,
  compareSlots
};
