// PHI Guard background: the only place the scanner (Rust compiled to wasm) runs. It is a
// service worker in Chrome/Edge and a background script in Firefox (same file, see manifest).
//
// Content scripts connect a port named PORT_NAME and send {id, text}; each gets {id, packed} (the
// report, packed per port by wire.js) or {id, error}. They also send {id, type: 'allow', phrase} (the card's "Always allow") and get
// {id, ok}. On connect and after every settings change the background pushes
// {type: 'settings', settings, locked, problems, managed} (settings-store.js). Extension pages
// (options, popup) ask for the same with runtime.sendMessage({type: 'phiGuardGetSettings'}).
// The wasm is compiled as soon as the worker starts (a content script connecting wakes it,
// usually before the first keystroke) and kept for the worker's life; the scanner is rebuilt
// when the settings it is built with (severity, custom and allowed terms) change.
// Post text is never logged, stored or sent anywhere: this file makes no network request (the
// wasm is read from the extension package through runtime.getURL).
import { api } from './platform.js';
import init, { Scanner } from './pkg/phi_guard.js';
import {
  allowPhrase,
  currentSettings,
  onSettingsChange,
  scannerConfig,
  settingsReady,
} from './settings-store.js';
import { newTable, packReport } from './wire.js';

const PORT_NAME = 'phi-guard-scan';

/** @type {Promise<Scanner> | null} */
let scannerPromise = null;
/** The configuration `scannerPromise` was built with, as JSON. */
let scannerConfigKey = null;
/** @type {Promise<unknown> | null} */
let wasmReady = null;
/** Start-up figures, in ms since this worker started (diagnostics): wasm instantiated, first
 * scanner built, how long that build took, and the first scan done (a scan request's or the
 * warm-up's: the first scan also builds what the scanner builds lazily). */
const timings = { wasmReadyMs: null, scannerReadyMs: null, scannerBuildMs: null, firstScanDoneMs: null };

// A first scan fills the regex engines' lazy caches (~80 ms in the worker): done right after the
// build, while the user has not typed yet, so their first keystroke is answered at full speed.
const WARM_UP_TEXT =
  'Mrs. K, a 36yo teacher, in bed 4 at Mercy General last night after a dog bite; call ' +
  '555-204-9981 or jane@example.org, MRN 00784512, on 3/14/2024 from Springfield.';

function getScanner() {
  if (!scannerPromise) {
    wasmReady ??= init({ module_or_path: api.runtime.getURL('extension/pkg/phi_guard_bg.wasm') }).then(
      (exports) => {
        timings.wasmReadyMs ??= performance.now();
        return exports;
      },
      (err) => {
        wasmReady = null;
        throw err;
      },
    );
    const promise = Promise.all([wasmReady, settingsReady()])
      .then(() => {
        const config = scannerConfig(currentSettings().settings);
        scannerConfigKey = JSON.stringify(config);
        const built = performance.now();
        const scanner = new Scanner(config);
        if (timings.scannerReadyMs === null) {
          timings.scannerReadyMs = performance.now();
          timings.scannerBuildMs = timings.scannerReadyMs - built;
        }
        setTimeout(() => {
          try {
            scanner.scan(WARM_UP_TEXT);
            timings.firstScanDoneMs ??= performance.now();
          } catch {
            /* freed by a settings change meanwhile */
          }
        }, 0);
        return scanner;
      })
      .catch((err) => {
        if (scannerPromise === promise) scannerPromise = null; // allow a retry on the next request
        throw err;
      });
    scannerPromise = promise;
  }
  return scannerPromise;
}

/** All open content-script ports, to push settings changes to. */
const ports = new Set();

function settingsMessage() {
  const { settings, locked, problems, managed } = currentSettings();
  return { type: 'settings', settings, locked, problems, managed };
}

onSettingsChange((state) => {
  if (scannerConfigKey !== null && JSON.stringify(scannerConfig(state.settings)) !== scannerConfigKey) {
    const old = scannerPromise;
    scannerPromise = null;
    getScanner().catch(() => {});
    old?.then((s) => s.free?.()).catch(() => {});
  }
  const msg = settingsMessage();
  for (const port of ports) {
    try {
      port.postMessage(msg);
    } catch {
      ports.delete(port);
    }
  }
});

// Start compiling now rather than on the first scan request: building the scanner takes a few
// hundred milliseconds in wasm, time better spent before the user starts typing. A failure here
// is retried on the first request.
getScanner().catch(() => {});

// Registered synchronously at top level: a service worker woken by a connect must find the
// listener in its first turn (and service workers forbid top-level await).
api.runtime.onConnect.addListener((port) => {
  if (port.name !== PORT_NAME) return;
  // Only this extension's own content scripts (no externally_connectable in the manifest).
  if (port.sender && port.sender.id !== undefined && port.sender.id !== api.runtime.id) {
    port.disconnect();
    return;
  }
  let open = true;
  const table = newTable(); // this port's descriptor table (wire.js)
  ports.add(port);
  port.onDisconnect.addListener(() => {
    open = false;
    ports.delete(port);
    void api.runtime.lastError; // a closed tab is not an error worth reporting
  });
  const push = () => {
    try {
      if (open) port.postMessage(settingsMessage());
    } catch {
      /* closed meanwhile */
    }
  };
  push();
  // The first push may be the guarded start-up state: push again once local settings are read.
  settingsReady().then(push, () => {});
  port.onMessage.addListener(async (msg) => {
    if (msg?.type === 'allow') {
      const ok = await allowPhrase(msg.phrase).catch(() => false);
      try {
        if (open) port.postMessage({ id: msg.id, ok });
      } catch {
        /* closed meanwhile */
      }
      return;
    }
    if (!msg || typeof msg.text !== 'string') return;
    const id = msg.id;
    let reply;
    try {
      const scanner = await getScanner();
      // scanCached: a long post re-detects only the lines the keystroke changed (the risk is
      // still rated over the whole post); short posts are scanned whole, exactly as scan().
      reply = { id, packed: packReport(scanner.scanCached(msg.text), msg.text, table) };
      timings.firstScanDoneMs ??= performance.now();
    } catch (err) {
      // The error names the failure only (never the text being scanned).
      reply = { id, error: String((err && err.message) || err || 'scan failed') };
    }
    if (open) {
      try {
        port.postMessage(reply);
      } catch {
        // The port closed while scanning; the content script re-sends on reconnect.
      }
    }
  });
});

// Extension pages (options, popup) read the settings in force. Pages write the user's choices
// straight to storage.local; the storage listener in settings-store.js picks them up.
api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (msg?.type !== 'phiGuardGetSettings' || sender.id !== api.runtime.id) return false;
  settingsReady().then(
    (state) => sendResponse(state),
    (err) => sendResponse({ error: String(err?.message || err) }),
  );
  return true; // answer asynchronously
});

// Diagnostics for the end-to-end tests and for developers inspecting the worker: scan a text
// without a content script (e.g. to time the scanner in the worker). Not reachable from pages.
globalThis.phiGuard = {
  async scan(text) {
    return (await getScanner()).scan(text);
  },
  ready: () => getScanner().then(() => true),
  scanner: getScanner,
  settings: currentSettings,
  timings: () => ({ ...timings }),
};
