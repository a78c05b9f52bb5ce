#!/usr/bin/env node
// Entry of the CLI bundle: only wiring, so every module stays importable without side effects.
import { main } from './cli/main.js';

// The helper thread's bundle sits beside this one (build.mjs).
process.exitCode = await main(
  process.argv.slice(2),
  process.env,
  undefined,
  new URL('./page-helper.js', import.meta.url),
);
