// The app in a real browser: it loads, draws with WebGL2, follows the window, navigates by real
// clicks on widgets found by label, takes typed text in any script, and explains failures.
import { test, expect, meanColour, distinctColours } from './app.mjs';

const AREAS = ['Today', 'Candidates', 'Compose', 'Templates', 'Timeline', 'Workshop', 'Settings'];

test('opens with a live WebGL2 canvas at the screen\'s pixel density and every area listed', async ({ app, page }) => {
  await app.open();
  expect(await app.hasLiveWebGL2Context()).toBe(true);
  await expect(page.locator('#loading')).toBeHidden();
  await expect(page.locator('#problem')).toBeHidden();

  const ratio = await page.evaluate(() => window.devicePixelRatio);
  const g = await app.canvasGeometry();
  const viewport = page.viewportSize();
  expect(g.width).toBe(Math.round(viewport.width * ratio));
  expect(g.height).toBe(Math.round(viewport.height * ratio));

  for (const area of AREAS) await app.waitForItem(area);
  expect((await app.state()).area).toBe('Today');

  const { png } = await app.screenshot('opened');
  expect(png.width).toBe(Math.round(viewport.width * ratio));
  // Text rendered with an anti-aliased font gives many shades; a blank canvas gives one.
  expect(distinctColours(png)).toBeGreaterThan(20);
});

test('clicking a navigation item by its label opens its view', async ({ app }) => {
  await app.open();
  const before = await app.screenshot('before');
  const item = await app.click('Candidates');
  await app.waitForState((s) => s.area === 'Candidates', 'the Candidates area opens');
  // The view's own widget is on screen, and the clicked item is now drawn as selected.
  await app.waitForItem('Find a candidate');
  const after = await app.screenshot('candidates');
  const { ratio } = await app.canvasGeometry();
  const selectedBefore = meanColour(before.png, item, ratio);
  const selectedAfter = meanColour(after.png, item, ratio);
  const change = selectedBefore.reduce((sum, c, i) => sum + Math.abs(c - selectedAfter[i]), 0);
  expect(change, 'the Candidates item is highlighted after the click').toBeGreaterThan(15);

  // And on to every other area.
  for (const area of AREAS) {
    await app.click(area);
    await app.waitForState((s) => s.area === area, `${area} opens`);
  }
});

test('typing into a text field works for ASCII and for Zoë Łukasz-Nuñez', async ({ app, page }) => {
  await app.open();
  await app.click('Candidates');
  await app.typeInto('Find a candidate', 'Ada Lovelace');
  await app.waitForState((s) => s.candidateQuery === 'Ada Lovelace', 'ASCII arrives by key presses');

  for (let i = 0; i < 'Lovelace'.length + 1; i++) await page.keyboard.press('Backspace');
  await app.waitForState((s) => s.candidateQuery === 'Ada', 'Backspace deletes one character at a time');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await app.waitForState((s) => s.candidateQuery === '', 'select all and delete empties the field');

  await page.keyboard.insertText('Zoë Łukasz-Nuñez');
  await app.waitForState((s) => s.candidateQuery === 'Zoë Łukasz-Nuñez', 'non-ASCII arrives through the text input path');
  await app.screenshot('typed');

  // keyboard.type sends characters missing from the US layout as text input too.
  await page.keyboard.type(' Ørsted');
  await app.waitForState((s) => s.candidateQuery === 'Zoë Łukasz-Nuñez Ørsted', 'mixed typing appends');
  // A one-line field drops the line break of inserted text and keeps the rest.
  await page.keyboard.insertText(' A\nB');
  await app.waitForState((s) => s.candidateQuery === 'Zoë Łukasz-Nuñez Ørsted AB', 'no line break in a one-line field');
});

test('pasting puts clipboard text into the active field, replacing the selection', async ({ app, page }) => {
  await app.open();
  await app.click('Candidates');
  await app.typeInto('Find a candidate', 'draft');
  await app.waitForState((s) => s.candidateQuery === 'draft');
  await page.keyboard.press('Control+A');
  // A paste event as the browser raises it for Ctrl+V, carrying the clipboard's text.
  const pasted = "Ngozi O'Brien-Adébáyọ̀";
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, pasted);
  await app.waitForState((s) => s.candidateQuery === pasted, 'the pasted text replaces the selection');
});

test('copying from a field puts its text on the system clipboard', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await app.click('Candidates');
  await app.typeInto('Find a candidate', 'Zoë Łukasz-Nuñez');
  await app.waitForState((s) => s.candidateQuery === 'Zoë Łukasz-Nuñez');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Zoë Łukasz-Nuñez');
});

test('Escape leaves the text field keeping its text, and keys then do not edit it', async ({ app, page }) => {
  await app.open();
  await app.click('Candidates');
  await app.typeInto('Find a candidate', 'Ada');
  await app.waitForState((s) => s.candidateQuery === 'Ada');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id !== 'debrief-text-input');
  expect((await app.state()).candidateQuery, 'Escape keeps the text').toBe('Ada');
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  // Let a few frames pass, then the field still holds exactly what was typed before.
  await page.waitForTimeout(300);
  expect((await app.state()).candidateQuery).toBe('Ada');
});

test('Help > About shows the version and build, and closes', async ({ app }) => {
  await app.open();
  await app.click('Help');
  await app.click('About Debrief');
  await app.waitForItem('Close');
  const state = await app.state();
  expect(state.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(state.buildId.length).toBeGreaterThan(0);
  await app.screenshot('about');
  await app.click('Close');
  await app.waitForNoItem('Close');
});

test('the View menu opens areas too', async ({ app }) => {
  await app.open();
  await app.click('View');
  // ImGui names a menu's popup window "##Menu_00"; the navigation has a "Settings" item too.
  await app.click('Settings', { within: '##Menu_' });
  await app.waitForState((s) => s.area === 'Settings', 'Settings opens from the menu');
});

test('an idle app draws no frames, and wakes up on input', async ({ app, page }) => {
  await app.open();
  // Startup answers (storage, fonts) may still wake the app for a moment; it must then settle.
  const frame = async () => (await app.items()).frame;
  let idle = await frame();
  for (let waited = 0; waited < 15_000; waited += 1000) {
    await page.waitForTimeout(1000);
    const now = await frame();
    if (now === idle) break;
    idle = now;
  }
  await page.waitForTimeout(1500);
  expect(await frame(), 'no frames while nothing happens').toBe(idle);
  await page.mouse.move(300, 300);
  await expect.poll(frame, { message: 'input wakes the app' }).toBeGreaterThan(idle);
});

test('the canvas follows the window size and stays clickable', async ({ app, page }) => {
  await app.open();
  await page.setViewportSize({ width: 900, height: 640 });
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  await expect.poll(async () => (await app.canvasGeometry()).width).toBe(Math.round(900 * ratio));
  expect((await app.canvasGeometry()).height).toBe(Math.round(640 * ratio));
  await app.click('Timeline');
  await app.waitForState((s) => s.area === 'Timeline');
});

test('moving to a screen with another pixel ratio rebuilds the UI at the new density', async ({ app, page }) => {
  test.skip(app.testInfo.project.name !== 'dpr1', 'starts from ratio 1');
  await app.open();
  const before = await app.waitForItem('Today');
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 2, mobile: false });
  await expect.poll(async () => (await app.canvasGeometry()).width, { message: 'backing store at ratio 2' }).toBe(2560);
  // Same size in CSS pixels (the font was rebuilt at twice the pixels, not stretched) ...
  const after = await app.waitForItem('Today');
  expect(after.h).toBeCloseTo(before.h, 0);
  // ... and twice the device pixels.
  const raw = (await app.items()).items.find((i) => i.text === 'Today');
  expect(raw.h).toBeCloseTo(2 * before.h, 0);
  await app.click('Compose');
  await app.waitForState((s) => s.area === 'Compose', 'clicks land at the new ratio');
});

test('without WebGL2 the page explains what is wrong instead of staying blank', async ({ app, page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  await page.goto(app.url);
  await expect(page.locator('#problem')).toBeVisible();
  await expect(page.locator('#problem-title')).toHaveText('Debrief needs WebGL 2');
  await expect(page.locator('#problem-detail')).toContainText('hardware acceleration');
  await expect(page.locator('#loading')).toBeHidden();
});

test('when the app cannot be downloaded the page says so and offers a reload', async ({ app, page }) => {
  app.allow(/debrief\.wasm/);
  app.allow(/Failed to load resource/);
  await page.route('**/debrief.wasm', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(app.url);
  await expect(page.locator('#problem')).toBeVisible();
  await expect(page.locator('#problem-title')).toHaveText('Debrief could not be loaded');
  await expect(page.locator('#problem-detail')).toContainText('503');
  await expect(page.locator('#problem-reload')).toBeVisible();
});

test('the loading screen shows progress while the app downloads', async ({ app, page }) => {
  // Hold the .wasm back until the page has shown the loading screen.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/debrief.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url);
  await expect(page.locator('#loading')).toBeVisible();
  await expect(page.locator('#loading-text')).toHaveText(/Loading/);
  release();
  await page.waitForFunction(() => window.debrief !== undefined);
  await page.evaluate(() => window.debrief.ready);
  await expect(page.locator('#loading')).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a tap on a navigation item opens its area', async ({ app, page }) => {
    await app.open();
    const item = await app.waitForItem('Workshop');
    await page.touchscreen.tap(item.cx, item.cy);
    await app.waitForState((s) => s.area === 'Workshop', 'the tap reaches the item');
  });
});
