import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ConfigError,
  formatPath,
  parseConfig,
  readConfigFile
} from "./chunk-7JLY2QAV.js";
import "./chunk-IF6ESKBO.js";
import "./chunk-7DPKRERB.js";
import "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";
export {
  ConfigError,
  formatPath,
  parseConfig,
  readConfigFile
};
