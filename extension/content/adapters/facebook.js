// PHI Guard content script, part 6 of 7: the Facebook adapter.
//
// Facebook's composers are Lexical editors:
// `div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]`. Facebook has many
// of them (search, Messenger, ...), so a box is guarded only where a post or comment is written:
// - inside the post composer dialog `[role="dialog"][aria-label="Create post"]` (it may move on to
//   a "Next" step before the Post button);
// - comment boxes, whose aria-label starts with "Comment as" or "Write a comment";
// - reply boxes, whose aria-label starts with "Reply to".
// The labels are Facebook's English UI strings; these selectors change from time to time, keep
// them here and nowhere else.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const HOSTS = new Set(['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com']);
  const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
  const POST_DIALOG = '[role="dialog"][aria-label="Create post"]';
  const LABEL_PREFIXES = ['Comment as', 'Write a comment', 'Reply to'];

  PG.adapters.push({
    name: 'facebook',
    matchesHost: (host) => HOSTS.has(host),
    selector: EDITOR,
    resolve(el) {
      if (el.closest(POST_DIALOG)) return el;
      const label = el.getAttribute('aria-label') || '';
      return LABEL_PREFIXES.some((p) => label.startsWith(p)) ? el : null;
    },
    // What guard.js intercepts before a post goes out:
    // - the composer dialog's Post button, a div with role="button" and aria-label "Post" (only
    //   inside the "Create post" dialog: other "Post" labels exist on the page);
    // - Enter without Shift in a comment or reply box, which sends the comment (Shift+Enter is a
    //   line break; in the post composer Enter is always a line break). Lexical reads
    //   `event.key`, so a synthetic Enter replays a stopped one faithfully.
    guard: {
      postButton: `${POST_DIALOG} [aria-label="Post"][role="button"]`,
      isSubmitKey: (e, box) =>
        e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !box.closest(POST_DIALOG),
      keyChecksComposer: false,
      replayKeyAsClick: false,
    },
    /**
     * Called by fix.js between selecting a phrase and inserting the replacement. Lexical reads
     * the DOM selection when the beforeinput event arrives, so it needs no wait.
     */
    afterSelect: () => Promise.resolve(),
    /** Facebook's two themes: the `__fb-dark-mode` class on <html>, else the page background. */
    theme() {
      if (document.documentElement.classList.contains('__fb-dark-mode')) return 'dark';
      const [r, g, b] = PG.pageBackground();
      return r + g + b < 384 ? 'dark' : 'light';
    },
  });
})();
