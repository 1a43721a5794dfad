// Foundation benchmarks. Prints figures; asserts nothing (the machine is shared and noisy).
//
//   node scripts/bench-foundation.mjs                 size of dist/, first frame, warm test run
//   node scripts/bench-foundation.mjs --no-tests      size and first frame only
//   node scripts/bench-foundation.mjs --cold          also: the test command in a fresh clone
//                                                     (empty build folder, packages present)
//   node scripts/bench-foundation.mjs --cold-machine  also: purge the Debian packages the project
//                                                     installs and Emscripten's cache first, as on
//                                                     a fresh machine. Changes this machine!
//
// Build the app first (scripts/run or scripts/test).
import { chromium } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs } from '../playwright.config.mjs';
import { distDir, startServer } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = new Set(process.argv.slice(2));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function measureSize() {
  console.log('\n== Size of everything in build/wasm-release/dist (gzip -9)');
  let raw = 0, gz = 0;
  for (const file of listFiles(distDir).sort()) {
    const data = readFileSync(file);
    const packed = gzipSync(data, { level: 9 }).length;
    raw += data.length;
    gz += packed;
    console.log(`  ${path.relative(distDir, file).padEnd(20)} ${kb(data.length).padStart(12)} ${kb(packed).padStart(12)}`);
  }
  console.log(`  ${'total'.padEnd(20)} ${kb(raw).padStart(12)} ${kb(gz).padStart(12)}   budget 1024 KiB: ${(gz / 1024 / 1024 * 100).toFixed(0)}% used`);
}

async function measureFirstFrame(runs = 5) {
  console.log(`\n== Navigation to first rendered frame, headless Chromium, loopback (${runs} runs, fresh profile each)`);
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
    args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('debrief-first-frame').length > 0, null, { timeout: 30_000 });
      // Mark time is relative to the navigation's start (performance.timeOrigin).
      const ms = await page.evaluate(() => performance.getEntriesByName('debrief-first-frame')[0].startTime);
      times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`  median: ${median(times).toFixed(0)} ms   (goal < 1000 ms)`);
}

function timeCommand(label, command, cwd, env = {}) {
  console.log(`\n== ${label}: ${command.join(' ')} (in ${cwd})`);
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const output = `${result.stdout}${result.stderr}`;
  const summaries = output.split('\n').filter((line) => /tests passed|test cases:|\d+ passed|failed|✘/.test(line));
  for (const line of summaries.slice(-8)) console.log(`  | ${line.trim()}`);
  console.log(`  exit ${result.status}, ${(seconds / 60).toFixed(1)} min (${seconds.toFixed(0)} s)`);
  return seconds;
}

function freshClone() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-cold-'));
  execFileSync('git', ['clone', '--quiet', root, dir]);
  return dir;
}

function purgeMachine() {
  console.log('\n== Purging the packages scripts/setup installs, and Emscripten\'s cache');
  const packages = ['emscripten', 'nlohmann-json3-dev', 'doctest-dev', 'fonts-inter', 'chromium', 'chromium-common'];
  spawnSync('apt-get', ['purge', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  spawnSync('apt-get', ['autoremove', '-y', '-qq', '--purge'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  rmSync('/usr/share/emscripten/cache', { recursive: true, force: true });
}

try {
  statSync(path.join(distDir, 'index.html'));
} catch {
  console.error('No built app: run scripts/run or scripts/test first.');
  process.exit(1);
}
measureSize();
await measureFirstFrame();
if (!args.has('--no-tests')) {
  const cold = args.has('--cold') || args.has('--cold-machine');
  if (cold) {
    // The clone has no build/ and no node_modules/: its scripts/test installs and builds all.
    const clone = freshClone();
    if (args.has('--cold-machine')) purgeMachine();
    timeCommand('Cold: test command in a fresh clone', ['scripts/test'], clone, { CI: 'true' });
    timeCommand('Warm: the same command again in that clone', ['scripts/test'], clone, { CI: 'true' });
    rmSync(clone, { recursive: true, force: true });
  } else {
    timeCommand('Warm: test command re-run', ['scripts/test'], root, { CI: 'true' });
  }
}
