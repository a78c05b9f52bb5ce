/** What a user can do about a failed app, in a locale's words. Pure. */
import type { AppErrorHint } from '../../sources/types.js';
import type { Messages } from './en.js';

const KEYS = {
  'no-access': 'hintNoAccess',
  'unknown-app': 'hintUnknownApp',
  refused: 'hintRefused',
  'unexpected-shape': 'hintUnexpectedShape',
} as const satisfies Record<AppErrorHint, keyof Messages>;

export function hintText(t: Messages, hint: AppErrorHint): string {
  return t[KEYS[hint]];
}
