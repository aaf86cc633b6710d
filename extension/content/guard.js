// PHI Guard content script: checks a post at the moment it is sent (Post button, Ctrl+Enter on
// X, Enter in a Facebook comment box) and, in the `warn` and `block` modes, holds it back while
// it has findings at risk `warn` or `high`.
//
// How: capture-phase listeners on `window` see the click or key before the page does (X and
// Facebook handle them in React at their root), and stop it, so the page's handler never runs.
// The box is flattened NOW and that exact text is scanned (never an older answer from the
// underlines); a scan that fails or takes too long counts as findings (the dialog opens rather
// than letting the post through). A clean post is replayed at once; "Post anyway" replays it
// once. A replay is a new event marked in `replays`, which these listeners let pass exactly once.
// The site-specific parts (buttons, keys) are in the adapters' `guard` entries.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const adapters = PG.adapters.filter((a) => a.matchesHost(location.hostname) && a.guard);
  if (adapters.length === 0) return;

  const SCAN_TIMEOUT_MS = 4000;
  const RISKY = new Set(['warn', 'high']);
  const SEVERITY_RANK = { low: 0, medium: 1, high: 2 };
  /** Events dispatched by replay(): let through once. */
  const replays = new WeakSet();
  let checking = false; // a check is running: further clicks on Post wait for its outcome

  /** The editable boxes of `adapter` inside `root` (resolved as the watcher does). */
  function boxesIn(root, adapter) {
    const out = [];
    const candidates = root.matches?.(adapter.selector) ? [root] : [];
    candidates.push(...root.querySelectorAll(adapter.selector));
    for (const c of candidates) {
      const box = adapter.resolve(c);
      if (box && !out.includes(box)) out.push(box);
    }
    return out;
  }

  /** The nearest ancestor of `from` (inclusive) for which `test(ancestor)` holds, or null. */
  function nearest(from, test) {
    for (let n = from; n && n.nodeType === Node.ELEMENT_NODE; n = n.parentElement) if (test(n)) return n;
    return null;
  }

  /** What the event would send, or null: {adapter, boxes, button, kind: 'click'|'key'}. */
  function classify(event) {
    const target = event.target;
    if (!(target instanceof Element)) return null;
    for (const adapter of adapters) {
      const g = adapter.guard;
      const button = target.closest(g.postButton);
      if (button) {
        const isClick = event.type === 'click';
        // Enter or Space on a focused Post button presses it.
        const isKeyPress = event.type === 'keydown' && (event.key === 'Enter' || event.key === ' ');
        if (!isClick && !isKeyPress) return null;
        const scope = nearest(button.parentElement, (n) => boxesIn(n, adapter).length > 0);
        return { adapter, button, boxes: scope ? boxesIn(scope, adapter) : [], kind: 'click', target };
      }
      if (event.type !== 'keydown' || event.isComposing) continue; // Enter confirming IME input
      const editable = nearest(target, (n) => n.matches(adapter.selector));
      const box = editable && adapter.resolve(editable);
      if (!box || !box.contains(target) || !g.isSubmitKey(event, box)) continue;
      let boxes = [box];
      let postButton = null;
      if (g.keyChecksComposer) {
        const scope = nearest(box.parentElement, (n) => n.querySelector(g.postButton) !== null);
        if (scope) {
          boxes = boxesIn(scope, adapter);
          postButton = scope.querySelector(g.postButton);
        }
      }
      return { adapter, button: g.replayKeyAsClick ? postButton : null, boxes, kind: 'key', target, event };
    }
    return null;
  }

  function scanWithTimeout(text) {
    if (text.trim() === '') return Promise.resolve({ report: { findings: [], risk: 'none', reasons: [] } });
    return Promise.race([
      PG.scan(text),
      new Promise((resolve) => setTimeout(() => resolve({ error: 'timed out' }), SCAN_TIMEOUT_MS)),
    ]);
  }

  /** Scans the boxes' current text; re-reads until the text did not change during the scan. */
  async function checkBoxes(boxes) {
    for (let attempt = 0; ; attempt++) {
      const texts = boxes.map((b) => PG.flatten(b).text);
      const results = await Promise.all(texts.map(scanWithTimeout));
      const now = boxes.map((b) => PG.flatten(b).text);
      if (attempt < 3 && now.some((t, i) => t !== texts[i])) continue;
      const failed = results.some((r) => r.error !== undefined);
      const findings = [];
      const reasons = [];
      let risky = failed;
      for (const r of results) {
        if (!r.report) continue;
        if (RISKY.has(r.report.risk)) risky = true;
        findings.push(...r.report.findings);
        for (const reason of r.report.reasons ?? []) if (!reasons.includes(reason)) reasons.push(reason);
      }
      findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
      return { risky, failed, findings, reasons };
    }
  }

  /** Sends the stopped action again, once, past these listeners. */
  function replay(action) {
    let ev;
    let target;
    if (action.kind === 'click' || action.button) {
      target = action.kind === 'click' ? action.target : action.button;
      ev = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window, detail: 1 });
    } else {
      const e = action.event;
      target = action.target;
      ev = new KeyboardEvent('keydown', {
        key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, location: e.location,
        ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
        bubbles: true, cancelable: true, composed: true, view: window,
      });
    }
    if (!target.isConnected) return;
    replays.add(ev);
    target.dispatchEvent(ev);
  }

  /** Puts focus back in the editor, with the caret where it was. */
  function refocus(box, range) {
    if (!box.isConnected) return;
    box.focus({ preventScroll: true });
    if (range && box.contains(range.startContainer) && box.contains(range.endContainer)) {
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
  }

  async function guard(action, mode) {
    checking = true;
    const sel = getSelection();
    const range = sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
    const focusBox = action.boxes.find((b) => b.contains(action.target)) ?? action.boxes[0];
    let outcome;
    try {
      outcome = await checkBoxes(action.boxes);
    } catch {
      outcome = { risky: true, failed: true, findings: [], reasons: [] };
    } finally {
      checking = false;
    }
    // Settings may have changed while the scan ran (a request after the background restarted
    // reconnects the port, and the background pushes the settings in force before answering).
    const modeNow = PG.settings?.mode ?? mode;
    const guarded = (modeNow === 'warn' || modeNow === 'block') && PG.siteEnabled(action.adapter.name);
    if (!outcome.risky || !guarded) {
      replay(action);
      return;
    }
    PG.guardDialog.show({
      mode: modeNow,
      findings: outcome.findings.map((f) => ({ title: f.title ?? f.category, text: f.text, severity: f.severity })),
      reasons: outcome.reasons,
      failed: outcome.failed,
      supportContact: PG.settings?.supportContact ?? '',
      onReview: () => refocus(focusBox, range),
      onPostAnyway: () => {
        if (focusBox) refocus(focusBox, range);
        replay(action);
      },
    });
  }

  function stop(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function onEvent(event) {
    if (replays.has(event)) {
      replays.delete(event); // one pass only
      return;
    }
    if (event.target === PG.guardDialog.host()) return; // inside our dialog
    const action = classify(event);
    if (!action || action.boxes.length === 0) return;
    // The settings at the moment of the click (guarded `block` until the first settings push).
    const mode = PG.settings?.mode ?? 'warn';
    if ((mode !== 'warn' && mode !== 'block') || !PG.siteEnabled(action.adapter.name)) return;
    stop(event);
    if (checking || PG.guardDialog.isOpen()) return; // the first click's check decides
    void guard(action, mode);
  }

  window.addEventListener('click', onEvent, true);
  window.addEventListener('keydown', onEvent, true);
})();
