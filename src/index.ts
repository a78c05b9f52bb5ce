// Entry of the action bundle: only wiring.
import { runAction } from './action/main.js';

// The helper thread's bundle sits beside this one (build.mjs).
await runAction(new URL('./page-helper.js', import.meta.url));
