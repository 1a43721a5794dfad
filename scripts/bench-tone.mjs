// Tone checker benchmark: Debrief's checker (core/tone/) natively and in WebAssembly under node,
// beside two prose linters from npm, write-good and alex, in node, all in one run. Prints figures;
// asserts nothing (the machine is shared and noisy, and the peers check other things).
//
//   node scripts/bench-tone.mjs                (after scripts/test, or scripts/setup and both builds)
//   node scripts/bench-tone.mjs --peers-only   (write-good and alex alone: no Debrief build needed)
//
// It takes several minutes, most of them alex's: about a second or more per 100 KB check.
//
// 1. Live re-check: the app checks a message again as it is typed. One 2,000-character feedback
//    message (written below, fixed, so the figure stays comparable as the corpus grows), checked
//    by `debrief tone --kind feedback --json --time --repeat 2000`: the median of the runs, timed
//    inside the process (process start and reading the file not counted); 5 processes, the
//    median of their medians. Goal: under 0.2 ms a check in WebAssembly.
// 2. 100 KB side by side: every corpus message in order (files by name, then as listed), joined
//    by a blank line, again and again until the text reaches 100,000 bytes. Debrief with
//    `--repeat 20`; write-good (`writeGood(text)`) and alex (`text(value)`, its plain-text API)
//    each in a fresh node process per run: one warm-up check, then 20 timed checks, the median.
//    5 processes per tool, interleaved, the median. Goals: write-good / Debrief wasm at least 10x,
//    alex / Debrief wasm at least 100x. The "first" column is Debrief's first run and the peers'
//    warm-up: a fresh process, before the engine has optimised anything.
// 3. Noise and coverage, on tests/tone/corpus/*.json (see tests/tone/README.md): every message
//    checked once by native Debrief (`debrief tone --kind KIND --json`), write-good and alex
//    (both in one node process over all messages). Findings per 1,000 words on clean messages
//    (noise: a careful manager would send them as they are) and on the others (coverage: each has
//    at least one real problem), and how many messages got a finding at all. For Debrief both all
//    findings and warn+risk only: info findings (hedge, jargon, gendered) are hints, and only
//    warn/risk ones count as false alarms on a clean message. Words are runs of letters, digits
//    and apostrophes. The peers look for other things (write-good: wordiness, passive voice,
//    weasel words; alex: insensitive and profane words), so their coverage is not a score, only
//    what a user of those tools would be shown.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PROCESSES = 5;   // Processes per tool and figure; the median is reported.
const LIVE_REPEAT = 2000;
const BIG_REPEAT = 20;
const BIG_BYTES = 100_000;
const peersOnly = process.argv.includes('--peers-only');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const native = path.join(root, 'build/native-release/debrief');
const wasm = path.join(root, 'build/wasm-release/debrief.js');
const corpusDir = path.join(root, 'tests/tone/corpus');
const modules = path.join(root, 'node_modules');
if (!peersOnly) {
  for (const f of [native, wasm]) {
    if (!existsSync(f)) {
      throw new Error(`${f} is missing: run scripts/test (or build the native-release and wasm-release presets) first, ` +
        'or pass --peers-only to measure write-good and alex alone.');
    }
  }
}
for (const name of ['write-good', 'alex']) {
  if (!existsSync(path.join(modules, name, 'package.json'))) throw new Error(`node_modules/${name} is missing: run npm ci first.`);
}
const version = (name) => JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const words = (text) => (text.match(/[\p{L}\p{N}'’]*[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? []).length;
const bytes = (text) => Buffer.byteLength(text, 'utf8');

// An aligned plain-text table: the first column left-aligned, the others right-aligned.
const table = (title, header, rows) => {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(all[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  for (const r of all.slice(1)) console.log(line(r));
};
const ms = (v) => (v === undefined ? '-' : v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
const ratio = (a, b) => (a === undefined || b === undefined || b <= 0 ? '-' : `${(a / b).toFixed(a / b < 10 ? 1 : 0)}x`);

// --- The corpus: read what is there; another helper may still be writing it.
const corpus = [];
const corpusNotes = [];
if (!existsSync(corpusDir)) {
  corpusNotes.push(`${path.relative(root, corpusDir)} does not exist yet`);
} else {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) corpusNotes.push(`${path.relative(root, corpusDir)} has no .json files yet`);
  for (const file of files) {
    let list;
    try {
      list = JSON.parse(readFileSync(path.join(corpusDir, file), 'utf8'));
    } catch (e) {
      corpusNotes.push(`${file} skipped: not valid JSON (still being written?): ${e.message}`);
      continue;
    }
    if (!Array.isArray(list)) { corpusNotes.push(`${file} skipped: not a JSON array`); continue; }
    let bad = 0;
    for (const m of list) {
      if (!m || typeof m.id !== 'string' || typeof m.kind !== 'string' || typeof m.clean !== 'boolean' ||
          !Array.isArray(m.text) || !m.text.every((l) => typeof l === 'string')) { bad++; continue; }
      corpus.push({ id: m.id, kind: m.kind, clean: m.clean, file, text: m.text.join('\n') });
    }
    if (bad) corpusNotes.push(`${file}: ${bad} of ${list.length} entries skipped (no id, kind, clean or text lines)`);
  }
}

// --- The live message: a feedback message of 2,000 characters, as a manager writes one.
// It has what such a message usually has: a few hedges and a bit of jargon, nothing alarming.
const liveMessage = `Hi Zoë,

Thank you for coming in on Tuesday to interview for the Bookkeeper role, and for the time you put into the reconciliation exercise. You asked for feedback, so here is what Amara, Kenji and I noticed, as plainly as we can put it.

What went well: you reconciled carefully. You found the duplicated invoice in the sample ledger within about ten minutes, and you explained how you would stop it happening again by matching supplier references before posting anything. Your questions were good ones too: asking how month-end close is shared across the team before proposing a plan showed us how you like to work. Kenji also noticed that you talked through each step of the bank reconciliation out loud, which made your thinking easy to follow, and when you were unsure about the VAT treatment of a refund you said so and looked the rule up rather than guessing. That is exactly what we want from someone who will own the books.

Where you could grow: payroll was the gap. You told us you have not yet run a payroll end to end, and in the exercise you needed some help with the holiday pay calculation. Going forward, we think this is the one thing that would really let you leverage your strengths, and a short course on payroll basics would probably close most of it. The SQL part was also a little slow; you got the join in the end, but it took a couple of hints.

Our decision: we have offered the role to someone with several years of payroll experience, because the person in this job will run payroll alone from January. It was a close call, and it was not about your attitude or how you came across, which everyone enjoyed.

If a junior bookkeeping role opens in the spring, I would like to let you know about it. You are welcome to reply to this email with any questions about the feedback, and I will answer by Friday, December 4.

Thanks again for your time, your patience with us and the care you took over the exercise.

Kind regards,
Siobhán O'Brien
Finance Manager, Harbour & Finch`;

// --- The 100 KB text: corpus messages in a fixed order, repeated until it is large enough.
const sources = corpus.length ? corpus.map((m) => m.text) : [liveMessage];
const bigParts = [];
for (let i = 0, size = 0; size < BIG_BYTES; i++) {
  const part = sources[i % sources.length];
  bigParts.push(part);
  size += bytes(part) + 2;
}
const bigText = bigParts.join('\n\n');

const dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-tone-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const liveFile = path.join(dir, 'live.txt');
const bigFile = path.join(dir, 'big.txt');
writeFileSync(liveFile, liveMessage);
writeFileSync(bigFile, bigText);

// --- Debrief, as a process: findings from --json on stdout, in-process times from stderr.
const parseJsonOutput = (stdout) => {
  const findings = [];
  let summary;
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    if (o.summary) summary = o.summary;
    else if (typeof o.category === 'string' && ['info', 'warn', 'risk'].includes(o.severity)) findings.push(o);
    else throw new Error(`unexpected line: ${line}`);
  }
  if (!summary) throw new Error('no summary line');
  return { findings, summary };
};
// Exit codes are not relied on (a check with findings may well exit 1): what counts is that the
// output parses and ends with the summary line.
const debrief = (engine, kind, file, extra = []) => {
  const [command, pre] = engine === 'native' ? [native, []] : [process.execPath, [wasm]];
  const r = spawnSync(command, [...pre, 'tone', '--kind', kind, '--json', ...extra, file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error || r.signal) throw new Error(`debrief (${engine}) tone failed: ${r.error ?? r.signal}`);
  let out;
  try {
    out = parseJsonOutput(r.stdout);
  } catch (e) {
    throw new Error(`debrief (${engine}) tone --kind ${kind} exited ${r.status}, output unreadable (${e.message}); stderr: ${r.stderr.trim()}`);
  }
  return { ...out, stderr: r.stderr };
};
const timed = (engine, file, repeat) => {
  const { findings, stderr } = debrief(engine, 'feedback', file, ['--time', '--repeat', String(repeat)]);
  const m = /checked (\d+) bytes in ([\d.]+) ms(?: \(median of (\d+) runs; the first took ([\d.]+) ms\))?/.exec(stderr);
  if (!m) throw new Error(`no timing line from debrief (${engine}): ${stderr}`);
  if (Number(m[1]) !== bytes(readFileSync(file, 'utf8')) || Number(m[3] ?? 1) !== repeat) {
    throw new Error(`debrief (${engine}) timed something else: ${m[0]}`);
  }
  return { warm: Number(m[2]), first: Number(m[4] ?? m[2]), findings: findings.length };
};

// --- The peers, in node: one script, run as a fresh process for each measurement.
const peerFile = path.join(dir, 'peer.mjs');
writeFileSync(peerFile, `
  import { createRequire } from 'node:module';
  import { readFileSync } from 'node:fs';
  import { performance } from 'node:perf_hooks';
  const writeGood = createRequire(${JSON.stringify(path.join(root, 'package.json'))})('write-good');
  const { text: alex } = await import(${JSON.stringify(pathToFileURL(path.join(modules, 'alex/index.js')).href)});
  const check = {
    'write-good': (value) => writeGood(value).length,
    alex: (value) => alex(value).messages.length,
  };
  const [mode, file, runs] = process.argv.slice(2);
  if (mode === 'count') {  // A JSON list of texts: the number of findings from each tool for each.
    const texts = JSON.parse(readFileSync(file, 'utf8'));
    process.stdout.write(JSON.stringify(texts.map((t) => ({ 'write-good': check['write-good'](t), alex: check.alex(t) }))));
  } else {  // mode is a tool: one warm-up check, then runs timed ones.
    const value = readFileSync(file, 'utf8');
    const times = [];
    let findings;
    for (let i = 0; i <= Number(runs); i++) {
      const t0 = performance.now();
      findings = check[mode](value);
      times.push(performance.now() - t0);
    }
    process.stdout.write(JSON.stringify({ times, findings }));
  }
`);
const peer = (args) => {
  const r = spawnSync(process.execPath, [peerFile, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`peer run (${args[0]}) failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
};
const timedPeer = (tool) => {
  const { times, findings } = peer([tool, bigFile, String(BIG_REPEAT)]);
  return { warm: median(times.slice(1)), first: times[0], findings };
};

const summarise = (list) => ({
  warm: median(list.map((r) => r.warm)), first: median(list.map((r) => r.first)), findings: list[0]?.findings,
});

console.log(`Tone checker benchmark${peersOnly ? ' (--peers-only: Debrief not run)' : ''}`);
if (corpus.length) {
  const clean = corpus.filter((m) => m.clean).length;
  console.log(`Corpus: ${corpus.length} messages (${clean} clean, ${corpus.length - clean} with problems) from ${new Set(corpus.map((m) => m.file)).size} files in ${path.relative(root, corpusDir)}.`);
}
for (const note of corpusNotes) console.log(`Corpus: ${note}.`);

// --- 1. Live re-check.
if (!peersOnly) {
  const live = { native: [], wasm: [] };
  for (let run = 0; run < PROCESSES; run++) {
    for (const engine of ['native', 'wasm']) live[engine].push(timed(engine, liveFile, LIVE_REPEAT));
  }
  const nat = summarise(live.native), was = summarise(live.wasm);
  table(`1. Live re-check: feedback message of ${liveMessage.length.toLocaleString('en-US')} characters (${bytes(liveMessage).toLocaleString('en-US')} bytes), ` +
    `ms per check, median of ${LIVE_REPEAT} checks, median of ${PROCESSES} processes`,
    ['engine', 'per check', 'first check', 'findings'],
    [['Debrief, native (build/native-release)', ms(nat.warm), ms(nat.first), nat.findings],
     ['Debrief, WebAssembly under node', ms(was.warm), ms(was.first), was.findings]]);
  console.log(`Debrief wasm, one live re-check: ${ms(was.warm)} ms   (goal: under 0.2 ms)`);
} else {
  console.log(`\n1. Live re-check: skipped (--peers-only).`);
}

// --- 2. 100 KB side by side.
{
  const big = { native: [], wasm: [], 'write-good': [], alex: [] };
  for (let run = 0; run < PROCESSES; run++) {  // Interleaved, so a noisy moment hits all alike.
    if (!peersOnly) {
      big.native.push(timed('native', bigFile, BIG_REPEAT));
      big.wasm.push(timed('wasm', bigFile, BIG_REPEAT));
    }
    big['write-good'].push(timedPeer('write-good'));
    big.alex.push(timedPeer('alex'));
  }
  const s = Object.fromEntries(Object.entries(big).map(([k, v]) => [k, v.length ? summarise(v) : undefined]));
  const rows = [];
  if (!peersOnly) {
    rows.push(['Debrief, native', ms(s.native.warm), ms(s.native.first), s.native.findings, '-', '-']);
    rows.push(['Debrief, WebAssembly under node', ms(s.wasm.warm), ms(s.wasm.first), s.wasm.findings, '-', '-']);
  }
  for (const tool of ['write-good', 'alex']) {
    rows.push([`${tool} ${version(tool)} (npm), node`, ms(s[tool].warm), ms(s[tool].first), s[tool].findings,
      ratio(s[tool].warm, s.wasm?.warm), ratio(s[tool].warm, s.native?.warm)]);
  }
  const source = corpus.length ? `${bigParts.length} corpus messages` : `the live message ${bigParts.length} times (no corpus yet)`;
  table(`2. 100 KB side by side: ${bytes(bigText).toLocaleString('en-US')} bytes (${source}), ms per check, ` +
    `median of ${BIG_REPEAT} checks, median of ${PROCESSES} processes`,
    ['tool', 'per check', 'first', 'findings', '/ Debrief wasm', '/ Debrief native'], rows);
  if (!peersOnly) {
    console.log(`write-good / Debrief wasm: ${ratio(s['write-good'].warm, s.wasm.warm)}   (goal: at least 10x)`);
    console.log(`alex / Debrief wasm:       ${ratio(s.alex.warm, s.wasm.warm)}   (goal: at least 100x)`);
  }
}

// --- 3. Noise and coverage.
if (!corpus.length) {
  console.log(`\n3. Noise and coverage: skipped, no corpus messages to read (${corpusNotes.join('; ')}).`);
} else {
  const counts = peer(['count', (() => {
    const f = path.join(dir, 'texts.json');
    writeFileSync(f, JSON.stringify(corpus.map((m) => m.text)));
    return f;
  })()]);
  const left = [];
  const results = [];
  corpus.forEach((m, i) => {
    const r = { m, words: words(m.text), 'write-good': counts[i]['write-good'], alex: counts[i].alex };
    if (!peersOnly) {
      const file = path.join(dir, `message-${i}.txt`);
      writeFileSync(file, m.text);
      try {
        const { findings } = debrief('native', m.kind, file);
        r.all = findings.length;
        r.serious = findings.filter((f) => f.severity !== 'info').length;
      } catch (e) {
        left.push(`${m.id} (${e.message.split('\n')[0]})`);
        return;
      }
    }
    results.push(r);
  });
  const tools = [
    ...(peersOnly ? [] : [['Debrief native, all findings', 'all'], ['Debrief native, warn+risk', 'serious']]),
    [`write-good ${version('write-good')}`, 'write-good'], [`alex ${version('alex')}`, 'alex'],
  ];
  const group = (clean) => results.filter((r) => r.m.clean === clean);
  const clean = group(true), bad = group(false);
  const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);
  const per1k = (list, key) => (list.length ? (1000 * sum(list, key) / sum(list, 'words')).toFixed(1) : '-');
  const flagged = (list, key) => `${list.filter((r) => r[key] > 0).length} / ${list.length}`;
  table(`3. Noise and coverage: ${results.length} corpus messages (${clean.length} clean, ${sum(clean, 'words')} words; ` +
    `${bad.length} with problems, ${sum(bad, 'words')} words), findings per 1,000 words`,
    ['tool', 'clean (noise)', 'with problems (coverage)'],
    tools.map(([label, key]) => [label, per1k(clean, key), per1k(bad, key)]));
  table('Messages with at least one finding (for Debrief warn+risk: on a clean message, a false alarm)',
    ['tool', 'with problems: flagged', 'clean: flagged'],
    tools.map(([label, key]) => [label, flagged(bad, key), flagged(clean, key)]));
  if (left.length) console.log(`Left out of section 3 for every tool, debrief tone failed on ${left.length}: ${left.join('; ')}`);
}

let debriefVersion = '';
if (!peersOnly) {
  const r = spawnSync(native, ['--version'], { encoding: 'utf8' });
  debriefVersion = `, debrief ${(r.stdout || '').split('\n')[0].replace(/^debrief\s*/, '') || '?'}`;
}
console.log(`\nTools: node ${process.version}, write-good ${version('write-good')}, alex ${version('alex')}${debriefVersion}; ${os.cpus().length} cores.`);
