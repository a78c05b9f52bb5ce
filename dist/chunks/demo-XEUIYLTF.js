import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEMO_END,
  generateDemoRecords
} from "./chunk-XYSLWUIJ.js";
import "./chunk-I3O4MRPB.js";
import "./chunk-FA6EQWUK.js";

// src/sources/demo.ts
var demoSource = {
  name: "demo",
  async fetch(request) {
    const all = generateDemoRecords();
    const records = all.filter((r) => r.date <= request.range.to);
    const names = new Map(all.map((r) => [r.appId, r.appName]));
    return {
      records,
      apps: [...names].map(([id, name]) => ({ id, name, status: "ok" })),
      asOf: DEMO_END
    };
  }
};
export {
  demoSource
};
