// The browser-test fixture: opens Debrief in a page and acts on it as a person does, with
// real mouse clicks and key presses at the screen position of real ImGui widgets.
//
// Widgets are found through the app's widget locator (web/ui/item_registry.h): every frame the
// app records each item's label and rectangle in framebuffer pixels; window.debrief.items()
// returns the last frame's list. Helpers convert those device pixels into the page's CSS pixels.
//
// Every test fails on a console error (a Content-Security-Policy violation is one), an uncaught
// exception, a failed request or a request to another origin from the page or its service worker
// (unless the test declares it expected), and leaves a screenshot under build/e2e/screenshots/.
import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const screenshotRoot = path.resolve('build/e2e/screenshots');

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);

export class App {
  constructor(page, testInfo) {
    this.page = page;
    this.testInfo = testInfo;
    this.problems = [];
    this.allowed = [];
    this.shots = 0;
    this.opened = false;
    this.acknowledged = 0;
    const report = (text) => {
      if (!this.allowed.some((pattern) => pattern.test(text))) this.problems.push(text);
    };
    page.on('console', (message) => {
      if (message.type() === 'error') report(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => report(`uncaught exception: ${error.message}`));
    page.on('requestfailed', (request) => report(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) report(`HTTP ${response.status()} for ${response.url()}`);
    });
    // Not one request to any other origin, in any test: candidates' data never leaves the machine.
    // Logged for the whole browser context, so the service worker's own requests count too.
    this.requests = [];
    page.context().on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      this.requests.push(request.url());
      if (process.env.DEBRIEF_URL && url.origin !== new URL(this.url).origin)
        report(`request to another origin: ${request.url()}`);
    });
  }

  // Tests that serve their own copy of the app (to change it or stop its server) point here.
  useServer(url) {
    this.base = url;
  }

  // Problems matching `pattern` are expected by this test and do not fail it.
  allow(pattern) {
    this.allowed.push(pattern);
  }

  get url() {
    const url = this.base ?? process.env.DEBRIEF_URL;
    if (!url) throw new Error('DEBRIEF_URL is not set: run through `npx playwright test` (global setup starts the server).');
    return url;
  }

  // Opens the app and waits until its first frame is on screen and its records are loaded.
  async open(query = '') {
    await this.page.goto(this.url + query);
    await this.waitUntilLoaded();
  }

  // Reloads the page (same profile, same storage) and waits as open() does.
  async reload() {
    await this.page.reload();
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded() {
    await this.page.waitForFunction(() => window.debrief !== undefined, null, { timeout: 30_000 });
    await this.page.evaluate(() => window.debrief.ready);
    // Every record read, not only the first part (roles and candidates) that the list needs.
    await this.page.waitForFunction(() => window.debrief.state().complete === true, null, { timeout: 30_000 });
    this.opened = true;
    this.acknowledged = 0;  // Counted per page load.
  }

  items() {
    return this.page.evaluate(() => window.debrief.items());
  }

  state() {
    return this.page.evaluate(() => window.debrief.state());
  }

  // Device pixels per CSS pixel of the canvas, and its position in the page.
  canvasGeometry() {
    return this.page.evaluate(() => {
      const canvas = document.getElementById('canvas');
      const rect = canvas.getBoundingClientRect();
      return { left: rect.left, top: rect.top, ratio: canvas.width / rect.width, width: canvas.width, height: canvas.height };
    });
  }

  // Waits for a visible item whose shown text or full label is `label` (and, with `within`,
  // whose ImGui window name contains that text); returns it with its rectangle in CSS pixels
  // (x, y, w, h, cx, cy).
  async waitForItem(label, { timeout = 10_000, within = '' } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const snapshot = await this.items();
      const item = snapshot.items.find((i) => i.visible && (i.text === label || i.label === label) && i.window.includes(within));
      if (item) {
        const g = await this.canvasGeometry();
        const x = g.left + item.x / g.ratio, y = g.top + item.y / g.ratio;
        const w = item.w / g.ratio, h = item.h / g.ratio;
        return { ...item, x, y, w, h, cx: x + w / 2, cy: y + h / 2 };
      }
      if (Date.now() > deadline) {
        const seen = snapshot.items.filter((i) => i.visible).map((i) => i.label).join(', ');
        throw new Error(`No visible item "${label}" after ${timeout} ms. Visible: ${seen}`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  // Turns the mouse wheel over the item `over` until an item `label` is visible (for views
  // longer than the window), then returns it as waitForItem() does.
  async scrollTo(label, { over, steps = 30 } = {}) {
    const anchor = await this.waitForItem(over);
    await this.page.mouse.move(anchor.cx, anchor.cy);
    for (let i = 0; i < steps; i++) {
      const shown = (await this.items()).items.some((it) => it.visible && (it.text === label || it.label === label));
      if (shown) break;
      await this.page.mouse.wheel(0, 120);
      await this.page.waitForTimeout(50);
    }
    return this.waitForItem(label);
  }

  // Waits until no visible item has this label.
  async waitForNoItem(label, { timeout = 10_000 } = {}) {
    await expect.poll(async () => (await this.items()).items.some((i) => i.visible && (i.text === label || i.label === label)),
      { timeout, message: `"${label}" should disappear` }).toBe(false);
  }

  // A real left click with the mouse at the item's centre. With several pages open, the page is
  // brought to the front first: a background tab draws no frames, as in a real browser.
  async click(label, options = {}) {
    if (this.page.context().pages().length > 1) await this.page.bringToFront();
    const item = await this.waitForItem(label, options);
    await this.page.mouse.click(item.cx, item.cy);
    return item;
  }

  // Clicks a text field, waits until it has keyboard focus, and types. ASCII goes through real
  // key presses; other text through the browser's text input path (keyboard.insertText), as
  // an IME, dictation or an on-screen keyboard delivers it.
  async typeInto(label, text, options = {}) {
    await this.click(label, options);
    await this.page.waitForFunction(() => document.activeElement?.id === 'debrief-text-input');
    await this.page.keyboard.press('Control+A');  // Replace what the field held.
    if (/^[\x20-\x7e]*$/.test(text)) await this.page.keyboard.type(text);
    else await this.page.keyboard.insertText(text);
  }

  // Opens the combo box `combo` and picks `option` from its list.
  async choose(combo, option) {
    await this.click(combo);
    await this.click(option, { within: '##Combo_' });
  }

  // Clicks a menu, then an item in it.
  async menu(menu, item) {
    await this.click(menu);
    await this.click(item, { within: '##Menu_' });
  }

  // Runs `action` (which triggers a download) and returns the downloaded bytes and file name.
  async download(action) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  // Runs `action` (which opens a file chooser) and answers it with a file.
  async chooseFile(action, name, contents, mimeType = 'application/octet-stream') {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), action()]);
    await chooser.setFiles({ name, mimeType, buffer: Buffer.from(contents) });
  }

  // Waits until a new save was acknowledged since the last call (or since the page opened) and
  // every change is stored, so the app says Saved.
  async waitUntilSaved() {
    const seen = this.acknowledged;
    await this.waitForState((s) => s.save === 'saved' && s.unsaved === 0 && s.acknowledged > seen,
      'a new change saved, and nothing left unsaved');
    this.acknowledged = (await this.state()).acknowledged;
  }

  // Waits until the app state satisfies `predicate` (a function of the state object).
  async waitForState(predicate, message) {
    await expect.poll(async () => predicate(await this.state()), { message }).toBe(true);
  }

  // Saves a screenshot under build/e2e/screenshots/<project>/ and returns it decoded.
  async screenshot(name) {
    const dir = path.join(screenshotRoot, this.testInfo.project.name);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${slug(this.testInfo.title)}--${String(++this.shots).padStart(2, '0')}-${slug(name)}.png`);
    const buffer = await this.page.screenshot({ path: file });
    return { file, png: PNG.sync.read(buffer) };
  }

  async hasLiveWebGL2Context() {
    return this.page.evaluate(() => {
      const canvas = document.getElementById('canvas');
      // getContext returns the canvas's existing context when the type matches, null otherwise.
      const gl = canvas.getContext('webgl2');
      return gl instanceof WebGL2RenderingContext && !gl.isContextLost();
    });
  }
}

// Mean colour of a CSS-pixel rectangle of a decoded screenshot (which is in device pixels).
export function meanColour(png, rect, ratio) {
  const x0 = Math.round(rect.x * ratio), y0 = Math.round(rect.y * ratio);
  const x1 = Math.round((rect.x + rect.w) * ratio), y1 = Math.round((rect.y + rect.h) * ratio);
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      sum[0] += png.data[i]; sum[1] += png.data[i + 1]; sum[2] += png.data[i + 2];
      n++;
    }
  }
  return sum.map((s) => s / Math.max(n, 1));
}

// How many distinct colours a screenshot has: a blank or single-colour canvas has one or two.
export function distinctColours(png) {
  const seen = new Set();
  for (let i = 0; i < png.data.length; i += 4) seen.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
  return seen.size;
}

export const test = base.extend({
  app: async ({ page }, use, testInfo) => {
    const app = new App(page, testInfo);
    await use(app);
    await app.screenshot('end');
    expect(app.problems, 'console errors, uncaught exceptions and failed requests').toEqual([]);
    // A blank canvas must never pass: whatever the test did, the app still draws with WebGL2.
    if (app.opened) expect(await app.hasLiveWebGL2Context(), 'a live WebGL2 context').toBe(true);
  },
});

export { expect };
