// End-to-end: the card (what an underline means, one-click fixes) and the post-level badge, in the
// real Draft.js (X) and Lexical (Facebook) fixtures. Fixes must go through the editor: after each
// one the editor's own model equals the DOM text and the expected text, the caret sits right after
// the replacement, Backspace works there, and the editor's own undo takes it back.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { clearEditor, readHighlights, waitForScannerUnderlines, waitForUnderlineTexts, waitUntil, settle } from './lib/page.mjs';
import { byStart, expectedHighlights, nodeScanner, toHighlight } from './lib/scanner.mjs';
import { repoRoot } from './lib/server.mjs';
import { assertNoExtensionNetwork, setup, teardown } from './lib/suite.mjs';
import { caretOffset, uiDriver, underlinePoint } from './lib/ui.mjs';

const SITES = [
  {
    name: 'x',
    url: 'https://x.com/home',
    editor: '[data-testid="tweetTextarea_0"]',
    ready: '[data-testid="tweetTextarea_0"].public-DraftEditor-content[role="textbox"]',
    model: () => window.__fixture.modelText(),
    frame: '.composer',
    undo: 'Control+z',
  },
  {
    name: 'facebook',
    url: 'https://www.facebook.com/',
    editor: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]',
    ready: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"][contenteditable="true"]',
    model: () => window.__fixture.modelText('post'),
    frame: '.dialog',
    undo: 'Control+z',
  },
];

// Three lines; the details to fix are in the middle line.
const MULTI = 'Rounds went well today.\nMy patient is a 36yo admitted on 3/14 with chest pain.\nThanks to the whole team!';
const shots = path.join(repoRoot, 'docs/screenshots');

let env;
before(async () => {
  env = await setup();
  fs.mkdirSync(shots, { recursive: true });
});
after(() => teardown(env));

for (const site of SITES) {
  describe(`${site.name}`, () => {
    let page;
    let ui;
    const model = () => page.evaluate(site.model);
    // The DOM text without line breaks (Draft's blocks and Lexical's <br>s carry no characters).
    const domText = () => page.evaluate((sel) => document.querySelector(sel).textContent, site.editor);
    const flat = (s) => s.replace(/\n/g, '');

    async function typeFresh(text) {
      await page.mouse.click(5, 600); // close whatever is open
      await clearEditor(page, site.editor);
      await waitUntil(async () => (await model()) === '', { describe: () => 'an empty editor' });
      await page.keyboard.type(text);
      await waitUntil(async () => (await model()) === text, { describe: () => 'the typed text in the model' });
      await waitForScannerUnderlines(page, site.editor, model);
    }

    /** The model equals `want`, and the DOM shows the same text. */
    async function assertText(want, msg) {
      await waitUntil(async () => (await model()) === want, { describe: async () => `model ${JSON.stringify(await model())} to equal ${JSON.stringify(want)} (${msg})` });
      assert.equal(await domText(), flat(want), `DOM text equals the model (${msg})`);
    }

    async function caretTo(offset) {
      // Put the caret at `offset` of the model text with the keyboard, as a person would.
      await page.keyboard.press('Control+Home');
      await settle(page);
      for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
      await settle(page);
    }

    async function hover(phrase) {
      const p = await underlinePoint(page, site.editor, phrase);
      assert.ok(p, `"${phrase}" is underlined`);
      await page.mouse.move(p.x, p.y);
      return p;
    }

    before(async () => {
      page = await env.browser.context.newPage();
      await page.goto(site.url);
      await page.waitForSelector(site.ready);
      ui = await uiDriver(page);
    });

    test('hovering an underline opens the card: title, reason, HIPAA rule, rewording, actions', async () => {
      await typeFresh(MULTI);
      const report = (await nodeScanner()).scan(MULTI);
      const age = report.findings.find((f) => f.category === 'age');
      assert.ok(age?.suggestions.length, 'the scanner suggests a rewording for the age');
      await hover(age.text);
      const [card] = await ui.waitVisible('.card');
      assert.equal(card.attrs.role, 'dialog');
      assert.equal(card.attrs['aria-label'], `PHI Guard: ${age.title}`);
      assert.ok(card.text.includes(age.reason), 'the reason');
      assert.ok(card.text.includes(age.hipaa), 'the HIPAA rule');
      const buttons = await ui.visible('.card button');
      assert.ok(buttons.every((b) => b.tag === 'button'));
      assert.deepEqual(
        buttons.map((b) => b.text),
        ['×', ...age.suggestions, 'Ignore here', 'Always allow this phrase'],
      );
      assert.equal(await page.evaluate(() => document.querySelector('phi-guard-ui').shadowRoot), null, 'the shadow root is closed');
      // The card sits by the phrase and does not cover it.
      const p = await underlinePoint(page, site.editor, age.text);
      assert.ok(card.rect.y > p.y || card.rect.y + card.rect.height < p.y, 'the card does not cover the phrase');
      await page.screenshot({
        path: path.join(shots, `${site.name}-card.png`),
        clip: await clipAround(page, site.frame, card.rect),
      });
      // The pointer can move onto the card and rest there: it stays open.
      await page.mouse.move(card.rect.x + card.rect.width / 2, card.rect.y + 12, { steps: 4 });
      await page.mouse.move(card.rect.x + card.rect.width / 2 + 5, card.rect.y + 14);
      await new Promise((r) => setTimeout(r, 900));
      assert.equal((await ui.visible('.card')).length, 1, 'the card stays open under the pointer');
      // Moving away closes it; the text never changed.
      await page.mouse.move(5, 600);
      await ui.waitGone('.card');
      await assertText(MULTI, 'hover changes nothing');
    });

    test('Alt+Enter with the caret in an underline opens the card; Escape returns the caret', async () => {
      await typeFresh(MULTI);
      const at = MULTI.indexOf('3/14') + 2;
      await caretTo(at);
      await page.keyboard.press('Alt+Enter');
      const [card] = await ui.waitVisible('.card');
      assert.equal(card.attrs['aria-label'], 'PHI Guard: Date');
      const focused = (await ui.query('.card button')).filter((b) => b.focused);
      assert.equal(focused.length, 1, 'the keyboard focus is in the card');
      assert.equal(focused[0].attrs.class, 'suggest', 'on the first rewording');
      // Tab stays inside the card (focus trap) and wraps around.
      const count = (await ui.query('.card button')).length;
      for (let i = 0; i < count; i++) await page.keyboard.press('Tab');
      assert.equal((await ui.query('.card button')).find((b) => b.focused)?.attrs.class, 'suggest', 'Tab wraps inside the card');
      await assertText(MULTI, 'Alt+Enter inserted nothing');
      await page.keyboard.press('Escape');
      await ui.waitGone('.card');
      await waitUntil(async () => (await caretOffset(page, site.editor))?.focused, { describe: () => 'focus back in the editor' });
      await settle(page);
      await page.keyboard.type('#');
      const want = `${MULTI.slice(0, at)}#${MULTI.slice(at)}`;
      await assertText(want, 'typed at the caret where it was');
      await page.keyboard.press('Backspace');
      await assertText(MULTI, 'Backspace removes it again');
    });

    test('a fix in the middle line replaces exactly the phrase, keeps the caret after it, and undoes', async () => {
      await typeFresh(MULTI);
      const age = (await nodeScanner()).scan(MULTI).findings.find((f) => f.category === 'age');
      const fixed = MULTI.slice(0, age.utf16.start) + age.suggestions[0] + MULTI.slice(age.utf16.end);
      await hover(age.text);
      await ui.waitVisible('.card');
      await ui.click('.card .suggest', age.suggestions[0]);
      await ui.waitGone('.card');
      await assertText(fixed, 'after the fix');
      const caret = await caretOffset(page, site.editor);
      assert.deepEqual(
        caret,
        { offset: flat(fixed.slice(0, age.utf16.start + age.suggestions[0].length)).length, collapsed: true, focused: true },
        'the caret is right after the replacement',
      );
      await waitForScannerUnderlines(page, site.editor, model);
      // The editor's own undo takes the fix back (one step), and the underline returns.
      await page.keyboard.press(site.undo);
      await assertText(MULTI, 'after undo');
      await waitForScannerUnderlines(page, site.editor, model);
    });

    test('after a fix, typing and Backspace act at the caret (no jump to 0, other lines intact)', async () => {
      await typeFresh(MULTI);
      const date = (await nodeScanner()).scan(MULTI).findings.find((f) => f.category === 'date');
      const fixed = MULTI.slice(0, date.utf16.start) + date.suggestions[0] + MULTI.slice(date.utf16.end);
      await caretTo(date.utf16.start + 1);
      await page.keyboard.press('Alt+Enter');
      await ui.waitVisible('.card');
      await page.keyboard.press('Enter'); // the focused first rewording
      await ui.waitGone('.card');
      await assertText(fixed, 'after the keyboard fix');
      await settle(page);
      await page.keyboard.type('!');
      const end = date.utf16.start + date.suggestions[0].length;
      await assertText(`${fixed.slice(0, end)}!${fixed.slice(end)}`, 'typed right after the replacement');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await assertText(`${fixed.slice(0, end - 1)}${fixed.slice(end)}`, 'Backspace deletes before the caret');
      await waitForScannerUnderlines(page, site.editor, model);
    });

    test('a card whose phrase moved since it opened replaces nothing (never stale offsets)', async () => {
      await typeFresh(MULTI);
      const at = MULTI.indexOf('36yo') + 1;
      await caretTo(at);
      await page.keyboard.press('Alt+Enter');
      await ui.waitVisible('.card');
      // While the card is open, the text before the phrase changes (as a site script or another
      // extension could do): the card's offsets are now stale.
      await page.evaluate((sel) => {
        const el = document.querySelector(sel);
        el.focus();
        const r = document.createRange();
        const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        r.setStart(w.nextNode(), 0);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
      }, site.editor);
      await settle(page);
      await page.evaluate(() => document.execCommand('insertText', false, 'So: '));
      const moved = `So: ${MULTI}`;
      await assertText(moved, 'the outside change');
      await ui.click('.card .suggest');
      await settle(page);
      await assertText(moved, 'the stale fix changed nothing');
      await page.keyboard.press('Escape');
    });

    test('"Ignore here" removes that underline only; the text is unchanged', async () => {
      await typeFresh(MULTI);
      const before = (await nodeScanner()).scan(MULTI).findings.map((f) => f.text);
      assert.ok(before.includes('3/14') && before.length > 1);
      await hover('3/14');
      await ui.waitVisible('.card');
      await ui.click('.card .ignore');
      await waitForUnderlineTexts(page, site.editor, before.filter((t) => t !== '3/14').map((text) => ({ text })));
      await assertText(MULTI, 'ignoring changes nothing');
      // Still ignored after more typing in this box.
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Bye');
      await assertText(`${MULTI} Bye`, 'typed at the end');
      const now = (await nodeScanner()).scan(`${MULTI} Bye`).findings.map((f) => f.text);
      await waitForUnderlineTexts(page, site.editor, now.filter((t) => t !== '3/14').map((text) => ({ text })));
      // "Ignore here" lasts for this page session: a reload brings the underline back.
      await page.reload();
      await page.waitForSelector(site.ready);
      await typeFresh(MULTI);
      assert.ok((await readHighlights(page, site.editor)).some((h) => h.text === '3/14'));
    });

    test('"Always allow this phrase" stores only that phrase and the underline goes', async () => {
      const phrase = 'My patient';
      await typeFresh(MULTI);
      await hover(phrase);
      await ui.waitVisible('.card');
      await ui.click('.card .allow');
      // The underlines become what the scanner reports with that phrase allowed (without the
      // patient reference the other details may no longer be risky: that is the scanner's call).
      await nodeScanner();
      const { Scanner } = await import(path.join(repoRoot, 'extension/pkg/phi_guard.js'));
      const allowed = new Scanner({ allowedTerms: [phrase] });
      const want = allowed.scan(MULTI).findings.map((f) => toHighlight(MULTI, f)).sort(byStart);
      assert.notDeepEqual(want, await expectedHighlights(MULTI), 'allowing the phrase changes the findings');
      let last;
      await waitUntil(async () => isDeepStrictEqual((last = await readHighlights(page, site.editor)), want), {
        describe: () => `underlines ${JSON.stringify(want)} with the phrase allowed, have ${JSON.stringify(last)}`,
      });
      const stored = await env.browser.currentWorker().evaluate(() => chrome.storage.local.get(null));
      assert.deepEqual(stored.phiGuardUser?.allowedTerms, [phrase], 'only the phrase is stored');
      assert.ok(!JSON.stringify(stored).includes('36yo'), 'no other post text is stored');
      await assertText(MULTI, 'allowing changes nothing');
      await env.browser.currentWorker().evaluate(() => chrome.storage.local.remove('phiGuardUser'));
      await waitForScannerUnderlines(page, site.editor, model);
    });

    test('the badge shows risk and count, lists findings and reasons, opens cards, and Fix all', async () => {
      const text = 'Update on my patient.\nHe is a 36yo admitted on 3/14, call 555.204.9981 or jane.doe@example.org\nThanks all';
      await typeFresh(text);
      const report = (await nodeScanner()).scan(text);
      const [badge] = await ui.waitVisible('.badge');
      assert.equal(badge.attrs['data-count'], String(report.findings.length));
      assert.equal(badge.attrs['data-risk'], report.risk);
      assert.ok(badge.text.endsWith(`· ${report.findings.length}`));
      assert.match(badge.attrs['aria-label'], new RegExp(`${report.findings.length} details`));
      // By the box's bottom-right corner, over none of its text.
      const box = await page.locator(site.editor).boundingBox();
      const b = badge.rect;
      assert.ok(Math.abs(b.x + b.width - (box.x + box.width)) < 12, 'at the right edge of the box');
      assert.ok(b.y + b.height > box.y + box.height - 40 && b.y < box.y + box.height + 12, 'at the bottom of the box');
      const textBoxes = await page.evaluate((sel) => {
        const out = [];
        const w = document.createTreeWalker(document.querySelector(sel), NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const r = document.createRange();
          r.selectNodeContents(n);
          for (const q of r.getClientRects()) out.push({ x: q.x, y: q.y, width: q.width, height: q.height });
        }
        return out;
      }, site.editor);
      assert.ok(textBoxes.length > 0);
      for (const t of textBoxes) {
        const apart = t.x + t.width <= b.x || b.x + b.width <= t.x || t.y + t.height <= b.y || b.y + b.height <= t.y;
        assert.ok(apart, `the badge ${JSON.stringify(b)} covers text at ${JSON.stringify(t)}`);
      }
      await ui.click('.badge');
      const [list] = await ui.waitVisible('.list');
      assert.equal(list.attrs.role, 'dialog');
      for (const r of report.reasons) assert.ok(list.text.includes(r), `reason "${r}" listed`);
      const items = await ui.visible('.list .findings button');
      const sorted = [...report.findings].sort((a, b) => a.utf16.start - b.utf16.start);
      assert.deepEqual(items.map((i) => i.attrs['aria-label']), sorted.map((f) => `${f.title}: ${f.text}`));
      await page.screenshot({
        path: path.join(shots, `${site.name}-badge.png`),
        clip: await clipAround(page, site.frame, list.rect),
      });
      // A finding in the list opens its card, with the focus in it; Escape returns to the editor.
      await ui.click('.list .findings button', `${sorted[1].title}${sorted[1].text}`);
      const [card] = await ui.waitVisible('.card');
      assert.equal(card.attrs['aria-label'], `PHI Guard: ${sorted[1].title}`);
      await page.keyboard.press('Escape');
      await ui.waitGone('.card');
      await assertText(text, 'the list changes nothing');
      // Fix all: every first suggestion, each through the editor.
      let want = text;
      for (const f of [...report.findings].sort((a, b) => b.utf16.start - a.utf16.start)) {
        if (f.suggestions.length) want = want.slice(0, f.utf16.start) + f.suggestions[0] + want.slice(f.utf16.end);
      }
      assert.notEqual(want, text);
      await ui.click('.badge');
      await ui.click('.list .fixall');
      await assertText(want, 'after Fix all');
      await waitForScannerUnderlines(page, site.editor, model);
      const left = (await nodeScanner()).scan(want).findings.length;
      await waitUntil(async () => {
        const b = await ui.query('.badge');
        return b[0]?.attrs['data-count'] === String(left) && b[0].visible === left > 0;
      }, { describe: () => `the badge to count ${left}` });
    });

    test('the badge is hidden when there are no findings', async () => {
      await typeFresh('Great teaching rounds today, proud of our residents!');
      await waitUntil(async () => (await ui.visible('.badge')).length === 0, { describe: () => 'no visible badge' });
    });

    test('the card matches the site theme', async () => {
      const themes = site.name === 'x'
        ? [['rgb(21, 32, 43)', 'dim', 'rgb(21, 32, 43)'], ['rgb(0, 0, 0)', 'dark', 'rgb(0, 0, 0)'], ['rgb(255, 255, 255)', 'light', 'rgb(255, 255, 255)']]
        : [['class', 'dark', 'rgb(36, 37, 38)'], ['rgb(24, 25, 26)', 'dark', 'rgb(36, 37, 38)'], ['rgb(240, 242, 245)', 'light', 'rgb(255, 255, 255)']];
      await typeFresh(MULTI);
      for (const [how, theme, bg] of themes) {
        await page.evaluate((how) => {
          document.documentElement.classList.toggle('__fb-dark-mode', how === 'class');
          document.body.style.backgroundColor = how === 'class' ? '' : how;
        }, how);
        await page.mouse.move(5, 600);
        await ui.waitGone('.card');
        await hover('36yo');
        const [card] = await ui.waitVisible('.card');
        assert.equal(card.attrs['data-theme'], theme, `theme for ${how}`);
        assert.equal(card.background, bg);
      }
      // With reduced motion the card appears without animation.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.mouse.move(5, 600);
      await ui.waitGone('.card');
      await hover('36yo');
      assert.equal((await ui.waitVisible('.card'))[0].animation, 'none');
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.mouse.move(5, 600);
      await ui.waitGone('.card');
      await hover('36yo');
      assert.equal((await ui.waitVisible('.card'))[0].animation, 'pg-in');
      await page.evaluate(() => {
        document.documentElement.classList.remove('__fb-dark-mode');
        document.body.style.backgroundColor = '';
      });
      await page.mouse.move(5, 600);
    });
  });
}

test('no network request from the extension', () => {
  assertNoExtensionNetwork(env, ['x.com', 'www.facebook.com']);
});

/** A screenshot clip holding the composer `frame` and the UI rect, within the viewport. */
async function clipAround(page, frame, rect) {
  const f = await page.locator(frame).first().boundingBox();
  const vp = page.viewportSize();
  const x = Math.max(0, Math.min(f.x, rect.x) - 8);
  const y = Math.max(0, Math.min(f.y, rect.y) - 8);
  const right = Math.min(vp.width, Math.max(f.x + f.width, rect.x + rect.width) + 8);
  const bottom = Math.min(vp.height, Math.max(f.y + f.height, rect.y + rect.height) + 8);
  return { x, y, width: right - x, height: bottom - y };
}
