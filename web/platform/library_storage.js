// IndexedDB storage for Debrief, linked with --js-library. The C++ side is idb_storage.cpp,
// which implements core/storage/storage.h on top of these functions.
//
// Implemented features:
//  [X] One object store per collection, values {id, rev, json}; the record's JSON is kept as
//      text, exactly as the C++ core wrote it.
//  [X] One readwrite transaction per user action, durability 'strict'. Inside it each record's
//      stored revision is read and compared with the revision the change was based on; any
//      mismatch aborts the whole transaction and is reported as a conflict with the stored
//      record. Only the transaction's `complete` event reports success.
//  [X] No await and no promise inside a transaction: request callbacks only, so the
//      transaction cannot commit early.
//  [X] Failures (QuotaExceededError, other aborts) are reported with their name and message.
//  [X] Other tabs learn of each commit through a BroadcastChannel and read the new records.
//  [X] A tab holding an older version closes its connection on `versionchange`; opening data
//      stored by a newer version fails with VersionError and touches nothing.
//  [X] Loading streams each store to C++ in chunks of records joined by newlines (JSON text
//      has none), so memory holds at most one chunk twice. Roles and candidates come first, so
//      the list shows before interviews, notes and history are in; those follow a chunk per
//      task, so the app keeps drawing meanwhile.
//  [X] Reading ahead: the first part is read while the WebAssembly downloads and compiles.
//  [X] Storage health: navigator.storage.persist() and estimate().
//  [X] Upgrades: the database version is core's kSchemaVersion. Opening an older one creates
//      the stores it lacks (version 2 added "templates" and "settings", version 3
//      "exercise_results" and "scenario_cards") inside the upgrade
//      transaction; records already stored read as they are (core/records/schema.cpp).
//  [ ] Upgrades that rewrite stored records: none needed yet. When one is, onupgradeneeded
//      must run core's MigrateRecord over each store.

var LibraryDebriefStorage = {
  $DebriefIdb: {
    db: null,
    name: '',
    channel: null,
    // Store names in the order of C++'s Collection enum (core/records/collection.h).
    stores: ['roles', 'candidates', 'interviews', 'notes', 'messages', 'activity', 'templates', 'settings',
      'exercise_results', 'scenario_cards'],
    chunkRecords: 2000,

    encoder: null,

    // Copies `text` into the wasm heap, NUL-terminated, for the duration of `fn(ptr, bytes)`.
    // TextEncoder writes UTF-8 natively, far faster than a loop in JavaScript for big chunks;
    // UTF-8 never takes more than 3 bytes per UTF-16 code unit.
    withText: function (text, fn) {
      if (!DebriefIdb.encoder) DebriefIdb.encoder = new TextEncoder();
      var capacity = text.length * 3 + 1;
      var ptr = _malloc(capacity);
      try {
        var written = DebriefIdb.encoder.encodeInto(text, HEAPU8.subarray(ptr, ptr + capacity - 1)).written;
        HEAPU8[ptr + written] = 0;
        fn(ptr, written);
      } finally {
        _free(ptr);
      }
    },

    errorText: function (error, fallback) {
      if (!error) return fallback;
      return (error.name ? error.name + ': ' : '') + (error.message || fallback);
    },

    // From nothing or from any older version: add the stores that are missing. Stored records
    // keep their form (every field added since version 1 is optional).
    upgrade: function (db) {
      DebriefIdb.stores.forEach(function (store) {
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath: 'id' });
      });
    },

    // Warming up: a database the user is about to switch to (the workshop's, while the Workshop
    // area offers to start one) is opened, and created if needed, before the click, so switching
    // only has to read it. Nothing is read from it until the app opens it.
    warm: null,

    // Store indices read first (roles, candidates: core's kFirstCollections), then the rest.
    firstStores: [0, 1],
    // Every other store, in order.
    restStores: function () {
      return DebriefIdb.stores.map(function (name, i) { return i; })
        .filter(function (i) { return DebriefIdb.firstStores.indexOf(i) < 0; });
    },

    // Reads the given stores in one read transaction (a consistent snapshot of them) and hands
    // all their records to C++ at once. `done(error)` follows.
    loadStores: function (indices, done) {
      DebriefIdb.readStores(DebriefIdb.db, indices, function (error, results) {
        if (error) {
          done(error);
          return;
        }
        performance.mark('debrief-load-read');
        DebriefIdb.handOver(indices, results, false, done);
      });
    },

    // One read transaction over the given stores; `done(error, results)` with one array of
    // values per store.
    readStores: function (db, indices, done) {
      var tx;
      try {
        tx = db.transaction(indices.map(function (i) { return DebriefIdb.stores[i]; }), 'readonly');
      } catch (e) {
        done(DebriefIdb.errorText(e, 'could not read the stored data'), null);
        return;
      }
      var results = [];
      indices.forEach(function (storeIndex, k) {
        tx.objectStore(DebriefIdb.stores[storeIndex]).getAll().onsuccess = function (event) { results[k] = event.target.result; };
      });
      tx.onabort = function () { done(DebriefIdb.errorText(tx.error, 'reading the stored data was interrupted'), null); };
      tx.oncomplete = function () { done(null, results); };
    },

    // Hands the values read to C++ in chunks; with `yieldBetween` each chunk waits for a new task.
    handOver: function (indices, results, yieldBetween, done) {
      var chunks = [];
      indices.forEach(function (storeIndex, k) {
        for (var start = 0; start < results[k].length; start += DebriefIdb.chunkRecords) {
          chunks.push({ store: storeIndex, values: results[k], start: start });
        }
      });
      var next = 0;
      var step = function () {
        for (; next < chunks.length; ) {
          var chunk = chunks[next++];
          var end = Math.min(chunk.values.length, chunk.start + DebriefIdb.chunkRecords);
          var lines = [];
          for (var i = chunk.start; i < end; i++) lines.push(chunk.values[i].json);
          DebriefIdb.withText(lines.join('\n'), function (ptr, bytes) { _debrief_idb_records(chunk.store, ptr, bytes); });
          if (yieldBetween && next < chunks.length) {
            setTimeout(step, 0);
            return;
          }
        }
        results = null;  // Let the browser free the values once handed over.
        done(null);
      };
      step();
    },

    // Reading ahead: when the page starts, the stored data (if there is any) is opened and the
    // first part read while the WebAssembly still downloads and compiles. The app adopts that
    // connection and snapshot if its version is the one the app opens; otherwise it closes it
    // and opens as usual. It never creates or upgrades anything.
    prefetched: null,

    startPrefetch: function (name) {
      if (typeof indexedDB === 'undefined' || !indexedDB || !indexedDB.databases) return;
      var p = { name: name, db: null, results: null, done: false, waiters: [], messages: [], channel: null };
      DebriefIdb.prefetched = p;
      var finish = function () {
        p.done = true;
        p.waiters.splice(0).forEach(function (waiter) { waiter(); });
      };
      if (typeof BroadcastChannel !== 'undefined') {
        // Commits other tabs make from now on; replayed once the app has its snapshot.
        p.channel = new BroadcastChannel('debrief-db-' + name);
        p.channel.onmessage = function (event) { p.messages.push(event.data || {}); };
      }
      indexedDB.databases().then(function (list) {
        if (!list.some(function (d) { return d.name === name; })) {
          finish();
          return;
        }
        var request = indexedDB.open(name);
        request.onupgradeneeded = function () { request.transaction.abort(); };  // It vanished meanwhile.
        request.onerror = function (event) {
          event.preventDefault();
          finish();
        };
        request.onsuccess = function () {
          var db = request.result;
          var missing = DebriefIdb.firstStores.some(function (i) { return !db.objectStoreNames.contains(DebriefIdb.stores[i]); });
          db.onversionchange = function () {
            db.close();
            p.db = null;
          };
          if (missing) {
            db.close();
            finish();
            return;
          }
          p.db = db;
          DebriefIdb.readStores(db, DebriefIdb.firstStores, function (error, results) {
            if (!error) {
              p.results = results;
              performance.mark('debrief-load-read');
            }
            finish();
          });
        };
      }, finish);
    },

    // The app's own connection is ready: listen to other tabs and to upgrades.
    attach: function (db, name, channel, earlierMessages) {
      DebriefIdb.db = db;
      DebriefIdb.name = name;
      db.onversionchange = function () {
        // A newer Debrief wants to upgrade the data: let it, and stop writing here.
        db.close();
        DebriefIdb.db = null;
        _debrief_idb_closed_for_upgrade();
      };
      if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel('debrief-db-' + name);
      DebriefIdb.channel = channel;
      var receive = function (message) {
        if (message.type === 'commit') DebriefIdb.readChanged(message.changes || []);
        else if (message.type === 'replaced') _debrief_idb_replaced();
      };
      if (channel) channel.onmessage = function (event) { receive(event.data || {}); };
      (earlierMessages || []).forEach(receive);
    },

    // Opening's two parts: roles and candidates, then `opened`; then everything else. `first`
    // is the first part when it was read ahead already.
    // The second part is read at once, beside the first, and handed over after it: one round
    // trip to the database less before everything is in.
    loadInTwoParts: function (opened, first) {
      var restIndices = DebriefIdb.restStores();
      var rest = { read: false, error: null, results: null, then: null };
      DebriefIdb.readStores(DebriefIdb.db, restIndices, function (error, results) {
        performance.mark('debrief-load-rest-read');
        rest.read = true;
        rest.error = error;
        rest.results = results;
        if (rest.then) rest.then();
      });
      var firstPart = first
        ? function (done) { DebriefIdb.handOver(DebriefIdb.firstStores, first, false, done); }
        : function (done) { DebriefIdb.loadStores(DebriefIdb.firstStores, done); };
      firstPart(function (error) {
        opened(error ? 4 : 0, DebriefIdb.db ? DebriefIdb.db.version : 0, error);
        if (error) return;
        var finish = function (restError) {
          performance.mark('debrief-load-complete');
          if (restError) console.warn('Debrief could not read all records: ' + restError);
          _debrief_idb_loaded(restError ? 0 : 1);
        };
        var handOverRest = function () {
          setTimeout(function () {  // A frame with the first part may come first.
            if (rest.error) finish(rest.error);
            else DebriefIdb.handOver(restIndices, rest.results, true, finish);
            rest.results = null;
          }, 0);
        };
        if (rest.read) handOverRest();
        else rest.then = handOverRest;
      });
    },

    // Reads the named records (after another tab's commit) and hands each to C++.
    readChanged: function (changes) {
      if (!DebriefIdb.db || !changes.length) return;
      var names = [];
      changes.forEach(function (c) {
        if (names.indexOf(DebriefIdb.stores[c.s]) < 0) names.push(DebriefIdb.stores[c.s]);
      });
      var tx = DebriefIdb.db.transaction(names, 'readonly');
      var found = new Array(changes.length);
      changes.forEach(function (change, i) {
        tx.objectStore(DebriefIdb.stores[change.s]).get(change.id).onsuccess = function (event) {
          found[i] = event.target.result;
        };
      });
      tx.oncomplete = function () {
        changes.forEach(function (change, i) {
          var value = found[i];
          DebriefIdb.withText(change.id, function (idPtr) {
            if (!value) {
              _debrief_idb_external(change.s, idPtr, 0);
              return;
            }
            DebriefIdb.withText(value.json, function (jsonPtr) { _debrief_idb_external(change.s, idPtr, jsonPtr); });
          });
        });
      };
    },

    announce: function (message) {
      if (DebriefIdb.channel) DebriefIdb.channel.postMessage(message);
    },

    finishWrite: function (requestId, status, payload, quota) {
      DebriefIdb.withText(payload, function (ptr) { _debrief_idb_written(requestId, status, ptr, quota ? 1 : 0); });
    },
  },

  // Opens (creating if needed) database `name` at `version`, streams its records to C++ and
  // then calls _debrief_idb_opened(status, storedVersion, error). Status numbers follow
  // core's OpenStatus: 0 ready, 1 newer version, 2 blocked, 3 unavailable, 4 failed.
  // The page reads ahead only the database it will open: a workshop page (?workshop=1, see
  // debrief_js_page_in_workshop) never touches the user's own records.
  $DebriefIdb__postset: 'DebriefIdb.startPrefetch(/[?&]workshop=1(&|$)/.test(location.search) ? "debrief-workshop" : "debrief");',

  // Opens (and creates if needed) database `name` at `version` ahead of debrief_idb_open, which
  // then adopts the connection. Failures are left for debrief_idb_open to meet and report.
  debrief_idb_warm__deps: ['$DebriefIdb'],
  debrief_idb_warm: function (namePtr, version) {
    var name = UTF8ToString(namePtr);
    if ((DebriefIdb.warm && DebriefIdb.warm.name === name) || DebriefIdb.name === name) return;
    if (typeof indexedDB === 'undefined' || !indexedDB) return;
    var warm = { name: name, db: null, done: false, waiters: [] };
    DebriefIdb.warm = warm;
    var finish = function () {
      warm.done = true;
      warm.waiters.splice(0).forEach(function (waiter) { waiter(); });
    };
    var request;
    try {
      request = indexedDB.open(name, version);
    } catch (e) {
      finish();
      return;
    }
    request.onupgradeneeded = function () { DebriefIdb.upgrade(request.result); };
    request.onerror = function (event) {
      event.preventDefault();
      finish();
    };
    request.onsuccess = function () {
      var db = request.result;
      db.onversionchange = function () {
        db.close();
        warm.db = null;
      };
      if (DebriefIdb.warm === warm) warm.db = db;
      else db.close();
      finish();
    };
  },

  // Closes the open database (and what was read ahead) so another can be opened: switching
  // between the user's records and the workshop's demo space. Nothing is read from it afterwards;
  // other tabs' commits to it are no longer heard.
  debrief_idb_close__deps: ['$DebriefIdb'],
  debrief_idb_close: function () {
    var ahead = DebriefIdb.prefetched;
    DebriefIdb.prefetched = null;
    if (ahead && ahead.db) ahead.db.close();
    if (ahead && ahead.channel) ahead.channel.close();
    if (DebriefIdb.db) DebriefIdb.db.close();
    if (DebriefIdb.channel) DebriefIdb.channel.close();
    DebriefIdb.db = null;
    DebriefIdb.channel = null;
    DebriefIdb.name = '';
  },

  debrief_idb_open__deps: ['$DebriefIdb', 'malloc', 'free', 'debrief_idb_records', 'debrief_idb_opened', 'debrief_idb_loaded',
    'debrief_idb_external', 'debrief_idb_replaced', 'debrief_idb_closed_for_upgrade'],
  debrief_idb_open: function (namePtr, version) {
    var name = UTF8ToString(namePtr);
    var opened = function (status, storedVersion, error) {
      DebriefIdb.withText(error || '', function (ptr) { _debrief_idb_opened(status, storedVersion, ptr); });
    };
    if (DebriefIdb.db && DebriefIdb.name === name) {
      // Already open (another tab restored a backup): read everything again.
      DebriefIdb.loadInTwoParts(opened, null);
      return;
    }
    var warm = DebriefIdb.warm;
    if (warm && warm.name === name) {
      if (!warm.done) {
        warm.waiters.push(function () { _debrief_idb_open(namePtr, version); });
        return;
      }
      DebriefIdb.warm = null;
      if (warm.db && warm.db.version === version) {
        DebriefIdb.attach(warm.db, name, null, null);
        DebriefIdb.loadInTwoParts(opened, null);
        return;
      }
      if (warm.db) warm.db.close();
    }
    var ahead = DebriefIdb.prefetched;
    DebriefIdb.prefetched = null;
    if (ahead && ahead.name === name && !ahead.done) {
      ahead.waiters.push(function () { _debrief_idb_open(namePtr, version); DebriefIdb.prefetched = null; });
      DebriefIdb.prefetched = ahead;  // Still reading ahead: decide when it is done.
      return;
    }
    if (ahead && ahead.name === name && ahead.db && ahead.results && ahead.db.version === version) {
      DebriefIdb.attach(ahead.db, name, ahead.channel, ahead.messages);
      DebriefIdb.loadInTwoParts(opened, ahead.results);
      return;
    }
    if (ahead) {
      if (ahead.db) ahead.db.close();
      if (ahead.channel) ahead.channel.close();
    }
    if (typeof indexedDB === 'undefined' || !indexedDB) {
      opened(3, 0, 'This browser offers no IndexedDB here.');
      return;
    }
    var request;
    try {
      request = indexedDB.open(name, version);
    } catch (e) {
      opened(3, 0, DebriefIdb.errorText(e, 'IndexedDB refused to open.'));
      return;
    }
    var blocked = false;
    request.onupgradeneeded = function () { DebriefIdb.upgrade(request.result); };
    request.onblocked = function () {
      blocked = true;
      opened(2, 0, 'Another Debrief tab holds an older version of the data open.');
    };
    request.onerror = function (event) {
      event.preventDefault();
      var error = request.error;
      if (error && error.name === 'VersionError') {
        opened(1, 0, 'The data was saved by a newer version of Debrief.');
      } else {
        opened(blocked ? 2 : 4, 0, DebriefIdb.errorText(error, 'IndexedDB could not open the data.'));
      }
    };
    request.onsuccess = function () {
      performance.mark('debrief-load-opened');
      DebriefIdb.attach(request.result, name, null, null);
      DebriefIdb.loadInTwoParts(opened, null);
    };
  },

  // Writes a batch in one transaction. `batchPtr` is JSON: [{s, id, e, j}] with s the store
  // index, e the expected stored revision (0 = must not exist), j the record's JSON text or
  // null to delete. Reports through _debrief_idb_written(request, status, payload, quota):
  // status 0 saved, 1 conflict (payload: [{s, id, e, r, j}] with the stored revision and
  // record), 2 failed (payload: the error).
  debrief_idb_write__deps: ['$DebriefIdb', 'debrief_idb_written'],
  debrief_idb_write: function (requestId, batchPtr) {
    var changes = JSON.parse(UTF8ToString(batchPtr));
    if (!DebriefIdb.db) {
      DebriefIdb.finishWrite(requestId, 2, 'The data is closed in this tab. Reload the page.', false);
      return;
    }
    var names = [];
    changes.forEach(function (c) {
      if (names.indexOf(DebriefIdb.stores[c.s]) < 0) names.push(DebriefIdb.stores[c.s]);
    });
    var tx;
    try {
      tx = DebriefIdb.db.transaction(names, 'readwrite', { durability: 'strict' });
    } catch (e) {
      DebriefIdb.finishWrite(requestId, 2, DebriefIdb.errorText(e, 'could not start saving'), false);
      return;
    }
    var conflicts = [];
    var waiting = changes.length;
    changes.forEach(function (change) {
      var store = tx.objectStore(DebriefIdb.stores[change.s]);
      store.get(change.id).onsuccess = function (event) {
        var stored = event.target.result;
        var storedRev = stored ? stored.rev : 0;
        if (storedRev !== change.e) {
          conflicts.push({ s: change.s, id: change.id, e: change.e, r: storedRev, j: stored ? stored.json : null });
        } else if (change.j === null) {
          store.delete(change.id);
        } else {
          store.put({ id: change.id, rev: change.e + 1, json: change.j });
        }
        if (--waiting === 0 && conflicts.length) tx.abort();
      };
    });
    tx.oncomplete = function () {
      DebriefIdb.finishWrite(requestId, 0, '', false);
      DebriefIdb.announce({ type: 'commit', changes: changes.map(function (c) { return { s: c.s, id: c.id }; }) });
    };
    tx.onabort = function () {
      if (conflicts.length) {
        DebriefIdb.finishWrite(requestId, 1, JSON.stringify(conflicts), false);
        return;
      }
      var error = tx.error;
      var quota = !!error && error.name === 'QuotaExceededError';
      DebriefIdb.finishWrite(requestId, 2,
        quota ? 'The browser\'s storage for Debrief is full (QuotaExceededError).'
              : DebriefIdb.errorText(error, 'The browser stopped the save.'), quota);
    };
  },

  // Replaces every record with the given ones in one transaction (restoring a backup).
  // `recordsPtr` is JSON: [{s, id, r, j}].
  debrief_idb_replace_all__deps: ['$DebriefIdb', 'debrief_idb_written'],
  debrief_idb_replace_all: function (requestId, recordsPtr) {
    var records = JSON.parse(UTF8ToString(recordsPtr));
    if (!DebriefIdb.db) {
      DebriefIdb.finishWrite(requestId, 2, 'The data is closed in this tab. Reload the page.', false);
      return;
    }
    var tx;
    try {
      tx = DebriefIdb.db.transaction(DebriefIdb.stores, 'readwrite', { durability: 'strict' });
    } catch (e) {
      DebriefIdb.finishWrite(requestId, 2, DebriefIdb.errorText(e, 'could not start restoring'), false);
      return;
    }
    DebriefIdb.stores.forEach(function (name) { tx.objectStore(name).clear(); });
    records.forEach(function (r) {
      tx.objectStore(DebriefIdb.stores[r.s]).put({ id: r.id, rev: r.r, json: r.j });
    });
    tx.oncomplete = function () {
      DebriefIdb.finishWrite(requestId, 0, '', false);
      DebriefIdb.announce({ type: 'replaced' });
    };
    tx.onabort = function () {
      var error = tx.error;
      var quota = !!error && error.name === 'QuotaExceededError';
      DebriefIdb.finishWrite(requestId, 2, DebriefIdb.errorText(error, 'The browser stopped the restore.'), quota);
    };
  },

  // Storage health: whether the browser promised not to evict the data, and how full it is.
  // `request` asks for persistence (once per profile, the app decides when); reports through
  // _debrief_storage_health(persisted, asked, usage, quota) with persisted 1/0/-1 (unknown).
  debrief_storage_health__deps: ['debrief_storage_health_report'],
  debrief_storage_health: function (request) {
    var storage = navigator.storage;
    if (!storage || !storage.estimate) {
      _debrief_storage_health_report(-1, 0, -1, -1);
      return;
    }
    var persisted = request && storage.persist ? storage.persist() : (storage.persisted ? storage.persisted() : Promise.resolve(null));
    Promise.all([persisted, storage.estimate()]).then(function (results) {
      var state = results[0] === null ? -1 : (results[0] ? 1 : 0);
      _debrief_storage_health_report(state, request ? 1 : 0, results[1].usage || 0, results[1].quota || 0);
    }, function () {
      _debrief_storage_health_report(-1, request ? 1 : 0, -1, -1);
    });
  },
};

autoAddDeps(LibraryDebriefStorage, '$DebriefIdb');
mergeInto(LibraryManager.library, LibraryDebriefStorage);
