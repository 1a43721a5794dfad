// Copies of the built app for the offline and update tests: a folder of their own to serve, so a
// test can replace its files or stop its server without touching the others.
//
// Build "B" is made from a copy of the real build: its build id is changed (same length) in the
// JavaScript glue and in the WebAssembly, one asset is changed, and its sw.js is written again by
// the build's own script (cmake/ServiceWorkerScript.cmake). So B differs from A exactly as a new
// release does: other bytes, another build id, another cache version.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir } from './server.mjs';

const root = path.resolve(path.dirname(distDir), '../..');

export function copyOfBuild(from = distDir) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'debrief-dist-'));
  cpSync(from, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function buildIdOf(dir) {
  const glue = readFileSync(path.join(dir, 'debrief.js'), 'latin1');
  const match = glue.match(/glueBuildId["']\]\s*=\s*["']([^"']+)["']/);
  if (!match) throw new Error(`no build id in ${dir}/debrief.js`);
  return match[1];
}

export function writeServiceWorker(dir) {
  execFileSync('cmake', [`-DDIST_DIR=${dir}`, `-DTEMPLATE=${path.join(root, 'web/platform/sw.js')}`,
    '-P', path.join(root, 'cmake/ServiceWorkerScript.cmake')], { stdio: 'pipe' });
}

// Replaces the one occurrence of `from` in `file` with `to` (the same length).
function replaceOnce(file, from, to) {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(from, 0, 'latin1');
  if (at < 0 || bytes.indexOf(from, at + 1, 'latin1') >= 0) throw new Error(`${file} should hold "${from}" exactly once`);
  bytes.write(to, at, 'latin1');
  writeFileSync(file, bytes);
}

// Another id of the same length: the last character moved on by one.
function nextId(id) {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const last = id.at(-1).toLowerCase();
  return id.slice(0, -1) + alphabet[(alphabet.indexOf(last) + 1) % alphabet.length];
}

// Turns the copy in `dir` into build B; returns its build id. With `parts`, only those files
// get the new id (to make a copy whose glue and WebAssembly disagree).
export function makeBuildB(dir, { parts = ['debrief.js', 'debrief.wasm'] } = {}) {
  const idA = buildIdOf(dir);
  const idB = nextId(idA);
  for (const part of parts) replaceOnce(path.join(dir, part), idA, idB);
  appendFileSync(path.join(dir, 'page.css'), `\n/* ${idB} */\n`);
  writeServiceWorker(dir);
  return idB;
}
