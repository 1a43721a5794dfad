// The workshop's demo space in the real browser: starting a workshop opens fictional demo data
// in a database of its own, labelled on screen; Reset demo restores it exactly; a reload stays in
// it; leaving finds the user's own records exactly as they were (their backup export is
// byte-identical to the one taken before).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './app.mjs';

test.describe.configure({ timeout: 180_000 });

const fixture = readFileSync(path.resolve('tests/core/fixtures/backup-v2.json'));

async function exportBackup(app) {
  const { bytes } = await app.download(() => app.menu('File', 'Export backup'));
  return bytes;
}

const demoReady = (s) => s.workshop.space === 'workshop' && s.workshop.demoReady && s.complete;

test('a workshop works on demo data apart from the real records; reset restores it exactly; leaving finds the real records untouched', async ({ app, page }) => {
  await app.open();
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'backup-v2.json', fixture, 'application/json');
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
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'backup-v2.json', fixture, 'application/json');
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
