// Offline and updates, in the real browser with the real service worker (dist/sw.js):
//  - after the first visit the app starts with its server gone and the browser offline, shows
//    the stored records, and records, drafts and backs up as usual;
//  - a new build on the server is offered inside the app, taken only when accepted, and runs
//    with the data intact;
//  - a page whose JavaScript glue and WebAssembly come from different builds refuses to run.
// Each test serves its own copy of the build, so it can stop the server or replace the files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './app.mjs';
import { buildIdOf, copyOfBuild, makeBuildB } from './builds.mjs';
import { startServer } from './server.mjs';

test.describe.configure({ timeout: 180_000 });

// The files sw.js lists, as the build wrote them.
function precacheList(dir) {
  const worker = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  return [...worker.matchAll(/^\s+\['([^']+)', '([0-9a-f]{64})', (\d+)\],$/gm)].map((m) => m[1]);
}

async function serveCopy(app, build = copyOfBuild()) {
  const server = await startServer({ dir: build.dir });
  app.useServer(server.url);
  return { build, server };
}

// Waits until the worker controls nothing yet but holds the complete copy of this version.
async function waitForOfflineCopy(app, page, dir) {
  await app.waitForState((s) => s.offline.copy === 'ready', 'the offline copy is ready');
  const files = precacheList(dir);
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('debrief-'));
    const cache = await caches.open(names[0]);
    return { names, files: (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)) };
  });
  expect(cached.names).toHaveLength(1);
  expect(cached.files.sort()).toEqual([...files].sort());
  return cached.names[0];
}

async function addCandidate(app, name, email) {
  await app.click('Candidates');
  await app.click('All candidates');
  await app.click('New candidate');
  await app.typeInto('Full name', name);
  await app.typeInto('Email', email);
  await app.click('Save');
  await app.waitUntilSaved();
}

test('with the server gone and the browser offline, the app starts, shows its records, and records, drafts and backs up', async ({ app, page, context }) => {
  const { build, server } = await serveCopy(app);
  try {
    await app.open();
    await waitForOfflineCopy(app, page, build.dir);
    await app.waitForState((s) => s.offline.firstInstall && s.notice.startsWith('Ready to work offline'), 'the app says it is ready to work offline');
    await app.screenshot('ready-to-work-offline');
    await addCandidate(app, 'Zoë Łukasz-Nuñez', 'zoe@example.org');

    // No server, and no network for the page or the worker.
    await server.stop();
    await context.setOffline(true);
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    app.allow(/probe|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
    const probe = await page.evaluate(() => fetch('no-such-file.probe', { cache: 'no-store' }).then(() => 'reached', () => 'unreachable'));
    expect(probe).toBe('unreachable');

    const [navigation] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest()), app.reload()]);
    expect(navigation.fromServiceWorker()).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect((await app.state()).records.candidates).toBe(1);
    await app.click('Candidates');
    await app.click('All candidates');
    await app.waitForItem('Zoë Łukasz-Nuñez');

    await addCandidate(app, 'Ravi Shankar', 'ravi@example.org');
    await app.click('Ravi Shankar');
    await app.click('Compose message');
    await app.choose('##kind', 'Thank you for interviewing');
    await app.click('Create draft');
    await app.waitUntilSaved();
    const state = await app.state();
    expect(state.compose.body).toContain('Ravi');
    expect(state.records.messages).toBe(1);

    const { name, bytes } = await app.download(() => app.menu('File', 'Export backup'));
    expect(name).toMatch(/\.json$/);
    const backup = JSON.parse(bytes.toString('utf8'));
    expect(backup.candidates.map((c) => c.full_name).sort()).toEqual(['Ravi Shankar', 'Zoë Łukasz-Nuñez']);
    expect(backup.messages).toHaveLength(1);
    await app.screenshot('offline-after-backup');
  } finally {
    await server.stop().catch(() => {});
    build.remove();
  }
});

test('a new build is offered inside the app, taken only when accepted, and runs with the data intact', async ({ app, page }) => {
  const { build, server } = await serveCopy(app);
  try {
    const idA = buildIdOf(build.dir);
    await app.open();
    const cacheA = await waitForOfflineCopy(app, page, build.dir);
    await app.reload();  // A returning visit: the page now runs under the worker of build A.
    await addCandidate(app, 'Zoë Łukasz-Nuñez', 'zoe@example.org');
    expect((await app.state()).buildId).toBe(idA);

    const idB = makeBuildB(build.dir);
    expect(idB).not.toBe(idA);
    // The browser may find the new sw.js by itself (it checks on navigations); the app's own
    // check asks at once.
    await app.click('Settings');
    await app.scrollTo('Check for updates', { over: 'Save your details' });
    await app.click('Check for updates');
    await app.waitForItem('Update available — reload', { timeout: 30_000 });
    expect((await app.state()).offline.update).toBe('waiting');
    // Not taken on its own: the page still runs A, from A's cache.
    expect((await app.state()).buildId).toBe(idA);
    expect(await page.evaluate(() => caches.keys())).toContain(cacheA);
    await app.screenshot('update-offered');

    await Promise.all([page.waitForEvent('load'), app.click('Update available — reload')]);
    await app.waitUntilLoaded();
    const state = await app.state();
    expect(state.buildId).toBe(idB);
    expect(state.offline.update).toBe('none');
    expect(state.records.candidates).toBe(1);
    await app.click('Settings');
    await app.scrollTo('Check for updates', { over: 'Save your details' });
    await app.waitForItem(idB);  // The build id shown in Settings.
    const caches = await page.evaluate(() => caches.keys());
    expect(caches.filter((n) => n.startsWith('debrief-'))).toHaveLength(1);
    expect(caches).not.toContain(cacheA);
  } finally {
    await server.stop();
    build.remove();
  }
});

test('glue and WebAssembly from different builds: the app refuses to run and says why', async ({ app, page }) => {
  const build = copyOfBuild();
  const idA = buildIdOf(build.dir);
  const idB = makeBuildB(build.dir, { parts: ['debrief.wasm'] });
  const server = await startServer({ dir: build.dir });
  app.useServer(server.url);
  try {
    await page.goto(server.url);
    await expect(page.locator('#problem')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('#problem-title')).toHaveText('Debrief was only partly updated');
    const detail = await page.locator('#problem-detail').textContent();
    expect(detail).toContain(idA);
    expect(detail).toContain(idB);
    expect(detail).toContain('before reading or changing any of your records');
    // Nothing was opened: no IndexedDB database was created.
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  } finally {
    await server.stop();
    build.remove();
  }
});
