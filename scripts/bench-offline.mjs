// Offline copy benchmarks. Prints figures; asserts nothing (the machine is shared and noisy).
//
//   node scripts/bench-offline.mjs [--rounds 5] [--visits 5]
//
// Each round opens a fresh browser profile, makes the first visit (the service worker stores the
// offline copy), then reloads `visits` times: every later visit is served from that copy. The
// peer, in the same run, is the same reloads with service workers blocked, so every file comes
// from the loopback server (which asks browsers to revalidate everything). Time to first frame
// is the "debrief-first-frame" mark, relative to the navigation's start.
//
// Also prints what the worker precaches (dist/sw.js): the number of files and their total size.
// Build the app first (scripts/run or scripts/test).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumArgs } from '../playwright.config.mjs';
import { distDir, startServer } from '../tests/e2e/server.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const rounds = option('--rounds', 5), visits = option('--visits', 5);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v) => `${v.toFixed(0)} ms`;

function precache() {
  const worker = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const files = [...worker.matchAll(/^\s+\['([^']+)', '[0-9a-f]{64}', (\d+)\],$/gm)].map((m) => ({ name: m[1], bytes: Number(m[2]) }));
  const version = worker.match(/const VERSION = '([0-9a-f]+)'/)[1];
  return { files, version, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

async function firstFrame(page) {
  await page.waitForFunction(() => performance.getEntriesByName('debrief-first-frame').length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => ({
    frame: performance.getEntriesByName('debrief-first-frame')[0].startTime,
    data: performance.getEntriesByName('debrief-data-frame')[0]?.startTime ?? null,
    controlled: navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
  }));
}

async function visitsWith(browser, url, serviceWorkers) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers });
  const page = await context.newPage();
  try {
    await page.goto(url);
    const first = await firstFrame(page);
    if (serviceWorkers === 'allow')
      await page.waitForFunction(() => window.debrief?.offline()?.offline === 'ready', null, { timeout: 60_000 });
    const later = [];
    for (let i = 0; i < visits; i++) {
      await page.reload();
      const visit = await firstFrame(page);
      if (serviceWorkers === 'allow' && !visit.controlled) throw new Error('a later visit was not served by the service worker');
      later.push(visit);
    }
    return { first, later };
  } finally {
    await context.close();
  }
}

async function main() {
  const copy = precache();
  console.log(`== What the service worker precaches (dist/sw.js, version ${copy.version})`);
  for (const f of copy.files) console.log(`  ${f.name.padEnd(24)} ${(f.bytes / 1024).toFixed(1).padStart(9)} KiB`);
  console.log(`  ${copy.files.length} files, ${(copy.bytes / 1024).toFixed(1)} KiB in all (${copy.bytes} bytes)`);

  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
    args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const cached = [], network = [], cachedData = [], networkData = [], firstVisits = [];
  try {
    for (let r = 0; r < rounds; r++) {
      const withWorker = await visitsWith(browser, server.url, 'allow');
      const without = await visitsWith(browser, server.url, 'block');
      firstVisits.push(withWorker.first.frame);
      cached.push(...withWorker.later.map((v) => v.frame));
      cachedData.push(...withWorker.later.map((v) => v.data).filter((v) => v !== null));
      network.push(...without.later.map((v) => v.frame));
      networkData.push(...without.later.map((v) => v.data).filter((v) => v !== null));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`\n== Time to first frame, headless Chromium on loopback (${rounds} profiles x ${visits} later visits)`);
  console.log(`  first visit (network, worker installing afterwards)   median ${ms(median(firstVisits))}`);
  console.log(`  later visit from the service worker's copy            median ${ms(median(cached))}   (goal < 300 ms)`);
  console.log(`  later visit from the server, service workers blocked  median ${ms(median(network))}`);
  console.log(`  copy / server: ${(median(cached) / median(network)).toFixed(2)}x`);
  if (cachedData.length && networkData.length)
    console.log(`  first frame showing stored records: copy ${ms(median(cachedData))}, server ${ms(median(networkData))}`);
  console.log(`  all later visits from the copy: ${cached.map((t) => t.toFixed(0)).join(', ')} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
