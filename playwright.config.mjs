// Browser end-to-end tests: Debian's Chromium, headless, WebGL2 in software (SwiftShader),
// against the built app in build/wasm-release/dist served on a free loopback port.
// Run with `npx playwright test` after building (scripts/test does both).
import { defineConfig } from '@playwright/test';

export const chromiumArgs = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu',
  // No traffic to Google's services: the machine has no network and the tests must not need it.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

const viewport = { width: 1280, height: 800 };

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  outputDir: 'build/e2e/results',
  globalSetup: './tests/e2e/global-setup.mjs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
      args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    },
    viewport,
  },
  // The same tests at a standard and a HiDPI screen.
  projects: [
    { name: 'dpr1', use: { deviceScaleFactor: 1 } },
    // Clicks and text at twice the density are proven by the foundation tests; the server, storage
    // and records flows do not depend on the screen, so they run once (software WebGL at ratio 2
    // costs four times the pixels per frame).
    {
      name: 'dpr2',
      use: { deviceScaleFactor: 2 },
      testIgnore: ['**/server.spec.mjs', '**/durability.spec.mjs', '**/records.spec.mjs', '**/compose.spec.mjs', '**/tone.spec.mjs', '**/timeline.spec.mjs', '**/offline.spec.mjs', '**/workshop.spec.mjs'],
    },
  ],
});
