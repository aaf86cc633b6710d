// PHI Guard content script, part 2 of 7: the port to the background scanner.
//
// `phiGuardContent.scan(text)` resolves to {report} or {error}; `phiGuardContent.send(message)`
// sends another request ({type: 'allow', ...}) and resolves to the answer. Settings pushed by the
// background ({type: 'settings'}) go to `phiGuardContent.applySettings` (settings.js). The port
// is opened at start so the settings arrive before the first click on Post. When the
// background goes away (Chrome stops an idle service worker after ~30 s and disconnects its
// ports) the next request — and any request still waiting for an answer — reconnects, which wakes
// the worker again. Callers drop answers that are stale (see watcher.js).
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const PORT_NAME = 'phi-guard-scan';
  const MAX_ATTEMPTS = 3;
  let port = null;
  let nextId = 1;
  /** id -> {message, resolve, attempts} */
  const pending = new Map();

  function onMessage(msg, descriptors) {
    if (msg?.type === 'settings') {
      PG.applySettings?.(msg);
      return;
    }
    const entry = msg && pending.get(msg.id);
    if (msg?.packed) {
      // A packed report extends this port's table even when nobody waits for it any more.
      const report = unpack(msg.packed, descriptors, entry?.message.text);
      if (report === null) {
        // Out of step (should not happen): a new port starts both tables afresh; re-send.
        PG.disconnectPort();
        onDisconnect();
        return;
      }
      msg = { id: msg.id, report };
    }
    if (!entry) return;
    pending.delete(msg.id);
    entry.resolve(msg);
  }

  /**
   * The report from a packed one (format in extension/wire.js: findings come as [start, end,
   * descriptor index, ...] into the per-port table of their other fields), or null if the table
   * is out of step. Without `text` (nobody waiting) only the table is brought up to date.
   */
  function unpack(packed, descriptors, text) {
    const { base, reset, table, findings: nums, texts, ...rest } = packed;
    if (reset) descriptors.length = 0;
    if (descriptors.length !== base) return null;
    descriptors.push(...table);
    if (text === undefined) return rest;
    const findings = new Array(nums.length / 3);
    for (let i = 0; i < findings.length; i++) {
      const [start, end] = [nums[3 * i], nums[3 * i + 1]];
      const phrase = texts[i] ?? text.slice(start, end);
      findings[i] = { ...descriptors[nums[3 * i + 2]], text: phrase, utf16: { start, end } };
    }
    return { ...rest, findings };
  }

  function onDisconnect() {
    void PG.api.runtime.lastError;
    port = null;
    if (pending.size === 0) return;
    // The worker stopped (or restarted) with requests in flight: send them again.
    for (const [id, entry] of pending) {
      if (entry.attempts >= MAX_ATTEMPTS) {
        pending.delete(id);
        entry.resolve({ error: 'background unavailable' });
      }
    }
    for (const [id, entry] of pending) post(id, entry);
  }

  function connect() {
    if (!PG.alive()) return null;
    try {
      port = PG.api.runtime.connect({ name: PORT_NAME });
    } catch {
      port = null; // extension context invalidated
      return null;
    }
    const descriptors = []; // this port's half of the wire table (starts empty on both sides)
    port.onMessage.addListener((msg) => onMessage(msg, descriptors));
    port.onDisconnect.addListener(onDisconnect);
    return port;
  }

  function post(id, entry) {
    const p = port || connect();
    if (!p) {
      pending.delete(id);
      entry.resolve({ error: 'extension unavailable' });
      return;
    }
    entry.attempts++;
    try {
      p.postMessage({ ...entry.message, id });
    } catch {
      // Disconnected between checks: onDisconnect re-sends.
      if (port === p) port = null;
      if (entry.attempts < MAX_ATTEMPTS) post(id, entry);
      else {
        pending.delete(id);
        entry.resolve({ error: 'background unavailable' });
      }
    }
  }

  /** Sends `message` and resolves to the background's answer (or {error}). */
  PG.send = function send(message) {
    return new Promise((resolve) => {
      const id = nextId++;
      const entry = { message, resolve, attempts: 0 };
      pending.set(id, entry);
      post(id, entry);
    });
  };

  PG.scan = async function scan(text) {
    const msg = await PG.send({ text });
    return msg.error !== undefined ? { error: msg.error } : { report: msg.report };
  };

  /** Opens the port now (settings are pushed on connect). */
  PG.connectPort = function connectPort() {
    if (!port) connect();
  };

  PG.disconnectPort = function disconnectPort() {
    if (port) {
      const p = port;
      port = null;
      try {
        p.disconnect();
      } catch {
        /* already gone */
      }
    }
  };
})();
