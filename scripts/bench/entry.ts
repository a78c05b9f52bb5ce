// Entry of the bench bundle (bench-out/.build/bench.mjs), built and started by scripts/bench.mjs.
import { main } from './main.js';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
