// PHI Guard content script, part 7 of 7: finds compose boxes and keeps their underlines current.
//
// - Discovery: a MutationObserver on the document looks at added nodes for the site adapter's
//   selector (compose boxes appear late on these single-page apps); focusing a box also attaches.
// - Per box: a MutationObserver (editors re-render on every keystroke) and an `input` listener
//   schedule one update per animation frame. An update flattens the box (textmap.js); when the
//   text is unchanged it only rebuilds the ranges (the editor replaced its nodes); when it changed
//   it moves the current underlines along with the edit (so they do not flicker), then asks the
//   background for a fresh report. Answers for an older text are dropped.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const adapters = PG.adapters.filter((a) => a.matchesHost(location.hostname));
  if (adapters.length === 0) return;

  /** editor element -> state */
  const boxes = new Map();

  // "Ignore here" hides one phrase of one category in one box (not its offsets: they move as the
  // user types).
  PG.findingKey = (f) => `${f.category}\u0000${f.text}`;

  function consider(el) {
    for (const adapter of adapters) {
      if (!PG.siteEnabled(adapter.name) || !el.matches(adapter.selector)) continue;
      const box = adapter.resolve(el);
      if (box && !boxes.has(box)) attach(box, adapter);
    }
  }

  function scanSubtree(root) {
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    consider(root);
    for (const adapter of adapters) {
      for (const el of root.querySelectorAll(adapter.selector)) consider(el);
    }
  }

  function attach(el, adapter) {
    const state = {
      el,
      adapter: adapter.name,
      text: '',
      // The report's findings ({...finding, start, end} in UTF-16 offsets of state.text; the card
      // and badge (ui.js) need their title, reason, suggestions), minus those ignored here.
      findings: [],
      report: { risk: 'none', reasons: [] }, // the last report's post-level risk
      ignored: new Set(), // "Ignore here": PG.findingKey()s hidden in this box for this session
      map: null, // flatten(el) while the editor has not changed since (a 1 MB post takes ~50 ms)
      seq: 0,
      rescan: false, // settings changed: ask again even if the text did not
      scheduled: false,
      observer: null,
      onInput: null,
    };
    state.observer = new MutationObserver(() => {
      state.map = null;
      schedule(state);
    });
    state.observer.observe(el, { childList: true, subtree: true, characterData: true });
    state.onInput = () => schedule(state);
    el.addEventListener('input', state.onInput);
    boxes.set(el, state);
    schedule(state);
  }

  function detach(state) {
    state.observer.disconnect();
    state.el.removeEventListener('input', state.onInput);
    boxes.delete(state.el);
    state.seq++; // drop answers still on their way
    PG.highlights.clear(state.el);
    notify(state, true);
  }

  // The UI (card, badge) hears every repaint of a box and every detach.
  function notify(state, gone = false) {
    for (const fn of PG.boxListeners) {
      try {
        fn(state, gone);
      } catch {
        /* the UI failing must not stop the underlines */
      }
    }
  }

  /** Paints what is not ignored and tells the UI. */
  function repaint(state, map) {
    if (state.ignored.size) state.findings = state.findings.filter((f) => !state.ignored.has(PG.findingKey(f)));
    PG.highlights.paint(state.el, state.findings, map);
    notify(state);
  }

  function teardown() {
    pageObserver.disconnect();
    document.removeEventListener('focusin', onFocusIn, true);
    for (const state of [...boxes.values()]) detach(state);
    PG.highlights.clearAll();
    PG.disconnectPort();
  }

  function schedule(state) {
    if (state.scheduled) return;
    state.scheduled = true;
    const run = () => {
      if (!state.scheduled) return;
      state.scheduled = false;
      update(state);
    };
    requestAnimationFrame(run);
    setTimeout(run, 100); // rAF does not run in hidden tabs
  }

  // Keeps findings that the edit from `before` to `after` did not touch, moved to their new place.
  function shift(findings, before, after) {
    if (findings.length === 0) return findings;
    const max = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (
      suffix < max - prefix &&
      before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
    ) suffix++;
    const delta = after.length - before.length;
    const out = [];
    for (const f of findings) {
      if (f.end <= prefix) out.push(f);
      else if (f.start >= before.length - suffix) out.push({ ...f, start: f.start + delta, end: f.end + delta });
    }
    return out;
  }

  function update(state) {
    if (!PG.alive()) {
      teardown();
      return;
    }
    if (!state.el.isConnected) {
      detach(state);
      return;
    }
    const map = PG.flatten(state.el);
    state.map = map;
    if (map.text === state.text && !state.rescan) {
      repaint(state, map);
      return;
    }
    state.rescan = false;
    if (map.text !== state.text) state.findings = shift(state.findings, state.text, map.text);
    state.text = map.text;
    repaint(state, map);
    request(state);
  }

  function request(state) {
    const text = state.text;
    const seq = ++state.seq;
    if (text.trim() === '') {
      state.findings = [];
      state.report = { risk: 'none', reasons: [] };
      PG.highlights.clear(state.el);
      notify(state);
      return;
    }
    PG.scan(text).then((res) => {
      if (seq !== state.seq || boxes.get(state.el) !== state) return; // superseded
      if (res.error !== undefined) return; // keep what is painted; the next edit asks again
      if (state.observer.takeRecords().length > 0) {
        state.map = null; // edited since the last update: that update is still to come
        schedule(state);
      }
      const map = (state.map ||= PG.flatten(state.el));
      if (map.text !== text) return; // changed since: that change sent its own request
      // In place: the answer's objects are fresh (port.js), and copying ~20,000 took ~25 ms.
      for (const f of res.report.findings) {
        f.start = f.utf16.start;
        f.end = f.utf16.end;
      }
      state.findings = res.report.findings;
      state.report = { risk: res.report.risk, reasons: res.report.reasons || [] };
      repaint(state, map);
    });
  }

  function onFocusIn(event) {
    const t = event.target;
    if (t instanceof Element) consider(t);
  }

  let discoverQueued = false;
  const added = [];
  const pageObserver = new MutationObserver((records) => {
    let removed = false;
    for (const r of records) {
      for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) added.push(n);
      if (r.removedNodes.length) removed = true;
    }
    if (removed) {
      for (const state of [...boxes.values()]) if (!state.el.isConnected) detach(state);
    }
    if (added.length && !discoverQueued) {
      discoverQueued = true;
      queueMicrotask(() => {
        discoverQueued = false;
        const nodes = added.splice(0);
        for (const n of nodes) if (n.isConnected) scanSubtree(n);
      });
    }
  });

  // Settings changed (pushed by the background): boxes of a site turned off (or mode `off`) lose
  // their underlines; the others are scanned again, as the scanner's configuration (severity,
  // organisation and allowed terms) may have changed; a site turned on is searched for boxes.
  PG.onSettings(() => {
    for (const state of [...boxes.values()]) {
      if (!PG.siteEnabled(state.adapter)) {
        detach(state);
      } else {
        state.rescan = true;
        schedule(state);
      }
    }
    scanSubtree(document.documentElement);
  });

  /**
   * The box's text map (textmap.js), flattened again only if the editor changed since: the card,
   * badge and hover read it often, and a 1 MB post takes long to flatten.
   */
  PG.textMap = (state) => {
    if (state.observer.takeRecords().length > 0) {
      state.map = null;
      schedule(state); // the records taken were the update's cue
    }
    state.map ||= PG.flatten(state.el);
    return state.map;
  };

  // For the UI (ui.js): the watched boxes, and a way to repaint one after "Ignore here".
  PG.watcher = {
    boxes,
    ignore(state, finding) {
      state.ignored.add(PG.findingKey(finding));
      if (boxes.get(state.el) === state) repaint(state, PG.textMap(state));
    },
  };

  pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('focusin', onFocusIn, true);
  scanSubtree(document.documentElement);
})();
