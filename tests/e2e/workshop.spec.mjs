// The workshop's demo space in the real browser: starting a workshop opens fictional demo data
// in a database of its own, labelled on screen; Reset demo restores it exactly; a reload stays in
// it; leaving finds the user's own records exactly as they were (their backup export is
// byte-identical to the one taken before).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, distinctColours } from './app.mjs';

test.describe.configure({ timeout: 180_000 });

// The newest format's fixture: it holds a record of every collection, so the comparisons below
// cover all of them.
const fixture = readFileSync(path.resolve('tests/core/fixtures/backup-v3.json'));

async function exportBackup(app) {
  const { bytes } = await app.download(() => app.menu('File', 'Export backup'));
  return bytes;
}

const demoReady = (s) => s.workshop.space === 'workshop' && s.workshop.demoReady && s.complete;

test('a workshop works on demo data apart from the real records; reset restores it exactly; leaving finds the real records untouched', async ({ app, page }) => {
  await app.open();
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'backup-v3.json', fixture, 'application/json');
  await app.click('Replace everything');
  await app.waitUntilSaved();
  const realBefore = await exportBackup(app);
  const realCounts = (await app.state()).records;

  await app.click('Workshop');
  await app.click('Start workshop');
  await app.waitForState(demoReady, 'the demo is stored and shown');
  expect(new URL(page.url()).searchParams.get('workshop')).toBe('1');
  let state = await app.state();
  expect(state.records.roles).toBe(3);
  expect(state.records.candidates).toBeGreaterThanOrEqual(20);
  expect(state.records.candidates).toBeLessThanOrEqual(30);
  await app.waitForItem('Reset demo');  // The bar that labels the demo space.
  await app.screenshot('workshop-started');
  // The demo is its own database; the real one is still there.
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());
  expect(databases).toEqual(['debrief', 'debrief-workshop']);
  const demo = await exportBackup(app);
  expect(demo.toString('utf8')).not.toContain('Zoë Łukasz-Nuñez');  // The real candidate is not in the demo.

  // A participant changes the demo; Reset demo puts it back exactly.
  await app.click('Candidates');
  await app.click('All candidates');
  await app.click('New candidate');
  await app.typeInto('Full name', 'Trainee Example');
  await app.typeInto('Email', 'trainee@example.org');
  await app.click('Save');
  await app.waitUntilSaved();
  expect((await app.state()).records.candidates).toBe(state.records.candidates + 1);
  await app.click('Reset demo');
  await app.waitForState((s) => demoReady(s) && s.records.candidates === state.records.candidates, 'the demo is back');
  expect((await exportBackup(app)).equals(demo)).toBe(true);

  // A reload stays in the workshop.
  await app.reload();
  await app.waitForState(demoReady, 'still in the workshop after a reload');
  await app.waitForItem('Reset demo');
  expect((await exportBackup(app)).equals(demo)).toBe(true);

  await app.click('Leave workshop');
  await app.waitForState((s) => s.workshop.space === 'own' && s.complete, 'back in the real records');
  expect(new URL(page.url()).searchParams.get('workshop')).toBe(null);
  await app.waitForNoItem('Reset demo');
  state = await app.state();
  expect(state.records).toEqual(realCounts);
  expect((await exportBackup(app)).equals(realBefore)).toBe(true);
});

test('opening the app with ?workshop=1 starts in the demo space and never reads the real records', async ({ app, page }) => {
  await app.open();
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'backup-v3.json', fixture, 'application/json');
  await app.click('Replace everything');
  await app.waitUntilSaved();
  const realBefore = await exportBackup(app);

  // Every IndexedDB database this page opens is logged before the app starts.
  await page.addInitScript(() => {
    window.openedDatabases = [];
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name, ...rest) {
      window.openedDatabases.push(name);
      return open.call(this, name, ...rest);
    };
  });
  await app.open('?workshop=1');
  await app.waitForState(demoReady, 'the demo is stored and shown');
  expect(await page.evaluate(() => window.openedDatabases)).toEqual(expect.not.arrayContaining(['debrief']));
  expect(await page.evaluate(() => window.openedDatabases)).toContain('debrief-workshop');

  await app.click('Leave workshop');
  await app.waitForState((s) => s.workshop.space === 'own' && s.complete, 'back in the real records');
  expect((await exportBackup(app)).equals(realBefore)).toBe(true);
});

test('a participant completes a scenario card: the vague phrase replaced, the score improves and every goal is met', async ({ app, page }) => {
  await app.open('?workshop=1');
  await app.waitForState(demoReady, 'the demo is stored and shown');
  await app.click('Workshop');
  await app.typeInto('Participant name', 'Sam Quinn');
  await app.click('Start##not_a_good_fit');
  await app.waitForState((s) => s.area === 'Compose' && s.workshop.exercise === 'not_a_good_fit', 'the card is open in Compose');
  await app.waitForItem('Submit exercise');
  let state = await app.state();
  expect(state.compose.body).toContain('not a good fit');
  await app.waitForState((s) => s.compose.tone.checked === Buffer.byteLength(s.compose.body), 'the draft is checked');
  const before = (await app.state()).compose.tone.score;
  await app.screenshot('exercise-open');

  // The participant replaces the vague sentence with the real reason, evidence and a way to improve.
  const name = state.compose.body.match(/^Hi ([^,]+),/)[1];
  const rewrite = `Hi ${name},\n\nThank you for coming in for the Café Supervisor interview. We enjoyed the customer ` +
    'role-play, where you stayed calm and kept the queue moving.\n\nWe have decided not to offer you the role, because ' +
    'it needs someone who can run the espresso machine alone on a busy morning. When we asked how to adjust the grind ' +
    'when shots ran fast, you were not sure. A barista course, or a few weeks on a busy bar, would close that gap.\n\n' +
    'If you would like to talk this through, please reply and I will call you.\n\nBest wishes,\nAoife Brennan';
  // Line by line, with Enter between lines, as a person types it.
  const [firstLine, ...lines] = rewrite.split('\n');
  await app.typeInto('Message text', firstLine);
  for (const line of lines) {
    await page.keyboard.press('Enter');
    if (line) await page.keyboard.insertText(line);
  }
  await app.waitForState((s) => s.compose.body === rewrite && s.compose.tone.checked === Buffer.byteLength(s.compose.body), 'the rewrite is checked');
  state = await app.state();
  expect(state.compose.tone.findings.map((f) => f.category)).not.toContain('vague');
  expect(state.compose.tone.score).toBeGreaterThan(before);

  await app.click('Submit exercise');
  await app.waitForState((s) => s.area === 'Workshop' && s.workshop.results.length === 1, 'the result is shown');
  const [result] = (await app.state()).workshop.results;
  expect(result).toMatchObject({ card: 'not_a_good_fit', participant: 'Sam Quinn', allMet: true });
  expect(result.after).toBeGreaterThan(result.before);
  expect(result.resolved).toBeGreaterThan(0);
  expect(result.ms).toBeGreaterThan(0);
  await app.screenshot('exercise-result');

  // The result is kept in the workshop's database: it survives a reload and Reset demo.
  await app.waitUntilSaved();
  await app.reload();
  await app.waitForState((s) => demoReady(s) && s.workshop.results.length === 1, 'the result is still there after a reload');
  await app.click('Reset demo');
  await app.waitForState((s) => demoReady(s) && s.workshop.results.length === 1, 'Reset demo keeps the result');
  expect((await app.state()).workshop.results[0]).toEqual(result);

  // The trainer exports every result as CSV.
  await app.click('Workshop');
  await app.scrollTo('Export results (CSV)', { over: 'Participant name' });
  const csv = await app.download(() => app.click('Export results (CSV)'));
  expect(csv.name).toMatch(/^debrief-workshop-results-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((r) => r.split(','));
  expect(rows.length).toBe(2);
  expect(rows[0].slice(0, 2)).toEqual(['Participant', 'Card']);
  expect(rows[1][0]).toBe('Sam Quinn');
  expect(rows[1][1]).toBe('not_a_good_fit');
  expect(Number(rows[1][rows[0].indexOf('Score after')])).toBe(result.after);
  expect(rows[1][rows[0].indexOf('All goals met')]).toBe('yes');
});

test('a trainer imports a card file, runs it, and exports the cards; a broken file imports nothing and says why', async ({ app }) => {
  await app.open('?workshop=1');
  await app.waitForState(demoReady, 'the demo is stored and shown');
  await app.click('Workshop');
  const card = JSON.parse(readFileSync(path.resolve('assets/scenarios/04_not_a_good_fit.json'), 'utf8'));
  const mine = { ...card, id: 'trial_day', title: 'After the trial day' };

  await app.chooseFile(() => app.click('Import cards…'), 'trial_day.json', JSON.stringify(mine), 'application/json');
  await app.waitUntilSaved();
  await app.scrollTo('Start##trial_day', { over: 'Participant name' });
  await app.reload();
  await app.waitForState(demoReady, 'the demo is back after a reload');
  await app.click('Workshop');
  await app.typeInto('Participant name', 'Sam Quinn');
  await app.scrollTo('Start##trial_day', { over: 'Participant name' });
  await app.click('Start##trial_day');
  await app.waitForState((s) => s.area === 'Compose' && s.workshop.exercise === 'trial_day', 'the imported card is open');
  await app.click('Stop exercise');

  await app.click('Workshop');
  const exported = await app.download(() => app.click('Export cards'));
  const file = JSON.parse(exported.bytes.toString('utf8'));
  expect(file.format).toBe('debrief-scenarios');
  expect(file.scenarios.map((c) => c.id)).toContain('trial_day');
  expect(file.scenarios.find((c) => c.id === 'trial_day').title).toBe('After the trial day');
  expect(file.scenarios.length).toBeGreaterThanOrEqual(11);

  const broken = { ...card, id: 'Bad id', goals: { ...card.goals, remove: ['vauge'] } };
  await app.chooseFile(() => app.click('Import cards…'), 'broken.json', JSON.stringify(broken), 'application/json');
  await app.waitForState((s) => s.workshop.importErrors.length >= 2, 'the problems are listed');
  const { importErrors } = (await app.state()).workshop;
  expect(importErrors.join('\n')).toContain('broken.json');
  expect(importErrors.join('\n')).toContain('vauge');
  await app.waitForItem('Dismiss');
  await app.screenshot('import-cards-problems');
  await app.click('Dismiss');
  await app.waitForState((s) => s.workshop.importErrors.length === 0, 'the problems are dismissed');
  const again = JSON.parse((await app.download(() => app.click('Export cards'))).bytes.toString('utf8'));
  expect(again.scenarios.map((c) => c.id)).toEqual(file.scenarios.map((c) => c.id));  // Nothing was imported.
});

test('presenter mode (F9) enlarges the interface with sharp text, and clicks still land on the right widgets', async ({ app, page }) => {
  await app.open('?workshop=1');
  await app.waitForState(demoReady, 'the demo is stored and shown');
  const before = await app.waitForItem('Candidates##nav');
  await page.keyboard.press('F9');
  await app.waitForState((s) => s.presenter.on && s.presenter.scale === 1.5, 'presenter mode is on');
  await expect.poll(async () => (await app.waitForItem('Candidates##nav')).h).toBeGreaterThan(before.h * 1.4);
  const after = await app.waitForItem('Candidates##nav');
  expect(after.h).toBeLessThan(before.h * 1.6);
  // Really drawn at the new size: the font texture rebuilt at runtime must reach the screen.
  expect(distinctColours((await app.screenshot('presenter-mode')).png)).toBeGreaterThan(20);
  // Every area opens with a real click on its enlarged navigation item; the workshop bar stays.
  for (const area of ['Candidates', 'Compose', 'Today', 'Workshop']) {
    await app.click(`${area}##nav`);
    await app.waitForState((s) => s.area === area, `${area} is open`);
  }
  // The workshop bar keeps both its buttons whole on the enlarged screen.
  const canvas = await app.canvasGeometry();
  for (const label of ['Reset demo', 'Leave workshop']) {
    const button = await app.waitForItem(label);
    expect(button.x + button.w).toBeLessThanOrEqual(canvas.left + canvas.width / canvas.ratio + 1);
  }
  await page.keyboard.press('F9');
  await app.waitForState((s) => !s.presenter.on, 'presenter mode is off');
  await expect.poll(async () => (await app.waitForItem('Candidates##nav')).h).toBeLessThan(before.h * 1.1);
  expect(distinctColours((await app.screenshot('presenter-mode-off')).png)).toBeGreaterThan(20);
});
