// The follow-up plan in the real browser: an interview recorded through the forms puts a
// thank-you on Today; one click drafts it, Mark as sent records it, and it is done, also after a
// reload. A snooze with its reason survives a reload, and the calendar export reads back through
// ical.js with one event per open follow-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { test, expect } from './app.mjs';

test.describe.configure({ timeout: 180_000 });

// The sender's details (and Zoë, whom these tests leave alone), so drafts have no missing values.
const fixture = readFileSync(path.resolve('tests/core/fixtures/backup-v2.json'));
const name = "Aoife Ní Bhriain-O'Neill";
const thankYou = `Thank ${name} for the Final interview`;

async function yesterday(page) {
  return page.evaluate(() => {
    const d = new Date(Date.now() - 86400000);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

async function setUp(app, page) {
  await app.open();
  await page.evaluate(() => { window.debriefNoMailClient = true; });
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'backup-v2.json', fixture, 'application/json');
  await app.click('Replace everything');
  await app.waitUntilSaved();

  await app.click('Candidates');
  await app.click('All candidates');
  await app.click('New candidate');
  await app.typeInto('Full name', name);
  await app.typeInto('Email', 'aoife@example.org');
  await app.choose('Role', 'Bookkeeper');
  await app.click('Save');
  await app.waitUntilSaved();
  await app.click('Schedule interview');
  await app.typeInto('Date', await yesterday(page));
  await app.typeInto('Start time', '09:00');
  await app.typeInto('Interviewers', 'Amara Okafor');
  await app.typeInto('Stage', 'Final interview');
  await app.click('Save');
  await app.waitUntilSaved();
}

const followUp = (state, kind) => state.plan.followUps.find((f) => f.kind === kind && f.candidate === name);

test('an interview recorded in the UI puts a thank-you on Today; composed and sent, it is done, also after a reload', async ({ app, page }) => {
  await setUp(app, page);
  await app.click('Today');
  await app.waitForItem(`Compose##${thankYou}`);
  let state = await app.state();
  expect(['due_today', 'overdue', 'upcoming']).toContain(followUp(state, 'thank_you').status);
  expect(followUp(state, 'interview_note').status).not.toBe('done');
  await app.screenshot('today-with-thank-you');

  await app.click(`Compose##${thankYou}`);
  await app.waitForState((s) => s.area === 'Compose' && /^[0-9a-f]{32}$/.test(s.compose.message), 'a draft is open');
  state = await app.state();
  expect(state.compose.kind).toBe('thank_you');
  expect(state.compose.body).toContain('Aoife');
  expect(state.compose.missing).toEqual([]);
  await app.click('Mark as sent');
  await app.waitUntilSaved();
  await app.waitForState((s) => s.compose.status === 'sent', 'the message is recorded as sent');

  await app.click('Today');
  await app.waitForState((s) => followUp(s, 'thank_you')?.status === 'done', 'the thank-you is done');
  expect((await app.items()).items.some((i) => i.label === `Compose##${thankYou}`)).toBe(false);

  await app.reload();
  await app.click('Today');
  await app.waitForState((s) => followUp(s, 'thank_you')?.status === 'done', 'still done after a reload');
  expect((await app.items()).items.some((i) => i.label === `Compose##${thankYou}`)).toBe(false);
});

test('a snooze keeps its reason across a reload, and the calendar export reads back in ical.js', async ({ app, page }) => {
  await setUp(app, page);
  await app.click('Today');
  await app.click(`Snooze##${thankYou}`);
  await app.typeInto('##reason', 'Waiting for the panel');
  await app.click('Snooze until then');
  await app.waitUntilSaved();
  await app.reload();
  await app.click('Today');
  await app.waitForState((s) => followUp(s, 'thank_you')?.reason === 'Waiting for the panel', 'the snooze is kept');
  const state = await app.state();
  expect(followUp(state, 'thank_you').status).toBe('upcoming');

  const file = await app.download(() => app.menu('File', 'Export follow-ups to calendar (.ics)'));
  expect(file.name).toMatch(/^debrief-follow-ups-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = file.bytes.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const open = state.plan.overdue + state.plan.dueToday + state.plan.upcoming;
  expect(events.length).toBe(open);
  const thanks = events.find((e) => e.summary === thankYou);
  expect(thanks).toBeTruthy();
  expect(thanks.uid).not.toContain('@');
  expect(thanks.component.getFirstSubcomponent('valarm')).toBeTruthy();
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
});
