// Regenerates docs/screenshot-overview.png (the README's picture) from the demo site: builds the demo with the
// bundled CLI into .tmp/, opens it in Debian's Chromium and captures the top of the overview.
// Usage: node build.mjs && node scripts/screenshot.mjs
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const site = resolve('.tmp/screenshot-site');
const out = resolve('docs/screenshot-overview.png');
const LIMIT = 400 * 1024;

execFileSync(process.execPath, ['dist/cli.js', 'demo', '--out', site], { stdio: 'inherit' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 }, colorScheme: 'light' });
  await page.goto(pathToFileURL(`${site}/index.html`).href);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1200, height: 1400 } });
} finally {
  await browser.close();
}
const size = statSync(out).size;
console.log(`${out}: ${Math.round(size / 1024)} KB`);
if (size > LIMIT) {
  console.error(`screenshot is over ${LIMIT / 1024} KB`);
  process.exit(1);
}
