// The local static server (scripts/serve.mjs) that `scripts/run` and these tests use.
import { test, expect } from '@playwright/test';

// Plain HTTP checks: only the dpr1 project runs them (playwright.config.mjs).

const url = (path) => process.env.DEBRIEF_URL + path;

test('serves the app with the MIME types browsers require', async ({ request }) => {
  const expected = {
    '': 'text/html',
    'index.html': 'text/html',
    'loader.js': 'text/javascript',
    'debrief.js': 'text/javascript',
    'debrief.wasm': 'application/wasm',
    'icon.svg': 'image/svg+xml',
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await request.get(url(path));
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
  const wasm = await request.get(url('debrief.wasm'));
  const bytes = await wasm.body();
  expect(Number(wasm.headers()['content-length'])).toBe(bytes.length);
  expect([...bytes.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);  // "\0asm"
});

test('never serves files outside the app folder', async ({ request }) => {
  for (const path of ['../package.json', '..%2fpackage.json', '%2e%2e/%2e%2e/README.md', '..%5c..%5cREADME.md']) {
    const response = await request.get(url(path));
    expect(response.status(), path).not.toBe(200);
  }
});

test('answers 404 for missing files and 405 for writes', async ({ request }) => {
  expect((await request.get(url('no-such-file.js'))).status()).toBe(404);
  expect((await request.post(url('index.html'), { data: 'x' })).status()).toBe(405);
});
