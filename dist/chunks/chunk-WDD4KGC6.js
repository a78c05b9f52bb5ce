import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  en,
  hintText
} from "./chunk-6HVOL5NP.js";
import {
  addDays,
  daysInMonth,
  eachDay,
  isWeekend,
  monthOf,
  monthStart
} from "./chunk-I3O4MRPB.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/render/i18n/decimal.ts
function formatDecimal(n, digits) {
  if (!Number.isFinite(n)) return void 0;
  return scaled(n, digits) ?? fromShortest(n, digits);
}
var POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
function scaled(n, digits) {
  const power = POWERS[digits];
  if (power === void 0) return void 0;
  const abs = Math.abs(n);
  const x = abs * power;
  if (!(x < 1e9)) return void 0;
  const floor = Math.floor(x);
  const rest = x - floor;
  if (Math.abs(rest - 0.5) < 1e-6) return void 0;
  const m = rest > 0.5 ? floor + 1 : floor;
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  const whole = Math.floor(m / power);
  let fraction = m - whole * power;
  if (fraction === 0) return sign + grouped(String(whole));
  let places = digits;
  while (fraction % 10 === 0) {
    fraction /= 10;
    places--;
  }
  return `${sign}${grouped(String(whole))}.${String(fraction).padStart(places, "0")}`;
}
function fromShortest(n, digits) {
  const text = String(Math.abs(n));
  if (text.includes("e")) return void 0;
  const point = text.indexOf(".");
  let whole = point < 0 ? text : text.slice(0, point);
  let fraction = point < 0 ? "" : text.slice(point + 1);
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53;
    fraction = fraction.slice(0, digits);
    if (up) {
      const digitsUp = increment(whole + fraction);
      whole = digitsUp.slice(0, digitsUp.length - digits);
      fraction = digitsUp.slice(digitsUp.length - digits);
    }
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return sign + grouped(whole) + (end > 0 ? `.${fraction.slice(0, end)}` : "");
}
function increment(digits) {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  const carried = "0".repeat(digits.length - 1 - i);
  return i < 0 ? `1${carried}` : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + carried;
}
function grouped(whole) {
  if (whole.length <= 3) return whole;
  const head = whole.length % 3 || 3;
  let out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}

// src/render/i18n/ja.ts
var ja = {
  lang: "ja",
  defaultTitle: "APS \u4F7F\u7528\u72B6\u6CC1",
  colon: "\uFF1A",
  openParen: "\uFF08",
  closeParen: "\uFF09",
  hintNoAccess: "\u30B5\u30A4\u30F3\u30A4\u30F3\u3057\u3066\u3044\u308B ID \u306B\u306F\u3001\u3053\u306E\u30A2\u30D7\u30EA\u306E\u4F7F\u7528\u91CF\u3092\u8AAD\u3080\u6A29\u9650\u304C\u306A\u3044\u53EF\u80FD\u6027\u304C\u3042\u308A\u307E\u3059\u3002\u30B5\u30FC\u30D3\u30B9\u30A2\u30AB\u30A6\u30F3\u30C8\uFF08\u307E\u305F\u306F\u30E6\u30FC\u30B6\u30FC\uFF09\u3092\u30A2\u30D7\u30EA\u306E\u30B3\u30E9\u30DC\u30EC\u30FC\u30BF\u30FC\u3001\u307E\u305F\u306F\u958B\u767A\u8005\u30CF\u30D6\u306E\u30E1\u30F3\u30D0\u30FC\u306B\u8FFD\u52A0\u3057\u3066\u304F\u3060\u3055\u3044\u3002\u8A73\u3057\u304F\u306F docs/authentication.md \u3092\u3054\u89A7\u304F\u3060\u3055\u3044\u3002",
  hintUnknownApp: "\u3053\u306E\u30AF\u30E9\u30A4\u30A2\u30F3\u30C8 ID \u306E APS \u30A2\u30D7\u30EA\u30B1\u30FC\u30B7\u30E7\u30F3\u306F\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3002\u8A2D\u5B9A\u30D5\u30A1\u30A4\u30EB\u306E apps[].id \u3092\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  hintRefused: "APS \u304C\u30EA\u30AF\u30A8\u30B9\u30C8\u3092\u62D2\u5426\u3057\u307E\u3057\u305F\u3002\u30A2\u30D7\u30EA\u3092 Developer Hub \u306B\u5272\u308A\u5F53\u3066\u308B\u5FC5\u8981\u304C\u3042\u308B\u3068\u3044\u3046\u30E1\u30C3\u30BB\u30FC\u30B8\u3067\u3042\u308C\u3070\u3001APS \u30DD\u30FC\u30BF\u30EB\u3067\u5272\u308A\u5F53\u3066\u3066\u304F\u3060\u3055\u3044\u3002",
  hintUnexpectedShape: "\u4F7F\u7528\u91CF\u306E\u30EC\u30B9\u30DD\u30F3\u30B9\u304C\u60F3\u5B9A\u5916\u306E\u5F62\u5F0F\u3067\u3057\u305F\u3002\u3053\u306E\u30E1\u30C3\u30BB\u30FC\u30B8\u3092\uFF08\u3067\u304D\u308C\u3070 --record \u3067\u8A18\u9332\u3057\u305F\u30C7\u30FC\u30BF\u3082\u6DFB\u3048\u3066\uFF09\u5831\u544A\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  overview: "\u6982\u8981",
  apps: "\u30A2\u30D7\u30EA",
  app: "\u30A2\u30D7\u30EA",
  months: "\u6708\u5225",
  monthlyArchive: "\u6708\u5225\u30A2\u30FC\u30AB\u30A4\u30D6",
  data: "\u30C7\u30FC\u30BF",
  downloads: "\u30C0\u30A6\u30F3\u30ED\u30FC\u30C9",
  forExcel: "Excel \u7528",
  period: "\u671F\u9593",
  asOf: "\u30C7\u30FC\u30BF\u57FA\u6E96\u65E5",
  generatedBy: "aps-usage-report \u3067\u751F\u6210",
  tokensThisPeriod: "\u671F\u9593\u4E2D\u306E\u30C8\u30FC\u30AF\u30F3\u4F7F\u7528\u91CF",
  changeVsPrevious: "\u524D\u671F\u9593\u6BD4",
  monthToDate: "\u4ECA\u6708\u306E\u7D2F\u8A08",
  forecastMonthEnd: "\u6708\u672B\u4E88\u6E2C",
  budgetStatus: "\u4E88\u7B97",
  noBudget: "\u4E88\u7B97\u672A\u8A2D\u5B9A",
  dailyTokensByApp: "\u30A2\u30D7\u30EA\u5225\u30C8\u30FC\u30AF\u30F3",
  periodTokensByApp: "\u671F\u9593\u4E2D\u306E\u30A2\u30D7\u30EA\u5225\u30C8\u30FC\u30AF\u30F3",
  tokensByApi: "API \u5225\u30C8\u30FC\u30AF\u30F3",
  topFeatures: "\u4E0A\u4F4D\u306E\u6A5F\u80FD",
  tokens: "\u30C8\u30FC\u30AF\u30F3",
  date: "\u65E5\u4ED8",
  week: "\u9031\u306E\u958B\u59CB\u65E5",
  month: "\u6708",
  change: "\u5897\u6E1B",
  share: "\u5272\u5408",
  budgetPercent: "\u4E88\u7B97\u6D88\u5316\u7387",
  forecast: "\u6708\u672B\u4E88\u6E2C",
  api: "API",
  feature: "\u6A5F\u80FD",
  quantity: "\u6570\u91CF",
  unit: "\u5358\u4F4D",
  status: "\u72B6\u614B",
  failed: "\u53D6\u5F97\u5931\u6557",
  historyOnly: "\u5C65\u6B74\u306E\u307F",
  ok: "\u6B63\u5E38",
  alerts: "\u30A2\u30E9\u30FC\u30C8",
  noAlerts: "\u30A2\u30E9\u30FC\u30C8\u306F\u3042\u308A\u307E\u305B\u3093\u3002",
  estimated: "\u63A8\u5B9A\u5024",
  estimatedMark: "\u2248",
  unitsOnly: "\u6570\u91CF\u306E\u307F\uFF08\u30EC\u30FC\u30C8\u672A\u8A2D\u5B9A\uFF09",
  approximationNote: "\u30A2\u30D7\u30EA\u5225\u306E\u30C8\u30FC\u30AF\u30F3\u6570\u306F\u6982\u7B97\u3067\u3059\u3002APS \u306E\u8AB2\u91D1\u306F\u30C1\u30FC\u30E0\u3054\u3068\u30FB\u8ACB\u6C42\u671F\u9593\u3054\u3068\u306B\u6574\u6570\u5358\u4F4D\u3067\u884C\u308F\u308C\u307E\u3059\u3002\u2248 \u306E\u4ED8\u3044\u305F\u5024\u306F\u3001\u8A2D\u5B9A\u30D5\u30A1\u30A4\u30EB\u306E\u30EC\u30FC\u30C8\u8868\u304B\u3089\u63A8\u5B9A\u3057\u305F\u5024\u3067\u3059\u3002",
  tokenUsage: "\u30C8\u30FC\u30AF\u30F3\u4F7F\u7528\u91CF",
  apiUsage: "API \u4F7F\u7528\u91CF",
  burnDown: "\u4E88\u7B97\u306E\u6D88\u5316\u72B6\u6CC1",
  spikes: "\u6025\u5897",
  noSpikes: "\u3053\u306E\u671F\u9593\u306B\u6025\u5897\u306F\u3042\u308A\u307E\u305B\u3093\u3002",
  typicalDay: "\u901A\u5E38\u306E 1 \u65E5\u306E\u4F7F\u7528\u91CF",
  others: "\u305D\u306E\u4ED6",
  total: "\u5408\u8A08",
  team: "\u30C1\u30FC\u30E0",
  max: "\u6700\u5927",
  previousMonth: "\u524D\u6708",
  yearAgo: "\u524D\u5E74\u540C\u6708",
  movers: "\u5927\u304D\u304F\u5909\u52D5\u3057\u305F\u9805\u76EE",
  caps: "\u7121\u6599\u67A0\u306E\u4E0A\u9650",
  capReached: "\u5230\u9054\u6E08\u307F",
  capReachBy: "\u5230\u9054\u4E88\u6E2C\u65E5",
  unratedFeatures: "\u30C8\u30FC\u30AF\u30F3\u30EC\u30FC\u30C8\u672A\u8A2D\u5B9A\u306E\u6A5F\u80FD",
  unratedHint: "\u8A2D\u5B9A\u30D5\u30A1\u30A4\u30EB\u306B\u30EC\u30FC\u30C8\u3092\u8FFD\u52A0\u3059\u308B\u3068\u3001\u30C8\u30FC\u30AF\u30F3\u6570\u3092\u63A8\u5B9A\u3067\u304D\u307E\u3059\uFF1A",
  openSite: "\u30EC\u30DD\u30FC\u30C8\u5168\u4F53\u3092\u958B\u304F",
  trimmed: "GitHub \u306E\u30B5\u30A4\u30BA\u4E0A\u9650\u306B\u53CE\u3081\u308B\u305F\u3081\u3001\u3053\u306E\u6982\u8981\u306F\u77ED\u7E2E\u3055\u308C\u3066\u3044\u307E\u3059\u3002\u5168\u4F53\u306F\u30B5\u30A4\u30C8\u3092\u3054\u89A7\u304F\u3060\u3055\u3044\u3002",
  noData: "\u3053\u306E\u671F\u9593\u306E\u4F7F\u7528\u91CF\u306F\u3042\u308A\u307E\u305B\u3093\u3002",
  dailyTokens: "\u65E5\u5225\u30C8\u30FC\u30AF\u30F3",
  dailyTokensInPeriod: "\u671F\u9593\u4E2D\u306E\u65E5\u5225\u30C8\u30FC\u30AF\u30F3",
  tokenHistory: "\u30C8\u30FC\u30AF\u30F3\u4F7F\u7528\u91CF\u306E\u63A8\u79FB\uFF08\u4FDD\u5B58\u6E08\u307F\u306E\u5168\u5C65\u6B74\uFF09",
  perDay: "\u65E5\u5225",
  perWeek: "\u9031\u5225",
  perMonth: "\u6708\u5225",
  tokensByFeature: "\u6A5F\u80FD\u5225\u30C8\u30FC\u30AF\u30F3",
  cumulativeTokens: "\u4ECA\u6708\u306E\u7D2F\u8A08\u30C8\u30FC\u30AF\u30F3",
  dataTable: "\u30C7\u30FC\u30BF\u8868",
  error: "\u30A8\u30E9\u30FC",
  previousPeriod: "\u524D\u671F\u9593",
  previousQuantity: "\u524D\u671F\u9593\u306E\u6570\u91CF",
  monthTokens: "\u6708\u9593\u30C8\u30FC\u30AF\u30F3",
  daysWithData: "\u30C7\u30FC\u30BF\u306E\u3042\u308B\u65E5\u6570",
  comparison: "\u6BD4\u8F03",
  thisMonth: "\u5F53\u6708",
  monthlyTokens: "\u6708\u5225\u30C8\u30FC\u30AF\u30F3",
  noMonths: "\u4FDD\u5B58\u6E08\u307F\u306E\u5C65\u6B74\u306F\u307E\u3060\u3042\u308A\u307E\u305B\u3093\u3002",
  notes: "\u30E1\u30E2",
  uncharged: "\u672A\u8AB2\u91D1\u306E\u4F7F\u7528",
  charged: "\u8AB2\u91D1\u6E08\u307F",
  balance: "\u30C8\u30FC\u30AF\u30F3\u6B8B\u9AD8",
  balanceExpiry: "\u6B8B\u9AD8\u306E\u6709\u52B9\u671F\u9650",
  balanceLeft: "\u6B8B\u9AD8",
  balanceRunOut: "\u67AF\u6E07\u4E88\u5B9A\u65E5",
  balanceRanOut: "\u67AF\u6E07\u65E5",
  balanceNever: "\u73FE\u5728\u306E\u30DA\u30FC\u30B9\u3067\u306F\u67AF\u6E07\u3057\u306A\u3044",
  balanceNoRate: "\u6D88\u8CBB\u30DA\u30FC\u30B9\u3092\u51FA\u3059\u306B\u306F\u30C7\u30FC\u30BF\u304C\u8DB3\u308A\u307E\u305B\u3093",
  balanceNote: "{asOf} \u6642\u70B9\u306E {tokens} \u30C8\u30FC\u30AF\u30F3\uFF08Autodesk Account\uFF09\u304B\u3089\u3001\u305D\u306E\u5F8C\u306E\u4F7F\u7528\u91CF {spent} \u3092\u5DEE\u3057\u5F15\u3044\u305F\u5024\u3067\u3059\u3002\u6D88\u8CBB\u30DA\u30FC\u30B9\u306F 1 \u65E5\u3042\u305F\u308A {rate} \u30C8\u30FC\u30AF\u30F3\uFF08\u30C7\u30FC\u30BF\u306E\u3042\u308B\u76F4\u8FD1 {rateDays} \u65E5\u306E\u5E73\u5747\uFF09\u3067\u3059\u3002",
  balanceUncovered: "\u305D\u308C\u4EE5\u964D {n} \u65E5\u5206\u306E\u30C7\u30FC\u30BF\u304C\u306A\u3044\u305F\u3081\u3001\u5B9F\u969B\u306E\u6B8B\u9AD8\u306F\u3053\u308C\u4EE5\u4E0B\u3067\u3059\u3002",
  balanceUnrated: "\u305D\u308C\u4EE5\u964D\u306E\u4F7F\u7528\u91CF\u306B\u30C8\u30FC\u30AF\u30F3\u5358\u4FA1\u306E\u306A\u3044\u3082\u306E\u304C\u3042\u308B\u305F\u3081\u3001\u5B9F\u969B\u306E\u6B8B\u9AD8\u306F\u3053\u308C\u4EE5\u4E0B\u3067\u3059\u3002",
  balanceExpires: "\u6709\u52B9\u671F\u9650\u306F {date} \u3067\u3059\u3002",
  balanceExpired: "{date} \u306B\u6709\u52B9\u671F\u9650\u304C\u5207\u308C\u307E\u3057\u305F\u3002",
  unitsOverTime: "\u4F7F\u7528\u91CF\u306E\u63A8\u79FB\uFF08\u5358\u4F4D\u5225\uFF09",
  unitsByFeature: "\u6A5F\u80FD\u5225\u306E\u4F7F\u7528\u91CF",
  unitsAcrossApps: "API \u5225\u306E\u4F7F\u7528\u91CF\uFF08\u5168\u30A2\u30D7\u30EA\uFF09",
  unitsTotals: "\u671F\u9593\u4E2D\u306E\u4F7F\u7528\u91CF",
  unknownData: "\u30C7\u30FC\u30BF\u306A\u3057",
  partialData: "\u4E00\u90E8\u306E\u307F",
  alertUncharged: "{app} \u3067\u4ECA\u6708 {value} \u65E5\u5206\u306E\u672A\u8AB2\u91D1\u306E\u4F7F\u7528\u304C\u3042\u308A\u307E\u3059\uFF08{date} \u304B\u3089\uFF09\u3002\u30C1\u30FC\u30E0\u306E\u30C8\u30FC\u30AF\u30F3\u304C\u5C3D\u304D\u3066\u3044\u308B\u305F\u3081\u3001APS \u306B\u3088\u308B\u8ACB\u6C42\u307E\u305F\u306F API \u306E\u505C\u6B62\u306E\u5BFE\u8C61\u306B\u306A\u308A\u307E\u3059\u3002",
  alertBalance: "\u73FE\u5728\u306E\u6D88\u8CBB\u30DA\u30FC\u30B9\uFF081 \u65E5\u3042\u305F\u308A {limit} \u30C8\u30FC\u30AF\u30F3\uFF09\u3067\u306F\u3001\u30C8\u30FC\u30AF\u30F3\u6B8B\u9AD8\u306F {date}\uFF08{days} \u65E5\u5F8C\uFF09\u306B\u5C3D\u304D\u307E\u3059\u3002\u6B8B\u308A\u306F {value} \u30C8\u30FC\u30AF\u30F3\u3067\u3059\u3002",
  alertBalanceNoRate: "\u30C8\u30FC\u30AF\u30F3\u6B8B\u9AD8\u306F\u6709\u52B9\u671F\u9650\u3088\u308A\u524D\u306B\u5C3D\u304D\u307E\u3059\u3002\u6B8B\u308A\u306F {value} \u30C8\u30FC\u30AF\u30F3\u3067\u3059\u3002",
  alertBalanceOut: "\u30C8\u30FC\u30AF\u30F3\u6B8B\u9AD8\u306F {date} \u306B\u5C3D\u304D\u307E\u3057\u305F\u3002\u305D\u308C\u4EE5\u964D\u306E\u4F7F\u7528\u306F\u672A\u8AB2\u91D1\u3068\u306A\u308A\u3001APS \u306B\u3088\u308B\u8ACB\u6C42\u307E\u305F\u306F API \u306E\u505C\u6B62\u306E\u5BFE\u8C61\u306B\u306A\u308A\u307E\u3059\u3002",
  alertExpiry: "{value} \u30C8\u30FC\u30AF\u30F3\u304C {date}\uFF08{days} \u65E5\u5F8C\uFF09\u306B\u5931\u52B9\u3057\u307E\u3059\u3002",
  digest: "\u6708\u6B21\u30C0\u30A4\u30B8\u30A7\u30B9\u30C8",
  kind: "\u7A2E\u985E",
  delta: "\u30C8\u30FC\u30AF\u30F3\u5897\u6E1B",
  used: "\u4F7F\u7528\u91CF",
  cap: "\u4E0A\u9650",
  reachDate: "\u4E0A\u9650\u5230\u9054\u65E5",
  notThisMonth: "\u4ECA\u6708\u306F\u5230\u9054\u3057\u306A\u3044\u898B\u8FBC\u307F",
  noCaps: "\u7121\u6599\u67A0\u306E\u4E0A\u9650\u306F\u8A2D\u5B9A\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002",
  noMovers: "\u524D\u671F\u9593\u304B\u3089\u306E\u5909\u52D5\u306F\u3042\u308A\u307E\u305B\u3093\u3002",
  ratio: "\u500D\u7387",
  moreApps: "\u4ED6 {n} \u500B\u306E\u30A2\u30D7\u30EA\u306F\u30B5\u30A4\u30C8\u3067\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044",
  allApps: "\u3059\u3079\u3066\u306E\u30A2\u30D7\u30EA",
  allAppsCount: "{n} \u500B\u306E\u30A2\u30D7\u30EA\uFF08\u540D\u524D\u9806\uFF09",
  appsShown: "\u5168 {total} \u500B\u306E\u3046\u3061\u3001\u30C8\u30FC\u30AF\u30F3\u4F7F\u7528\u91CF\u306E\u591A\u3044 {shown} \u500B\u306E\u30A2\u30D7\u30EA\u3092\u8868\u793A\u3057\u3066\u3044\u307E\u3059\u3002",
  seeAllApps: "\u3059\u3079\u3066\u306E\u30A2\u30D7\u30EA\uFF08{total} \u500B\uFF09",
  pagesOfApps: "\u30A2\u30D7\u30EA\u4E00\u89A7\u306E\u30DA\u30FC\u30B8",
  moreAlerts: "\u4ED6 {n} \u4EF6\u306E\u30A2\u30E9\u30FC\u30C8\u306F\u30B5\u30A4\u30C8\u3067\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044",
  newItem: "\u65B0\u898F",
  partialBaseline: "{what}\u306E\u30C7\u30FC\u30BF\u306F {days} \u65E5\u4E2D {covered} \u65E5\u5206\u306E\u307F",
  sameDaysLabel: "{current}\u3068{other}\u306E\u6BD4\u8F03",
  noRateFor: "\u7B97\u51FA\u4E0D\u53EF \u2014 \u30EC\u30FC\u30C8\u672A\u8A2D\u5B9A\uFF1A{features}",
  budgetsUndecided: "\u30C8\u30FC\u30AF\u30F3\u30EC\u30FC\u30C8\u306E\u306A\u3044\u5229\u7528\uFF08{features}\uFF09\u304C\u3042\u308B\u305F\u3081\u3001\u4E88\u7B97\u306E\u5224\u5B9A\uFF08\u30A2\u30E9\u30FC\u30C8\u306E\u767A\u884C\u30FB\u89E3\u9664\uFF09\u3092\u884C\u3063\u3066\u3044\u307E\u305B\u3093\u3002\u30EC\u30FC\u30C8\u3092\u8FFD\u52A0\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  unitsOnlyTotal: "\u6570\u91CF\u306E\u307F\uFF08{n} \u4EF6\u306E\u6A5F\u80FD\u304C\u30EC\u30FC\u30C8\u672A\u8A2D\u5B9A\uFF09",
  excludesUnrated: "\u30EC\u30FC\u30C8\u672A\u8A2D\u5B9A\u306E {n} \u4EF6\u306E\u6A5F\u80FD\u3092\u9664\u304F",
  ratedZeroFeatures: "\u30EC\u30FC\u30C8\u304C 0 \u306E\u6A5F\u80FD",
  ratedZeroHint: "\u8A2D\u5B9A\u30D5\u30A1\u30A4\u30EB\u3067\u5358\u4F4D\u3042\u305F\u308A\u306E\u30C8\u30FC\u30AF\u30F3\u6570\u304C 0 \u306B\u8A2D\u5B9A\u3055\u308C\u3066\u3044\u308B\u305F\u3081\u3001\u30C8\u30FC\u30AF\u30F3\u6570\u306F\u610F\u56F3\u7684\u306B 0 \u3067\u3059\uFF1A",
  rateFromSheet: "APS \u30EC\u30FC\u30C8\u8868\u306E\u5358\u4F4D\u3042\u305F\u308A\u30C8\u30FC\u30AF\u30F3\u6570\uFF1A",
  storedHistory: "\u4FDD\u5B58\u6E08\u307F\u306E\u5C65\u6B74",
  days: "\u65E5\u9593",
  noBudgetBurn: "\u3053\u306E\u30A2\u30D7\u30EA\u306B\u306F\u6708\u9593\u4E88\u7B97\u304C\u8A2D\u5B9A\u3055\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u4ECA\u6708\u306E\u7D2F\u8A08\u30C8\u30FC\u30AF\u30F3\u306E\u307F\u3092\u8868\u793A\u3057\u3066\u3044\u307E\u3059\u3002",
  tokensValue: "{value} \u30C8\u30FC\u30AF\u30F3",
  unitValue: "{value}\uFF08{unit}\uFF09",
  weekOf: "{date}\u306E\u9031",
  labelValue: "{label}\uFF1A{value}",
  appPage: "\u30A2\u30D7\u30EA",
  describeOverview: "{period}\u306E Autodesk Platform Services\uFF08APS\uFF09\u4F7F\u7528\u72B6\u6CC1\u3002{apps} \u500B\u306E\u30A2\u30D7\u30EA\u306E\u30C8\u30FC\u30AF\u30F3\u3001API \u4F7F\u7528\u91CF\u3001\u4E88\u7B97\u3001\u30A2\u30E9\u30FC\u30C8\u3002",
  describeApp: "{app} \u306E Autodesk Platform Services\uFF08APS\uFF09\u4F7F\u7528\u72B6\u6CC1\uFF08{period}\uFF09\u3002\u30C8\u30FC\u30AF\u30F3\u3001API \u4F7F\u7528\u91CF\u3001\u4E88\u7B97\u3001\u6025\u5897\u3002",
  describeMonth: "{month}\u306E Autodesk Platform Services\uFF08APS\uFF09\u4F7F\u7528\u72B6\u6CC1\u3002\u30A2\u30D7\u30EA\u5225\u30FBAPI \u5225\u306E\u30C8\u30FC\u30AF\u30F3\u3068\u904E\u53BB\u306E\u6708\u3068\u306E\u6BD4\u8F03\u3002",
  describeDigest: "{month}\u306E Autodesk Platform Services\uFF08APS\uFF09\u4F7F\u7528\u72B6\u6CC1\u306E\u307E\u3068\u3081\u3002\u6708\u6B21\u306E\u4F7F\u7528\u72B6\u6CC1 Issue \u3068\u540C\u3058\u5185\u5BB9\u3067\u3059\u3002",
  describeAllApps: "Autodesk Platform Services\uFF08APS\uFF09\u4F7F\u7528\u72B6\u6CC1\uFF1A\u5168 {apps} \u500B\u306E\u30A2\u30D7\u30EA\uFF08\u540D\u524D\u9806\u3001{page} \u30DA\u30FC\u30B8\u76EE\uFF09\u3002",
  describeMonths: "Autodesk Platform Services\uFF08APS\uFF09\u306E\u6708\u5225\u4F7F\u7528\u72B6\u6CC1\u3002\u4FDD\u5B58\u6E08\u307F\u306E\u5168\u5C65\u6B74\u3002",
  alertBudget: "{app} \u306F\u6708\u9593\u4E88\u7B97\u306E {percent} \u3092\u4F7F\u7528\u3057\u307E\u3057\u305F\uFF08{value} / {limit} \u30C8\u30FC\u30AF\u30F3\uFF09\u3002",
  alertBudgetTotal: "\u30C1\u30FC\u30E0\u306F\u6708\u9593\u4E88\u7B97\u306E {percent} \u3092\u4F7F\u7528\u3057\u307E\u3057\u305F\uFF08{value} / {limit} \u30C8\u30FC\u30AF\u30F3\uFF09\u3002",
  alertForecast: "{app} \u306E\u4ECA\u6708\u306E\u4F7F\u7528\u91CF\u306F {value} \u30C8\u30FC\u30AF\u30F3\u306E\u898B\u8FBC\u307F\u3067\u3059\uFF08\u4E88\u7B97 {limit} \u30C8\u30FC\u30AF\u30F3\u306E {percent}\uFF09\u3002",
  alertForecastTotal: "\u30C1\u30FC\u30E0\u306E\u4ECA\u6708\u306E\u4F7F\u7528\u91CF\u306F {value} \u30C8\u30FC\u30AF\u30F3\u306E\u898B\u8FBC\u307F\u3067\u3059\uFF08\u4E88\u7B97 {limit} \u30C8\u30FC\u30AF\u30F3\u306E {percent}\uFF09\u3002",
  alertSpike: "{date}\u3001{app} \u306E\u30C8\u30FC\u30AF\u30F3\u4F7F\u7528\u91CF\u304C {value} \u306B\u6025\u5897\u3057\u307E\u3057\u305F\u3002\u901A\u5E38\u306E 1 \u65E5\uFF08{limit}\uFF09\u306E {ratio} \u500D\u3067\u3059\u3002",
  alertCap: "{api} \u306F\u4ECA\u6708\u306E\u7121\u6599\u67A0 {limit}\uFF08{unit}\uFF09\u306E\u3046\u3061 {value} \u3092\u4F7F\u7528\u3057\u307E\u3057\u305F\uFF08{percent}\uFF09\u3002",
  alertCleared: "\u3053\u306E\u30A2\u30E9\u30FC\u30C8\u306F\u89E3\u6D88\u3055\u308C\u307E\u3057\u305F\uFF08{date}\u306E\u30EC\u30DD\u30FC\u30C8\u3067\u306F\u6761\u4EF6\u306B\u8A72\u5F53\u3057\u307E\u305B\u3093\uFF09\u3002\u30AF\u30ED\u30FC\u30BA\u3057\u307E\u3059\u3002{month}\u4E2D\u306F\u518D\u30AA\u30FC\u30D7\u30F3\u3057\u307E\u305B\u3093\u3002",
  alertMonthOver: "{month}\u304C\u7D42\u308F\u3063\u305F\u305F\u3081\u3001\u3053\u306E\u30A2\u30E9\u30FC\u30C8\u3092\u30AF\u30ED\u30FC\u30BA\u3057\u307E\u3059\u3002\u65B0\u3057\u3044\u6708\u306E\u30A2\u30E9\u30FC\u30C8\u306F\u6539\u3081\u3066\u4F5C\u6210\u3055\u308C\u307E\u3059\u3002",
  alertCapForecast: "\u73FE\u5728\u306E\u30DA\u30FC\u30B9\u3067\u306F {date} \u306B\u4E0A\u9650\u306B\u9054\u3057\u3001\u6708\u672B\u307E\u3067 API \u304C\u505C\u6B62\u3055\u308C\u307E\u3059\u3002"
};

// src/render/i18n/units.ts
var ja2 = {
  "processing hour": "\u51E6\u7406\u6642\u9593",
  job: "\u30B8\u30E7\u30D6",
  "API call": "API \u547C\u3073\u51FA\u3057",
  MB: "MB",
  "MB out": "MB\uFF08\u9001\u4FE1\uFF09",
  gigapixel: "\u30AE\u30AC\u30D4\u30AF\u30BB\u30EB",
  apps: "\u30A2\u30D7\u30EA"
};
var byLocale = { en: {}, ja: ja2 };
function unitName(locale, unit) {
  return Object.hasOwn(byLocale[locale], unit) ? byLocale[locale][unit] : unit;
}

// src/render/i18n/index.ts
function createFormatter(locale) {
  const t = locale === "ja" ? ja : en;
  const tag = locale === "ja" ? "ja-JP" : "en-US";
  const numberFormats = /* @__PURE__ */ new Map();
  const num = (digits) => {
    let f = numberFormats.get(digits);
    if (!f) numberFormats.set(digits, f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits }));
    return f;
  };
  const dateFormat = new Intl.DateTimeFormat(tag, {
    timeZone: "UTC",
    year: "numeric",
    month: "short",
    day: "numeric"
  });
  const dates = /* @__PURE__ */ new Map();
  const date = (day) => {
    let text = dates.get(day);
    if (text === void 0) dates.set(day, text = dateFormat.format(/* @__PURE__ */ new Date(`${day}T00:00:00Z`)));
    return text;
  };
  const decimal = (n, digits) => formatDecimal(n, digits) ?? num(digits).format(n);
  const monthFormat = new Intl.DateTimeFormat(tag, { timeZone: "UTC", year: "numeric", month: "long" });
  const messages = /* @__PURE__ */ new Map();
  const message = (template, values) => {
    let parts = messages.get(template);
    if (parts === void 0) {
      parts = template.split(/\{(\w+)\}/);
      if (messages.size < 1e3) messages.set(template, parts);
    }
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += (values[parts[i]] ?? `{${parts[i]}}`) + parts[i + 1];
    return out;
  };
  return {
    locale,
    t,
    number: (n, digits) => decimal(n, digits ?? (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 1 : 2)),
    percent: (fraction) => fraction === null ? "\u2014" : `${decimal(fraction * 100, Math.abs(fraction) < 0.1 ? 1 : 0)}%`,
    signedPercent: (fraction) => {
      if (fraction === null) return "\u2014";
      const s = `${decimal(Math.abs(fraction) * 100, Math.abs(fraction) < 0.1 ? 1 : 0)}%`;
      return fraction > 0 ? `+${s}` : fraction < 0 ? `\u2212${s}` : s;
    },
    date,
    month: (month) => monthFormat.format(/* @__PURE__ */ new Date(`${month}-01T00:00:00Z`)),
    message,
    range: (from, to) => locale === "ja" ? `${date(from)}\uFF5E${date(to)}` : `${date(from)} \u2013 ${date(to)}`,
    paren: (text) => `${t.openParen}${text}${t.closeParen}`,
    labelled: (label, value) => `${label}${t.colon}${value}`,
    unit: (unit) => unitName(locale, unit)
  };
}

// src/render/markdown-escape.ts
var MD_SPECIAL = /[\\`*_{}[\]<>|#~&]/g;
function escapeMarkdown(text) {
  return text.replace(/\r\n?|\n/g, " ").replace(MD_SPECIAL, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`).replace(/@/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/(gh-)(?=\d)/gi, "$1\u200B").replace(/:\/\//g, ":\u200B//");
}
function escapeIssueTitle(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/@/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/(gh-)(?=\d)/gi, "$1\u200B");
}
function escapeMarkdownCell(text) {
  return text.split(/\r\n?|\n/).map(escapeMarkdown).join("<br>");
}
function escapeMermaidLabel(text) {
  return text.replace(/["`\r\n;[\]{}()<>#&]/g, " ").replace(/\s+/g, " ").trim().slice(0, 40);
}

// src/model/stats.ts
function median(values) {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function mad(values) {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}
function sum(values) {
  let t = 0;
  for (const v of values) t += v;
  return t;
}
function relativeChange(current, previous) {
  return previous > 0 ? (current - previous) / previous : null;
}

// src/model/alerts.ts
var FORECAST_WINDOW = 14;
var SPIKE_WINDOW = 28;
var SPIKE_MIN_COVERED = 14;
var SPIKE_MIN_RATIO = 3;
var SPIKE_MIN_SIGMAS = 5;
var SPIKE_MIN_TOKENS = 5;
function dailyValues(byDay, from, to) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(byDay.get(d) ?? 0);
  return out;
}
function forecastMonthEnd(byDay, asOf, firstDay) {
  const month = monthOf(asOf);
  const mtd = sum(dailyValues(byDay, monthStart(month), asOf));
  const left = daysInMonth(month) - Number(asOf.slice(8, 10));
  let windowStart = addDays(asOf, -(FORECAST_WINDOW - 1));
  if (firstDay && windowStart < firstDay) windowStart = firstDay <= asOf ? firstDay : asOf;
  const window = dailyValues(byDay, windowStart, asOf);
  const rate = window.length ? sum(window) / window.length : 0;
  return mtd + rate * left;
}
function monthStatus(usage, asOf, budget) {
  const month = monthOf(asOf);
  const unrated = [...usage.unrated ?? []].sort();
  const known = unrated.length === 0 || usage.rated !== false;
  const tokens = sum(dailyValues(usage.byDay, monthStart(month), asOf));
  const forecast = forecastMonthEnd(usage.byDay, asOf, usage.firstDay);
  const status = {
    month,
    asOf,
    daysElapsed: Number(asOf.slice(8, 10)),
    daysInMonth: daysInMonth(month),
    tokens: known ? tokens : null,
    forecast: known ? forecast : null,
    unrated,
    previousMonth: null
  };
  if (budget) {
    status.budget = budget;
    if (unrated.length === 0) {
      status.budgetPercent = tokens / budget * 100;
      status.forecastPercent = forecast / budget * 100;
    }
  }
  return status;
}
function budgetAlerts(status, thresholds, who) {
  if (!status.budget || status.budgetPercent === void 0) return [];
  if (status.tokens === null || status.forecast === null) return [];
  const crossed = [...thresholds].sort((a, b) => b - a).find((t) => status.budgetPercent >= t);
  if (crossed !== void 0) {
    return [
      {
        kind: "budget",
        severity: crossed >= 100 ? "critical" : "warning",
        ...who,
        month: status.month,
        value: status.tokens,
        limit: status.budget,
        percent: status.budgetPercent,
        threshold: crossed
      }
    ];
  }
  if (status.forecast > status.budget) {
    return [
      {
        kind: "forecast",
        severity: "warning",
        ...who,
        month: status.month,
        value: status.forecast,
        limit: status.budget,
        percent: status.forecastPercent
      }
    ];
  }
  return [];
}
function findSpikes(byDay, days, app, coverage) {
  const spikes = [];
  const inside = days.filter((d) => coverage !== null && d >= coverage.from && d <= coverage.to);
  if (!coverage || inside.length === 0) return spikes;
  let first = inside[0];
  let last = first;
  for (const d of inside) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const start = addDays(first, -SPIKE_WINDOW);
  const calendar = eachDay({ from: start, to: last });
  const values = calendar.map((d) => byDay.get(d) ?? 0);
  const weekend = calendar.map(isWeekend);
  const position = new Map(calendar.map((d, i) => [d, i]));
  const coveredFrom = position.get(coverage.from) ?? (coverage.from < start ? 0 : calendar.length);
  for (const date of inside) {
    const tokens = byDay.get(date) ?? 0;
    if (tokens < SPIKE_MIN_TOKENS) continue;
    const i = position.get(date);
    const from = Math.max(i - SPIKE_WINDOW, coveredFrom);
    if (i - from < SPIKE_MIN_COVERED) continue;
    const same = [];
    for (let j = from; j < i; j++) if (weekend[j] === weekend[i]) same.push(values[j]);
    const typical = median(same);
    const sigma = 1.4826 * mad(same);
    if (typical > 0 && tokens >= SPIKE_MIN_RATIO * typical && tokens > typical + SPIKE_MIN_SIGMAS * sigma) {
      spikes.push({ ...app, date, tokens, typical, ratio: tokens / typical });
    }
  }
  return spikes;
}
function spikeAlert(s) {
  return {
    kind: "spike",
    severity: "warning",
    appId: s.appId,
    appName: s.appName,
    month: monthOf(s.date),
    value: s.tokens,
    limit: s.typical,
    date: s.date,
    percent: s.ratio * 100
  };
}
var KIND_ORDER = { balance: 0, uncharged: 1, budget: 2, cap: 3, forecast: 4, spike: 5, expiry: 6 };
function compareAlerts(a, b) {
  return (a.severity === b.severity ? 0 : a.severity === "critical" ? -1 : 1) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.date ?? "").localeCompare(b.date ?? "") || (a.appName < b.appName ? -1 : a.appName > b.appName ? 1 : 0);
}

// src/model/caps.ts
function capStatuses(caps, index, asOf, firstDay) {
  const featureUnit = /* @__PURE__ */ new Map();
  for (const features of index.apiFeatures.values())
    for (const [id, unit] of features) featureUnit.set(id, unit);
  return Object.entries(caps).map(([key, cap]) => {
    if (featureUnit.has(key)) {
      const byDay2 = index.featureUnits.get(key)?.byDay ?? /* @__PURE__ */ new Map();
      return capStatus(key, "feature", featureUnit.get(key), cap.unitsPerMonth, byDay2, asOf, firstDay);
    }
    const features = index.apiFeatures.get(key) ?? /* @__PURE__ */ new Map();
    const units = [...new Set(features.values())].sort();
    if (units.length > 1) {
      const byUnit = units.map((u) => {
        const ids = [...features].filter(([, unit]) => unit === u).map(([id]) => id);
        return `${u} (${ids.join(", ")})`;
      });
      throw new UserError(
        `caps.${JSON.stringify(key)}: the features of this API use different units \u2014 ${byUnit.join("; ")} \u2014 and a cap counts one unit; expected a cap per feature id instead, e.g. caps: { ${JSON.stringify(
          [...features.keys()][0]
        )}: { unitsPerMonth: \u2026 } }`
      );
    }
    const byDay = /* @__PURE__ */ new Map();
    for (const id of features.keys()) {
      for (const [d, v] of index.featureUnits.get(id)?.byDay ?? []) byDay.set(d, (byDay.get(d) ?? 0) + v);
    }
    return capStatus(key, "api", units[0] ?? "", cap.unitsPerMonth, byDay, asOf, firstDay);
  });
}
function capStatus(key, scope, unit, unitsPerMonth, unitsByDay, asOf, firstDay) {
  const month = monthOf(asOf);
  const used = sum(dailyValues(unitsByDay, monthStart(month), asOf));
  const forecast = forecastMonthEnd(unitsByDay, asOf, firstDay);
  const status = {
    api: key,
    scope,
    unit,
    unitsPerMonth,
    used,
    percent: used / unitsPerMonth * 100,
    forecast
  };
  if (used >= unitsPerMonth) {
    let acc = 0;
    for (let d = monthStart(month); d <= asOf; d = addDays(d, 1)) {
      acc += unitsByDay.get(d) ?? 0;
      if (acc >= unitsPerMonth) {
        status.reachDate = d;
        break;
      }
    }
  } else if (forecast >= unitsPerMonth) {
    const left = daysInMonth(month) - Number(asOf.slice(8, 10));
    const rate = left > 0 ? (forecast - used) / left : 0;
    if (rate > 0) status.reachDate = addDays(asOf, Math.ceil((unitsPerMonth - used) / rate));
  }
  return status;
}
var CAP_THRESHOLDS = [80, 100];
function capAlerts(caps, month) {
  return caps.filter((c) => c.percent >= CAP_THRESHOLDS[0] || c.reachDate !== void 0).map((c) => ({
    kind: "cap",
    severity: c.percent >= CAP_THRESHOLDS[1] ? "critical" : "warning",
    appId: null,
    appName: c.api,
    api: c.api,
    month,
    value: c.used,
    limit: c.unitsPerMonth,
    percent: c.percent,
    unit: c.unit,
    ...c.reachDate ? { reachDate: c.reachDate } : {}
  }));
}

// src/render/views.ts
function tokensText(f, tokens, estimated) {
  if (tokens === null) return f.t.unitsOnly;
  return `${estimated ? f.t.estimatedMark : ""}${f.number(tokens)}`;
}
function periodText(f, model) {
  return `${f.range(model.period.from, model.period.to)}${f.paren(`${f.number(model.period.days)} ${f.t.days}`)}`;
}
function maybeNumber(f, n) {
  return n === null ? f.t.unitsOnly : f.number(n);
}
function comparisonText(f, c, current) {
  if (current === null) return "\u2014";
  if (c.previous !== null) return f.signedPercent(c.change);
  return c.covered === 0 && current > 0 ? f.t.newItem : "\u2014";
}
function baselineText(f, c) {
  return c.previous === null ? "\u2014" : f.number(c.previous);
}
function deltaText(f, c, current) {
  if (c.delta === null || current === null) return comparisonText(f, c, current);
  return c.delta > 0 ? `+${f.number(c.delta)}` : c.delta < 0 ? `\u2212${f.number(-c.delta)}` : f.number(0);
}
function partialNote(f, c, what, evenNone = false) {
  if (c.previous !== null || c.covered === 0 && !evenNone) return "";
  return f.message(f.t.partialBaseline, {
    what,
    covered: f.number(c.covered),
    days: f.number(c.days)
  });
}
function thresholdPercent(f, percent, thresholds) {
  const shown = f.percent(percent / 100);
  const rounded = Number(shown.replace(/[^\d.]/g, ""));
  const crossesOne = thresholds.some((t) => percent < t && rounded >= t);
  if (!crossesOne) return shown;
  const truncated = Math.floor(percent * 10) / 10;
  return `${f.number(truncated, 1)}%`;
}
function sameDaysText(f, c) {
  return c.sameDays ? f.message(f.t.sameDaysLabel, {
    current: f.range(c.currentFrom, c.currentTo),
    other: f.range(c.from, c.to)
  }) : f.message(f.t.sameDaysLabel, { current: f.month(c.currentFrom.slice(0, 7)), other: f.month(c.month) });
}
function budgetText(f, m, thresholds) {
  if (!m.budget) return "\u2014";
  if (m.budgetPercent === void 0) return f.message(f.t.noRateFor, { features: m.unrated.join(", ") });
  return thresholdPercent(f, m.budgetPercent, thresholds);
}
function headline(f, model) {
  const m = model.month;
  return {
    tokens: tokensText(f, model.totals.tokens, model.totals.estimated),
    // The team is not "new" when its history begins: its baseline is simply not known yet.
    change: model.totals.comparison.previous === null ? "\u2014" : f.signedPercent(model.totals.comparison.change),
    changeNote: partialNote(f, model.totals.comparison, f.t.previousPeriod, true),
    monthToDate: maybeNumber(f, m.tokens),
    forecast: maybeNumber(f, m.forecast),
    budget: m.budget ? m.budgetPercent === void 0 ? budgetText(f, m, model.thresholds) : `${budgetText(f, m, model.thresholds)} / ${f.number(m.budget)}` : f.t.noBudget
  };
}
function budgetClass(percent, forecastPercent, thresholds) {
  if (percent === void 0) return "";
  const top = Math.max(...thresholds);
  if (percent >= top) return "over";
  if (thresholds.some((t) => percent >= t) || (forecastPercent ?? 0) > 100) return "near";
  return "";
}
function alertView(f, a, thresholds, appHref) {
  const t = f.t;
  const values = {
    app: a.appName,
    api: a.api ?? "",
    unit: a.unit ? f.unit(a.unit) : "",
    value: f.number(a.value),
    limit: a.limit === void 0 ? "" : f.number(a.limit),
    percent: a.percent === void 0 ? "" : thresholdPercent(f, a.percent, a.kind === "cap" ? CAP_THRESHOLDS : thresholds),
    ratio: a.percent === void 0 ? "" : f.number(a.percent / 100, 1),
    date: a.date ? f.date(a.date) : "",
    days: a.days === void 0 ? "" : f.number(Math.abs(a.days))
  };
  let text;
  switch (a.kind) {
    case "budget":
      text = f.message(a.appId ? t.alertBudget : t.alertBudgetTotal, values);
      break;
    case "forecast":
      text = f.message(a.appId ? t.alertForecast : t.alertForecastTotal, values);
      break;
    case "spike":
      text = f.message(t.alertSpike, values);
      break;
    case "cap":
      text = f.message(t.alertCap, values) + (a.reachDate ? f.message(t.alertCapForecast, { date: f.date(a.reachDate) }) : "");
      break;
    case "uncharged":
      text = f.message(t.alertUncharged, values);
      break;
    case "balance":
      text = f.message(
        a.exhausted ? t.alertBalanceOut : a.limit === void 0 ? t.alertBalanceNoRate : t.alertBalance,
        values
      );
      break;
    case "expiry":
      text = f.message(t.alertExpiry, values);
      break;
  }
  const label = {
    budget: t.budgetStatus,
    forecast: t.forecast,
    spike: t.spikes,
    cap: t.caps,
    uncharged: t.uncharged,
    balance: t.balance,
    expiry: t.balanceExpiry
  }[a.kind];
  const view = { kind: a.kind, kindLabel: label, severity: a.severity, text };
  if (a.appId && appHref) {
    view.href = appHref(a.appId);
    view.linkText = a.appName;
  }
  return view;
}
function appRow(f, a, href, colorIndex, thresholds) {
  return {
    id: a.id,
    name: a.name,
    href,
    colorIndex,
    status: a.status,
    failed: a.status === "failed",
    statusText: a.status === "failed" ? f.labelled(f.t.failed, failureText(f, a)) : a.status === "ok" ? f.t.ok : f.t.historyOnly,
    tokens: tokensText(f, a.tokens, a.estimated),
    change: comparisonText(f, a.comparison, a.tokens),
    changeNote: partialNote(f, a.comparison, f.t.previousPeriod),
    share: a.tokens === null ? "\u2014" : f.percent(a.share),
    monthToDate: maybeNumber(f, a.month.tokens),
    budgetPercent: budgetText(f, a.month, thresholds),
    budgetClass: budgetClass(a.month.budgetPercent, a.month.forecastPercent, thresholds),
    forecast: maybeNumber(f, a.month.forecast)
  };
}
function failureText(f, a) {
  const hint = a.hint ? hintText(f.t, a.hint) : "";
  if (!hint) return a.error ?? "";
  return f.locale === "ja" ? `${a.error ?? ""} ${hint}` : `${a.error ?? ""}. ${hint}`;
}
function rateSnippet(f, unrated) {
  if (unrated.length === 0) return [];
  const lines = unrated.map(
    (u) => `  ${yamlKey(u.featureId)}: { tokensPerUnit: ${RATE_PLACEHOLDER} }   # ${f.t.rateFromSheet} ${oneLine(u.featureName)}${u.unit ? ` (${oneLine(u.unit)})` : ""}`
  );
  return ["rates:", ...lines];
}
var RATE_PLACEHOLDER = "TOKENS_PER_UNIT";
function oneLine(text) {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}
function budgetsUndecidedText(f, model) {
  if (model.undecided.length === 0) return "";
  const features = [
    ...new Set([model.month, ...model.apps.map((a) => a.month)].flatMap((m) => m.budget ? m.unrated : []))
  ];
  return f.message(f.t.budgetsUndecided, { features: features.join(", ") });
}
function yamlKey(id) {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) ? id : JSON.stringify(id).replace(/`/g, "\\u0060");
}
function relativeChangeText(f, current, previous) {
  return f.signedPercent(relativeChange(current, previous));
}

export {
  createFormatter,
  escapeMarkdown,
  escapeIssueTitle,
  escapeMarkdownCell,
  escapeMermaidLabel,
  sum,
  relativeChange,
  dailyValues,
  monthStatus,
  budgetAlerts,
  findSpikes,
  spikeAlert,
  compareAlerts,
  capStatuses,
  CAP_THRESHOLDS,
  capAlerts,
  tokensText,
  periodText,
  maybeNumber,
  comparisonText,
  baselineText,
  deltaText,
  partialNote,
  thresholdPercent,
  sameDaysText,
  budgetText,
  headline,
  budgetClass,
  alertView,
  appRow,
  rateSnippet,
  budgetsUndecidedText,
  yamlKey,
  relativeChangeText
};
