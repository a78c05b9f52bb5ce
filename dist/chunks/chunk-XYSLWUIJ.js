import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  addDays,
  eachDay,
  isWeekend
} from "./chunk-I3O4MRPB.js";

// src/sources/demo-data.ts
var DEMO_END = "2026-11-20";
var DEMO_START = "2026-04-01";
var F = {
  acad: {
    id: "automation-autocad",
    name: "Automation API - AutoCAD",
    api: "Automation API",
    unit: "processing hour",
    decimals: 2
  },
  revit: {
    id: "automation-revit",
    name: "Automation API - Revit",
    api: "Automation API",
    unit: "processing hour",
    decimals: 2
  },
  inventor: {
    id: "automation-inventor",
    name: "Automation API - Inventor",
    api: "Automation API",
    unit: "processing hour",
    decimals: 2
  },
  max: {
    id: "automation-3dsmax",
    name: "Automation API - 3ds Max",
    api: "Automation API",
    unit: "processing hour",
    decimals: 2
  },
  mdSimple: {
    id: "md-simple",
    name: "Model Derivative - simple job",
    api: "Model Derivative",
    unit: "job",
    decimals: 0
  },
  mdComplex: {
    id: "md-complex",
    name: "Model Derivative - complex job",
    api: "Model Derivative",
    unit: "job",
    decimals: 0
  },
  basic: {
    id: "basic-interactions",
    name: "Basic Interactions",
    api: "Basic Interactions",
    unit: "API call",
    decimals: 0
  },
  reality: {
    id: "reality-capture-photo",
    name: "Reality Capture - photo to 3D",
    api: "Reality Capture",
    unit: "gigapixel",
    decimals: 2
  },
  flow: {
    id: "flow-graph-engine",
    name: "Flow Graph Engine - processing",
    api: "Flow Graph Engine",
    unit: "processing hour",
    decimals: 2
  },
  aecdm: {
    id: "aec-data-model-out",
    name: "AEC Data Model - data out",
    api: "AEC Data Model",
    unit: "MB out",
    decimals: 1
  }
};
var with_ = (f, base) => ({ ...f, base });
var DEMO_APPS = [
  {
    id: "Xq3v8kR2mTn5pL7wYc4dHs9aFb6eJu1g",
    name: "Viewer portal",
    monthlyBudget: 900,
    weekendFactor: 0.35,
    growth: 1.4,
    features: [with_(F.mdSimple, 180), with_(F.mdComplex, 14), with_(F.basic, 42e4)]
  },
  {
    id: "Da7Kp2Wm9xQe4Rt6Yu8Io1PaSd3Fg5Hj",
    name: "Drawing automation",
    monthlyBudget: 2600,
    weekendFactor: 0.15,
    growth: 1.25,
    features: [with_(F.acad, 9), with_(F.revit, 4.5), with_(F.inventor, 2.2), with_(F.max, 0.8)]
  },
  {
    id: "Rc5Lm8Nb2Vc4Xz6As9Df1Gh3Jk7Qw0Er",
    name: "Site scans",
    monthlyBudget: 700,
    weekendFactor: 0.6,
    growth: 1.1,
    features: [with_(F.reality, 11)]
  },
  {
    id: "Fg9Hj2Kl4Zx6Cv8Bn1Mq3We5Rt7Yu0Io",
    name: "Procedural assets",
    monthlyBudget: 700,
    weekendFactor: 0.5,
    growth: 2.4,
    features: [with_(F.flow, 2.4), with_(F.aecdm, 120)]
  },
  {
    id: "It4Op6As8Df0Gh2Jk4Lz6Xc8Vb0Nm2Qw",
    name: "Internal tools",
    monthlyBudget: 300,
    weekendFactor: 0.1,
    growth: 1,
    features: [with_(F.mdSimple, 25), with_(F.acad, 0.6)]
  }
];
var DEMO_CONFIG = {
  source: "demo",
  apps: DEMO_APPS.map((a) => ({
    id: a.id,
    name: a.name,
    ...a.monthlyBudget ? { monthlyBudget: a.monthlyBudget } : {}
  })),
  period: "last-30-days",
  budget: { monthly: 5200, thresholds: [80, 100] },
  rates: {
    "automation-autocad": { tokensPerUnit: 4 },
    "automation-revit": { tokensPerUnit: 6 },
    "automation-inventor": { tokensPerUnit: 6 },
    "automation-3dsmax": { tokensPerUnit: 6 },
    "md-simple": { tokensPerUnit: 0.05 },
    "md-complex": { tokensPerUnit: 1.5 },
    "basic-interactions": { tokensPerUnit: 1 / 3e5 },
    "reality-capture-photo": { tokensPerUnit: 1.5 },
    "flow-graph-engine": { tokensPerUnit: 6 }
    // aec-data-model-out deliberately has no rate: the report shows it as "units only".
  },
  caps: { "Flow Graph Engine": { unitsPerMonth: 120 } },
  report: { title: "APS usage \u2014 demo", locale: "en", timezone: "UTC", topApps: 8 }
};
function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var DEMO_SPIKE = {
  appId: DEMO_APPS[1].id,
  featureId: F.revit.id,
  date: addDays(DEMO_END, -9),
  factor: 7
};
function generateDemoRecords(seed = 20251207) {
  const random = createRandom(seed);
  const days = eachDay({ from: DEMO_START, to: DEMO_END });
  const records = [];
  days.forEach((date, dayIndex) => {
    const progress = dayIndex / (days.length - 1);
    for (const app of DEMO_APPS) {
      const trend = 1 + (app.growth - 1) * progress;
      const rhythm = isWeekend(date) ? app.weekendFactor : 1;
      const rampStart = addDays(DEMO_END, -35);
      const surge = app.name === "Internal tools" && date >= rampStart ? 1 + 8 * (dayIndex - days.indexOf(rampStart)) / 35 : 1;
      for (const f of app.features) {
        const noise = 0.75 + random() * 0.5;
        const spike = DEMO_SPIKE.appId === app.id && DEMO_SPIKE.featureId === f.id && DEMO_SPIKE.date === date ? DEMO_SPIKE.factor : 1;
        const scale = 10 ** f.decimals;
        const quantity = Math.round(f.base * trend * rhythm * noise * surge * spike * scale) / scale;
        if (quantity <= 0) continue;
        records.push({
          date,
          appId: app.id,
          appName: app.name,
          api: f.api,
          featureId: f.id,
          featureName: f.name,
          unit: f.unit,
          quantity,
          tokens: null,
          tokensEstimated: false
        });
      }
    }
  });
  return records;
}

export {
  DEMO_END,
  DEMO_APPS,
  DEMO_CONFIG,
  generateDemoRecords
};
