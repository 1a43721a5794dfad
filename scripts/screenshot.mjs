// Refreshes docs/screenshot.png, the picture in README.md, from the built app.
//   node scripts/screenshot.mjs        (after scripts/run or scripts/test has built the app)
//
// It runs in a throwaway browser profile with fictional records: the test fixture
// (tests/core/fixtures/backup-v2.json: a candidate, her interview and a note with evidence, the
// sender's details) plus a few more candidates whose interviews, messages and decisions are
// dated around today, restored through File > Restore backup. The picture is the Today page.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumArgs } from '../playwright.config.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString();
// Today at a given UTC hour, plus `days`.
const at = (days, hour) => {
  const d = new Date();
  d.setUTCHours(hour, 0, 0, 0);
  return d.getTime() + days * DAY;
};
const day = (t) => iso(t).slice(0, 10);

function records() {
  const backup = JSON.parse(readFileSync('tests/core/fixtures/backup-v2.json', 'utf8'));
  const role = backup.roles[0].id;
  let n = 0;
  const id = () => (++n).toString(16).padStart(32, 'a');
  const header = (t) => ({ id: id(), rev: 1, created: iso(t), updated: iso(t) });
  // Zoë's interview moves to two days ago, so her follow-ups are current.
  backup.interviews[0].starts_at = iso(at(-2, 14));
  const people = [
    // name, interview (days from today, hour), status, decided (days), sent message (days, promised reply in days)
    ["Aoife O'Brien", [-1, 10], 'active', null, null],
    ['Kenji Watanabe', [-8, 9], 'active', null, [-7, -1]],
    ['José Álvarez', [-6, 15], 'not_selected', -3, null],
    ['Amara Nwosu', [1, 11], 'active', null, null],
  ];
  for (const [name, [d, h], status, decided, sent] of people) {
    const created = at(-20, 9);
    const c = { ...header(created), full_name: name, preferred_name: '', email: '', phone: '', role_id: role,
      stage: 'Interview', status, source: 'Job board', consent_date: null, talent_pool_consent: false,
      retain_until: null, notes: '' };
    if (decided !== null) c.decided_at = iso(at(decided, 16));
    backup.candidates.push(c);
    backup.interviews.push({ ...header(created), candidate_id: c.id, starts_at: iso(at(d, h)), duration_minutes: 45,
      format: 'video', interviewers: ['Amara Okafor'], stage: 'Interview', location: '', topics: [] });
    if (sent) {
      backup.messages.push({ ...header(at(sent[0], 12)), candidate_id: c.id, kind: 'thank_you',
        subject: 'Thank you for your interview', body: `Hi ${name.split(' ')[0]},\n\nThank you for your time.`,
        status: 'sent', sent_at: iso(at(sent[0], 12)), promised_reply_date: day(at(sent[1], 12)),
        template: 'thank_you/warm' });
    }
  }
  return Buffer.from(JSON.stringify(backup));
}

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
    buffer: records() });
  await click(page, 'Replace everything');
  await page.waitForFunction(() => window.debrief.state().save === 'saved' && window.debrief.state().records.candidates === 5);
  await click(page, 'Today');
  await page.waitForFunction(() => window.debrief.state().plan.overdue > 0);
  await page.waitForFunction(() => window.debrief.state().notice === '', null, { timeout: 15_000 }).catch(() => {});
  mkdirSync('docs', { recursive: true });
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.stop();
}
