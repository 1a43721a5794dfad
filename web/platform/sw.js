// The service worker: keeps one complete, exact version of Debrief in the browser so it starts
// and works with no connection. The build writes dist/sw.js from this file
// (cmake/ServiceWorkerScript.cmake fills in the version and the file list).
//
// Implemented features:
//  [X] Install downloads every file of the version and checks each against its SHA-256; any
//      failure (a file missing, or already from another version) fails the install, so a cache
//      never mixes two versions. The page is told why (message "offline-copy-failed").
//  [X] Never takes over on its own: a new version waits until the page posts "skip-waiting"
//      (the app's "Update available — reload").
//  [X] Activate deletes the caches of older versions of this app, and only those.
//  [X] Fetch answers same-origin GET requests from the cache first (the page for any navigation
//      inside the scope), the network only for what the version does not hold; anything else
//      (other origins, other methods) is left to the browser.
'use strict';

const VERSION = '@DEBRIEF_CACHE_VERSION@';
const CACHE_PREFIX = 'debrief-';
const CACHE = CACHE_PREFIX + VERSION;
// [file, SHA-256, bytes] for every file of this version.
const FILES = [
@DEBRIEF_PRECACHE@];

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

async function tellPages(message) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage(message);
}

async function download([file, sha256]) {
  const response = await fetch(new Request(file, { cache: 'reload' }));
  if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
  const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  if (digest !== sha256) throw new Error(`${file} on the server belongs to another version`);
  return [file, response];
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    try {
      const downloaded = await Promise.all(FILES.map(download));
      const cache = await caches.open(CACHE);
      await Promise.all(downloaded.map(([file, response]) => cache.put(file, response)));
      await tellPages({ type: 'offline-copy-ready', version: VERSION });
    } catch (error) {
      await caches.delete(CACHE);
      await tellPages({ type: 'offline-copy-failed', version: VERSION, reason: error.message });
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Any navigation to the app's folder (with or without a query) is the page itself.
    const page = request.mode === 'navigate' && url.pathname === new URL('./', self.location).pathname;
    const cached = page ? await cache.match('index.html') : await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    return cached ?? fetch(request);
  })());
});
