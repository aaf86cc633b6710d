// PHI Guard content script, part 1 of 7: the namespace the parts share.
//
// The content script is a handful of classic scripts (listed in order in manifest.json) that run
// in the extension's isolated world, so `globalThis.phiGuardContent` is invisible to the page.
// The content script knows no detection rule: it finds compose boxes, flattens their text, asks
// the background (where the wasm scanner runs) and paints the answer as CSS highlights. It never
// writes to the editor's DOM and changes the text only when the user clicks a suggested fix, and
// then through the editor's own input path (fix.js).
(() => {
  const g = globalThis;
  if (g.phiGuardContent) {
    g.phiGuardContent.duplicate = true; // injected twice (e.g. extension reloaded): keep the first
    return;
  }
  g.phiGuardContent = {
    /** The extension API namespace: `browser` in Firefox, `chrome` in Chrome and Edge. */
    api: g.browser?.runtime ? g.browser : g.chrome,
    /** Site adapters, registered by adapters/*.js. */
    adapters: [],
    /** fn(state, gone) called after each repaint of a watched box (watcher.js), for the UI. */
    boxListeners: [],
    /** True while the extension context is usable (false after the extension was reloaded). */
    alive() {
      try {
        return Boolean(this.api?.runtime?.id);
      } catch {
        return false;
      }
    },
  };
})();
