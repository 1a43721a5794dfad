// Follow-up planner benchmark: how long MakePlan (core/timeline/planner.h) takes over a large
// business's records, natively and in WebAssembly under node (part 1); then, with the same records
// in the web app in headless Chromium, the CPU time of each frame of the Today and Timeline views
// (part 2, at the end of this file). Prints figures; asserts nothing (the machine is shared and
// noisy).
//
//   node scripts/bench-timeline.mjs                  (after scripts/test, or both release builds)
//   DEBRIEF_NATIVE=/tmp/b DEBRIEF_WASM=/tmp/w node scripts/bench-timeline.mjs   (other build folders)
//   node scripts/bench-timeline.mjs --no-browser     (part 1 only)
//   node scripts/bench-timeline.mjs --write FILE     (only write the generated backup, e.g. to import it)
//
// The data: a backup generated here from a seeded PRNG, so every run plans the same records:
// 10,000 candidates over 10 roles (two with their own follow-up policy, one the user's own job
// search), 20,000 interviews from four months ago to two weeks ahead with one to three interviewers
// each, the notes most interviewers wrote, sent thank-you, update, offer and feedback messages (a
// share of them promising a reply date), decisions (offers, hires, rejections, withdrawals, with
// talent-pool consent for some), a few snoozed or "not needed" follow-ups, and a profile whose
// working week has England's bank holidays. Written to a temporary folder, removed afterwards.
//
// The figure: `debrief plan --data F --now 2026-11-24T09:00:00+01:00 --time --repeat 21`, the
// median of 21 plans timed inside the process (reading and checking the backup not counted); 5
// processes per engine, interleaved, the median of their medians. The "first" column is the
// process's first plan, before caches and the WebAssembly engine's optimising tier are warm.
// Goal: under 20 ms per plan in WebAssembly, the budget for re-planning when a record changes
// without the Today view missing a frame's worth of input.
//
// Build folders: DEBRIEF_NATIVE (default build/native-release, holding `debrief`) and DEBRIEF_WASM
// (default build/wasm-release, holding `debrief.js`); either may also name the file itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROCESSES = 5;
const REPEAT = 21;
const NOW = '2026-11-24T09:00:00+01:00';
const SIZES = { roles: 10, candidates: 10_000, interviews: 20_000 };
const GOAL_MS = 20;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tool = (variable, fallback, file) => {
  const given = process.env[variable] ? path.resolve(process.env[variable]) : path.join(root, fallback);
  return existsSync(given) && statSync(given).isDirectory() ? path.join(given, file) : given;
};
const native = tool('DEBRIEF_NATIVE', 'build/native-release', 'debrief');
const wasm = tool('DEBRIEF_WASM', 'build/wasm-release', 'debrief.js');

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (v) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));

// --- The data set, in the backup format (core/exchange/backup.cpp, core/records/record_json.cpp).
function generateBackup() {
  // mulberry32: small, deterministic, and good enough that 70,000 random ids never collide.
  let state = 20261124;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const chance = (p) => random() < p;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  const hex = () => {
    let s = '';
    for (let i = 0; i < 32; i++) s += '0123456789abcdef'[Math.floor(random() * 16)];
    return s;
  };
  const HOUR = 3_600_000, DAY = 24 * HOUR;
  const now = Date.parse(NOW);
  const iso = (t) => new Date(t).toISOString();
  const day = (t) => iso(t).slice(0, 10);
  const header = (id, t) => ({ id, rev: 1, created: iso(t), updated: iso(t) });

  const stages = ['Applied', 'Screening', 'Interview', 'Final interview', 'Offer', 'Hired'];
  const titles = ['Bookkeeper', 'Baker', 'Delivery driver', 'Barista', 'Café manager', 'Sales assistant',
    'Warehouse operative', 'Receptionist', 'Payroll officer', 'Data analyst'];
  const roles = titles.map((title, i) => {
    const role = { ...header(hex(), now - 150 * DAY), title, team: 'Operations', hiring_manager: "Siobhán O'Brien",
      stages, response_policy: 'standard', open: true };
    if (i === 3) { role.response_policy = 'quick'; role.follow_up_policy = { thank_you_business_days: 0, promise_business_days: 3 }; }
    if (i === 4) { role.response_policy = 'patient'; role.follow_up_policy = { promise_business_days: 10, closure_business_days: 5 }; }
    if (i === 9) role.own_application = true;  // The user's own job search: other follow-ups.
    return role;
  });

  const first = ['Zoë', 'Aoife', 'Kenji', 'Amara', 'Łukasz', 'Nguyễn', 'Siobhán', 'José', 'Fatima', 'Ólafur', 'Inês', 'Seán'];
  const last = ['Okafor', "O'Brien", 'Watanabe', 'Nuñez', 'Kowalski', 'Haddad', 'Lindqvist', 'Mbeki', "d'Arcy", 'Müller'];
  const panel = ['Amara Okafor', 'Kenji Watanabe', "Siobhán O'Brien", 'Inês Gonçalves', 'Tomás Ó Briain', 'Priya Raman'];

  const candidates = [];
  for (let i = 0; i < SIZES.candidates; i++) {
    const created = now - between(20, 140) * DAY;
    candidates.push({ ...header(hex(), created), full_name: `${pick(first)} ${pick(last)} ${i}`, preferred_name: '',
      email: `candidate${i}@example.org`, phone: '', role_id: roles[i % roles.length].id, stage: pick(stages.slice(1, 4)),
      status: 'active', source: pick(['Referral', 'Job board', 'Walk-in']), consent_date: day(created),
      talent_pool_consent: false, retain_until: null, notes: '' });
  }

  // Every candidate has an interview; the rest go to candidates at random.
  const interviews = [];
  const byCandidate = candidates.map(() => []);
  for (let i = 0; i < SIZES.interviews; i++) {
    const c = i < candidates.length ? i : Math.floor(random() * candidates.length);
    let dayStart = Math.floor((now - between(-14, 120) * DAY) / DAY) * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    if (weekday === 6 || weekday === 0) dayStart += (weekday === 6 ? 2 : 1) * DAY;  // Interviews on working days.
    const start = dayStart + between(8, 16) * HOUR;
    const interviewers = [];
    for (let n = between(1, 3); interviewers.length < n;) {
      const who = pick(panel);
      if (!interviewers.includes(who)) interviewers.push(who);
    }
    const interview = { ...header(hex(), start - 7 * DAY), candidate_id: candidates[c].id, starts_at: iso(start),
      duration_minutes: pick([30, 45, 60, 90]), format: pick(['video', 'in_person', 'phone']), interviewers,
      stage: pick(stages.slice(1, 4)), location: '', topics: [] };
    interviews.push(interview);
    byCandidate[c].push(interview);
  }
  for (const list of byCandidate) list.sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at));
  const endOf = (i) => Date.parse(i.starts_at) + i.duration_minutes * 60_000;

  const notes = [];
  for (const i of interviews) {
    if (endOf(i) > now) continue;
    for (const who of i.interviewers) {
      if (!chance(0.75)) continue;
      const written = Math.min(now - HOUR, endOf(i) + between(5, 48 * 60) * 60_000);
      notes.push({ ...header(hex(), written), interview_id: i.id, candidate_id: i.candidate_id, interviewer: who,
        strengths: [{ point: 'Explains trade-offs clearly', evidence: 'Walked through the reconciliation step by step' }],
        concerns: chance(0.5) ? [{ point: 'Little payroll experience', evidence: 'Has not run a payroll end to end' }] : [],
        candidate_questions: [], recommendation: pick(['yes', 'no', 'strong_yes', 'undecided']), written_at: iso(written) });
    }
  }

  const messages = [];
  const send = (c, kind, sent, promised = null) => {
    if (sent > now) return;
    messages.push({ ...header(hex(), sent), candidate_id: c.id, kind, subject: 'About your application',
      body: 'Hi,\n\nThank you for your time.\n', status: 'sent', sent_at: iso(sent),
      promised_reply_date: promised === null ? null : day(promised), template: `${kind}/warm` });
  };
  candidates.forEach((c, index) => {
    const list = byCandidate[index];
    const firstEnd = endOf(list[0]);
    const lastEnd = endOf(list[list.length - 1]);
    const own = roles[index % roles.length].own_application;
    if (own) {
      if (chance(0.6)) send(c, 'candidate_thank_you', firstEnd + between(2, 40) * HOUR);
      if (chance(0.2)) send(c, 'candidate_follow_up', lastEnd + between(7, 14) * DAY);
      return;
    }
    if (chance(0.7)) {
      const sent = firstEnd + between(1, 72) * HOUR;
      send(c, 'thank_you', sent, chance(0.4) ? sent + between(3, 10) * DAY : null);
    }
    if (lastEnd < now - 3 * DAY) {
      const roll = random();
      const decided = Math.min(now - HOUR, lastEnd + between(1, 12) * DAY);
      const status = roll < 0.17 ? 'not_selected' : roll < 0.22 ? 'offered' : roll < 0.27 ? 'hired' : roll < 0.32 ? 'withdrawn'
        : roll < 0.4 ? 'on_hold' : 'active';
      c.status = status;
      if (['not_selected', 'offered', 'hired', 'withdrawn'].includes(status)) c.decided_at = iso(decided);
      if (status === 'not_selected') {
        c.talent_pool_consent = chance(0.3);
        if (chance(0.6)) send(c, pick(['feedback', 'rejection']), decided + between(1, 96) * HOUR);
      } else if (status === 'offered' || status === 'hired') {
        send(c, 'offer', decided + between(1, 24) * HOUR);
      } else if (chance(0.2)) {
        const sent = lastEnd + between(2, 8) * DAY;
        send(c, pick(['status_update', 'delay_update']), sent, chance(0.7) ? sent + between(2, 7) * DAY : null);
      }
    }
    // The user put a few follow-ups off, or said they are not needed.
    if (chance(0.03)) {
      c.follow_up_marks = [{ key: `thank_you:${list[0].id}`, at: iso(now - DAY), until: iso(now + between(1, 3) * DAY),
        reason: 'Waiting for the panel; back on Friday.' }];
    } else if (chance(0.02)) {
      c.follow_up_marks = [{ key: `thank_you:${list[0].id}`, at: iso(now - DAY), reason: 'Thanked in person.' }];
    }
  });

  const profile = { ...header('00000000000000000000000000000001', now - 150 * DAY), sender_name: "Siobhán O'Brien",
    sender_title: 'Operations manager', sender_email: 'siobhan@harbourfinch.example', sender_phone: '',
    company_name: 'Harbour & Finch Ltd', company_website: '', locale: 'en-GB',
    work_schedule: { working_days: [true, true, true, true, true, false, false], day_start: '09:00', day_end: '17:30',
      region: 'GB-ENG', days_off: [{ date: '2026-12-24', name: 'Christmas Eve (closed)' }] } };

  // As ExportBackup writes it: one record per line.
  const list = (name, rows, last = false) =>
    `"${name}":[${rows.map((r) => `\n${JSON.stringify(r)}`).join(',')}]${last ? '\n' : ',\n'}`;
  const text = '{"format":"debrief-backup","schema":2,"app_version":"bench",\n' + list('roles', roles) +
    list('candidates', candidates) + list('interviews', interviews) + list('notes', notes) +
    list('messages', messages) + list('settings', [profile], true) + '}\n';
  return { text, counts: { roles: roles.length, candidates: candidates.length, interviews: interviews.length,
    notes: notes.length, messages: messages.length, promises: messages.filter((m) => m.promised_reply_date).length } };
}

const { text, counts } = generateBackup();
const writeIndex = process.argv.indexOf('--write');
if (writeIndex >= 0) {
  const file = process.argv[writeIndex + 1];
  if (!file) throw new Error('--write needs a FILE');
  writeFileSync(file, text);
  console.log(`Wrote ${file}: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${JSON.stringify(counts)}`);
  process.exit(0);
}

for (const f of [native, wasm]) {
  if (!existsSync(f)) {
    throw new Error(`${f} is missing: run scripts/test (or build the native-release and wasm-release presets) first, ` +
      'or point DEBRIEF_NATIVE / DEBRIEF_WASM at your build folders.');
  }
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-timeline-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const backup = path.join(dir, 'backup.json');
writeFileSync(backup, text);

// One process: the plan's timing line from stderr; the plan itself (stdout) is not needed.
const timed = (engine) => {
  const [command, pre] = engine === 'native' ? [native, []] : [process.execPath, [wasm]];
  const args = [...pre, 'plan', '--data', backup, '--now', NOW, '--time', '--repeat', String(REPEAT)];
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  if (r.error || r.status !== 0) throw new Error(`debrief (${engine}) plan failed (${r.error ?? `exit ${r.status}`}): ${r.stderr}`);
  const m = /planned (\d+) follow-ups for (\d+) candidates in ([\d.e+-]+) ms(?: \(median of (\d+) runs; the first took ([\d.e+-]+) ms\))?/
    .exec(r.stderr);
  if (!m) throw new Error(`no timing line from debrief (${engine}): ${r.stderr}`);
  if (Number(m[2]) !== counts.candidates || Number(m[4] ?? 1) !== REPEAT) throw new Error(`debrief (${engine}) timed something else: ${m[0]}`);
  return { median: Number(m[3]), first: Number(m[5] ?? m[3]), followUps: Number(m[1]) };
};

console.log(`Follow-up planner benchmark: ${counts.candidates.toLocaleString('en-US')} candidates, ` +
  `${counts.roles} roles, ${counts.interviews.toLocaleString('en-US')} interviews, ${counts.notes.toLocaleString('en-US')} notes, ` +
  `${counts.messages.toLocaleString('en-US')} sent messages (${counts.promises.toLocaleString('en-US')} promising a date); ` +
  `backup ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB; now ${NOW}`);
console.log(`native: ${native}\nwasm:   ${wasm}`);

const runs = { native: [], wasm: [] };
for (let i = 0; i < PROCESSES; i++) {
  for (const engine of ['native', 'wasm']) runs[engine].push(timed(engine));  // Interleaved: noise hits both.
}
const summary = Object.fromEntries(Object.entries(runs).map(([engine, list]) => [engine, {
  median: median(list.map((r) => r.median)), first: median(list.map((r) => r.first)),
  spread: [Math.min(...list.map((r) => r.median)), Math.max(...list.map((r) => r.median))], followUps: list[0].followUps,
}]));
if (summary.native.followUps !== summary.wasm.followUps) {
  console.log(`WARNING: native planned ${summary.native.followUps} follow-ups, wasm ${summary.wasm.followUps}: the builds disagree.`);
}

const rows = [['engine', 'ms per plan', 'min-max of processes', 'first plan', 'follow-ups']];
for (const [label, engine] of [['Debrief, native', 'native'], ['Debrief, WebAssembly under node', 'wasm']]) {
  const s = summary[engine];
  rows.push([label, ms(s.median), `${ms(s.spread[0])}-${ms(s.spread[1])}`, ms(s.first), s.followUps.toLocaleString('en-US')]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
console.log(`\nMakePlan, median of ${REPEAT} plans per process, median of ${PROCESSES} processes`);
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('   '));
for (const r of rows.slice(1)) console.log(line(r));
console.log(`\nwasm / native: ${(summary.wasm.median / summary.native.median).toFixed(2)}x`);
console.log(`Debrief wasm, one plan: ${ms(summary.wasm.median)} ms   (goal: under ${GOAL_MS} ms) ` +
  `${summary.wasm.median < GOAL_MS ? 'met' : 'NOT met'}`);
console.log(`\nnode ${process.version}; ${os.cpus().length} cores.`);

// =================================================================================================
// Part 2: the same records in the web app, frame by frame (skipped with --no-browser)
//
// The backup generated above, written straight into the app's IndexedDB in the app's record
// format (web/platform/library_storage.js: database "debrief" at the backup's schema version, one
// store per collection, values {id, rev, json}), then the built app (build/wasm-release/dist,
// served on loopback by tests/e2e/server.mjs) in headless Chromium at 1280x800, ratio 1. The page's
// clock stands still at NOW (Date.now(), which is how the app reads the time) in a zone that is
// UTC+01:00 on that day, so the app plans exactly what `debrief plan --now NOW` plans; the script
// checks the counts agree.
//
// The figure: CPU time per frame spent building the interface (ImGui NewFrame to Render, as
// window.debrief.frameTimes() reports it; drawing on the GPU not counted), median, p95 and max:
//   - idle: the mouse moving over an empty spot of the view, ~200 frames. The app draws no frame at
//     all when nothing happens; this is what a frame costs when nothing changes.
//   - scrolling: the mouse wheel over Today's Overdue table (a row per overdue follow-up) or over
//     the Timeline's chart (a row per candidate), ~200 frames.
//   - navigating: the frame that switches to the view, from Candidates, 3 times. "new plan": the
//     clock moved on a minute first, so that frame makes the plan again (MakePlan, and the view's
//     sorting of it), as after any change to the records; "plan kept": the plan was still current.
// Goal: under 2 ms per frame; "met" when the p95 (for navigating, the median of the three) is.
// Frame numbers come from the widget locator (window.debrief.items().frame), so each figure counts
// exactly the frames its input drew.
if (!process.argv.includes('--no-browser')) {
  const { chromium } = await import('@playwright/test');
  const { chromiumArgs } = await import('../playwright.config.mjs');
  const { startServer } = await import('../tests/e2e/server.mjs');
  const FRAMES = 200;
  const NAVIGATIONS = 3;
  const FRAME_GOAL_MS = 2;
  const ZONE = 'Europe/Berlin';  // UTC+01:00 in November, as NOW says.
  const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
  const f2 = (v) => v.toFixed(2);

  // What `debrief plan` counts at NOW, to check the app plans the same.
  const cli = spawnSync(native, ['plan', '--data', backup, '--now', NOW, '--json'], { encoding: 'utf8', maxBuffer: 512 << 20 });
  if (cli.status !== 0) throw new Error(`debrief plan --json failed: ${cli.stderr}`);
  const cliCounts = JSON.parse(cli.stdout).counts;

  // Runs in the page (same origin as the app): replaces the app's database with the backup's records.
  async function seedFromBackup(backupText) {
    const backup = JSON.parse(backupText);
    // Every store the app has, in core's Collection order (DebriefIdb.stores in library_storage.js).
    const stores = ['roles', 'candidates', 'interviews', 'notes', 'messages', 'activity', 'templates', 'settings'];
    await new Promise((resolve, reject) => {
      const del = indexedDB.deleteDatabase('debrief');
      del.onsuccess = resolve;
      del.onerror = () => reject(del.error);
      del.onblocked = resolve;
    });
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('debrief', backup.schema);  // The app opens it at core's kSchemaVersion.
      open.onupgradeneeded = () => {
        for (const store of stores) open.result.createObjectStore(store, { keyPath: 'id' });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) {
        const os = tx.objectStore(store);
        for (const record of backup[store] ?? []) os.put({ id: record.id, rev: record.rev, json: JSON.stringify(record) });
      }
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
    db.close();
    return Object.fromEntries(stores.map((store) => [store, (backup[store] ?? []).length]));
  }

  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium',
    args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, timezoneId: ZONE });
    await context.addInitScript((start) => {
      let now = start;
      Date.now = () => now;
      window.debriefBenchClock = { advance: (ms) => { now += ms; } };
    }, Date.parse(NOW));

    let page = await context.newPage();
    await page.goto(server.url + 'icon.svg');  // The app's origin, without the app holding the database open.
    let started = performance.now();
    const seeded = await page.evaluate(seedFromBackup, text);
    const seedSeconds = (performance.now() - started) / 1000;
    await page.close();

    page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    started = performance.now();
    await page.goto(server.url);
    try {
      await page.waitForFunction(() => {
        const s = window.debrief?.state();
        return s?.complete === true && s.area === 'Today' && s.plan && s.plan.overdue + s.plan.dueToday + s.plan.upcoming > 0;
      }, null, { timeout: 180_000, polling: 250 });
    } catch (error) {
      throw new Error(`the app did not show the records on Today: ${problems.join('; ') || error.message}`);
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const plan = await page.evaluate(() => window.debrief.state().plan);
    const same = plan.overdue === cliCounts.overdue && plan.dueToday === cliCounts.due_today && plan.upcoming === cliCounts.upcoming;

    // --- Helpers: the frame counter, waiting for idle, finding widgets in CSS pixels.
    const frameNumber = () => page.evaluate(() => window.debrief.items().frame);
    // Waits until the app draws no more frames (it is idle when nothing happens); returns the frame number.
    const settle = async () => {
      let last = await frameNumber(), quiet = 0;
      for (const deadline = Date.now() + 15_000; quiet < 5; ) {
        if (Date.now() > deadline) throw new Error('the app kept drawing frames for 15 s with no input');
        await page.waitForTimeout(50);
        const frame = await frameNumber();
        quiet = frame === last ? quiet + 1 : 0;
        last = frame;
      }
      return last;
    };
    // The CPU times of the frames after frame number `since`, up to `until` (the ring keeps 256).
    const framesBetween = async (since, until) => {
      const times = await page.evaluate(() => window.debrief.frameTimes());
      return times.slice(times.length - Math.min(until - since, times.length));
    };
    // Visible items (matching `test`) in CSS pixels: window.debrief.items() gives device pixels.
    const findItems = async (test) => {
      const { items, ratio, left, top } = await page.evaluate(() => {
        const canvas = document.getElementById('canvas');
        const rect = canvas.getBoundingClientRect();
        return { items: window.debrief.items().items, ratio: canvas.width / rect.width, left: rect.left, top: rect.top };
      });
      return items.filter((i) => i.visible && test(i))
        .map((i) => ({ ...i, x: left + i.x / ratio, y: top + i.y / ratio, w: i.w / ratio, h: i.h / ratio }));
    };
    const findItem = async (label) => {
      const [item] = await findItems((i) => i.label === label);
      if (!item) throw new Error(`no visible item "${label}"`);
      return item;
    };
    const waitForArea = (area) => page.waitForFunction((a) => window.debrief.state().area === a, area, { timeout: 30_000 });
    const goTo = async (area) => {
      const nav = await findItem(`${area}##nav`);
      await page.mouse.click(nav.x + nav.w / 2, nav.y + nav.h / 2);
      await waitForArea(area);
      await settle();
    };

    // Sends input with `step(i)` every ~16 ms until the app has drawn FRAMES frames, then waits until
    // it is idle; returns the CPU times of every frame that drew.
    const framesWhile = async (step) => {
      const since = await settle();
      for (let i = 0; ; i++) {
        await step(i);
        await page.waitForTimeout(16);
        if (i % 10 === 9 && (await frameNumber()) - since >= FRAMES) break;
        if (i > 5000) throw new Error('the input drew too few frames');
      }
      return framesBetween(since, await settle());
    };
    // The mouse moving back and forth over an empty spot: right of the view's last top-bar button.
    const idle = async (besideLabel) => {
      const beside = await findItem(besideLabel);
      const x = beside.x + beside.w + 48, y = beside.y + beside.h / 2;
      await page.mouse.move(x, y);
      return framesWhile((i) => page.mouse.move(x + (i % 2 ? 2 : -2), y));
    };
    // The wheel over the middle of the visible rows of the child window whose name has `windowPart`.
    const scroll = async (windowPart, x) => {
      const visible = async () => (await findItems((i) => i.window.includes(windowPart))).map((i) => i.label).join('\n');
      const rows = await findItems((i) => i.window.includes(windowPart));
      if (!rows.length) throw new Error(`nothing visible in "${windowPart}"`);
      const top = Math.min(...rows.map((r) => r.y)), bottom = Math.max(...rows.map((r) => r.y + r.h));
      await page.mouse.move(x, (top + bottom) / 2);
      const before = await visible();
      const times = await framesWhile(() => page.mouse.wheel(0, 100));
      if ((await visible()) === before) console.log(`  WARNING: the wheel did not scroll "${windowPart}"`);
      return times;
    };
    // The frame that switches from Candidates to `area`: the press of the mouse on the navigation
    // item first (it draws frames of its own while held), then the release, which navigates.
    const navigate = async (area, newPlan) => {
      await goTo('Candidates');
      if (newPlan) {
        await page.evaluate(() => window.debriefBenchClock.advance(61_000));  // The plan is made again after a minute.
        await settle();
      }
      const nav = await findItem(`${area}##nav`);
      await page.mouse.move(nav.x + nav.w / 2, nav.y + nav.h / 2);
      await settle();
      await page.mouse.down();
      await page.waitForTimeout(50);
      const since = await frameNumber();
      await page.mouse.up();
      await waitForArea(area);
      const times = await framesBetween(since, await settle());
      // The frame of the release is the one that draws the new view; the held frames before it
      // cost next to nothing, so it is the slowest.
      const at = times.indexOf(Math.max(...times));
      return { first: times[at], after: times.slice(at + 1) };
    };

    const results = [];
    const addFrames = (label, times) => results.push({ label, frames: String(times.length), values: times,
      median: median(times), p95: percentile(times, 0.95), max: Math.max(...times) });
    const addNavigations = async (area, newPlan) => {
      const trials = [];
      for (let i = 0; i < NAVIGATIONS; i++) trials.push(await navigate(area, newPlan));
      const firsts = trials.map((t) => t.first);
      const after = trials.flatMap((t) => t.after);
      results.push({ label: `${area}, first frame, ${newPlan ? 'new plan' : 'plan kept'}`, frames: `${NAVIGATIONS} x 1`,
        median: median(firsts), p95: null, max: Math.max(...firsts), each: firsts,
        next: after.length ? Math.max(...after) : 0 });
    };

    // --- Today: the start page, where the app opened.
    await addNavigations('Today', true);
    await addNavigations('Today', false);
    addFrames('Today, idle', await idle((await findItems((i) => i.label === 'Remind me in this browser')).length
      ? 'Remind me in this browser' : 'Export to calendar (.ics)'));
    const navigation = await findItem('Today##nav');
    const firstAction = (await findItems((i) => i.window.includes('/Overdue_'))).reduce((a, b) => (a.x < b.x ? a : b));
    // Between the navigation and the row's buttons: over the Due column.
    addFrames(`Today, scrolling Overdue (${plan.overdue.toLocaleString('en-US')} rows)`,
      await scroll('/Overdue_', (navigation.x + navigation.w + firstAction.x) / 2));

    // --- Timeline: the chart of every candidate.
    await addNavigations('Timeline', true);
    await addNavigations('Timeline', false);
    addFrames('Timeline, idle', await idle('Later'));
    const axis = await findItem('##day axis');
    addFrames(`Timeline, scrolling the chart (${seeded.candidates.toLocaleString('en-US')} candidates)`,
      await scroll('/Timeline chart_', axis.x + axis.w * 0.7));

    console.log(`\n== The web app in headless Chromium: CPU time per frame building the interface ` +
      `(goal: under ${FRAME_GOAL_MS} ms)`);
    console.log(`  the same backup written into the app's IndexedDB in ${seedSeconds.toFixed(1)} s ` +
      `(${Object.entries(seeded).filter(([, n]) => n).map(([k, n]) => `${n.toLocaleString('en-US')} ${k}`).join(', ')})`);
    console.log(`  app opened, every record read and Today planned ${loadSeconds.toFixed(1)} s after navigation`);
    console.log(`  clock fixed at ${NOW}, time zone ${ZONE}; the app's plan: ${plan.overdue.toLocaleString('en-US')} overdue, ` +
      `${plan.dueToday.toLocaleString('en-US')} due today, ${plan.upcoming.toLocaleString('en-US')} upcoming ` +
      `(${same ? 'the same as' : 'NOT the same as'} debrief plan: ${cliCounts.overdue}, ${cliCounts.due_today}, ${cliCounts.upcoming})`);
    const table = [['frames of', 'frames', 'median', 'p95', 'max', 'goal']];
    for (const r of results) {
      const judged = r.p95 ?? r.median;
      table.push([r.label, r.frames, f2(r.median), r.p95 === null ? '-' : f2(r.p95), f2(r.max),
        judged < FRAME_GOAL_MS ? 'met' : 'NOT met']);
    }
    const columns = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
    const row = (r) => r.map((c, i) => (i === 0 ? c.padEnd(columns[i]) : c.padStart(columns[i]))).join('   ');
    console.log('');
    console.log(row(table[0]));
    console.log(columns.map((w) => '-'.repeat(w)).join('   '));
    for (const r of table.slice(1)) console.log(row(r));
    console.log('\nFirst frames, each navigation in order, and the slowest frame drawn after it while the view settled:');
    for (const r of results.filter((x) => x.each)) {
      console.log(`  ${r.label.padEnd(columns[0])}   ${r.each.map(f2).join(', ')} ms; then at most ${f2(r.next)} ms`);
    }
    console.log(`\nChromium ${browser.version()}, headless, WebGL in software (SwiftShader); ${os.cpus().length} cores.`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
