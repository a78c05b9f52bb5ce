import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/model/dates.ts
var DAY_MS = 864e5;
function toDay(date) {
  const y = date.getUTCFullYear();
  if (!(y >= 1e3 && y <= 9999)) return date.toISOString().slice(0, 10);
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
function parseDay(day) {
  return /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
}
function isDay(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = parseDay(value);
  return !Number.isNaN(d.getTime()) && toDay(d) === value;
}
function addDays(day, n) {
  return dayText(dayNumber(day) + n);
}
function mondayBased(day) {
  return ((dayNumber(day) + 3) % 7 + 7) % 7;
}
function daysBetween(a, b) {
  return Math.round((parseDay(b).getTime() - parseDay(a).getTime()) / DAY_MS);
}
function rangeLength(range) {
  return daysBetween(range.from, range.to) + 1;
}
function eachDay(range) {
  const out = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) out.push(d);
  return out;
}
function monthOf(day) {
  return day.slice(0, 7);
}
function monthStart(month) {
  return `${month}-01`;
}
function daysInMonth(month) {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function monthEnd(month) {
  return `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;
}
function addMonths(month, n) {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return toDay(d).slice(0, 7);
}
function weekStart(day) {
  return addDays(day, -mondayBased(day));
}
function isWeekend(day) {
  return mondayBased(day) >= 5;
}
function todayIn(timezone, now) {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(now);
}
function resolvePeriod(period, today, asOf = today) {
  if (typeof period === "object") return { from: period.from, to: period.to };
  if (period === "month-to-date") return { from: monthStart(monthOf(asOf)), to: asOf };
  if (period === "previous-month") {
    const month = addMonths(monthOf(today), -1);
    return { from: monthStart(month), to: monthEnd(month) };
  }
  const n = Number(/^last-(\d+)-days$/.exec(period)?.[1]);
  return { from: addDays(asOf, -(n - 1)), to: asOf };
}
function previousRange(range) {
  const len = rangeLength(range);
  return { from: addDays(range.from, -len), to: addDays(range.from, -1) };
}
function splitRange(range, maxDays) {
  const out = [];
  for (let from = range.from; from <= range.to; from = addDays(from, maxDays)) {
    const end = addDays(from, maxDays - 1);
    out.push({ from, to: end < range.to ? end : range.to });
  }
  return out;
}
function dayNumber(day) {
  const known = NUMBERS.get(day);
  if (known !== void 0) return known;
  const y0 = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const n = era * 146097 + doe - 719468;
  NUMBERS.set(day, n);
  TEXTS.set(n, day);
  return n;
}
function dayText(n) {
  const known = TEXTS.get(n);
  if (known !== void 0) return known;
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const text = `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
  TEXTS.set(n, text);
  NUMBERS.set(text, n);
  return text;
}
var NUMBERS = /* @__PURE__ */ new Map();
var TEXTS = /* @__PURE__ */ new Map();

export {
  toDay,
  isDay,
  addDays,
  daysBetween,
  rangeLength,
  eachDay,
  monthOf,
  monthStart,
  daysInMonth,
  monthEnd,
  addMonths,
  weekStart,
  isWeekend,
  todayIn,
  resolvePeriod,
  previousRange,
  splitRange,
  dayNumber,
  dayText
};
