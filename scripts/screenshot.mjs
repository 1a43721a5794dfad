// Refreshes docs/screenshot.png, the picture in README.md, from the built app.
//   node scripts/screenshot.mjs        (after scripts/run or scripts/test has built the app)
//
// It runs in a throwaway browser profile: the fictional records of the test fixture
// (tests/core/fixtures/backup-v2.json: a candidate, her interview and a note with evidence, the
// sender's details) are restored through File > Restore backup, a few more candidates are
// imported through the CSV import, and a rejection with feedback is drafted in Compose, with a
// vague line typed into it for the tone check to flag.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumArgs } from '../playwright.config.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const PEOPLE = [
  'Name,Email,Source,Notes',
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
  const page = await browser.newPage({ viewport: { width: 1200, height: 720 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForFunction(() => window.debrief !== undefined);
  await page.evaluate(() => window.debrief.ready);
  await page.waitForFunction(() => window.debrief.state().load === 'ready');

  await click(page, 'File');
  const [restore] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Restore backup', '##Menu_')]);
  await restore.setFiles({ name: 'backup.json', mimeType: 'application/json',
    buffer: readFileSync('tests/core/fixtures/backup-v2.json') });
  await click(page, 'Replace everything');
  await page.waitForFunction(() => window.debrief.state().save === 'saved' && window.debrief.state().records.candidates === 1);
  await click(page, 'File');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import candidates (CSV)', '##Menu_')]);
  await chooser.setFiles({ name: 'candidates.csv', mimeType: 'text/csv', buffer: Buffer.from(PEOPLE) });
  await click(page, 'Import 4 candidates');
  await page.waitForFunction(() => window.debrief.state().save === 'saved' && window.debrief.state().unsaved === 0);
  await click(page, 'Compose');
  await click(page, '##candidate');
  await click(page, 'Zoë Łukasz-Nuñez', '##Combo_');
  await click(page, '##kind');
  await click(page, 'Not moving forward, with feedback', '##Combo_');
  await page.waitForFunction(() => window.debrief.state().compose.kind === 'rejection_feedback');
  await click(page, 'Create draft');
  await page.waitForFunction(() => window.debrief.state().compose.message !== '');
  // A vague, passive line typed under the greeting, so the tone check has something to show.
  await click(page, 'Message text');
  await page.waitForFunction(() => document.activeElement?.id === 'debrief-text-input');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('It has been decided that you were not a good fit for the role.');
  await page.waitForFunction(() => window.debrief.state().compose.tone.findings.some((f) => f.category === 'vague'));
  await page.keyboard.press('Escape');
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
