// PHI Guard background: the only place the scanner (Rust compiled to wasm) runs. It is a
// service worker in Chrome/Edge and a background script in Firefox (same file, see manifest).
//
// Content scripts connect a port named PORT_NAME and send {id, text}; each gets {id, report} or
// {id, error}. The wasm is compiled as soon as the worker starts (a content script connecting
// wakes it, usually before the first keystroke) and kept for the worker's life.
// Post text is never logged, stored or sent anywhere: this file makes no network request (the
// wasm is read from the extension package through runtime.getURL).
import { api } from './platform.js';
import init, { Scanner } from './pkg/phi_guard.js';

const PORT_NAME = 'phi-guard-scan';

/** @type {Promise<Scanner> | null} */
let scannerPromise = null;

function getScanner() {
  if (!scannerPromise) {
    scannerPromise = init({ module_or_path: api.runtime.getURL('extension/pkg/phi_guard_bg.wasm') })
      .then(() => new Scanner(undefined))
      .catch((err) => {
        scannerPromise = null; // allow a retry on the next request
        throw err;
      });
  }
  return scannerPromise;
}

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
  port.onDisconnect.addListener(() => {
    open = false;
    void api.runtime.lastError; // a closed tab is not an error worth reporting
  });
  port.onMessage.addListener(async (msg) => {
    if (!msg || typeof msg.text !== 'string') return;
    const id = msg.id;
    let reply;
    try {
      const scanner = await getScanner();
      reply = { id, report: scanner.scan(msg.text) };
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

// Diagnostics for the end-to-end tests and for developers inspecting the worker: scan a text
// without a content script (e.g. to time the scanner in the worker). Not reachable from pages.
globalThis.phiGuard = {
  async scan(text) {
    return (await getScanner()).scan(text);
  },
  ready: () => getScanner().then(() => true),
  scanner: getScanner,
};
