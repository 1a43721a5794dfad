// Installable and locked down: the web app manifest with icons that exist at their declared sizes
// and types, no installability errors reported by Chromium, and a Content-Security-Policy that
// lets the page load nothing from elsewhere and run no inline or evaluated code (the build links
// with -sDYNAMIC_EXECUTION=0), with nothing of the app's own blocked by it. (Every test also fails on any request to another origin: app.mjs.)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { PNG } from 'pngjs';
import { chromiumArgs } from '../../playwright.config.mjs';
import { test, expect } from './app.mjs';

test('the manifest has what an install needs, and its icons and screenshot exist as declared', async ({ app, page }) => {
  await app.open();
  const manifestLink = await page.evaluate(() => document.querySelector('link[rel=manifest]')?.href);
  expect(manifestLink).toBe(new URL('manifest.webmanifest', app.url).href);
  const response = await page.request.get(manifestLink);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest.name).toContain('Debrief');
  expect(manifest.short_name).toBe('Debrief');
  expect(manifest.description.length).toBeGreaterThan(20);
  expect(manifest.start_url).toBe('./');
  expect(manifest.scope).toBe('./');
  expect(manifest.display).toBe('standalone');
  expect(manifest.lang).toBe('en');
  const themeMeta = await page.evaluate(() => document.querySelector('meta[name=theme-color]').content);
  expect(manifest.theme_color).toBe(themeMeta);
  const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(pageBackground).toBe('rgb(250, 250, 248)');
  expect(manifest.background_color).toBe('#fafaf8');

  const pngs = [...manifest.icons.filter((i) => i.type === 'image/png'), ...manifest.screenshots];
  for (const image of pngs) {
    const file = await page.request.get(new URL(image.src, manifestLink).href);
    expect(file.status(), image.src).toBe(200);
    expect(file.headers()['content-type'], image.src).toBe('image/png');
    const png = PNG.sync.read(await file.body());
    expect(`${png.width}x${png.height}`, image.src).toBe(image.sizes);
  }
  const has = (size, purpose) => manifest.icons.some((i) => i.type === 'image/png' && i.sizes === size && i.purpose === purpose);
  expect(has('192x192', 'any')).toBe(true);
  expect(has('512x512', 'any')).toBe(true);
  expect(has('512x512', 'maskable')).toBe(true);
  // A maskable icon fills its square: no transparent corners for the launcher to show.
  const maskable = manifest.icons.find((i) => i.purpose === 'maskable');
  const png = PNG.sync.read(await (await page.request.get(new URL(maskable.src, manifestLink).href)).body());
  expect(png.data[3]).toBe(255);
  expect(manifest.screenshots[0].form_factor).toBe('wide');

  // Chromium never offers to install from a private window, which every test context is: ask a
  // browser with a real (throwaway) profile instead.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'debrief-install-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
    args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const installPage = browser.pages()[0] ?? await browser.newPage();
    await installPage.goto(app.url);
    await installPage.waitForFunction(() => window.debrief !== undefined, null, { timeout: 30_000 });
    const cdp = await browser.newCDPSession(installPage);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the page runs under a strict policy: nothing from elsewhere, no inline code, and nothing of its own blocked', async ({ app, page }) => {
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.policyViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await app.open();
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv=Content-Security-Policy]').content);
  const directive = (name) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  expect(directive('connect-src')).toBe("connect-src 'self'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src]), style').length)).toBe(0);

  // The policy is in force: a script written into the page is refused (and reported).
  app.allow(/Content Security Policy|Refused to/);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
  });
  expect(await page.evaluate(() => window.injected === true)).toBe(false);
  await expect.poll(() => page.evaluate(() => window.policyViolations.some((v) => v.startsWith('script-src')))).toBe(true);
  await page.evaluate(() => { window.policyViolations = []; });
  // The app itself still works under it: every area draws, and a record can be added and stored.
  for (const area of ['Candidates', 'Compose', 'Templates', 'Timeline', 'Settings', 'Today']) await app.click(area);
  const violations = await page.evaluate(() => window.policyViolations);
  expect(violations).toEqual([]);
});
