// The .ics export read back by a real iCalendar parser (ical.js, the one Thunderbird uses), and
// compared with the plan it came from. The C++ unit tests (tests/core/ics_export_test.cpp) check
// the writer against our reading of RFC 5545; this checks it against someone else's.
//
//   node tests/timeline/ics_check.mjs BUILD/debrief [BACKUP.json [NOW]]
//
// Runs `debrief ics` and `debrief plan --json` on the same backup and moment (by default
// tests/cli/fixtures/plan-backup.json, whose names carry accents and apostrophes and whose texts
// are long enough to be folded), then requires:
//   - every physical line ends in CRLF, is at most 75 octets and is valid UTF-8 on its own (a fold
//     never splits a character);
//   - one VEVENT per open follow-up (upcoming, due today, overdue) in the plan;
//   - per event: a unique UID without '@'; a DTSTAMP in UTC; DTSTART at the follow-up's due time
//     (its snooze time if snoozed); SUMMARY equal to its `what`; DESCRIPTION containing its `why`;
//     a VALARM with ACTION:DISPLAY and a negative TRIGGER.
// Exits 1 with every mismatch listed, 2 when it cannot run at all; registered with CTest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [debrief, backup = path.join(root, 'tests/cli/fixtures/plan-backup.json'), now = '2026-11-24T09:00:00+01:00'] =
  process.argv.slice(2);

const fail = (message) => {
  console.error(`ics_check: ${message}`);
  process.exit(2);
};
if (!debrief) fail('usage: node tests/timeline/ics_check.mjs path/to/debrief [BACKUP.json [NOW]]');
if (!existsSync(debrief)) fail(`${debrief} does not exist: build the debrief target first`);
if (!existsSync(backup)) fail(`${backup} does not exist`);

let ICAL;
try {
  ({ default: ICAL } = await import('ical.js'));
} catch (e) {
  fail(`cannot load ical.js (${e.message}); run npm ci in ${root}`);
}

const run = (args) => {
  const r = spawnSync(debrief, args, { maxBuffer: 256 << 20 });
  if (r.error || r.status !== 0) {
    fail(`debrief ${args.join(' ')} failed (${r.error ?? `exit ${r.status}`}): ${r.stderr?.toString().trim()}`);
  }
  return r.stdout;  // A Buffer: the line checks are about octets.
};
const icsBytes = run(['ics', '--data', backup, '--now', now]);
const plan = JSON.parse(run(['plan', '--data', backup, '--now', now, '--json']).toString('utf8'));

const problems = [];
const problem = (message) => problems.push(message);

// --- Physical lines: CRLF, 75 octets, whole UTF-8 characters (RFC 5545 3.1).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
{
  let start = 0;
  let number = 0;
  while (start < icsBytes.length) {
    number++;
    const lf = icsBytes.indexOf(0x0a, start);
    if (lf < 0) {
      problem(`line ${number} does not end in CRLF (the file ends without a line break)`);
      break;
    }
    if (lf === start || icsBytes[lf - 1] !== 0x0d) problem(`line ${number} ends in a bare LF, not CRLF`);
    const line = icsBytes.subarray(start, icsBytes[lf - 1] === 0x0d ? lf - 1 : lf);
    if (line.includes(0x0d)) problem(`line ${number} holds a bare CR`);
    if (line.length > 75) problem(`line ${number} is ${line.length} octets long; RFC 5545 allows 75: ${line.toString('utf8')}`);
    try {
      strictUtf8.decode(line);
    } catch {
      problem(`line ${number} is not valid UTF-8 on its own: a fold split a character (${line.toString('hex')})`);
    }
    start = lf + 1;
  }
}

// --- The calendar, as ical.js reads it.
const text = icsBytes.toString('utf8');
let calendar;
try {
  calendar = new ICAL.Component(ICAL.parse(text));
} catch (e) {
  problems.push(`ical.js cannot parse the file: ${e.message}`);
}
if (calendar) {
  if (calendar.name !== 'vcalendar') problem(`the file holds a ${calendar.name}, not a vcalendar`);
  for (const [name, value] of [['version', '2.0'], ['calscale', 'GREGORIAN'], ['method', 'PUBLISH']]) {
    if (calendar.getFirstPropertyValue(name) !== value) {
      problem(`${name.toUpperCase()} is ${JSON.stringify(calendar.getFirstPropertyValue(name))}, not ${value}`);
    }
  }
  if (!calendar.getFirstPropertyValue('prodid')) problem('PRODID is missing');

  const open = plan.follow_ups.filter((f) => ['upcoming', 'due_today', 'overdue'].includes(f.status));
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length !== open.length) {
    problem(`${vevents.length} events, but the plan has ${open.length} open follow-ups`);
  }
  const isUtc = (t) => t instanceof ICAL.Time && t.zone === ICAL.Timezone.utcTimezone;
  const unmatched = new Set(open);
  const uids = new Set();
  for (const [index, vevent] of vevents.entries()) {
    const event = new ICAL.Event(vevent);
    const where = `event ${index + 1} (${JSON.stringify(event.summary)})`;
    const uid = event.uid;
    if (!uid) problem(`${where} has no UID`);
    else if (uid.includes('@')) problem(`${where}: UID ${uid} contains '@'`);
    else if (uids.has(uid)) problem(`${where}: UID ${uid} is used twice`);
    uids.add(uid);

    const stamp = vevent.getFirstPropertyValue('dtstamp');
    if (!stamp) problem(`${where} has no DTSTAMP`);
    else if (!isUtc(stamp)) problem(`${where}: DTSTAMP ${stamp} is not in UTC`);
    if (!isUtc(event.startDate)) problem(`${where}: DTSTART ${event.startDate} is not in UTC`);

    // The follow-up it stands for: the same title at the same moment.
    const start = event.startDate.toJSDate().getTime();
    const follow = [...unmatched].find((f) => f.what === event.summary && Date.parse(f.snoozed_until ?? f.due) === start);
    if (!follow) {
      const same = open.filter((f) => f.what === event.summary);
      problem(same.length
        ? `${where}: DTSTART ${event.startDate} is not the due time of the follow-up with that title ` +
          `(${same.map((f) => f.snoozed_until ?? f.due).join(', ')})`
        : `${where}: no open follow-up in the plan has that SUMMARY`);
    } else {
      unmatched.delete(follow);
      if (!(event.description ?? '').includes(follow.why)) {
        problem(`${where}: DESCRIPTION does not contain the follow-up's why, ${JSON.stringify(follow.why)}`);
      }
    }
    if (!(event.endDate.compare(event.startDate) > 0)) problem(`${where} has no length (DURATION or DTEND)`);

    const alarms = vevent.getAllSubcomponents('valarm');
    if (alarms.length === 0) problem(`${where} has no VALARM`);
    for (const alarm of alarms) {
      if (alarm.getFirstPropertyValue('action') !== 'DISPLAY') {
        problem(`${where}: VALARM ACTION is ${alarm.getFirstPropertyValue('action')}, not DISPLAY`);
      }
      const trigger = alarm.getFirstPropertyValue('trigger');
      if (!(trigger instanceof ICAL.Duration) || !trigger.isNegative || trigger.toSeconds() >= 0) {
        problem(`${where}: VALARM TRIGGER ${trigger} is not a time before the event`);
      }
      if (!alarm.getFirstPropertyValue('description')) problem(`${where}: a DISPLAY alarm needs a DESCRIPTION`);
    }
  }
  for (const f of unmatched) problem(`follow-up ${f.key} (${JSON.stringify(f.what)}) has no event`);
  if (problems.length === 0) {
    console.log(`ics_check: OK: ${vevents.length} events for ${open.length} open follow-ups ` +
      `(${plan.follow_ups.length} in the plan), ${text.split('\r\n').length - 1} lines, read by ical.js`);
  }
}

if (problems.length) {
  console.error(`ics_check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the .ics export of ${backup} at ${now}:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
