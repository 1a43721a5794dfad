// Follow-up planner benchmark: how long MakePlan (core/timeline/planner.h) takes over a large
// business's records, natively and in WebAssembly under node. Prints figures; asserts nothing (the
// machine is shared and noisy).
//
//   node scripts/bench-timeline.mjs                  (after scripts/test, or both release builds)
//   DEBRIEF_NATIVE=/tmp/b DEBRIEF_WASM=/tmp/w node scripts/bench-timeline.mjs   (other build folders)
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
