// Records in the real browser: created through the forms with real clicks and keys, stored in
// IndexedDB, still there after a reload; conflicts between two tabs; backups and their checks;
// CSV in and out; a full disk.
import { test, expect } from './app.mjs';

// Whole flows typed through the keyboard, in software-rendered WebGL: give them time.
test.describe.configure({ timeout: 180_000 });

// Yesterday in the browser's time zone, as YYYY-MM-DD: an interview then has ended for sure.
async function yesterday(page) {
  return page.evaluate(() => {
    const d = new Date(Date.now() - 86400000);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

// The same day as the app writes it in lists: "Mon 30 Nov 2026".
async function yesterdayForPeople(page) {
  return page.evaluate(() => {
    const d = new Date(Date.now() - 86400000);
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return `${days[d.getDay()]} ${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`;
  });
}

async function addRole(app, title) {
  await app.click('Candidates');
  await app.click('Roles');
  await app.click('New role');
  await app.typeInto('Title', title);
  await app.typeInto('Hiring manager', "Siobhán O'Brien");
  await app.click('Save');
  await app.waitUntilSaved();
}

async function addCandidate(app, name, role) {
  await app.click('Candidates');
  await app.click('All candidates');
  await app.click('New candidate');
  await app.typeInto('Full name', name);
  await app.typeInto('Email', 'zoe@example.org');
  if (role) await app.choose('Role', role);
  await app.click('Save');
  await app.waitUntilSaved();
}

test('a role, a candidate, an interview and a note are created through the UI and survive a reload', async ({ app, page }) => {
  await app.open();
  await addRole(app, 'Bookkeeper');
  await addCandidate(app, 'Zoë Łukasz-Nuñez', 'Bookkeeper');
  expect((await app.state()).records).toMatchObject({ roles: 1, candidates: 1 });

  await app.click('Schedule interview');
  await app.typeInto('Date', await yesterday(page));
  await app.typeInto('Start time', '10:00');
  await app.typeInto('Interviewers', 'Amara Okafor, Kenji Watanabe');
  await app.click('Save');
  await app.waitUntilSaved();

  await app.click('Write note##Amara Okafor');
  await app.typeInto('Strength 1', 'Reconciles carefully');
  await app.typeInto('Evidence##strength-1', 'Found the duplicated invoice in the sample ledger within minutes');
  await app.typeInto('Concern 1', 'Little payroll experience');
  await app.click('Save note');
  await app.waitForItem('Save anyway');  // A concern without evidence is questioned first.
  await app.screenshot('evidence-warning');
  await app.click('Add evidence');
  await app.typeInto('Evidence##concern-1', 'Said she has not run a payroll end to end');
  await app.click('Save note');
  await app.waitUntilSaved();
  expect((await app.state()).records).toMatchObject({ roles: 1, candidates: 1, interviews: 1, notes: 1 });
  await app.screenshot('candidate-with-note');

  await app.reload();
  const state = await app.state();
  expect(state.records).toMatchObject({ roles: 1, candidates: 1, interviews: 1, notes: 1 });
  expect(state.records.activity).toBeGreaterThanOrEqual(3);
  expect(state.unreadable).toBe(0);
  await app.click('Candidates');
  await app.click('Zoë Łukasz-Nuñez');
  await app.waitForItem('Open note##Amara Okafor');
  await app.waitForItem('Write note##Kenji Watanabe');
  await app.click('Today');
  await app.waitForItem(`Write note##Note by Kenji Watanabe on Zoë Łukasz-Nuñez, ${await yesterdayForPeople(page)}`);
  await app.screenshot('today-after-reload');
});

test('two pages edit the same candidate: the second save shows a conflict, never an overwrite', async ({ app, page, context }) => {
  await app.open();
  await addCandidate(app, 'Ada Lovelace');

  const other = new (app.constructor)(await context.newPage(), app.testInfo);
  await other.open();
  await other.click('Candidates');
  await other.click('Ada Lovelace');
  await other.click('Edit');
  await app.click('Edit');

  await other.typeInto('Phone', '+44 20 7946 0000');
  await other.click('Save');
  await other.waitUntilSaved();

  await app.typeInto('Source', 'Referral');
  await app.click('Save');
  await app.waitForState((s) => s.save === 'conflict' && s.conflicts === 1, 'the stale save is refused');
  await app.waitForItem('Keep mine');
  await app.click('See both');
  await app.screenshot('conflict');
  await app.click('Keep mine');
  await app.waitUntilSaved();
  // The other page hears of the commit and shows the kept version.
  await other.page.bringToFront();
  await other.click('Ada Lovelace');
  await expect.poll(async () => (await other.state()).records.candidates).toBe(1);
  expect(other.problems).toEqual([]);
});

test('a malformed backup is refused with a message, and an export afterwards is byte-identical', async ({ app }) => {
  await app.open();
  await app.page.evaluate(() => window.debrief.saveBurst(5));
  await app.waitUntilSaved();
  const before = await app.download(() => app.menu('File', 'Export backup'));
  expect(before.name).toMatch(/^debrief-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(before.bytes.toString()).toContain('"format":"debrief-backup"');

  const broken = before.bytes.toString().slice(0, Math.floor(before.bytes.length * 0.6));
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'broken.json', broken, 'application/json');
  await app.waitForItem('Close');
  await expect.poll(async () => (await app.state()).restoreProblems).toBeGreaterThan(0);
  await app.screenshot('restore-refused');
  await app.click('Close');

  const after = await app.download(() => app.menu('File', 'Export backup'));
  expect(after.bytes.equals(before.bytes)).toBe(true);
});

test('a good backup restores everything after confirmation, in every tab', async ({ app }) => {
  await app.open();
  await app.page.evaluate(() => window.debrief.saveBurst(3));
  await app.waitUntilSaved();
  const backup = await app.download(() => app.menu('File', 'Export backup'));
  await app.page.evaluate(() => window.debrief.saveBurst(2));
  await app.waitUntilSaved();
  expect((await app.state()).records.candidates).toBe(5);
  await app.chooseFile(() => app.menu('File', 'Restore backup'), 'backup.json', backup.bytes, 'application/json');
  await app.click('Replace everything');
  await app.waitUntilSaved();
  expect((await app.state()).records.candidates).toBe(3);
  await app.reload();
  expect((await app.state()).records.candidates).toBe(3);
});

test('candidates import from CSV with a column mapping, and export to CSV for spreadsheets', async ({ app }) => {
  await app.open();
  const csv = '\uFEFFName;E-mail;Notes\r\n"O\'Brien, Aoife";aoife@example.ie;"Said ""yes"" quickly"\r\nZoë Łukasz-Nuñez;zoe@example.org;=SUM(A1)\r\n';
  await app.chooseFile(() => app.menu('File', 'Import candidates (CSV)'), 'people.csv', csv, 'text/csv');
  await app.waitForItem('Import 2 candidates');
  await app.screenshot('csv-mapping');
  await app.click('Import 2 candidates');
  await app.waitUntilSaved();
  expect((await app.state()).records.candidates).toBe(2);

  const exported = await app.download(() => app.menu('File', 'Export candidates (CSV)'));
  expect(exported.name).toMatch(/\.csv$/);
  const text = exported.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('"O\'Brien, Aoife"');
  expect(text).toContain("'=SUM(A1)");  // Neutralised: a spreadsheet shows it, never runs it.
  expect(text).toContain('\r\n');
});

// Only IndexedDB may use the 200 kB: the service worker's offline copy (2.3 MB) would race the
// saves for the same quota, so this browser context runs without it.
test.describe(() => {
  test.use({ serviceWorkers: 'block' });

  test('when the disk is full a save fails clearly, keeps the data on screen, and stored data stays intact', async ({ app, page }) => {
    // Chromium applies a quota override to storage opened after it: set it before the app starts.
    // 200 kB: room for an empty database and a few records, not for a 150 kB note.
    const origin = new URL(app.url).origin;
    const cdp = await page.context().newCDPSession(page);
    app.allow(/favicon\.ico/);  // Showing icon.svg on its own makes the browser look for a favicon.
    await page.goto(app.url + 'icon.svg');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 200_000 });
    await app.open();
    await page.evaluate(() => window.debrief.saveBurst(3));
    await app.waitUntilSaved();

    await app.click('Candidates');
    await app.click('New candidate');
    await app.typeInto('Full name', 'Grace Hopper');
    await app.click('##notes');
    await page.waitForFunction(() => document.activeElement?.id === 'debrief-text-input');
    await page.keyboard.insertText('A long note. '.repeat(12_000));
    await app.click('Save');
    await app.waitForState((s) => s.save === 'failed', 'the save fails');
    const state = await app.state();
    expect(state.saveError).toMatch(/full/i);
    expect(state.records.candidates).toBe(4);  // Still shown, for a retry.
    await app.waitForItem('Retry');
    await app.screenshot('disk-full');

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });  // Back to normal.
    await app.reload();
    expect((await app.state()).records.candidates).toBe(3);
  });
});

test('after the first save the app asks once for persistent storage and Settings shows the storage health', async ({ app, page }) => {
  // Count the requests across reloads.
  await page.addInitScript(() => {
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      localStorage.setItem('test.persist-calls', String(Number(localStorage.getItem('test.persist-calls') || 0) + 1));
      return persist();
    };
  });
  const calls = () => page.evaluate(() => Number(localStorage.getItem('test.persist-calls') || 0));
  await app.open();
  expect((await app.state()).storage.asked).toBe(false);
  await page.evaluate(() => window.debrief.saveBurst(1));
  await app.waitUntilSaved();
  await app.waitForState((s) => s.storage.asked === true, 'persistence requested after the first save');
  expect(await calls()).toBe(1);
  await app.click('Settings');
  await app.waitForItem('Check again');
  const state = await app.state();
  expect(state.storage.quota).toBeGreaterThan(0);
  expect(state.storage.usage).toBeGreaterThan(0);
  expect([0, 1]).toContain(state.storage.persisted);
  await app.screenshot('storage-health');
  // Later saves, and saves after a reload, do not ask again.
  await page.evaluate(() => window.debrief.saveBurst(1));
  await app.waitUntilSaved();
  await app.reload();
  await page.evaluate(() => window.debrief.saveBurst(1));
  await app.waitUntilSaved();
  await page.waitForTimeout(300);
  expect(await calls()).toBe(1);
});

test('data saved by a newer version is left untouched and the user is told', async ({ app, page }) => {
  app.allow(/favicon\.ico/);  // Showing icon.svg on its own makes the browser look for a favicon.
  await page.goto(app.url + 'icon.svg');
  // A database as a future Debrief (schema 7) would leave it, holding one record.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('debrief', 7);
    open.onupgradeneeded = () => open.result.createObjectStore('candidates', { keyPath: 'id' })
      .put({ id: 'future', rev: 1, json: '{"from":"the future"}' });
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error);
  }));
  await page.goto(app.url);
  await page.waitForFunction(() => window.debrief !== undefined);
  await page.evaluate(() => window.debrief.ready);
  await app.waitForState((s) => s.load === 'newer_version', 'the newer data is recognised');
  await app.waitForItem('Reload');
  await app.screenshot('newer-version');
  const after = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('debrief');
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('candidates').objectStore('candidates').get('future');
      get.onsuccess = () => { resolve({ version: db.version, stores: [...db.objectStoreNames], value: get.result }); db.close(); };
    };
  }));
  expect(after.version).toBe(7);
  expect(after.stores).toEqual(['candidates']);
  expect(after.value.json).toBe('{"from":"the future"}');
});

test('when a newer version opens the data, this tab lets go and asks for a reload', async ({ app, page }) => {
  await app.open();
  await page.evaluate(() => window.debrief.saveBurst(1));
  await app.waitUntilSaved();
  // Another tab of a newer Debrief upgrades the database; this one must not block it.
  const current = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'debrief').version);
  const upgraded = await page.evaluate((newer) => new Promise((resolve, reject) => {
    const open = indexedDB.open('debrief', newer);
    open.onsuccess = () => { const v = open.result.version; open.result.close(); resolve(v); };
    open.onblocked = () => reject(new Error('the open tab blocked the upgrade'));
    open.onerror = () => reject(open.error);
  }), current + 1);
  expect(upgraded).toBe(current + 1);
  await app.waitForState((s) => s.load === 'closed_for_upgrade', 'this tab stops using the data');
  await app.waitForItem('Reload');
  await app.screenshot('closed-for-upgrade');
});

test('leaving the page while a change is not stored asks first', async ({ app, page }) => {
  const origin = new URL(app.url).origin;
  const cdp = await page.context().newCDPSession(page);
  app.allow(/favicon\.ico/);
  await page.goto(app.url + 'icon.svg');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 150_000 });
  await app.open();
  await app.click('Candidates');
  await app.click('New candidate');
  await app.typeInto('Full name', 'Grace Hopper');
  await app.click('##notes');
  await page.waitForFunction(() => document.activeElement?.id === 'debrief-text-input');
  await page.keyboard.insertText('A long note. '.repeat(12_000));
  await app.click('Save');
  await app.waitForState((s) => s.save === 'failed' && s.unsaved === 1, 'the change is not stored');
  const asked = new Promise((resolve) => page.once('dialog', (dialog) => { resolve(dialog.type()); dialog.dismiss(); }));
  await page.evaluate(() => location.reload()).catch(() => {});
  expect(await asked).toBe('beforeunload');
  expect((await app.state()).records.candidates).toBe(1);  // Still here, still on screen.
});
