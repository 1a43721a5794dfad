// The page's side of the offline copy (sw.js): registers the service worker, follows its
// versions, and offers installing. The app reads the state through library_debrief.js and acts
// through window.debriefOffline; every change wakes it with a "debrief-offline" event.
//
// Implemented features:
//  [X] Registers sw.js after the page has loaded (first visits are not slowed), with
//      updateViaCache 'none' so every check asks the server for the current sw.js.
//  [X] States of the offline copy: unsupported, preparing, ready (first install says so once),
//      failed (with the worker's reason).
//  [X] Updates: a new version waiting is reported; applying it posts "skip-waiting" and reloads
//      this page when the new worker takes control. When another tab applied it, this page is
//      not reloaded under the user's hands: it reports "elsewhere" and the app offers to reload.
//  [X] Update checks on demand (Settings), when the connection returns, and every hour.
//  [X] The browser's install offer (beforeinstallprompt) is kept for the app's own "Install"
//      dialog, which explains why; an installed app is recognised (appinstalled, standalone).
'use strict';

(() => {
  const HOUR = 60 * 60 * 1000;
  const state = {
    offline: 'serviceWorker' in navigator ? 'preparing' : 'unsupported',
    firstInstall: false,  // This visit made the first offline copy.
    update: 'none',       // none | waiting | applying | elsewhere
    check: 'idle',        // idle | checking | current | found | failed
    canInstall: false,
    installed: matchMedia('(display-mode: standalone)').matches,
    problem: '',
    version: 0,           // Counts changes, so the app reads the state only when it moved.
  };
  let registration = null;
  let installOffer = null;
  let reloadOnTakeover = false;

  function changed(values) {
    Object.assign(state, values);
    state.version++;
    window.dispatchEvent(new Event('debrief-offline'));
  }

  const followed = new WeakSet();
  function follow(worker, isUpdate) {
    if (!worker || followed.has(worker)) return;
    followed.add(worker);
    const step = () => {
      if (isUpdate && worker.state === 'installed') changed({ update: 'waiting', check: state.check === 'checking' ? 'found' : state.check });
      // With no page under the old version, a new one takes over at once: this page still runs
      // the old code, so it is offered a reload.
      if (isUpdate && worker.state === 'activated' && !reloadOnTakeover) changed({ update: 'elsewhere' });
      if (!isUpdate && worker.state === 'activated') changed({ offline: 'ready', firstInstall: true, problem: '' });
    };
    worker.addEventListener('statechange', step);
    step();
  }

  async function register() {
    const hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloadOnTakeover) location.reload();
      else if (hadController) changed({ update: 'elsewhere' });
    });
    navigator.serviceWorker.addEventListener('message', (event) => {
      if (event.data?.type === 'offline-copy-failed' && state.offline !== 'ready')
        changed({ offline: 'failed', problem: event.data.reason });
    });
    try {
      registration = await navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' });
    } catch (error) {
      changed({ offline: 'failed', problem: error.message });
      return;
    }
    if (!registration) {  // Some browsers, or their policies, refuse service workers silently.
      changed({ offline: 'unsupported' });
      return;
    }
    // An older version already active means anything new is an update; otherwise the first copy.
    if (registration.active) changed({ offline: 'ready' });
    if (registration.waiting && registration.active) changed({ update: 'waiting' });
    if (registration.installing) follow(registration.installing, !!registration.active);
    registration.addEventListener('updatefound', () => follow(registration.installing, !!registration.active));
    window.addEventListener('online', () => checkForUpdate(false));
    setInterval(() => checkForUpdate(false), HOUR);
  }

  async function checkForUpdate(asked = true) {
    if (!registration) return;
    if (asked) changed({ check: 'checking' });
    try {
      await registration.update();
      if (asked) changed({ check: registration.installing || registration.waiting ? 'found' : 'current' });
    } catch {
      if (asked) changed({ check: 'failed' });
    }
  }

  function applyUpdate() {
    if (registration?.waiting) {
      reloadOnTakeover = true;
      changed({ update: 'applying' });
      registration.waiting.postMessage({ type: 'skip-waiting' });
    } else if (state.update !== 'none') {
      location.reload();  // The new version already took over; this page only has to load it.
    }
  }

  async function install() {
    if (!installOffer) return;
    const offer = installOffer;
    installOffer = null;
    changed({ canInstall: false });
    await offer.prompt();
    const { outcome } = await offer.userChoice;
    if (outcome === 'accepted') changed({ installed: true });
  }

  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();  // The app offers it, with the reasons, when the user asks.
    installOffer = event;
    changed({ canInstall: true });
  });
  window.addEventListener('appinstalled', () => {
    installOffer = null;
    changed({ installed: true, canInstall: false });
  });

  if (state.offline === 'preparing') {
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register);
  }

  window.debriefOffline = {
    state: () => ({ ...state }),
    checkForUpdate: () => checkForUpdate(true),
    applyUpdate,
    install,
  };
})();
