import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/limits.ts
var ISSUE_BODY_LIMIT = 65536;
var JOB_SUMMARY_LIMIT = 1024 * 1024;

export {
  ISSUE_BODY_LIMIT,
  JOB_SUMMARY_LIMIT
};
