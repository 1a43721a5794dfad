// A tab killed during a burst of saves: every save acknowledged before the kill is still there
// when the same profile opens again, and no record is half-written. The browser is killed with
// SIGKILL (no shutdown, no unload handlers), twenty times, at different points of the burst.
import { chromium, test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs } from '../../playwright.config.mjs';

const RUNS = 20;
const BURST = 500;

// Starts Debian's Chromium on its own, so the test can kill its whole process group.
async function launch(profile) {
  const args = ['--headless', ...chromiumArgs, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium', args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { child, browser };
}

function killNow(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    process.kill(-child.pid, 'SIGKILL');
  });
}

async function openApp(browser) {
  const page = await browser.contexts()[0].newPage();
  await page.goto(process.env.DEBRIEF_URL);
  await page.waitForFunction(() => window.debrief !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => window.debrief.ready);
  await page.waitForFunction(() => window.debrief.state().complete === true, null, { timeout: 30_000 });
  return page;
}

// A run saves up to 480 times, kills the browser and starts it again: about 35 s alone, nearer
// a minute on a busy machine, so each gets two.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

for (let run = 1; run <= RUNS; run++) {
  // Kill points spread over the burst: after 20, 43, 66, ... acknowledged saves.
  const killAfter = Math.min(BURST - 20, 20 + Math.round(((run - 1) * (BURST - 60)) / (RUNS - 1)));

  test(`killed after ${killAfter} of ${BURST} saves (run ${run} of ${RUNS}): nothing acknowledged is lost`, async () => {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'debrief-kill-'));
    try {
      let acknowledged = 0;
      const first = await launch(profile);
      const page = await openApp(first.browser);
      const reached = new Promise((resolve) => {
        page.on('console', (message) => {
          const match = /^debrief:ack (\d+)$/.exec(message.text());
          if (!match) return;
          acknowledged = Math.max(acknowledged, Number(match[1]));
          if (acknowledged >= killAfter) resolve();
        });
      });
      await page.evaluate((n) => window.debrief.saveBurst(n), BURST);
      await reached;
      await killNow(first.child);
      const before = acknowledged;  // Acknowledgements seen before the kill; late ones only add.

      const second = await launch(profile);
      try {
        const reopened = await openApp(second.browser);
        const state = await reopened.evaluate(() => window.debrief.state());
        expect(state.records.candidates).toBeGreaterThanOrEqual(before);
        expect(state.records.candidates).toBeLessThanOrEqual(BURST);
        // Each save wrote a candidate and its activity line in one transaction: never one alone.
        expect(state.records.activity).toBe(state.records.candidates);
        expect(state.unreadable).toBe(0);
      } finally {
        await killNow(second.child);
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
