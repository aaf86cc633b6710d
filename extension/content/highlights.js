// PHI Guard content script, part 4 of 7: painting findings with the CSS Custom Highlight API.
//
// Each severity has one Highlight registered in the document's CSS.highlights under
// "phi-guard-high" / "phi-guard-medium" / "phi-guard-low"; highlights.css styles them with
// ::highlight(...). Highlights are drawn by the browser over the existing text: the editor's DOM
// is never touched. Ranges are rebuilt after every editor mutation (watcher.js), because editors
// replace their text nodes as you type.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const NAMES = { high: 'phi-guard-high', medium: 'phi-guard-medium', low: 'phi-guard-low' };
  const supported =
    typeof CSS !== 'undefined' && CSS.highlights !== undefined && typeof Highlight === 'function';
  /** editor element -> [{range, name}] currently painted for it */
  const painted = new Map();

  function highlight(name) {
    let h = CSS.highlights.get(name);
    if (!h) {
      h = new Highlight();
      CSS.highlights.set(name, h);
    }
    return h;
  }

  function clear(box) {
    const old = painted.get(box);
    if (!old) return;
    painted.delete(box);
    if (!supported) return;
    for (const { range, name } of old) CSS.highlights.get(name)?.delete(range);
  }

  /**
   * Paints `findings` ([{start, end, severity}], UTF-16 offsets into map.text) for `box`,
   * replacing what was painted for it before.
   */
  function paint(box, findings, map) {
    clear(box);
    if (!supported || findings.length === 0) return;
    const entries = [];
    for (const f of findings) {
      const name = NAMES[f.severity] || NAMES.medium;
      const range = PG.toRange(map, f.start, f.end);
      if (!range) continue;
      highlight(name).add(range);
      entries.push({ range, name });
    }
    painted.set(box, entries);
  }

  function clearAll() {
    for (const box of [...painted.keys()]) clear(box);
  }

  PG.highlights = { paint, clear, clearAll, supported, names: NAMES };
})();
