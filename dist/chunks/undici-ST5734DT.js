import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  require_undici
} from "./chunk-A5K4ZQTY.js";
import "./chunk-FA6EQWUK.js";
export default require_undici();
