// Template rendering benchmark: the same 1,000 personalised drafts rendered by Debrief's engine
// natively and in WebAssembly under node, and by mustache.js (npm `mustache`) in node as the
// peer, all in one run. Prints figures; asserts nothing (the machine is shared and noisy).
//
//   node scripts/bench-templates.mjs     (after scripts/test, or scripts/setup and both builds)
//
// The template is the built-in "Not moving forward, with feedback" (warm): the longest message,
// with lists of strengths and concerns. Each draft's data has the shape the app builds
// (core/templates/message_data.h): a different candidate, interview and notes for each.
// Debrief renders as `debrief render --each --time --repeat N` does: parse once, then every
// draft, timed inside the process (so process start and reading the data file are not counted);
// mustache.js the same way (a fresh parse, then Mustache.render for each draft). Both render
// plain text: no HTML escaping. The outputs are compared draft by draft before any figure.
//
// Two figures each: warm (the median batch once the engine has optimised the code, as in an app
// that has been open a while) and cold (the first batch in a fresh process: node compiles
// WebAssembly with its baseline compiler first, JavaScript starts interpreted).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DRAFTS = 1000;
const RUNS = 5;      // Processes per engine.
const BATCHES = 21;  // Batches per process: the first is the cold figure, the median the warm one.
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const native = path.join(root, 'build/native-release/debrief');
const wasm = path.join(root, 'build/wasm-release/debrief.js');
for (const f of [native, wasm]) {
  if (!existsSync(f)) throw new Error(`${f} is missing: run scripts/test (or build the native-release and wasm-release presets) first.`);
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// --- The drafts' data: deterministic, varied, with accents, apostrophes and right-to-left names.
let seed = 7;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const first = ['Zoë', 'Aoife', 'Kenji', 'Amara', 'Łukasz', 'Nguyễn', 'Siobhán', 'José', 'Fatima', 'Ólafur', 'سارة', 'יעל'];
const last = ['Okafor', "O'Brien", 'Watanabe', 'Nuñez', 'Kowalski', 'Haddad', 'Lindqvist', 'Mbeki'];
const interviewers = ['Amara Okafor', 'Kenji Watanabe', 'Chloé Martin', 'Ben Ode', 'Ingrid Solberg'];
const points = [
  ['Reconciles carefully', 'Found the duplicated invoice in the sample ledger within minutes'],
  ['Explains trade-offs clearly', 'Walked through why she chose a queue over polling, with numbers'],
  ['Asks good questions', 'Asked how month-end close is shared before proposing a plan'],
  ['Tests first', 'Wrote the failing test before fixing the pairing exercise bug'],
];
const concerns = [
  ['Little payroll experience', 'Said she has not run a payroll end to end'],
  ['Limited SQL', 'Needed help joining the two tables in the exercise'],
];
const observation = ([point, evidence]) => ({ point, evidence, by: pick(interviewers) });
const data = [];
for (let i = 0; i < DRAFTS; i++) {
  const preferred = pick(first);
  const strengths = Array.from({ length: 1 + Math.floor(random() * 3) }, () => observation(pick(points)));
  const worries = Array.from({ length: Math.floor(random() * 3) }, () => observation(pick(concerns)));
  const who = [pick(interviewers), pick(interviewers)];
  data.push({
    candidate: { full_name: `${preferred} ${pick(last)}`, preferred_name: preferred, email: `c${i}@example.org` },
    role: { title: pick(['Bookkeeper', 'Backend developer', 'Office manager']), team: '' },
    company: { name: 'Harbour & Finch', website: '' },
    sender: { name: "Siobhán O'Brien", email: 'siobhan@harbourfinch.example', title: 'Finance Manager', phone: '' },
    interview: {
      date: `Tuesday, November ${1 + (i % 28)}, 2026`, time: '10:00 AM', format: 'video call', stage: 'Interview',
      interviewers: who.map((name) => ({ name })), interviewer_names: who.join(' and '), first_interviewer: who[0],
      topics: [{ topic: 'Month-end close' }], has_topics: true,
    },
    notes: {
      any: true, has_strengths: true, has_concerns: worries.length > 0, strengths, concerns: worries,
      highlight: { point: strengths[0].point, evidence: strengths[0].evidence }, questions: [],
    },
    reply_by: { date: 'Friday, December 4, 2026' }, previous_reply_by: {},
    next_step: { stage: 'Final interview', options: [] }, offer: { start_date: '' }, today: { date: 'Monday, November 23, 2026' },
  });
}

const library = JSON.parse(readFileSync(path.join(root, 'assets/templates/rejection_feedback.json'), 'utf8'));
const template = library.variants.warm.body.join('\n');
const dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-'));
const templateFile = path.join(dir, 'template.mustache');
const dataFile = path.join(dir, 'data.json');
writeFileSync(templateFile, template);
writeFileSync(dataFile, JSON.stringify(data));

// --- mustache.js, plain text like Debrief's messages, in a fresh node process per run.
const peerScript = `
  import Mustache from ${JSON.stringify(path.join(root, 'node_modules/mustache/mustache.mjs'))};
  import { readFileSync } from 'node:fs';
  import { performance } from 'node:perf_hooks';
  Mustache.escape = (text) => text;
  const template = readFileSync(${JSON.stringify(templateFile)}, 'utf8');
  const data = JSON.parse(readFileSync(${JSON.stringify(dataFile)}, 'utf8'));
  const batches = [];
  let out;
  for (let b = 0; b < ${BATCHES}; b++) {
    Mustache.templateCache.clear();  // Each batch parses once, as Debrief's does.
    const t0 = performance.now();
    out = data.map((d) => Mustache.render(template, d));
    batches.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ batches, out: process.argv.includes('--out') ? out : [] }));
`;
const peerFile = path.join(dir, 'peer.mjs');
writeFileSync(peerFile, peerScript);
const peer = (withOutput = false) => {
  const r = spawnSync(process.execPath, [peerFile, ...(withOutput ? ['--out'] : [])], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`mustache.js run failed: ${r.stderr}`);
  const { batches, out } = JSON.parse(r.stdout);
  return { cold: batches[0], warm: median(batches.slice(1)), out };
};

// --- Debrief, as a process: the in-process times it reports on stderr.
const debrief = (command, args) => {
  const r = spawnSync(command, [...args, 'render', '--template', templateFile, '--data', dataFile, '--each', '--time',
    '--repeat', String(BATCHES)], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${command} exited ${r.status}: ${r.stderr || r.error}`);
  const m = /rendered (\d+) drafts in ([\d.]+) ms \(median of \d+ batches; the first took ([\d.]+) ms\)/.exec(r.stderr);
  if (!m || Number(m[1]) !== DRAFTS) throw new Error(`no timing line from ${command}: ${r.stderr}`);
  return { warm: Number(m[2]), cold: Number(m[3]), out: r.stdout.replace(/\n$/, '').split('\n\f\n') };
};
const runNative = () => debrief(native, []);
const runWasm = () => debrief(process.execPath, [wasm]);

// Same drafts from every engine, before any figure counts.
const reference = peer(true).out;
for (const [name, run] of [['native', runNative], ['wasm', runWasm]]) {
  const { out } = run();
  if (out.length !== DRAFTS) throw new Error(`${name}: ${out.length} drafts, expected ${DRAFTS}`);
  out.forEach((text, i) => {
    if (text !== reference[i].replace(/\n$/, '')) {
      throw new Error(`${name}: draft ${i + 1} differs from mustache.js:\n--- debrief\n${text}\n--- mustache.js\n${reference[i]}`);
    }
  });
}
console.log(`Same ${DRAFTS} drafts from Debrief (native, wasm) and mustache.js: checked, identical.`);
console.log(`Template: rejection_feedback/warm, ${template.length} bytes; data ${(JSON.stringify(data).length / 1024).toFixed(0)} KiB.`);

const figures = { native: [], wasm: [], peer: [] };
for (let run = 0; run < RUNS; run++) {  // Interleaved, so a noisy moment hits all three alike.
  figures.native.push(runNative());
  figures.wasm.push(runWasm());
  figures.peer.push(peer());
}
const summary = (list) => ({ warm: median(list.map((r) => r.warm)), cold: median(list.map((r) => r.cold)) });
const nat = summary(figures.native), was = summary(figures.wasm), pee = summary(figures.peer);
const row = (label, f) => console.log(`${label.padEnd(42)} ${f.warm.toFixed(2).padStart(8)} ms ${f.cold.toFixed(2).padStart(10)} ms`);
console.log(`\n${DRAFTS} drafts (parse once + render each), medians over ${RUNS} processes:`);
console.log(`${''.padEnd(42)} ${'warm'.padStart(11)} ${'cold'.padStart(13)}`);
row('Debrief, native (build/native-release)', nat);
row('Debrief, WebAssembly under node', was);
row(`mustache.js ${JSON.parse(readFileSync(path.join(root, 'node_modules/mustache/package.json'), 'utf8')).version}, node ${process.version}`, pee);
console.log(`\nmustache.js / Debrief wasm:   warm ${(pee.warm / was.warm).toFixed(2)}x, cold ${(pee.cold / was.cold).toFixed(2)}x   (goal: at least 3x)`);
console.log(`mustache.js / Debrief native: warm ${(pee.warm / nat.warm).toFixed(2)}x, cold ${(pee.cold / nat.cold).toFixed(2)}x`);
console.log(`Debrief wasm, 1,000 drafts:   warm ${was.warm.toFixed(2)} ms, cold ${was.cold.toFixed(2)} ms   (goal: under 50 ms)`);
