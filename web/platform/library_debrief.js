// Debrief's browser glue on the JavaScript side, linked with --js-library. The C++ side is
// browser_input.cpp and browser_main.cpp; both talk to this file only through the functions
// below (declared in browser.h).
//
// Implemented features:
//  [X] Text input through a hidden <textarea>: IME composition, dead keys, dictation, mobile and
//      on-screen keyboards, and Playwright's keyboard.insertText all arrive as UTF-8.
//  [X] The hidden input sits at ImGui's text cursor, so IME candidate windows appear there.
//  [X] Clipboard: copy with navigator.clipboard.writeText; paste from the document's `paste`
//      event (browsers hand clipboard text to pages only on a user gesture).
//  [X] Mouse cursor shapes (text beam, hand, resize arrows).
//  [X] First-frame signal for the loader (hides the loading screen) and for benchmarks
//      (performance mark "debrief-first-frame").
//  [X] WebGL context loss is reported to the page instead of leaving a frozen canvas.
//  [X] Files: downloads through a Blob link; file choosing through a hidden <input type=file>
//      (its click comes from a user's click, which browsers require), read as bytes.
//  [X] The local time zone's offset at any instant (Date#getTimezoneOffset), DST included.
//  [X] mailto: links handed to the user's mail client through a link click (the page stays);
//      the last one is kept in window.debriefLastMailto for tests, which have no mail client.
//  [X] The user's locale (navigator.language) for dates in messages.
//  [X] The offline copy, updates and installing (offline.js): its state as JSON, its actions,
//      and a wake-up whenever it changes. The glue's own build id (--pre-js, cmake/BuildInfo.cmake).
//  [ ] Opening the on-screen keyboard on touch devices needs focus inside the tap's own event
//      handler; the input is focused one frame later, which some mobile browsers ignore.

mergeInto(LibraryManager.library, {
  $DebriefGlue: {
    input: null,
    composing: false,

    // Copies a JS string into the wasm heap, calls `fn` with the pointer, frees it.
    withUTF8: function (text, fn) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      try {
        fn(ptr);
      } finally {
        _free(ptr);
      }
    },

    // Sends what the hidden input holds to ImGui as typed text and empties it.
    flush: function () {
      var input = DebriefGlue.input;
      if (DebriefGlue.composing || !input.value) return;
      var text = input.value;
      input.value = '';
      DebriefGlue.withUTF8(text, _debrief_on_text);
    },
  },

  debrief_js_init__deps: ['$DebriefGlue', 'malloc', 'free', 'debrief_on_text', 'debrief_on_paste', 'debrief_on_wake'],
  debrief_js_init: function () {
    // A <textarea>, not an <input>: text inserted by an IME, dictation or an on-screen keyboard
    // may hold line breaks, which an <input> drops. Enter itself never types here: its keydown is
    // the app's (browser_input.cpp prevents its default), and single-line fields drop '\n'.
    var input = document.createElement('textarea');
    input.rows = 1;
    input.id = 'debrief-text-input';
    input.setAttribute('aria-hidden', 'true');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('spellcheck', 'false');
    input.tabIndex = -1;
    // Invisible but focusable; 16px keeps mobile browsers from zooming in on focus.
    input.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;border:0;' +
      'padding:0;margin:0;font-size:16px;pointer-events:none;z-index:-1;resize:none;overflow:hidden;';
    document.body.appendChild(input);
    DebriefGlue.input = input;

    input.addEventListener('compositionstart', function () { DebriefGlue.composing = true; });
    input.addEventListener('compositionend', function () {
      DebriefGlue.composing = false;
      DebriefGlue.flush();
    });
    input.addEventListener('input', function (event) {
      if (!event.isComposing) DebriefGlue.flush();
    });
    document.addEventListener('paste', function (event) {
      var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      if (!text) return;
      event.preventDefault();
      DebriefGlue.withUTF8(text, _debrief_on_paste);
    });

    // The offline copy or an update moved on: draw, so the app shows it.
    window.addEventListener('debrief-offline', function () { _debrief_on_wake(); });

    var canvas = Module['canvas'];
    canvas.addEventListener('webglcontextlost', function (event) {
      event.preventDefault();
      if (Module['onProblem']) {
        Module['onProblem']('The display stopped working',
          'The browser took away Debrief\'s graphics context (this can happen after a driver ' +
          'update or when the computer wakes from sleep). Reload the page to continue; your ' +
          'saved data is not affected.');
      }
    });
  },

  debrief_js_text_input__deps: ['$DebriefGlue'],
  debrief_js_text_input: function (active, x, y, lineHeight) {
    var input = DebriefGlue.input;
    if (!input) return;
    if (active) {
      var ratio = window.devicePixelRatio || 1;
      input.style.left = (x / ratio) + 'px';
      input.style.top = (y / ratio) + 'px';
      input.style.height = Math.max(1, lineHeight / ratio) + 'px';
      if (document.activeElement !== input) input.focus({ preventScroll: true });
    } else if (document.activeElement === input) {
      DebriefGlue.flush();
      input.blur();
    }
  },

  debrief_js_copy: function (textPtr) {
    var text = UTF8ToString(textPtr);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function (error) {
        console.warn('Copy to the system clipboard was refused: ' + error.message);
      });
    }
  },

  debrief_js_set_cursor: function (namePtr) {
    Module['canvas'].style.cursor = UTF8ToString(namePtr);
  },

  debrief_js_report_problem: function (titlePtr, detailPtr) {
    var title = UTF8ToString(titlePtr), detail = UTF8ToString(detailPtr);
    if (Module['onProblem']) Module['onProblem'](title, detail);
    else console.error(title + ': ' + detail);
  },

  debrief_js_download: function (namePtr, mimePtr, dataPtr, length) {
    var bytes = HEAPU8.slice(dataPtr, dataPtr + length);
    var blob = new Blob([bytes], { type: UTF8ToString(mimePtr) });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(namePtr);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Give the browser time to start the download before the URL goes.
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  },

  debrief_js_pick_file__deps: ['malloc', 'free', 'debrief_on_file_picked'],
  debrief_js_pick_file: function (request, acceptPtr) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(acceptPtr);
    input.style.display = 'none';
    document.body.appendChild(input);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      file.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var data = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, data);
        var nameSize = lengthBytesUTF8(file.name) + 1;
        var name = _malloc(nameSize);
        stringToUTF8(file.name, name, nameSize);
        try {
          _debrief_on_file_picked(request, name, data, bytes.length);
        } finally {
          _free(name);
          _free(data);
        }
      }, function (error) {
        console.warn('Reading ' + file.name + ' failed: ' + error.message);
      });
    });
    input.click();
  },

  debrief_js_local_offset_minutes: function (utcMs) {
    return -new Date(utcMs).getTimezoneOffset();
  },

  debrief_js_now: function () {
    return Date.now();
  },

  debrief_js_open_mailto: function (urlPtr) {
    var url = UTF8ToString(urlPtr);
    window.debriefLastMailto = url;
    if (window.debriefNoMailClient) return;  // Set by tests: headless browsers have no mail client.
    var link = document.createElement('a');
    link.href = url;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  },

  debrief_js_notification_permission: function () {
    if (typeof Notification === 'undefined') return 0;
    return { default: 1, granted: 2, denied: 3 }[Notification.permission] || 0;
  },

  debrief_js_request_notifications__deps: ['debrief_on_wake'],
  debrief_js_request_notifications: function () {
    if (typeof Notification === 'undefined') return;
    // The answer arrives later; wake the app so it shows at once.
    Notification.requestPermission().then(function () { _debrief_on_wake(); });
  },

  debrief_js_notify: function (titlePtr, bodyPtr, tagPtr) {
    var title = UTF8ToString(titlePtr), body = UTF8ToString(bodyPtr), tag = UTF8ToString(tagPtr);
    (window.debriefNotifications = window.debriefNotifications || []).push({ title: title, body: body, tag: tag });
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    try {
      var n = new Notification(title, { body: body, tag: tag });
      n.onclick = function () { window.focus(); n.close(); };
    } catch (e) {
      // Some browsers allow notifications only from a service worker; the Today view still lists it.
    }
  },

  debrief_js_preferred_locale: function (outPtr, size) {
    var tag = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    stringToUTF8(String(tag), outPtr, size);
  },

  debrief_js_reload: function () {
    location.reload();
  },

  // A per-profile flag (localStorage): whether Debrief already asked for persistent storage.
  debrief_js_flag: function (namePtr, set) {
    var key = 'debrief.' + UTF8ToString(namePtr);
    try {
      if (set) localStorage.setItem(key, '1');
      return localStorage.getItem(key) === '1' ? 1 : 0;
    } catch (e) {
      return 0;
    }
  },

  debrief_js_is_apple: function () {
    return /Mac|iPhone|iPad/.test(navigator.platform || '') ? 1 : 0;
  },

  debrief_js_mark: function (namePtr) {
    performance.mark(UTF8ToString(namePtr));
  },

  debrief_js_first_frame: function () {
    performance.mark('debrief-first-frame');
    if (Module['onFirstFrame']) Module['onFirstFrame']();
  },

  debrief_js_glue_build_id: function (outPtr, size) {
    stringToUTF8(String(Module['glueBuildId'] || ''), outPtr, size);
  },

  // Returns offline.js's change count (-1 without offline.js) and, only when it differs from
  // `known`, writes the state as JSON (when it fits): the app asks every frame, and the state
  // rarely changes.
  debrief_js_offline_state: function (known, outPtr, size) {
    var offline = window.debriefOffline;
    if (!offline) return -1;
    var state = offline.state();
    if (state.version === known) return known;
    var json = JSON.stringify(state);
    if (lengthBytesUTF8(json) < size) stringToUTF8(json, outPtr, size);
    return state.version;
  },

  // 1 checks for an update, 2 applies the waiting one, 3 shows the browser's install dialog.
  debrief_js_offline_action: function (action) {
    var offline = window.debriefOffline;
    if (!offline) return;
    if (action === 1) offline.checkForUpdate();
    else if (action === 2) offline.applyUpdate();
    else if (action === 3) offline.install();
  },

  // The workshop's demo space is part of the address (?workshop=1), so a reload stays in it.
  debrief_js_page_in_workshop: function () {
    return /[?&]workshop=1(&|$)/.test(location.search) ? 1 : 0;
  },

  debrief_js_remember_workshop: function (on) {
    var url = new URL(location.href);
    if (on) url.searchParams.set('workshop', '1');
    else url.searchParams.delete('workshop');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  },
});
