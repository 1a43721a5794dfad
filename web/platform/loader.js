// Starts Debrief in the page made from shell.html.
//
// Implemented features:
//  [X] Checks for WebGL 2 first and explains, instead of a blank page, when it is missing.
//  [X] Downloads debrief.wasm with a progress bar and compiles it while it streams.
//  [X] Any failure to load or run (network, HTTP error, bad file, crash) replaces the app with
//      a plain message and a Reload button.
//  [X] Hides the loading screen when the first frame is on screen.
//  [X] Asks before the page closes while changes are not stored yet.
//  [X] A WebAssembly module that does not fit the glue (LinkError: parts of two versions) is
//      named as such; browser_main.cpp catches the subtler mix by comparing build ids.
//  [X] window.debrief: the widget locator and app state for tests (items(), state()).
//  [ ] Progress is indeterminate when the server compresses the .wasm (no usable length).
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const loading = $('loading');
  const loadingText = $('loading-text');
  const progress = $('loading-progress');
  let failed = false;

  function showProblem(title, detail) {
    if (failed) return;
    failed = true;
    $('problem-title').textContent = title;
    $('problem-detail').textContent = detail;
    loading.hidden = true;
    $('canvas').hidden = true;
    $('problem').hidden = false;
    $('problem-reload').focus();
  }
  $('problem-reload').addEventListener('click', () => location.reload());

  function hasWebGL2() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch {
      return false;
    }
  }

  function showProgress(loaded, total) {
    if (total > 0 && loaded <= total) {
      const percent = Math.floor((loaded / total) * 100);
      progress.value = percent;
      loadingText.textContent = `Loading… ${percent}%`;
    } else {
      progress.removeAttribute('value');
      loadingText.textContent = 'Loading…';
    }
  }

  // Emscripten hook: fetch and compile the .wasm ourselves to report progress. From the offline
  // copy (a service worker controls the page) the file is local, so there is nothing to show, and
  // the browser's own response lets it reuse the compiled code it cached on an earlier visit.
  function instantiateWasm(imports, receiveInstance) {
    fetch('debrief.wasm')
      .then((response) => {
        if (response.ok && navigator.serviceWorker?.controller) return WebAssembly.instantiateStreaming(response, imports);
        if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText} for debrief.wasm`);
        const total = Number(response.headers.get('Content-Length')) || 0;
        const encoded = response.headers.get('Content-Encoding');
        let loaded = 0;
        const counted = response.body.pipeThrough(new TransformStream({
          transform(chunk, controller) {
            loaded += chunk.byteLength;
            showProgress(loaded, encoded ? 0 : total);
            controller.enqueue(chunk);
          },
        }));
        const streamed = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
        return WebAssembly.instantiateStreaming(streamed, imports);
      })
      .then(({ instance, module }) => {
        loadingText.textContent = 'Starting…';
        receiveInstance(instance, module);
      })
      .catch((error) => {
        if (error instanceof WebAssembly.LinkError) {
          showProblem('Debrief was only partly updated',
            'This page\'s code and its WebAssembly module come from different versions of Debrief, so it stopped ' +
            'before reading or changing any of your records. Reload to load one complete version; your saved ' +
            'records are not affected.');
        } else {
          showProblem('Debrief could not be loaded',
            `Part of the app did not arrive (${error.message}). Check the connection or the installation, then reload.`);
        }
      });
    return {};  // Tells Emscripten the instance arrives asynchronously.
  }

  function testApi(module) {
    const read = (fn) => JSON.parse(module.UTF8ToString(fn()));
    return {
      items: () => read(module._debrief_test_items_json),
      state: () => read(module._debrief_test_state_json),
      // Saves `count` new candidates through the real path; see browser_main.cpp.
      saveBurst: (count) => module._debrief_test_save_burst(count),
      frameTimes: () => read(module._debrief_test_frame_times_json),
      heapBytes: () => module.HEAP8.length,
      offline: () => window.debriefOffline?.state(),
    };
  }

  function start() {
    if (typeof createDebrief !== 'function') {
      showProblem('Debrief could not be loaded', 'The file debrief.js is damaged. Reload to try again.');
      return;
    }
    const firstFrame = new Promise((resolve) => {
      createDebrief({
        canvas: $('canvas'),
        instantiateWasm,
        print: (text) => {
          // Acknowledged saves are announced for tests and benchmarks (see browser_main.cpp).
          if (text.startsWith('debrief:ack ')) window.dispatchEvent(new CustomEvent('debrief-ack', { detail: text }));
          console.log(text);
        },
        printErr: (text) => console.warn(text),
        onProblem: showProblem,
        onFirstFrame: () => {
          loading.hidden = true;
          resolve();
        },
        onAbort: (what) => showProblem('Debrief stopped because of an error',
          `${what ?? 'Unknown error'}. Reload to continue; data you saved before is not affected.`),
      }).then((module) => {
        window.debrief = { ...testApi(module), ready: firstFrame };
        // Closing the tab runs no C++, so nothing can be saved then; but while changes are still
        // on their way (or failed and wait for Retry), the browser asks before leaving.
        window.addEventListener('beforeunload', (event) => {
          if (module._debrief_unsaved_actions() > 0) {
            event.preventDefault();
            event.returnValue = '';
          }
        });
      });
    });
  }

  if (!hasWebGL2()) {
    showProblem('Debrief needs WebGL 2',
      'This browser cannot draw with WebGL 2, which Debrief uses for its window. Use a current ' +
      'version of Chrome, Edge, Firefox or Safari, or turn on hardware acceleration in the ' +
      'browser settings, then reload.');
    return;
  }
  window.addEventListener('error', (event) => {
    if (!window.debrief) showProblem('Debrief could not start', event.message || 'A script failed to load.');
  });
  const script = document.createElement('script');
  script.src = 'debrief.js';
  script.onload = start;
  script.onerror = () => showProblem('Debrief could not be loaded',
    'The file debrief.js did not arrive. Check the connection or the installation, then reload.');
  document.head.appendChild(script);
})();
