#!/usr/bin/env node
// Entry of the CLI bundle: only wiring, so every module stays importable without side effects.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), process.env);
