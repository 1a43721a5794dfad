// Refreshes docs/screenshot.png, the picture in README.md, from the built app.
//   node scripts/screenshot.mjs        (after scripts/run or scripts/test has built the app)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs } from '../playwright.config.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
  args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 620 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForFunction(() => window.debrief !== undefined);
  await page.evaluate(() => window.debrief.ready);
  // Show the Candidates area with a search typed, the richest view so far.
  const items = await page.evaluate(() => window.debrief.items());
  const nav = items.items.find((i) => i.text === 'Candidates');
  await page.mouse.click(nav.x + nav.w / 2, nav.y + nav.h / 2);
  await page.waitForFunction(() => window.debrief.state().area === 'Candidates');
  mkdirSync('docs', { recursive: true });
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.stop();
}
