// PHI Guard content script: the card (what an underline means, with one-click fixes) and the
// post-level badge by each watched box.
//
// Everything is drawn in one CLOSED shadow root on a <phi-guard-ui> element, so the site's CSS
// cannot break it and ours cannot leak; the page's scripts cannot reach into it either.
// - Card: hovering an underline (after a short delay), clicking it, or Alt+Enter with the caret
//   inside one opens it. Alt+Enter is used by neither X nor Facebook's composers (X posts with
//   Ctrl/Cmd+Enter). Escape closes it and gives the editor back its focus and caret.
// - Badge: risk and count by the box's bottom-right corner; click (or Enter) lists the findings
//   and why the post is risky, with "Fix all".
// Underlines are CSS highlights, not elements: the pointer is mapped to text with
// caretPositionFromPoint / caretRangeFromPoint and confirmed with the ranges' client rects.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const HOVER_OPEN_MS = 350;
  const HOVER_CLOSE_MS = 300;

  /** The page's background colour as [r, g, b] (the first opaque one from <body> up). */
  PG.pageBackground = function pageBackground() {
    for (const el of [document.body, document.documentElement]) {
      if (!el) continue;
      const m = getComputedStyle(el).backgroundColor.match(/[\d.]+/g);
      if (m && (m.length < 4 || Number(m[3]) > 0.5)) return m.slice(0, 3).map(Number);
    }
    return [255, 255, 255];
  };

  // Colours that match each site's own themes (X: light, dim, lights out; Facebook: light, dark).
  const PALETTES = {
    x: {
      light: { bg: '#ffffff', fg: '#0f1419', muted: '#536471', line: '#cfd9de', hover: '#f7f9f9', accent: '#1d9bf0', onAccent: '#ffffff', shadow: 'rgba(101,119,134,.2)' },
      dim: { bg: '#15202b', fg: '#f7f9f9', muted: '#8b98a5', line: '#38444d', hover: '#1e2732', accent: '#1d9bf0', onAccent: '#ffffff', shadow: 'rgba(136,153,166,.25)' },
      dark: { bg: '#000000', fg: '#e7e9ea', muted: '#71767b', line: '#2f3336', hover: '#16181c', accent: '#1d9bf0', onAccent: '#ffffff', shadow: 'rgba(255,255,255,.2)' },
      font: '"TwitterChirp", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
      radius: '16px',
      pill: '9999px',
    },
    facebook: {
      light: { bg: '#ffffff', fg: '#050505', muted: '#65676b', line: '#ced0d4', hover: '#f2f2f2', accent: '#0866ff', onAccent: '#ffffff', shadow: 'rgba(0,0,0,.2)' },
      dark: { bg: '#242526', fg: '#e4e6eb', muted: '#b0b3b8', line: '#3e4042', hover: '#3a3b3c', accent: '#2d88ff', onAccent: '#ffffff', shadow: 'rgba(0,0,0,.5)' },
      font: '"Segoe UI Historic", "Segoe UI", Helvetica, Arial, sans-serif',
      radius: '8px',
      pill: '6px',
    },
  };
  const SEVERITY = { high: '#d93025', medium: '#e37400', low: '#1a73e8' };
  const RISK_LABEL = { none: 'No risk found', notice: 'Low risk', warn: 'Risky', high: 'High risk' };
  const RISK_COLOUR = { none: '#5f6368', notice: SEVERITY.low, warn: SEVERITY.medium, high: SEVERITY.high };

  const CSS_TEXT = `
:host { all: initial; }
* { box-sizing: border-box; }
.card, .list {
  position: fixed; z-index: 2147483647; width: 320px; max-width: calc(100vw - 16px);
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: var(--radius);
  box-shadow: 0 0 15px var(--shadow), 0 0 3px 1px var(--shadow);
  font: 15px/1.35 var(--font); padding: 12px 14px; text-align: left;
  animation: pg-in 120ms ease-out;
}
.list { width: 360px; max-height: min(420px, calc(100vh - 16px)); overflow: auto; }
@keyframes pg-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card, .list, .badge { animation: none; transition: none; } }
[hidden] { display: none !important; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
.title { font-weight: 700; font-size: 15px; margin: 0; flex: 1; }
.phrase { font-weight: 400; color: var(--muted); }
p { margin: 0 0 8px; }
.hipaa, .support, .muted { color: var(--muted); font-size: 13px; }
button {
  font: inherit; font-size: 14px; color: var(--fg); background: transparent; cursor: pointer;
  border: 1px solid var(--line); border-radius: var(--pill); padding: 5px 12px; margin: 0;
}
button:hover { background: var(--hover); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.close { border: 0; padding: 2px 8px; font-size: 18px; line-height: 1; color: var(--muted); }
.suggestions, .actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
.suggestions button, .fixall { background: var(--accent); color: var(--onAccent); border-color: var(--accent); font-weight: 700; }
.suggestions button:hover, .fixall:hover { filter: brightness(1.1); background: var(--accent); }
.actions button { font-size: 13px; }
.badge {
  position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: 6px;
  font: 700 12px/1 var(--font); padding: 4px 9px; border-radius: 9999px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  box-shadow: 0 1px 3px var(--shadow); transition: opacity 120ms;
}
.badge .dot { width: 8px; height: 8px; }
ul { list-style: none; margin: 0 0 8px; padding: 0; }
li { margin: 0 0 4px; }
.reasons li { font-size: 13px; color: var(--muted); }
.findings button { width: 100%; text-align: left; border-radius: 8px; display: flex; gap: 8px; align-items: center; }
.findings .text { color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;

  let host = null;
  let root = null;
  /** The open card: {el, state, finding, restore: offset|null, mode: 'hover'|'focus'} */
  let card = null;
  /** The open findings list: {el, state} */
  let list = null;
  /** state -> badge <button> */
  const badges = new Map();
  let hoverTimer = 0;
  let closeTimer = 0;

  function ensureRoot() {
    if (host && host.isConnected) return root;
    host = document.createElement('phi-guard-ui');
    host.style.cssText = 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;';
    root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.append(CSS_TEXT);
    root.append(style);
    document.documentElement.append(host);
    return root;
  }

  function themeFor(state) {
    const adapter = PG.adapters.find((a) => a.name === state.adapter);
    const pal = PALETTES[state.adapter] || PALETTES.x;
    const name = adapter?.theme?.() || 'light';
    return { ...(pal[name] || pal.light), font: pal.font, radius: pal.radius, pill: pal.pill, name };
  }

  function applyTheme(el, state) {
    const t = themeFor(state);
    for (const k of ['bg', 'fg', 'muted', 'line', 'hover', 'accent', 'onAccent', 'shadow', 'font', 'radius', 'pill']) {
      el.style.setProperty(`--${k}`, t[k]);
    }
    el.dataset.theme = t.name;
  }

  function h(tag, props = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === 'class') el.className = v;
      else if (k === 'text') el.append(v);
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (const c of children) if (c) el.append(c);
    return el;
  }

  // ---- hit-testing ----------------------------------------------------------------------------

  function stateAt(node) {
    if (!PG.watcher) return null;
    for (const state of PG.watcher.boxes.values()) if (state.el.contains(node)) return state;
    return null;
  }

  function rectsContain(range, x, y) {
    for (const r of range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 2) return true;
    }
    return false;
  }

  /** The finding under viewport point (x, y) in `state`'s box, or null. */
  function findingAtPoint(state, x, y) {
    if (!state.findings.length) return null;
    const map = PG.textMap(state);
    let node = null;
    let offset = 0;
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset } = p);
    } else if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    let candidates = state.findings;
    if (node && state.el.contains(node)) {
      const at = PG.offsetOf(map, node, offset);
      const near = state.findings.filter((f) => f.start <= at && at <= f.end);
      if (near.length) candidates = near;
    }
    // The caret position snaps to the nearest character even beside the text: confirm with the
    // phrase's own boxes on screen.
    for (const f of candidates) {
      if (map.text.slice(f.start, f.end) !== f.text) continue;
      const range = PG.toRange(map, f.start, f.end);
      if (range && rectsContain(range, x, y)) return f;
    }
    return null;
  }

  /** The finding holding the caret of a collapsed selection in a watched box: [state, finding, offset]. */
  function findingAtCaret() {
    const sel = getSelection();
    if (!sel.rangeCount || !sel.isCollapsed) return null;
    const state = stateAt(sel.anchorNode);
    if (!state) return null;
    const map = PG.textMap(state);
    const at = PG.offsetOf(map, sel.anchorNode, sel.anchorOffset);
    const f = state.findings.find((x) => x.start <= at && at <= x.end && map.text.slice(x.start, x.end) === x.text);
    return f ? [state, f, at] : null;
  }

  // ---- the card -------------------------------------------------------------------------------

  function closeCard({ refocus = false } = {}) {
    clearTimeout(hoverTimer);
    clearTimeout(closeTimer);
    if (!card) return;
    const { el, state, restore } = card;
    card = null;
    el.remove();
    if (refocus) returnFocus(state, restore);
  }

  /** Gives the editor its focus back with the caret at `offset` (where it was) when known. */
  function returnFocus(state, offset) {
    if (!state.el.isConnected) return;
    state.el.focus({ preventScroll: true });
    if (offset == null) return;
    // Draft.js restores its own selection on focus in a later task: set ours after it.
    setTimeout(() => {
      const r = PG.caretRange(PG.textMap(state), offset);
      if (!r) return;
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
    }, 0);
  }

  function place(el, anchor) {
    // Below the phrase, or above it when there is no room; kept inside the viewport.
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const w = el.offsetWidth;
    const hgt = el.offsetHeight;
    let left = Math.min(Math.max(8, anchor.left), vw - w - 8);
    let top = anchor.bottom + 6;
    if (top + hgt > vh - 8 && anchor.top - hgt - 6 >= 8) top = anchor.top - hgt - 6;
    el.style.left = `${Math.max(8, left)}px`;
    el.style.top = `${Math.max(8, top)}px`;
  }

  function anchorRect(state, finding, x, y) {
    const map = PG.textMap(state);
    const range = PG.toRange(map, finding.start, finding.end);
    const rects = range ? [...range.getClientRects()] : [];
    if (!rects.length) return state.el.getBoundingClientRect();
    if (x != null) {
      const hit = rects.find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 2);
      if (hit) return hit;
    }
    return rects[0];
  }

  /**
   * Opens the card for `finding` in `state`'s box. mode 'focus' moves the keyboard focus into the
   * card (Alt+Enter, or from the badge list); 'hover' leaves it in the editor.
   */
  function openCard(state, finding, { mode = 'hover', x = null, y = null, restore = null } = {}) {
    closeCard();
    closeList();
    ensureRoot();
    const settings = PG.settings || {};
    const phrase = finding.text.length > 40 ? `${finding.text.slice(0, 39)}…` : finding.text;
    const suggestions = (finding.suggestions || []).map((s) =>
      h('button', {
        type: 'button',
        class: 'suggest',
        'aria-label': `Replace “${finding.text}” with “${s}”`,
        text: s,
        onclick: () => fix(state, finding, s),
      }),
    );
    const allowButton =
      settings.allowUserAllowList === false
        ? null
        : h('button', { type: 'button', class: 'allow', text: 'Always allow this phrase', onclick: () => allow(state, finding) });
    const el = h(
      'div',
      { class: 'card', role: 'dialog', 'aria-label': `PHI Guard: ${finding.title}`, 'aria-describedby': 'pg-reason' },
      h(
        'div',
        { class: 'head' },
        h('span', { class: 'dot', 'aria-hidden': 'true' }),
        h('p', { class: 'title' }, document.createTextNode(`${finding.title} `), h('span', { class: 'phrase', text: `“${phrase}”` })),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '×', onclick: () => closeCard({ refocus: true }) }),
      ),
      h('p', { class: 'reason', id: 'pg-reason', text: finding.reason }),
      finding.hipaa ? h('p', { class: 'hipaa', text: finding.hipaa }) : null,
      suggestions.length
        ? h('div', { class: 'suggestions', role: 'group', 'aria-label': 'Suggested rewording' }, ...suggestions)
        : null,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'ignore', text: 'Ignore here', onclick: () => ignore(state, finding) }),
        allowButton,
      ),
      settings.supportContact ? h('p', { class: 'support', text: `Questions? ${settings.supportContact}` }) : null,
    );
    el.querySelector('.dot').style.background = SEVERITY[finding.severity] || SEVERITY.medium;
    applyTheme(el, state);
    el.addEventListener('mouseenter', () => clearTimeout(closeTimer));
    el.addEventListener('mouseleave', () => {
      if (card?.mode === 'hover') scheduleClose();
    });
    // Clicks on the card must not take the caret out of the editor when it was opened by pointer.
    el.addEventListener('mousedown', (e) => {
      if (card?.mode === 'hover' && e.target.closest('button')) e.preventDefault();
    });
    el.addEventListener('keydown', (e) => onPanelKey(e, el));
    root.append(el);
    place(el, anchorRect(state, finding, x, y));
    card = { el, state, finding, restore, mode };
    if (mode === 'focus') (el.querySelector('.suggestions button') || el.querySelector('.actions button')).focus();
  }

  async function fix(state, finding, replacement) {
    closeCard();
    await PG.applyFix(state, finding, replacement);
  }

  function ignore(state, finding) {
    const restore = card?.restore ?? null;
    const refocus = card?.mode === 'focus';
    closeCard();
    PG.watcher.ignore(state, finding);
    if (refocus) returnFocus(state, restore);
  }

  function allow(state, finding) {
    const restore = card?.restore ?? null;
    const refocus = card?.mode === 'focus';
    closeCard();
    // The background stores the phrase (storage.local, only this phrase) and every box rescans.
    PG.allowPhrase?.(finding.text);
    if (refocus) returnFocus(state, restore);
  }

  // Tab cycles inside the open card or list; Escape closes it and returns to the editor.
  function onPanelKey(e, panel) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (card?.el === panel) closeCard({ refocus: true });
      else closeList({ refocus: true });
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...panel.querySelectorAll('button')];
    if (!items.length) return;
    const i = items.indexOf(root.activeElement);
    const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i + 1) % items.length;
    e.preventDefault();
    items[next].focus();
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (card?.mode === 'hover') closeCard();
    }, HOVER_CLOSE_MS);
  }

  // ---- page events ----------------------------------------------------------------------------

  let moveQueued = null;
  function onMouseMove(e) {
    if (moveQueued) {
      moveQueued = e;
      return;
    }
    moveQueued = e;
    requestAnimationFrame(() => {
      const ev = moveQueued;
      moveQueued = null;
      hover(ev);
    });
  }

  function hover(e) {
    // (Runs a frame after the event, when composedPath() is empty; the target is still our host,
    // retargeted, when the pointer is over our UI.)
    if (host && e.target === host) {
      clearTimeout(closeTimer); // over our own UI
      return;
    }
    const state = e.target instanceof Node ? stateAt(e.target) : null;
    const f = state && findingAtPoint(state, e.clientX, e.clientY);
    if (f && card && card.state === state && PG.findingKey(card.finding) === PG.findingKey(f)) {
      clearTimeout(closeTimer);
      return;
    }
    clearTimeout(hoverTimer);
    if (f) {
      hoverTimer = setTimeout(() => {
        if (card?.mode === 'focus') return;
        openCard(state, f, { x: e.clientX, y: e.clientY });
      }, HOVER_OPEN_MS);
    } else if (card?.mode === 'hover') {
      scheduleClose();
    }
  }

  function onClick(e) {
    if (host && e.composedPath().includes(host)) return;
    const state = e.target instanceof Node ? stateAt(e.target) : null;
    const f = state && findingAtPoint(state, e.clientX, e.clientY);
    if (f) {
      openCard(state, f, { x: e.clientX, y: e.clientY });
      return;
    }
    if (card) closeCard();
    if (list) closeList();
  }

  function onKeyDown(e) {
    if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      const hit = findingAtCaret();
      if (!hit) return;
      // Capture phase on window: the editor (React's root listener) never sees this key.
      e.preventDefault();
      e.stopImmediatePropagation();
      const [state, f, at] = hit;
      openCard(state, f, { mode: 'focus', restore: at });
      return;
    }
    if (e.key === 'Escape' && card && !e.composedPath().includes(host)) {
      // A card opened by pointer while the caret is in the editor.
      e.preventDefault();
      e.stopImmediatePropagation();
      closeCard();
    } else if (card?.mode === 'hover' && !e.composedPath().includes(host) && !['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) {
      closeCard(); // typing: the card is in the way
    }
  }

  // ---- the badge and the findings list --------------------------------------------------------

  function closeList({ refocus = false } = {}) {
    if (!list) return;
    const { el, state } = list;
    list = null;
    el.remove();
    const b = badges.get(state);
    b?.setAttribute('aria-expanded', 'false');
    if (refocus) b?.isConnected ? b.focus() : returnFocus(state, null);
  }

  function openList(state) {
    closeCard();
    closeList();
    const b = badges.get(state);
    const findings = [...state.findings].sort((a, c) => a.start - c.start);
    const fixable = findings.some((f) => f.suggestions?.length);
    const risk = state.report.risk;
    const el = h(
      'div',
      { class: 'list', role: 'dialog', 'aria-label': 'PHI Guard: findings in this post' },
      h(
        'div',
        { class: 'head' },
        h('span', { class: 'dot', 'aria-hidden': 'true' }),
        h('p', { class: 'title', text: `${RISK_LABEL[risk] || risk} · ${findings.length} ${findings.length === 1 ? 'detail' : 'details'}` }),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '×', onclick: () => closeList({ refocus: true }) }),
      ),
      state.report.reasons.length
        ? h('ul', { class: 'reasons', 'aria-label': 'Why' }, ...state.report.reasons.map((r) => h('li', { text: r })))
        : null,
      h(
        'ul',
        { class: 'findings', 'aria-label': 'Details' },
        ...findings.map((f) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', 'aria-label': `${f.title}: ${f.text}`, onclick: () => openCard(state, f, { mode: 'focus' }) },
              h('span', { class: 'dot', 'aria-hidden': 'true' }),
              h('span', { text: f.title }),
              h('span', { class: 'text', text: f.text }),
            ),
          ),
        ),
      ),
      fixable
        ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'fixall', text: 'Fix all', onclick: () => fixAll(state) }))
        : null,
    );
    el.querySelector('.head .dot').style.background = RISK_COLOUR[risk] || RISK_COLOUR.warn;
    el.querySelectorAll('.findings .dot').forEach((d, i) => {
      d.style.background = SEVERITY[findings[i].severity] || SEVERITY.medium;
    });
    applyTheme(el, state);
    el.addEventListener('keydown', (e) => onPanelKey(e, el));
    root.append(el);
    const r = b.getBoundingClientRect();
    place(el, { left: r.right - el.offsetWidth, top: r.top, bottom: r.bottom });
    list = { el, state };
    b.setAttribute('aria-expanded', 'true');
    el.querySelector('.findings button')?.focus();
  }

  async function fixAll(state) {
    const findings = [...state.findings];
    closeList();
    await PG.applyAll(state, findings);
  }

  function badgeFor(state) {
    let b = badges.get(state);
    if (b) return b;
    ensureRoot();
    b = h('button', {
      type: 'button',
      class: 'badge',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      onclick: () => (list?.state === state ? closeList() : openList(state)),
    });
    b.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && list) {
        e.stopPropagation();
        closeList({ refocus: false });
      }
    });
    root.append(b);
    badges.set(state, b);
    return b;
  }

  function positionBadge(state, b) {
    const r = state.el.getBoundingClientRect();
    const visible = r.width > 0 && r.bottom > 0 && r.top < innerHeight;
    b.hidden = !visible || b.dataset.count === '0';
    if (b.hidden) return;
    // In the box's bottom-right corner when no text is there, else just under the corner: never
    // over the text.
    const w = b.offsetWidth;
    const hgt = b.offsetHeight;
    const inside = { left: r.right - w - 6, top: r.bottom - hgt - 4, right: r.right - 6, bottom: r.bottom - 4 };
    const fits = r.height >= hgt + 8 && r.width >= w + 12 && !textOverlaps(state, inside);
    b.style.left = `${Math.max(4, fits ? inside.left : r.right - w)}px`;
    b.style.top = `${fits ? inside.top : r.bottom + 4}px`;
  }

  /**
   * Whether any of the box's text is drawn over `rect`. Only the text nodes on the lines that
   * `rect` spans are measured: in these plain-text editors text nodes are laid out top to bottom
   * in document order, so a binary search finds the first one reaching below rect.top (measuring
   * every node forced ~1 s of work after a 1 MB paste, and ~15 ms per keystroke on 20,000 chars).
   */
  function textOverlaps(state, rect) {
    const segs = PG.textMap(state).segments;
    const range = new Range();
    const box = (i) => {
      range.selectNodeContents(segs[i].node);
      return range.getBoundingClientRect();
    };
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (box(mid).bottom <= rect.top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < segs.length && box(i).top < rect.bottom; i++) {
      for (const t of range.getClientRects()) if (overlaps(t, rect)) return true;
    }
    return false;
  }

  const overlaps = (a, c) => a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom;

  function updateBadge(state, gone) {
    if (gone) {
      badges.get(state)?.remove();
      badges.delete(state);
      if (card?.state === state) closeCard();
      if (list?.state === state) closeList();
      return;
    }
    const n = state.findings.length;
    if (n === 0 && !badges.has(state)) return;
    const b = badgeFor(state);
    const risk = n ? state.report.risk : 'none';
    b.dataset.count = String(n);
    b.dataset.risk = risk;
    b.replaceChildren(h('span', { class: 'dot', 'aria-hidden': 'true' }), h('span', { text: `${RISK_LABEL[risk] || risk} · ${n}` }));
    b.firstChild.style.background = RISK_COLOUR[risk] || RISK_COLOUR.warn;
    b.setAttribute('aria-label', `PHI Guard: ${RISK_LABEL[risk] || risk}, ${n} ${n === 1 ? 'detail' : 'details'} to review`);
    applyTheme(b, state);
    positionBadge(state, b);
    if (n === 0 && list?.state === state) closeList();
    // A card for a finding that is gone (fixed, allowed, edited away) closes.
    if (card?.state === state && !state.findings.some((f) => PG.findingKey(f) === PG.findingKey(card.finding))) closeCard();
  }

  let layoutQueued = false;
  function relayout() {
    if (layoutQueued) return;
    layoutQueued = true;
    requestAnimationFrame(() => {
      layoutQueued = false;
      for (const [state, b] of badges) positionBadge(state, b);
      if (card && card.el.isConnected) place(card.el, anchorRect(card.state, card.finding));
    });
  }

  PG.boxListeners.push(updateBadge);
  document.addEventListener('mousemove', onMouseMove, { capture: true, passive: true });
  document.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('scroll', relayout, { capture: true, passive: true });
  window.addEventListener('resize', relayout, { passive: true });
  if (typeof ResizeObserver === 'function') {
    const ro = new ResizeObserver(relayout);
    PG.boxListeners.push((state, gone) => (gone ? ro.unobserve(state.el) : ro.observe(state.el)));
  }
})();
