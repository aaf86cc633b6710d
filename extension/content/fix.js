// PHI Guard content script: applying a suggested rewording (the only time PHI Guard changes text,
// and only on the user's click).
//
// A fix goes through the editor's own input path: select the phrase's DOM range, then
// `document.execCommand('insertText')`. The editor (Draft.js on X, Lexical on Facebook) sees a
// normal beforeinput/input, updates its own model, puts the caret after the new text and records
// an undo step, so Ctrl/Cmd+Z undoes the fix and the model stays equal to the DOM. Writing the DOM
// directly would desynchronise the editor (Harper's bugs on X: caret jumping to 0, broken
// Backspace; Lexical duplicating text).
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** The phrase is still where the finding says, in the editor's current text. */
  function stillThere(el, finding) {
    const map = PG.flatten(el);
    return map.text.slice(finding.start, finding.end) === finding.text ? map : null;
  }

  /** A collapsed Range at UTF-16 offset `offset` of flatten(el).text, or null. */
  PG.caretRange = function caretRange(map, offset) {
    for (const seg of map.segments) {
      if (seg.start <= offset && offset <= seg.end) {
        const r = new Range();
        r.setStart(seg.node, offset - seg.start);
        return r;
      }
    }
    return null;
  };

  /** The UTF-16 offset in flatten(el).text of DOM position (node, offset), or -1. */
  PG.offsetOf = function offsetOf(map, node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const seg = map.segments.find((s) => s.node === node);
      return seg ? seg.start + Math.min(offset, seg.end - seg.start) : -1;
    }
    // An element position (e.g. an empty line): the first text after it, or the end of the text.
    const r = new Range();
    r.setStart(node, offset);
    for (const seg of map.segments) {
      if (r.comparePoint(seg.node, 0) >= 0) return seg.start;
    }
    return map.text.length;
  };

  /**
   * Replaces `finding`'s phrase ({start, end, text}, offsets into flatten(state.el).text) with
   * `replacement` through the editor. Resolves to true when it was replaced; false (nothing
   * changed) when the phrase is no longer at those offsets.
   */
  PG.applyFix = async function applyFix(state, finding, replacement) {
    const el = state.el;
    const adapter = PG.adapters.find((a) => a.name === state.adapter);
    if (!el.isConnected || !adapter || !stillThere(el, finding)) return false;
    if (document.activeElement !== el && !el.contains(document.activeElement)) {
      el.focus({ preventScroll: true });
      // The editor restores its own selection on focus (Draft.js does it in a later task).
      await nextTask();
    }
    const map = stillThere(el, finding);
    const range = map && PG.toRange(map, finding.start, finding.end);
    if (!range) return false;
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    await adapter.afterSelect();
    // Verify again after the wait: never replace stale offsets or a selection the editor moved.
    const now = stillThere(el, finding);
    if (!now || sel.rangeCount === 0 || sel.toString() !== finding.text.replace(/\n/g, '')) return false;
    const check = PG.toRange(now, finding.start, finding.end);
    const cur = sel.getRangeAt(0);
    if (
      !check ||
      cur.compareBoundaryPoints(Range.START_TO_START, check) !== 0 ||
      cur.compareBoundaryPoints(Range.END_TO_END, check) !== 0
    ) return false;
    return document.execCommand('insertText', false, replacement);
  };

  /**
   * Applies each finding's first suggestion, last first so the earlier offsets stay valid.
   * Resolves to the number of phrases replaced.
   */
  PG.applyAll = async function applyAll(state, findings) {
    const todo = findings.filter((f) => f.suggestions?.length).sort((a, b) => b.start - a.start);
    let done = 0;
    let limit = Infinity; // skip findings overlapping one already replaced
    for (const f of todo) {
      if (f.end > limit) continue;
      if (await PG.applyFix(state, f, f.suggestions[0])) {
        done++;
        limit = f.start;
        await nextTask(); // let the editor finish its update before the next selection
      }
    }
    return done;
  };
})();
