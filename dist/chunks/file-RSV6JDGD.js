import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  fileSource,
  findUsageFiles,
  helperShare,
  readExportFile,
  readUsageFilesInto
} from "./chunk-JOHK4SQV.js";
import "./chunk-H3IQSARL.js";
import "./chunk-5CHR7IJI.js";
import "./chunk-FLAOZLUO.js";
import "./chunk-FKZYN2WJ.js";
import "./chunk-7DPKRERB.js";
import "./chunk-I3O4MRPB.js";
import "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";
export {
  fileSource,
  findUsageFiles,
  helperShare,
  readExportFile,
  readUsageFilesInto
};
