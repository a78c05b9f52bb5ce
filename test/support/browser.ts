/**
 * Debian's Chromium through playwright-core, started the same way by every browser test. `npx playwright install`
 * cannot work here (it downloads a browser), so the system browser is used; without it the browser tests are
 * skipped locally and fail under CI.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** Skip browser tests only on a developer machine without Chromium; under CI a missing browser is a failure. */
export const skipBrowser = !hasChromium && !process.env.CI;
export const browserSuffix = hasChromium
  ? ''
  : ` (skipped: ${CHROMIUM} not found — apt-get install chromium)`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
