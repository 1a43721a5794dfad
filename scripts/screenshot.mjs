// Refreshes docs/screenshot.png, the picture in README.md, from the built app.
//   node scripts/screenshot.mjs        (after scripts/run or scripts/test has built the app)
//
// It runs in a throwaway browser profile: a few fictional candidates are imported through the
// app's own CSV import (File > Import candidates), and one of them is shown.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs } from '../playwright.config.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const PEOPLE = [
  'Name,Email,Source,Notes',
  'Zoë Łukasz-Nuñez,zoe@example.org,Referral,Prefers mornings.',
  "Aoife O'Brien,aoife@example.ie,Job board,",
  'Kenji Watanabe,kenji@example.jp,Career fair,Available from March.',
  'Amara Okafor,amara@example.ng,Referral,',
  'José Álvarez,jose@example.es,Website,',
].join('\r\n');

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
  args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});

async function click(page, label, within = '') {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { items } = await page.evaluate(() => window.debrief.items());
    const item = items.find((i) => i.visible && (i.text === label || i.label === label) && i.window.includes(within));
    if (item) {
      await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
      return;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`no item "${label}"`);
}

try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 620 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForFunction(() => window.debrief !== undefined);
  await page.evaluate(() => window.debrief.ready);
  await page.waitForFunction(() => window.debrief.state().load === 'ready');

  await click(page, 'File');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import candidates (CSV)', '##Menu_')]);
  await chooser.setFiles({ name: 'candidates.csv', mimeType: 'text/csv', buffer: Buffer.from(PEOPLE) });
  await click(page, 'Import 5 candidates');
  await page.waitForFunction(() => window.debrief.state().save === 'saved');
  await click(page, 'Candidates');
  await click(page, 'Zoë Łukasz-Nuñez');
  await page.waitForFunction(() => window.debrief.state().notice === '', null, { timeout: 10_000 }).catch(() => {});
  mkdirSync('docs', { recursive: true });
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.stop();
}
