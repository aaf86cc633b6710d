// PHI Guard content script, part 5 of 7: the X (Twitter) adapter.
//
// X's composers are Draft.js editors. What this matches, and why:
// - `div[data-testid^="tweetTextarea_"][role="textbox"]`: the post composer's contenteditable
//   (`.public-DraftEditor-content`). The home timeline box is tweetTextarea_0; the compose modal,
//   replies, quotes and threads use tweetTextarea_0, _1, ... The role check skips the
//   similarly-named label and container elements (tweetTextarea_0_label, ...RichTextInputContainer).
// - `[data-testid="dmComposerTextInput"]`: the direct-message composer (the box itself or, in
//   some layouts, a wrapper around the contenteditable).
// These selectors change from time to time; keep them here and nowhere else.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']);
  const SELECTOR =
    'div[data-testid^="tweetTextarea_"][role="textbox"], [data-testid="dmComposerTextInput"]';

  PG.adapters.push({
    name: 'x',
    matchesHost: (host) => HOSTS.has(host),
    selector: SELECTOR,
    /** The editable root for a matched element, or null. */
    resolve(el) {
      if (el.isContentEditable) return el;
      return el.querySelector('[contenteditable="true"]');
    },
    // What guard.js intercepts before a post goes out:
    // - Post buttons: `tweetButtonInline` is the home timeline composer's, `tweetButton` the
    //   compose modal's and the reply/quote dialogs'. A thread in the modal posts every box near
    //   the button, so the guard checks all boxes in the nearest container holding the button.
    // - Ctrl+Enter (Cmd+Enter on macOS) in a composer posts, like the button.
    // - Replaying a stopped Ctrl+Enter clicks the composer's Post button (what X's shortcut does)
    //   instead of a synthetic key: Draft.js reads `keyCode`, which a synthetic KeyboardEvent
    //   cannot carry in Firefox.
    guard: {
      postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
      isSubmitKey: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey,
      keyChecksComposer: true,
      replayKeyAsClick: true,
    },
    /**
     * Called by fix.js between selecting a phrase and inserting the replacement. Draft.js picks
     * the DOM selection up in its onSelect handler, after the selectionchange event: inserting in
     * the same task makes it apply the text to its stale selection (the caret jumps to 0, later
     * keys like Backspace act on the wrong place). One task is enough.
     */
    afterSelect: () => new Promise((resolve) => setTimeout(resolve, 0)),
    /** X's three themes, from the body's background colour: light, dim, lights out. */
    theme() {
      const [r, g, b] = PG.pageBackground();
      if (r + g + b > 600) return 'light';
      return r + g + b < 30 ? 'dark' : 'dim';
    },
  });
})();
