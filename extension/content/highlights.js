// PHI Guard content script, part 4 of 7: painting findings with the CSS Custom Highlight API.
//
// Each severity has one Highlight registered in the document's CSS.highlights under
// "phi-guard-high" / "phi-guard-medium" / "phi-guard-low"; highlights.css styles them with
// ::highlight(...). Highlights are drawn by the browser over the existing text: the editor's DOM
// is never touched. Ranges are re-checked after every editor mutation (watcher.js), because
// editors replace their text nodes as you type.
//
// Cost stays bounded on long posts (a 1 MB paste has ~20,000 findings): a range that already
// covers the right text is kept rather than replaced (Chrome re-lays out every highlight whose
// set changes), and above MAX_PAINTED findings only those on and near the visible part of the box
// are painted, repainted when the page or the box scrolls.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const NAMES = { high: 'phi-guard-high', medium: 'phi-guard-medium', low: 'phi-guard-low' };
  const supported =
    typeof CSS !== 'undefined' && CSS.highlights !== undefined && typeof Highlight === 'function';
  /**
   * Above this many findings in a box, paint only those near the visible part. Chrome re-checks
   * every range of a highlight whose set changed before the next paint: on a 20,000-character
   * post (~400 findings) that pre-paint work was ~17 ms per keystroke with all of them painted,
   * ~3.5 ms with this window.
   */
  const MAX_PAINTED = 200;
  /** editor element -> [{range, name}] currently painted for it */
  const painted = new Map();
  /** editor element -> {findings, map} for boxes painted in part (repainted on scroll) */
  const windowed = new Map();

  function highlight(name) {
    let h = CSS.highlights.get(name);
    if (!h) {
      h = new Highlight();
      CSS.highlights.set(name, h);
    }
    return h;
  }

  function clear(box) {
    windowed.delete(box);
    const old = painted.get(box);
    if (!old) return;
    painted.delete(box);
    if (!supported) return;
    for (const { range, name } of old) CSS.highlights.get(name)?.delete(range);
  }

  /** The UTF-16 offset into map.text of a DOM position (node, offset) inside the box, or -1. */
  function offsetOf(box, map, node, offset) {
    map.byNode ??= new Map(map.segments.map((s) => [s.node, s]));
    if (node.nodeType === Node.TEXT_NODE) {
      const s = map.byNode.get(node);
      return s ? s.start + Math.min(offset, s.end - s.start) : -1;
    }
    // An element position: the first text at or after it.
    if (!box.contains(node)) return -1;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    walker.currentNode = node.childNodes[offset] || node;
    for (let n = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
      const s = map.byNode.get(n);
      if (s) return s.start;
    }
    return map.text.length;
  }

  function offsetAtPoint(box, map, x, y) {
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      return p ? offsetOf(box, map, p.offsetNode, p.offset) : -1;
    }
    const r = document.caretRangeFromPoint?.(x, y);
    return r ? offsetOf(box, map, r.startContainer, r.startOffset) : -1;
  }

  /** How far either side of an on-screen caret to paint: more than a screenful of text. */
  const CARET_MARGIN = 8000;

  /**
   * The UTF-16 span of the box's text on screen, widened by a screenful either way. Typing keeps
   * the caret in view, so an on-screen caret anchors it cheaply; otherwise the text at the box's
   * visible corners is looked up. Hit-testing is slow in a huge paragraph (the two points took
   * ~24 ms after a 1 MB paste; the whole paint with the caret ~8 ms), and this runs per edit.
   */
  function visibleSpan(box, map) {
    const sel = document.getSelection();
    if (sel && sel.rangeCount && box.contains(sel.focusNode)) {
      const caret = offsetOf(box, map, sel.focusNode, sel.focusOffset);
      const c = sel.getRangeAt(0).getBoundingClientRect();
      if (caret >= 0 && (c.width || c.height) && c.bottom > 0 && c.top < window.innerHeight) {
        return [caret - CARET_MARGIN, caret + CARET_MARGIN];
      }
    }
    const r = box.getBoundingClientRect();
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, window.innerHeight);
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, window.innerWidth);
    let from = -1;
    let to = -1;
    if (bottom > top && right > left) {
      from = offsetAtPoint(box, map, left + 1, top + 1);
      to = offsetAtPoint(box, map, right - 1, bottom - 1);
    }
    if (from < 0 || to < from) {
      const caret = sel && sel.rangeCount ? offsetOf(box, map, sel.focusNode, sel.focusOffset) : -1;
      from = to = Math.max(caret, 0);
    }
    const margin = Math.max(to - from, 2000);
    return [from - margin, to + margin];
  }

  /**
   * The findings worth painting in a box with very many: those within a screenful of the part
   * of the box on screen.
   */
  function nearVisible(box, findings, map) {
    const [from, to] = visibleSpan(box, map);
    const out = [];
    for (const f of findings) {
      if (f.end > from && f.start < to) out.push(f);
      if (out.length === MAX_PAINTED) break;
    }
    return out;
  }

  /**
   * Paints `findings` ([{start, end, severity}], UTF-16 offsets into map.text) for `box`,
   * replacing what was painted for it before.
   */
  function paint(box, findings, map) {
    if (!supported || findings.length === 0) {
      clear(box);
      return;
    }
    if (findings.length > MAX_PAINTED) {
      windowed.set(box, { findings, map });
      findings = nearVisible(box, findings, map);
    } else {
      windowed.delete(box);
    }
    // Ranges still covering the right text are kept (live ranges follow the editor's edits):
    // key them by where they are now.
    const old = new Map();
    for (const e of painted.get(box) || []) {
      const key = `${e.name}|${e.range.startOffset}|${e.range.endOffset}`;
      const list = old.get(key);
      if (list) list.push(e);
      else old.set(key, [e]);
    }
    const entries = [];
    for (const f of findings) {
      const name = NAMES[f.severity] || NAMES.medium;
      const b = PG.toBoundaries(map, f.start, f.end);
      if (!b) continue;
      const same = old.get(`${name}|${b.startOffset}|${b.endOffset}`);
      const i = same
        ? same.findIndex((e) => e.range.startContainer === b.startNode && e.range.endContainer === b.endNode)
        : -1;
      if (i >= 0) {
        entries.push(same[i]);
        same.splice(i, 1);
        continue;
      }
      const range = new Range();
      range.setStart(b.startNode, b.startOffset);
      range.setEnd(b.endNode, b.endOffset);
      highlight(name).add(range);
      entries.push({ range, name });
    }
    for (const list of old.values()) for (const { range, name } of list) CSS.highlights.get(name)?.delete(range);
    painted.set(box, entries);
  }

  function clearAll() {
    for (const box of [...painted.keys()]) clear(box);
  }

  // Boxes painted in part follow the scroll position (scroll events do not bubble: capture).
  let scrollQueued = false;
  document.addEventListener(
    'scroll',
    () => {
      if (windowed.size === 0 || scrollQueued) return;
      scrollQueued = true;
      requestAnimationFrame(() => {
        scrollQueued = false;
        for (const [box, { findings, map }] of [...windowed]) if (box.isConnected) paint(box, findings, map);
      });
    },
    { capture: true, passive: true },
  );

  PG.highlights = { paint, clear, clearAll, supported, names: NAMES };
})();
