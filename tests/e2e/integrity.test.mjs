// End-to-end: the extension never changes what the user typed. 1,000 random edits (typing words
// and PHI-like phrases so underlines appear, Enter, Backspace, Delete, caret moves, paste through
// a paste event, select-and-replace, undo) are played into each fixture editor (X's Draft.js,
// Facebook's Lexical) in a browser with the extension and in one without it; the editor's own
// model must end with the same text in both, and equal the text in the DOM at checkpoints.
// The edits come from a seeded PRNG; the seed is printed (PHI_GUARD_SEED=n replays a run).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { waitForScannerUnderlines, settle } from './lib/page.mjs';
import { assertNoExtensionNetwork, setup, teardown } from './lib/suite.mjs';

const EDITS = Number(process.env.PHI_GUARD_EDITS) || 1000;
const CHECK_EVERY = 100;
const SEED = Number(process.env.PHI_GUARD_SEED) || (Date.now() % 2 ** 31);

const EDITORS = [
  { name: 'X (Draft.js)', url: 'https://x.com/home', selector: '[data-testid="tweetTextarea_0"]', host: 'x.com' },
  { name: 'Facebook (Lexical)', url: 'https://www.facebook.com/', selector: '#post-editor', host: 'www.facebook.com' },
];

const WORDS = [
  'the', 'patient', 'ward', 'shift', 'rounds', 'today', 'great', 'team', 'my', 'pt', 'in', 'bed',
  '12', 'with', 'and', 'was', 'admitted', 'on', 'night', 'ED', 'clinic', 'é', 'naïve', '😀',
];
const PHRASES = [
  'jane.doe@example.org', 'call 555-204-9981', 'MRN 00784512', 'my patient is a 36yo', 'admitted on 3/14',
  'https://example.org/jdoe', 'Mrs. Alvarez in room 4', '45M with chest pain',
];

// mulberry32: small, seedable, good enough to pick edits.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The edit script: a list of steps, independent of the editor's state, so both browsers play
 * exactly the same keys. Undo only follows a paste or an Enter: those are always one history entry
 * in both editors, while runs of typed characters are merged by Lexical on a 300 ms timer, which
 * would make what one undo removes depend on timing.
 */
function script(seed) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const words = () => Array.from({ length: int(1, 2) }, () => (rnd() < 0.3 ? pick(PHRASES) : pick(WORDS))).join(' ');
  const steps = [];
  for (let i = 0; i < EDITS; i++) {
    const r = rnd();
    if (r < 0.34) steps.push({ op: 'type', text: `${words()} ` });
    else if (r < 0.42) steps.push({ op: 'key', key: 'Enter' });
    else if (r < 0.52) steps.push({ op: 'key', key: 'Backspace', times: int(1, 6) });
    else if (r < 0.58) steps.push({ op: 'key', key: 'Delete', times: int(1, 4) });
    else if (r < 0.72) steps.push({ op: 'key', key: pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']), times: int(1, 8) });
    else if (r < 0.82) steps.push({ op: 'paste', text: rnd() < 0.3 ? `${words()}\n${words()}` : words(), undo: rnd() < 0.3 });
    else if (r < 0.93) steps.push({ op: 'replace', select: int(1, 10), text: rnd() < 0.5 ? pick(PHRASES) : pick(WORDS) });
    else if (r < 0.97) steps.push({ op: 'enter-undo' });
    else if (r < 0.985) steps.push({ op: 'key', key: 'Control+End' });
    // Start over now and then: keeps the post short, so 1,000 edits stay quick to play.
    else steps.push({ op: 'clear' });
  }
  // Ends on an identifier, so the final text has an underline to check whatever came before.
  steps.push({ op: 'type', text: ' write to jane.doe@example.org' });
  return steps;
}

// The text the editor shows, read from its DOM by the editor's own structure (not through the
// extension's text mapping): Draft.js has one [data-block] per line; Lexical has one <p> per
// paragraph (joined by a blank line, as its getTextContent does), a <br> per line break and one
// more <br> at the end of a paragraph that ends with a line break (or is empty) for the caret.
function domText(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (window.__fixture.kind === 'draft') {
      return [...root.querySelectorAll('[data-block="true"]')].map((b) => b.textContent).join('\n');
    }
    return [...root.children]
      .map((p) => {
        let s = '';
        for (const n of p.childNodes) {
          if (n.nodeName === 'BR') s += n === p.lastChild ? '' : '\n';
          else s += n.textContent;
        }
        return s;
      })
      .join('\n\n');
  }, selector);
}

/** Where two texts first differ, with some context (the texts can be long). */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `first difference at ${i} of ${a.length}/${b.length}: ${JSON.stringify(a.slice(Math.max(0, i - 30), i + 30))} vs ${JSON.stringify(b.slice(Math.max(0, i - 30), i + 30))}`;
}

async function paste(page, text) {
  await page.evaluate(async (t) => {
    // Draft.js reads its selection from its last render: let a preceding caret move commit.
    await new Promise((r) => setTimeout(r, 0));
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function play(page, editor, steps) {
  const model = () => page.evaluate(() => window.__fixture.modelText());
  await page.goto(editor.url);
  await page.waitForSelector(editor.selector);
  await page.click(editor.selector);
  const checkpoints = [];
  // The model text after every step: when the two runs end apart, the first step where they
  // differ says which edit diverged (a checkpoint alone only says "somewhere in 100 edits").
  const trail = [];
  for (const [i, step] of steps.entries()) {
    switch (step.op) {
      case 'type':
        await page.keyboard.type(step.text);
        break;
      case 'key':
        // A frame and a task between repeated keys too: a caret move must commit before the
        // next key (on the 2-core CI machine seed 635387034 diverged in Draft.js twice in a row,
        // with the extension's highlight work on the same main thread, and not on later replays).
        for (let k = 0; k < (step.times || 1); k++) {
          await page.keyboard.press(step.key);
          await settle(page);
        }
        break;
      case 'paste':
        await paste(page, step.text);
        if (step.undo) {
          await settle(page);
          await page.keyboard.press('Control+Z');
        }
        break;
      case 'replace':
        for (let k = 0; k < step.select; k++) {
          await page.keyboard.press('Shift+ArrowLeft');
          await settle(page);
        }
        // Draft.js takes a new selection on the next task (see below): a person sees it first.
        await settle(page);
        await page.keyboard.type(step.text);
        break;
      case 'clear':
        await page.keyboard.press('Control+A');
        // The same: let the editor take the selection (on a loaded machine seed 616906752 once
        // diverged by edit 100, not on replay; selecting then deleting is the likeliest spot).
        await settle(page);
        await page.keyboard.press('Backspace');
        break;
      case 'enter-undo':
        await page.keyboard.press('Enter');
        await settle(page);
        await page.keyboard.press('Control+Z');
        break;
      default:
        throw new Error(`unknown step ${step.op}`);
    }
    // A frame and a task between steps: Draft.js applies a caret move on the next task (a key
    // pressed before that lands at the old caret). One task alone was not always enough on a
    // loaded 2-core machine (seed 577615755 dropped a space once in ~30 runs and not on replay),
    // and no person types faster than a frame apart.
    await settle(page);
    trail.push(await model());
    if ((i + 1) % CHECK_EVERY === 0 || i === steps.length - 1) {
      await settle(page);
      const [m, d] = [await model(), await domText(page, editor.selector)];
      assert.ok(d === m, `${editor.name}: the DOM text differs from the editor's model after edit ${i + 1} (seed ${SEED}); ${firstDifference(d, m)}`);
      checkpoints.push({ edit: i + 1, text: m });
    }
  }
  await settle(page);
  return { final: await model(), checkpoints, trail };
}

/** The first step after which the two runs' texts differ, described for the failure message. */
function firstDivergence(steps, a, b) {
  const i = a.findIndex((text, k) => text !== b[k]);
  if (i < 0) return 'no step differs';
  const before = i > 0 ? a[i - 1] : '';
  return `first diverging step ${i + 1}: ${JSON.stringify(steps[i])}; text before it ${before.length} chars, ending ${JSON.stringify(before.slice(-40))}; with the extension after it: ${firstDifference(a[i], b[i])}`;
}

let withExt;
let withoutExt;

before(async () => {
  console.log(`integrity: seed ${SEED} (replay with PHI_GUARD_SEED=${SEED})`);
  [withExt, withoutExt] = await Promise.all([setup(), setup({ extension: false })]);
});

after(async () => {
  await teardown(withExt);
  await teardown(withoutExt);
});

for (const editor of EDITORS) {
  test(`${EDITS} random edits in ${editor.name} end in the same text with and without the extension`, { timeout: 1200000 }, async (t) => {
    t.diagnostic(`seed ${SEED}`);
    const steps = script(SEED);
    const pages = await Promise.all([withExt.browser.context.newPage(), withoutExt.browser.context.newPage()]);
    const started = Date.now();
    const [withRun, withoutRun] = await Promise.all([play(pages[0], editor, steps), play(pages[1], editor, steps)]);
    const [guarded, plain] = [withRun.final, withoutRun.final];
    t.diagnostic(`${editor.name}: ${EDITS} edits in both browsers in ${Date.now() - started} ms; final text ${plain.length} chars`);
    // At every checkpoint too (an occasional "clear" step would otherwise hide an earlier drift).
    for (const [k, c] of withRun.checkpoints.entries()) {
      const other = withoutRun.checkpoints[k];
      assert.ok(c.text === other.text, `${editor.name}: texts differ after edit ${c.edit} (seed ${SEED}); ${firstDifference(c.text, other.text)}; ${firstDivergence(steps, withRun.trail, withoutRun.trail)}`);
    }
    assert.ok(guarded === plain, `${editor.name}: the extension changed the result of the same edits (seed ${SEED}); ${firstDifference(guarded, plain)}`);
    // The extension was at work all along: its underlines match the scanner for the final text.
    const shown = await waitForScannerUnderlines(pages[0], editor.selector, () => pages[0].evaluate(() => window.__fixture.modelText()));
    assert.ok(shown.expected.length > 0, `${editor.name}: the final text has findings to underline (seed ${SEED})`);
    await Promise.all(pages.map((p) => p.close()));
  });
}

test('no network request from the extension', () => {
  assertNoExtensionNetwork(withExt, ['x.com', 'www.facebook.com']);
});
