// Tone checks in the real browser: a draft typed through real key presses is checked as it is
// typed, a suggestion is applied and a finding ignored with real clicks, the ignore is still
// there after a reload (IndexedDB), a risky message asks before it is marked sent, and a
// category turned off in Settings stays off after a reload.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './app.mjs';

test.describe.configure({ timeout: 180_000 });

const fixture = readFileSync(path.resolve('tests/core/fixtures/backup-v2.json'));

async function restoreFixture(app) {
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'backup-v2.json', fixture, 'application/json');
  await app.click('Replace everything');
  await app.waitUntilSaved();
}

async function draftFor(app) {
  await app.click('Candidates');
  await app.click('Zoë Łukasz-Nuñez');
  await app.click('Compose message');
  await app.choose('##kind', 'Not moving forward, with feedback');
  await app.waitForState((s) => s.compose.kind === 'rejection_feedback', 'the template is chosen');
  await app.click('Create draft');
  await app.waitUntilSaved();
}

const categories = (state) => state.compose.tone.findings.map((f) => f.category);
const spanOf = (state, category) => {
  const f = state.compose.tone.findings.find((x) => x.category === category);
  return f ? Buffer.from(state.compose.body, 'utf8').subarray(f.start, f.end).toString('utf8') : null;
};

test('a draft is checked as it is typed; a suggestion applies and an ignore is kept across a reload', async ({ app }) => {
  await app.open();
  await restoreFixture(app);
  await draftFor(app);

  await app.typeInto('Message text',
    'Hi Zoë,\n\nThank you for coming in on Tuesday. It has been decided that you were not a good fit.\n\nKind regards,\nSiobhán');
  await app.waitForState((s) => s.compose.tone.checked === Buffer.byteLength(s.compose.body) &&
    categories(s).includes('vague') && categories(s).includes('passive_decision'), 'the findings appear as the text is typed');
  let state = await app.state();
  expect(spanOf(state, 'vague')).toBe('not a good fit');          // Byte offsets of the UTF-8 text.
  expect(spanOf(state, 'passive_decision')).toBe('It has been decided');
  const before = state.compose.tone.score;
  await app.screenshot('findings');

  await app.click('Apply: "We have decided"');
  await app.waitForState((s) => s.compose.body.includes('We have decided that you were not a good fit.') &&
    !categories(s).includes('passive_decision'), 'the suggestion replaced the words');
  expect((await app.state()).compose.tone.score).toBeGreaterThan(before);

  // "Ignore here" on the first finding listed (whole-message ones come first).
  state = await app.state();
  const first = state.compose.tone.findings[0];
  const ignoredText = Buffer.from(state.compose.body, 'utf8').subarray(first.start, first.end).toString('utf8');
  const count = state.compose.tone.findings.filter((f) => f.category === first.category).length;
  await app.click('Ignore here');
  await app.waitForState((s) => s.compose.toneIgnored.length === 1, 'the ignore is stored with the message');
  await app.waitUntilSaved();
  state = await app.state();
  const expected = { category: first.category, text: ignoredText };
  expect(state.compose.toneIgnored[0]).toEqual(expected);
  expect(categories(state).filter((c) => c === first.category).length).toBe(count - 1);
  const id = state.compose.message;

  await app.reload();
  await app.click('Compose');
  await app.click('Continue');
  await app.waitForState((s) => s.compose.message === id && s.compose.tone.checked > 0, 'the draft opens again, checked');
  state = await app.state();
  expect(state.compose.body).toContain('We have decided');
  expect(state.compose.toneIgnored).toEqual([expected]);
  expect(categories(state).filter((c) => c === first.category).length).toBe(count - 1);
});

test('a message with risky wording asks before it is marked as sent', async ({ app }) => {
  await app.open();
  await restoreFixture(app);
  await draftFor(app);
  await app.typeInto('Message text',
    'Hi Zoë,\n\nThank you for Tuesday. We need someone young and energetic for the Saturday rush, because the shop is busy.\n\nKind regards,\nSiobhán');
  await app.waitForState((s) => categories(s).includes('protected'), 'the risk is found');
  await app.click('Mark as sent');
  await app.waitForState((s) => s.compose.riskyConfirm === true, 'the question is asked');
  await app.waitForItem('Mark as sent anyway');
  expect((await app.state()).compose.status).not.toBe('sent');
  await app.screenshot('risky');
  await app.click('Mark as sent anyway');
  await app.waitUntilSaved();
  await app.waitForState((s) => s.compose.status === 'sent', 'recorded as sent after confirming');
});

// Also proves the profile (the settings store) is read back on load, with the sender's details.
test('a category turned off in Settings stays off after a reload', async ({ app }) => {
  await app.open();
  await restoreFixture(app);
  await app.click('Settings');
  await app.click('Jargon');
  await app.waitUntilSaved();
  await app.waitForState((s) => s.toneOff.includes('jargon'), 'jargon is off');
  await app.reload();
  await app.waitForState((s) => s.toneOff.includes('jargon'), 'still off after a reload');
  expect((await app.state()).records.settings).toBe(1);
  expect((await app.state()).records.templates).toBe(1);  // The fixture's own template, read back too.
});
