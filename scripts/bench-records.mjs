// Records benchmarks, in headless Chromium on loopback, each beside a raw IndexedDB baseline
// measured in the same run (plain JavaScript doing the same reads and writes: the floor).
// Prints figures; asserts nothing (the machine is shared and noisy).
//
//   node scripts/bench-records.mjs            (after scripts/run or scripts/test built the app)
//
// 1. An acknowledged single-record save: the app (candidate + its activity line, one strict
//    transaction, from the C++ action to the `complete` event) against raw get + put + put.
// 2. Cold start with 10,000 candidates, 20,000 interviews, 30,000 notes (and 10,000 activity
//    lines). The app reads roles and candidates first and shows the list, then the rest. Figures:
//    navigation to the first frame with the list; the first part's load (open + read + parse)
//    against raw open + getAll of those two stores; and everything loaded against raw open +
//    getAll of every store.
// 3. CPU time per frame spent building the interface while scrolling the 10,000-row list.
// 4. The wasm heap with that data loaded.
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const RUNS = 5;
const SAVES = 40;
const SIZES = { roles: 3, candidates: 10_000, interviews: 20_000, notes: 30_000, activity: 10_000 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const ms = (v) => `${v.toFixed(1)} ms`;

// Runs in the page: writes the data set straight into the app's database, in the app's record
// format (core/records/record_json.cpp), deterministically.
async function seed(sizes) {
  // mulberry32: small, deterministic, and good enough that 60,000 random ids never collide.
  let state = 12345;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = () => {
    let s = '';
    for (let i = 0; i < 32; i++) s += '0123456789abcdef'[Math.floor(random() * 16)];
    return s;
  };
  const iso = (t) => new Date(t).toISOString();
  const now = Date.UTC(2026, 10, 23, 8);
  const first = ['Zoë', 'Aoife', 'Kenji', 'Amara', 'Łukasz', 'Nguyễn', 'Siobhán', 'José', 'Fatima', 'Ólafur'];
  const last = ['Okafor', "O'Brien", 'Watanabe', 'Nuñez', 'Kowalski', 'Haddad', 'Lindqvist', 'Mbeki'];
  const header = (id, t) => ({ id, rev: 1, created: iso(t), updated: iso(t) });

  await new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase('debrief');
    del.onsuccess = resolve;
    del.onerror = () => reject(del.error);
    del.onblocked = resolve;
  });
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('debrief', 1);
    open.onupgradeneeded = () => {
      for (const s of ['roles', 'candidates', 'interviews', 'notes', 'messages', 'activity'])
        open.result.createObjectStore(s, { keyPath: 'id' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const records = { roles: [], candidates: [], interviews: [], notes: [], activity: [] };
  const stages = ['Applied', 'Screening', 'Interview', 'Final interview', 'Offer', 'Hired'];
  for (let i = 0; i < sizes.roles; i++) {
    records.roles.push({ ...header(hex(), now), title: ['Bookkeeper', 'Baker', 'Delivery driver'][i % 3], team: 'Team',
      hiring_manager: "Siobhán O'Brien", stages, response_policy: 'standard', open: true });
  }
  for (let i = 0; i < sizes.candidates; i++) {
    const name = `${first[i % first.length]} ${last[(i * 7) % last.length]} ${i}`;
    const t = now - Math.floor(random() * 60 * 86400000);
    records.candidates.push({ ...header(hex(), t), full_name: name, preferred_name: '', email: `c${i}@example.org`,
      phone: '+44 20 7946 0000', role_id: records.roles[i % sizes.roles].id, stage: stages[i % 5], status: 'active',
      source: 'Referral', consent_date: '2026-10-01', talent_pool_consent: i % 3 === 0, retain_until: '2027-04-01',
      notes: 'Prefers mornings.' });
    records.activity.push({ ...header(hex(), t), candidate_id: records.candidates[i].id, at: iso(t), kind: 'created',
      text: 'Added as a candidate' });
  }
  for (let i = 0; i < sizes.interviews; i++) {
    const c = records.candidates[i % sizes.candidates];
    const t = now - Math.floor(random() * 30 * 86400000);
    records.interviews.push({ ...header(hex(), t), candidate_id: c.id, starts_at: iso(t), duration_minutes: 45,
      format: 'video', interviewers: ['Amara Okafor', 'Kenji Watanabe'], stage: 'Interview', location: '' });
  }
  for (let i = 0; i < sizes.notes; i++) {
    const interview = records.interviews[i % sizes.interviews];
    const who = i < sizes.interviews ? 'Amara Okafor' : 'Kenji Watanabe';
    records.notes.push({ ...header(hex(), now), interview_id: interview.id, candidate_id: interview.candidate_id,
      interviewer: who, written_at: iso(now),
      strengths: [{ point: 'Explains trade-offs clearly', evidence: 'Walked through why a queue beats polling, with numbers' },
        { point: 'Careful with detail', evidence: 'Found the duplicated invoice in the sample ledger' }],
      concerns: [{ point: 'Little payroll experience', evidence: 'Has not run a payroll end to end' }],
      candidate_questions: ['How is month-end close shared?'], recommendation: 'yes' });
  }
  for (const [store, list] of Object.entries(records)) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const r of list) os.put({ id: r.id, rev: 1, json: JSON.stringify(r) });
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
  }
  db.close();
  return Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.length]));
}

// Runs in the page: the floor for a cold load, open + getAll of the given stores (all if none).
async function rawLoad(only) {
  const t0 = performance.now();
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('debrief');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  let count = 0;
  await new Promise((resolve, reject) => {
    const names = only ?? Array.from(db.objectStoreNames);
    const tx = db.transaction(names, 'readonly');
    for (const name of names) tx.objectStore(name).getAll().onsuccess = (e) => { count += e.target.result.length; };
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  const elapsed = performance.now() - t0;
  db.close();
  return { elapsed, count };
}

async function newPage(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function openApp(context, url) {
  const page = await newPage(context, url);
  await page.waitForFunction(() => performance.getEntriesByName('debrief-data-frame').length > 0, null, { timeout: 120_000 });
  return page;
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
  args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });

  // --- 1. Single-record saves, on an empty database ------------------------------------------
  console.log(`\n== Acknowledged single-record save (median of ${SAVES}, interleaved with the baseline)`);
  let page = await openApp(context, server.url);
  const saves = await page.evaluate(async (count) => {
    const raw = await new Promise((resolve) => {
      const open = indexedDB.open('bench-raw', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('candidates', { keyPath: 'id' });
        open.result.createObjectStore('activity', { keyPath: 'id' });
      };
      open.onsuccess = () => resolve(open.result);
    });
    const candidate = JSON.stringify({ full_name: 'Burst candidate', email: 'burst@example.org', notes: '' }).padEnd(520, ' ');
    const activity = JSON.stringify({ kind: 'created', text: 'Added as a candidate' }).padEnd(260, ' ');
    const app = [], base = [];
    for (let i = 0; i < count; i++) {
      let t0 = performance.now();
      await new Promise((resolve) => {
        window.addEventListener('debrief-ack', resolve, { once: true });
        window.debrief.saveBurst(1);
      });
      app.push(performance.now() - t0);
      t0 = performance.now();
      await new Promise((resolve) => {
        const tx = raw.transaction(['candidates', 'activity'], 'readwrite', { durability: 'strict' });
        const id = `c${i}`;
        tx.objectStore('candidates').get(id).onsuccess = () => {
          tx.objectStore('candidates').put({ id, rev: 1, json: candidate });
          tx.objectStore('activity').put({ id: `a${i}`, rev: 1, json: activity });
        };
        tx.oncomplete = resolve;
      });
      base.push(performance.now() - t0);
    }
    raw.close();
    return { app, base };
  }, SAVES);
  const appSave = median(saves.app), rawSave = median(saves.base);
  console.log(`  app:      ${ms(appSave)}  (p90 ${ms(percentile(saves.app, 0.9))})`);
  console.log(`  raw IDB:  ${ms(rawSave)}  (p90 ${ms(percentile(saves.base, 0.9))})`);
  console.log(`  ratio app/raw: ${(appSave / rawSave).toFixed(2)}x   (goal <= 1.3x)`);
  await page.close();

  // --- 2. Cold start with the large data set ------------------------------------------------
  page = await newPage(context, server.url + 'icon.svg');
  const seeded = await page.evaluate(seed, SIZES);
  await page.close();
  console.log(`\n== Cold start with ${Object.entries(seeded).map(([k, v]) => `${v} ${k}`).join(', ')} (median of ${RUNS})`);
  const raw = [], rawFirst = [], appFrame = [], appFirst = [], appAll = [];
  let heap = 0, loaded = null, rawCount = 0, unreadable = 0, heapInUse = 0;
  for (let run = 0; run < RUNS; run++) {
    page = await newPage(context, server.url + 'icon.svg');
    const baseline = await page.evaluate(rawLoad, null);
    raw.push(baseline.elapsed);
    rawCount = baseline.count;
    rawFirst.push((await page.evaluate(rawLoad, ['roles', 'candidates'])).elapsed);
    await page.close();
    page = await openApp(context, server.url);
    await page.waitForFunction(() => performance.getEntriesByName('debrief-load-complete').length > 0, null, { timeout: 120_000 });
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0].startTime;
      return { frame: at('debrief-data-frame'), firstParsed: at('debrief-load-done'),
        all: at('debrief-load-complete') };
    });
    appAll.push(marks.all);
    if (process.env.DEBRIEF_BENCH_MARKS)
      console.log(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`).join(' ')));
    appFrame.push(marks.frame);
    appFirst.push(marks.firstParsed);
    heap = await page.evaluate(() => window.debrief.heapBytes());
    const state = await page.evaluate(() => window.debrief.state());
    loaded = state.records;
    unreadable = state.unreadable;
    heapInUse = state.heapInUse;
    if (run < RUNS - 1) await page.close();
  }
  console.log(`  records read by the baseline: ${rawCount}; by the app: ${JSON.stringify(loaded)}, unreadable ${unreadable}`);
  // Times from navigation start. The app reads roles and candidates ahead, while its
  // WebAssembly downloads and compiles, then shows the list; the rest follows while it draws.
  console.log(`  raw open + getAll, roles and candidates:   ${ms(median(rawFirst))}`);
  console.log(`  raw open + getAll, every store:            ${ms(median(raw))}`);
  console.log(`  app, navigation -> list parsed:            ${ms(median(appFirst))}`);
  console.log(`  app, navigation -> first frame with data:  ${ms(median(appFrame))}   ` +
    `ratio to raw getAll of everything ${(median(appFrame) / median(raw)).toFixed(2)}x (goals < 1000 ms, <= 1.5x)`);
  console.log(`  app, navigation -> every record parsed:    ${ms(median(appAll))}   ratio ${(median(appAll) / median(raw)).toFixed(2)}x`);
  console.log(`\n== Wasm heap with that data: ${(heap / 1024 / 1024).toFixed(1)} MiB of linear memory, ` +
    `${(heapInUse / 1024 / 1024).toFixed(1)} MiB of it allocated   (goal < 64 MiB)`);

  // --- 3. Frame CPU while scrolling the 10,000-candidate list ---------------------------------
  const items = await page.evaluate(() => window.debrief.items());
  const nav = items.items.find((i) => i.text === 'Candidates');
  await page.mouse.click(nav.x + nav.w / 2, nav.y + nav.h / 2);
  await page.waitForFunction(() => window.debrief.items().items.some((i) => i.text === 'Find a candidate'));
  await page.mouse.move(400, 500);
  await page.waitForTimeout(500);
  const before = (await page.evaluate(() => window.debrief.frameTimes())).length;
  for (let i = 0; i < 120; i++) {
    await page.mouse.wheel(0, i < 60 ? 240 : -240);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  const frames = (await page.evaluate(() => window.debrief.frameTimes())).slice(-Math.min(200, 256));
  console.log(`\n== Interface CPU per frame while scrolling 10,000 candidates (${frames.length} frames; ${before} before)`);
  console.log(`  median ${ms(median(frames))}, p95 ${ms(percentile(frames, 0.95))}, max ${ms(Math.max(...frames))}   (goal < 2 ms)`);
} finally {
  await browser.close();
  await server.stop();
}
