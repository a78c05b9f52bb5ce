import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  runReport
} from "./chunk-IREUMABY.js";
import "./chunk-A4EOTKR5.js";
import "./chunk-S6OZDB3L.js";
import "./chunk-H3IQSARL.js";
import "./chunk-5CHR7IJI.js";
import "./chunk-XTNSMOJ7.js";
import "./chunk-VOV37SS5.js";
import "./chunk-FLAOZLUO.js";
import "./chunk-FKZYN2WJ.js";
import "./chunk-BWRCAK22.js";
import "./chunk-7DPKRERB.js";
import "./chunk-WDD4KGC6.js";
import "./chunk-6HVOL5NP.js";
import "./chunk-I3O4MRPB.js";
import "./chunk-FDN5BUUZ.js";
import "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";
export {
  runReport
};
