// Page-side helpers: read the underlines the extension painted (from the page's main world: the
// CSS.highlights registry is per document) and wait for conditions instead of sleeping.
import { isDeepStrictEqual } from 'node:util';
import { byStart, expectedHighlights } from './scanner.mjs';

/** Polls `check` until it returns a truthy value; throws `describe()` after `timeout` ms. */
export async function waitUntil(check, { timeout = 10000, interval = 15, describe = () => 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${describe()}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Resolves after the next animation frame and one task: the editor has committed (React and
 * Lexical render in a microtask or the next task) and the extension's per-frame repaint has run,
 * i.e. what the user would see at the next paint.
 */
export function settle(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/**
 * The phi-guard highlight ranges inside the element matching `selector`, as
 * {name, start, end, text}: offsets count the characters of the editor's text nodes before the
 * range (Range.toString(), i.e. without line breaks), independently of the extension's own
 * text mapping.
 */
export function readHighlights(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root || !globalThis.CSS?.highlights) return [];
    const out = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('phi-guard-')) continue;
      for (const range of highlight) {
        if (!(range instanceof Range) || !root.contains(range.startContainer)) continue;
        const before = document.createRange();
        before.setStart(root, 0);
        before.setEnd(range.startContainer, range.startOffset);
        const start = before.toString().length;
        const text = range.toString();
        out.push({ name, start, end: start + text.length, text });
      }
    }
    return out;
  }, selector).then((list) => list.sort(byStart));
}

/** Names of all phi-guard highlights with at least one range anywhere in the document. */
export function countAllHighlights(page) {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('phi-guard-')) n += h.size;
    return n;
  });
}

/**
 * Waits until the underlines in `selector` equal exactly what the Node scanner reports for the
 * editor's model text; returns {model, expected, actual}.
 */
export async function waitForScannerUnderlines(page, selector, modelText, { timeout = 10000 } = {}) {
  let last = null;
  await waitUntil(
    async () => {
      const model = await modelText();
      const expected = await expectedHighlights(model);
      const actual = await readHighlights(page, selector);
      last = { model, expected, actual };
      return isDeepStrictEqual(expected, actual);
    },
    { timeout, describe: () => `underlines to equal the scanner's findings: ${JSON.stringify(last)}` },
  );
  return last;
}

/** Waits until the underlines in `selector` are exactly `want` ([{name?, text}]). */
export async function waitForUnderlineTexts(page, selector, want, { timeout = 10000 } = {}) {
  let last = null;
  await waitUntil(
    async () => {
      last = await readHighlights(page, selector);
      return (
        last.length === want.length &&
        want.every((w, i) => last[i].text === w.text && (!w.name || last[i].name === w.name))
      );
    },
    { timeout, describe: () => `underlines ${JSON.stringify(want)}, have ${JSON.stringify(last)}` },
  );
  return last;
}

/** Empties an editor the way a user would: select all, delete. */
export async function clearEditor(page, selector) {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}
