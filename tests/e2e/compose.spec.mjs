// Compose in the real browser: a candidate with interview notes, a rejection with feedback
// drafted through real clicks, edited, copied to the system clipboard, downloaded as .eml and
// checked by Python's mail parser, and still there after a reload.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './app.mjs';

test.describe.configure({ timeout: 180_000 });

// A backup holding Zoë, her interview, Amara's note with evidence, and the sender's details.
const fixture = readFileSync(path.resolve('tests/core/fixtures/backup-v2.json'));
const evidence = 'Found the duplicated invoice in the sample ledger within minutes';

async function restoreFixture(app) {
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'backup-v2.json', fixture, 'application/json');
  await app.click('Replace everything');
  await app.waitUntilSaved();
}

test('a rejection with feedback is drafted from the notes, copied exactly, and kept across a reload', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await page.evaluate(() => { window.debriefNoMailClient = true; });
  await restoreFixture(app);

  await app.click('Candidates');
  await app.click('Zoë Łukasz-Nuñez');
  await app.click('Compose message');
  await app.choose('##kind', 'Not moving forward, with feedback');
  await app.click('Warm');
  await app.waitForState((s) => s.compose.kind === 'rejection_feedback' && s.compose.variant === 'warm', 'the template is chosen');
  await app.click('Create draft');
  await app.waitUntilSaved();

  let state = await app.state();
  expect(state.compose.kind).toBe('rejection_feedback');
  expect(state.compose.message).toMatch(/^[0-9a-f]{32}$/);
  expect(state.compose.body).toContain('Zoë');           // The preferred name.
  expect(state.compose.body).toContain(evidence);        // Evidence from the interviewer's note.
  expect(state.compose.body).not.toContain('{{');
  expect(state.compose.missing).toEqual([]);
  await app.screenshot('draft');

  // An edit at the end of the text, saved after a pause in typing.
  const text = await app.click('Message text');
  await page.waitForFunction(() => document.activeElement?.id === 'debrief-text-input');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nP.S. Good luck with the payroll course.');
  // Text with line breaks from an IME, dictation or an on-screen keyboard keeps them.
  await page.keyboard.insertText('\nSee you soon,\nAmara');
  await app.waitForState((s) => s.compose.body.endsWith('P.S. Good luck with the payroll course.\nSee you soon,\nAmara') && !s.compose.dirty,
    'the edit is in the draft and saved');
  await app.waitUntilSaved();
  expect(text.w).toBeGreaterThan(0);
  const edited = (await app.state()).compose.body;

  // "Copy message" puts exactly the draft on the system clipboard.
  await page.keyboard.press('Escape');
  await app.click('Copy message');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(edited);

  // The .eml reads back through a real mail parser with the same subject and text.
  const eml = await app.download(() => app.click('Download .eml'));
  expect(eml.name).toBe('message-to-Zoë Łukasz-Nuñez.eml');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'debrief-eml-')), 'draft.eml');
  writeFileSync(file, eml.bytes);
  const parsed = JSON.parse(execFileSync('python3', [path.resolve('tests/core/eml_check.py'), file]).toString());
  state = await app.state();
  expect(parsed.subject).toBe(state.compose.subject);
  expect(parsed.body).toBe(edited);
  expect(parsed.to).toContain('zoe@example.org');
  expect(parsed.from).toContain('siobhan@harbourfinch.example');

  // After a reload the draft is listed in Compose and opens with the edit.
  const id = state.compose.message;
  await app.reload();
  await app.click('Compose');
  await app.click('Continue');
  await app.waitForState((s) => s.compose.message === id, 'the draft opens again');
  state = await app.state();
  expect(state.compose.body).toBe(edited);
  await app.screenshot('draft-after-reload');
});

test('a draft with a missing value cannot be marked ready until the value is filled in', async ({ app, page }) => {
  await app.open();
  await restoreFixture(app);
  await app.click('Candidates');
  await app.click('Zoë Łukasz-Nuñez');
  await app.click('Compose message');
  await app.choose('##kind', 'Still deciding: status update');
  await app.waitForState((s) => s.compose.kind === 'status_update', 'the template is chosen');
  await app.click('Create draft');  // No reply-by date given: the draft marks it missing.
  await app.waitUntilSaved();
  let state = await app.state();
  expect(state.compose.missing).toContain('reply_by.date');
  expect(state.compose.body).toContain('[missing: reply_by.date]');
  await app.click('Mark ready');  // Disabled: nothing happens.
  await page.waitForTimeout(500);
  expect((await app.state()).compose.status).toBe('draft');
  await app.screenshot('missing-value');

  await app.typeInto('##reply_by', '2026-12-04');
  await app.click('Redraft from the template');
  await app.click('Replace');
  await app.waitUntilSaved();
  state = await app.state();
  expect(state.compose.missing).toEqual([]);
  expect(state.compose.body).not.toContain('[missing:');
  await app.click('Mark ready');
  await app.waitUntilSaved();
  expect((await app.state()).compose.status).toBe('ready');
  await app.click('Mark as sent');
  await app.waitUntilSaved();
  await app.waitForItem('Start a new message');
  state = await app.state();
  expect(state.compose.status).toBe('sent');
  expect(state.compose.promised).toBe('2026-12-04');  // The date it promised, for the timeline.
});
