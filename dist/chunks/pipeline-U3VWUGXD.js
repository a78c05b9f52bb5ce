import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  runReport
} from "./chunk-63J7Y6FL.js";
import "./chunk-LMIYOCQK.js";
import "./chunk-S6OZDB3L.js";
import "./chunk-5CHR7IJI.js";
import "./chunk-TRZ6PTGW.js";
import "./chunk-2OZPRVKX.js";
import "./chunk-6HVOL5NP.js";
import "./chunk-FDN5BUUZ.js";
import "./chunk-RMYUZC7O.js";
import "./chunk-FLAOZLUO.js";
import "./chunk-6O3HXFQU.js";
import "./chunk-7DPKRERB.js";
import "./chunk-I3O4MRPB.js";
import "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";
export {
  runReport
};
