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
  return toDay(dayDate(day, n));
}
function dayDate(day, n = 0) {
  const d = /* @__PURE__ */ new Date(0);
  d.setUTCFullYear(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + n);
  return d;
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
  const dow = (dayDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -dow);
}
function isWeekend(day) {
  const dow = dayDate(day).getUTCDay();
  return dow === 0 || dow === 6;
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
  splitRange
};
