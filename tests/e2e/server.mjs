// Runs scripts/serve.mjs on a free port and resolves with its URL once it listens.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.join(root, 'build/wasm-release/dist');

export function startServer({ dir = distDir } = {}) {
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`No built app in ${dir}. Build it first: cmake --workflow --preset wasm-release (scripts/test does).`);
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--dir', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/running at (http:\/\/\S+)/);
      if (match) {
        child.removeAllListeners('exit');
        resolve({
          url: match[1],
          // Stopping twice is fine: the second call finds the server gone.
          stop: () => new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
        });
      }
    });
  });
}
