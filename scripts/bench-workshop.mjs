// Workshop benchmarks. Prints figures; asserts nothing (the machine is shared and noisy).
//
//   node scripts/bench-workshop.mjs [--runs 7]
//
// In headless Chromium on loopback, each run opens a fresh profile holding the records of
// tests/core/fixtures/backup-v2.json, then times, from the real mouse click to the first frame
// where the result is stored and shown:
//   - Start workshop, the first time (the demo is generated and stored in its own database);
//   - Reset demo (the demo generated again and stored in one transaction);
//   - Leave workshop (the real records opened and read again);
//   - Start workshop again (the demo database is already there).
// Build the app first (scripts/run or scripts/test).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumArgs } from '../playwright.config.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 7;
const fixture = readFileSync(path.join(root, 'tests/core/fixtures/backup-v2.json'));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function itemCentre(page, label) {
  for (let i = 0; i < 400; i++) {
    const found = await page.evaluate((wanted) => {
      const item = window.debrief.items().items.find((it) => it.visible && (it.text === wanted || it.label === wanted));
      if (!item) return null;
      const canvas = document.getElementById('canvas');
      const rect = canvas.getBoundingClientRect();
      const ratio = canvas.width / rect.width;
      return { x: rect.left + (item.x + item.w / 2) / ratio, y: rect.top + (item.y + item.h / 2) / ratio };
    }, label);
    if (found) return found;
    await page.waitForTimeout(25);
  }
  throw new Error(`no visible "${label}"`);
}

async function click(page, label) {
  const { x, y } = await itemCentre(page, label);
  await page.mouse.click(x, y);
}

// Clicks `label` and returns the ms from the mouse press to the first animation frame where the
// state shows the result (`until`: 'demo', 'reset' or 'own'), checked in the page every frame.
// (The page's Content-Security-Policy forbids building functions from text, so the checks are
// written out here.)
async function timeClick(page, label, until) {
  const { x, y } = await itemCentre(page, label);
  await page.evaluate(() => {
    window.benchPressed = null;
    window.addEventListener('mousedown', () => { window.benchPressed = performance.now(); }, { capture: true, once: true });
  });
  const waiting = page.evaluate((goal) => new Promise((resolve, reject) => {
    const before = window.debrief.state().acknowledged;
    const done = (s) => {
      if (goal === 'own') return s.workshop.space === 'own' && s.complete;
      const stored = s.workshop.space === 'workshop' && s.workshop.demoReady && s.complete && s.unsaved === 0;
      return goal === 'reset' ? stored && s.acknowledged > before : stored;
    };
    const deadline = performance.now() + 30_000;
    const tick = () => {
      const pressed = window.benchPressed;
      if (pressed !== null && done(window.debrief.state())) resolve(performance.now() - pressed);
      else if (performance.now() > deadline) { const s = window.debrief.state(); reject(new Error(`"${goal}" not reached: ${JSON.stringify({ workshop: s.workshop, complete: s.complete, unsaved: s.unsaved, pressed: window.benchPressed })}`)); }
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), until);
  await page.mouse.click(x, y);
  return waiting;
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
    args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const times = { start: [], reset: [], leave: [], again: [] };
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.debrief && window.debrief.state().complete === true, null, { timeout: 30_000 });
      // The real records: the fixture, restored through the File menu.
      await click(page, 'File');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Restore backup')]);
      await chooser.setFiles({ name: 'backup-v2.json', mimeType: 'application/json', buffer: fixture });
      await click(page, 'Replace everything');
      await page.waitForFunction(() => { const s = window.debrief.state(); return s.save === 'saved' && s.unsaved === 0 && s.records.candidates > 0; });
      await click(page, 'Workshop');
      times.start.push(await timeClick(page, 'Start workshop', 'demo'));
      times.reset.push(await timeClick(page, 'Reset demo', 'reset'));
      times.leave.push(await timeClick(page, 'Leave workshop', 'own'));
      await click(page, 'Workshop');
      times.again.push(await timeClick(page, 'Start workshop', 'demo'));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const line = (label, values) => console.log(`  ${label.padEnd(44)} median ${median(values).toFixed(0).padStart(4)} ms   (${values.map((v) => v.toFixed(0)).join(', ')})`);
  console.log(`== Workshop, click to the result stored and on screen, headless Chromium (${runs} fresh profiles)`);
  line('Start workshop (demo made and stored)', times.start);
  line('Reset demo', times.reset);
  line('Leave workshop (own records read again)', times.leave);
  line('Start workshop again (demo already stored)', times.again);
  console.log('  goal: under 300 ms to start and to reset');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
