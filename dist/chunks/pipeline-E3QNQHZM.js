import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  runReport
} from "./chunk-ZXV4FSW2.js";
import "./chunk-CIJ6RPIF.js";
import "./chunk-S6OZDB3L.js";
import "./chunk-5CHR7IJI.js";
import "./chunk-ORYC3R65.js";
import "./chunk-WDD4KGC6.js";
import "./chunk-6HVOL5NP.js";
import "./chunk-FDN5BUUZ.js";
import "./chunk-INET5RNQ.js";
import "./chunk-FLAOZLUO.js";
import "./chunk-CCLB44UM.js";
import "./chunk-7DPKRERB.js";
import "./chunk-I3O4MRPB.js";
import "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";
export {
  runReport
};
