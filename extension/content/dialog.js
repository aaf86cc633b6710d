// PHI Guard content script: the dialog shown when a post with findings is about to go out.
//
// `PG.guardDialog.show(options)` opens it; `PG.guardDialog.isOpen()` tells whether one is open.
// It lives in a CLOSED shadow root (site CSS cannot break it, ours cannot leak into the page) on
// a host element appended to <html>. Accessibility: role="alertdialog", aria-modal, labelled and
// described; focus moves to the first button and Tab stays inside; Escape is "Review"; on close
// the caller puts focus back in the editor. Colours follow the page's own background (X and
// Facebook have dark themes that do not follow the OS), falling back to prefers-color-scheme.
// Never touches the editor.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const CSS_TEXT = `
:host { all: initial; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center;
  justify-content: center; background: rgba(0, 0, 0, 0.45);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
}
.box {
  box-sizing: border-box; width: min(440px, calc(100vw - 32px)); max-height: calc(100vh - 32px);
  overflow: auto; border-radius: 12px; padding: 20px 22px 18px; background: #ffffff;
  color: #14171a; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35); outline: none;
}
.dark .box { background: #1f2326; color: #e7e9ea; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.7); }
h2 { font-size: 18px; line-height: 1.3; margin: 0 0 8px; }
p { margin: 0 0 10px; }
ul { margin: 0 0 12px; padding-left: 20px; }
li { margin: 2px 0; }
.phrase { font-weight: 600; overflow-wrap: anywhere; }
.sev-high { color: #b3261e; }
.dark .sev-high { color: #ff8a80; }
.reasons { font-size: 14px; color: #4a5259; }
.dark .reasons { color: #aab1b7; }
.contact { font-size: 14px; }
.actions { display: flex; gap: 10px; justify-content: flex-end; margin-top: 14px; flex-wrap: wrap; }
button {
  font: inherit; font-weight: 600; border-radius: 999px; padding: 8px 18px; cursor: pointer;
  border: 1px solid #8b98a5; background: transparent; color: inherit;
}
button.primary { background: #0f5bd8; border-color: #0f5bd8; color: #ffffff; }
.dark button.primary { background: #8ab4f8; border-color: #8ab4f8; color: #0b1a33; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) {
  .backdrop { animation: phi-guard-fade 120ms ease-out; }
  .box { animation: phi-guard-pop 140ms ease-out; }
}
@keyframes phi-guard-fade { from { opacity: 0; } to { opacity: 1; } }
@keyframes phi-guard-pop { from { transform: scale(0.97); } to { transform: none; } }
`;

  let current = null; // {host, close}
  let nextId = 1;

  /** True when the page behind looks dark (its own theme), else the OS preference. */
  function pageIsDark() {
    for (const el of [document.body, document.documentElement]) {
      if (!el) continue;
      const m = getComputedStyle(el).backgroundColor.match(/rgba?\(([^)]+)\)/);
      if (!m) continue;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      if (a === 0) continue; // transparent: look further out
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
    }
    return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  }

  function el(tag, props = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.append(v); // our own new element: a text node
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  }

  function addStyles(shadow) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      // Constructed sheets are unavailable from some content-script worlds: a <style> element.
      shadow.append(el('style', { text: CSS_TEXT }));
    }
  }

  /**
   * Opens the dialog. options: {mode: 'warn'|'block', findings: [{title, text, severity}],
   * reasons: [string], failed: bool (the check could not run), supportContact: string,
   * onReview(), onPostAnyway()}. Exactly one of the callbacks runs, once.
   */
  function show(options) {
    current?.close(null);
    const id = `phi-guard-dialog-${nextId++}`;
    const block = options.mode === 'block';
    const host = el('phi-guard-dialog');
    const shadow = host.attachShadow({ mode: 'closed' });
    addStyles(shadow);

    const title = block ? 'This post cannot go out yet' : 'This post may identify a patient';
    let intro;
    if (options.failed) {
      intro = 'PHI Guard could not check this post just now, so it was held back.';
    } else if (block) {
      intro = 'Your organisation requires these details to be fixed or allowed before you post:';
    } else {
      intro = 'PHI Guard found details that could identify a patient:';
    }
    const list = el('ul');
    for (const f of options.findings) {
      list.append(
        el('li', {}, el('span', { class: `title sev-${f.severity}`, text: `${f.title}: ` }), el('span', { class: 'phrase', text: `“${f.text}”` })),
      );
    }
    const reasons = el('div', { class: 'reasons' });
    for (const r of options.reasons) reasons.append(el('p', { text: r }));
    const contact = options.supportContact
      ? el('p', { class: 'contact', text: options.supportContact })
      : null;

    // Review is the safe choice: the primary button and the one focused first.
    const review = el('button', { type: 'button', class: 'primary', 'data-action': 'review', text: 'Review' });
    const anyway = block ? null : el('button', { type: 'button', 'data-action': 'post-anyway', text: 'Post anyway' });
    const box = el(
      'div',
      { class: 'box', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-desc`, tabindex: '-1' },
      el('h2', { id: `${id}-title`, text: title }),
      el('div', { id: `${id}-desc` }, el('p', { text: intro }), options.findings.length ? list : null, reasons),
      contact,
      el('div', { class: 'actions' }, review, anyway),
    );
    const backdrop = el('div', { class: `backdrop${pageIsDark() ? ' dark' : ''}` }, box);
    shadow.append(backdrop);

    let done = false;
    const close = (choice) => {
      if (done) return;
      done = true;
      host.remove();
      if (current?.host === host) current = null;
      if (choice === 'review') options.onReview?.();
      else if (choice === 'post') options.onPostAnyway?.();
    };
    review.addEventListener('click', () => close('review'));
    anyway?.addEventListener('click', () => close('post'));
    const buttons = [review, anyway].filter(Boolean);
    // Keys stay inside the dialog: the page's own shortcuts must not act on them (events from a
    // closed shadow root reach the page retargeted to the host).
    for (const type of ['keydown', 'keyup', 'keypress']) {
      shadow.addEventListener(type, (e) => {
        if (type === 'keydown') {
          if (e.key === 'Escape') {
            e.preventDefault();
            close('review');
          } else if (e.key === 'Tab') {
            e.preventDefault();
            const i = buttons.indexOf(shadow.activeElement);
            const n = buttons.length;
            buttons[(i + (e.shiftKey ? -1 : 1) + n) % n].focus();
          }
        }
        e.stopPropagation();
      });
    }
    // A click on the backdrop keeps the dialog open (a decision is needed) but keeps focus in it.
    backdrop.addEventListener('mousedown', (e) => {
      if (e.target === backdrop) {
        e.preventDefault();
        (shadow.activeElement ?? review).focus();
      }
    });
    document.documentElement.append(host);
    current = { host, close };
    review.focus();
    return { close };
  }

  PG.guardDialog = {
    show,
    isOpen: () => current !== null,
    /** The host element of the open dialog (events from inside it are retargeted to it). */
    host: () => current?.host ?? null,
  };
})();
