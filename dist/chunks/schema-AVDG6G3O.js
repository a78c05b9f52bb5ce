import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_PERIOD_DAYS,
  configSchema,
  periodDays,
  periodSchema
} from "./chunk-IF6ESKBO.js";
import "./chunk-7DPKRERB.js";
import "./chunk-FA6EQWUK.js";
export {
  MAX_PERIOD_DAYS,
  configSchema,
  periodDays,
  periodSchema
};
