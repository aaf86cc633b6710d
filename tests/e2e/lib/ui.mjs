// Reaching PHI Guard's UI from a test. It lives in a CLOSED shadow root, which page scripts (and
// Playwright's selectors) cannot enter; the DevTools protocol can, as a person's eyes and mouse
// can: find elements with DOM.querySelectorAll on the shadow root, read them, and click their
// centre with the real mouse.
import { waitUntil } from './page.mjs';

export async function uiDriver(page) {
  const cdp = await page.context().newCDPSession(page);

  function findHost(node) {
    if (node.localName === 'phi-guard-ui') return node;
    for (const c of node.children || []) {
      const f = findHost(c);
      if (f) return f;
    }
    return null;
  }

  async function shadowRootId() {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findHost(root);
    return host?.shadowRoots?.[0]?.nodeId ?? null;
  }

  async function call(nodeId, fn, ...args) {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description || exceptionDetails.text);
    return result.value;
  }

  /**
   * What a person sees of each element matching `selector` in the shadow root. The DOM may change
   * between finding a node and reading it (node ids go stale): then look again.
   */
  async function query(selector) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await queryOnce(selector);
      } catch (err) {
        if (attempt >= 5 || !/No node with given id|Could not find node/i.test(String(err?.message))) throw err;
      }
    }
  }

  async function queryOnce(selector) {
    const rootId = await shadowRootId();
    if (rootId == null) return [];
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: rootId, selector });
    const out = [];
    for (const nodeId of nodeIds) {
      out.push(
        await call(nodeId, function () {
          const r = this.getBoundingClientRect();
          const cs = getComputedStyle(this);
          const attrs = {};
          for (const a of this.attributes) attrs[a.name] = a.value;
          return {
            tag: this.localName,
            text: this.textContent,
            attrs,
            visible: r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none',
            rect: { x: r.x, y: r.y, width: r.width, height: r.height },
            background: cs.backgroundColor,
            color: cs.color,
            animation: cs.animationName,
            focused: this.getRootNode().activeElement === this,
          };
        }),
      );
    }
    return out;
  }

  const visible = async (selector) => (await query(selector)).filter((e) => e.visible);

  async function waitVisible(selector, { count = 1, timeout = 10000 } = {}) {
    let last = [];
    await waitUntil(async () => (last = await visible(selector)).length >= count, {
      timeout,
      describe: () => `${count} visible "${selector}" in PHI Guard's UI (have ${last.length})`,
    });
    return last;
  }

  async function waitGone(selector) {
    await waitUntil(async () => (await visible(selector)).length === 0, { describe: () => `"${selector}" to close` });
  }

  /** Clicks the visible element matching `selector` (whose text is `text`, if given). */
  async function click(selector, text) {
    let el = null;
    await waitUntil(async () => {
      const list = await visible(selector);
      el = list.find((e) => text === undefined || e.text.trim() === text) || null;
      return el;
    }, { describe: () => `a visible "${selector}"${text ? ` reading "${text}"` : ''} to click` });
    await page.mouse.click(el.rect.x + el.rect.width / 2, el.rect.y + el.rect.height / 2);
    return el;
  }

  return { query, visible, waitVisible, waitGone, click };
}

/** The viewport centre of the first box of the underline covering exactly `phrase`. */
export function underlinePoint(page, selector, phrase) {
  return page.evaluate(({ sel, phrase }) => {
    const root = document.querySelector(sel);
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('phi-guard-')) continue;
      for (const r of h) {
        if (root.contains(r.startContainer) && r.toString() === phrase) {
          const b = r.getClientRects()[0];
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
    }
    return null;
  }, { sel: selector, phrase });
}

/** The caret in the editor as an offset into its text without line breaks (Range.toString()). */
export function caretOffset(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const s = getSelection();
    if (!s.rangeCount || !root.contains(s.anchorNode)) return null;
    const r = document.createRange();
    r.setStart(root, 0);
    r.setEnd(s.anchorNode, s.anchorOffset);
    return { offset: r.toString().length, collapsed: s.isCollapsed, focused: root.contains(document.activeElement) };
  }, selector);
}
