// Entry of the action bundle: only wiring.
import { runAction } from './action/main.js';

await runAction();
