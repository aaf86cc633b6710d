// End-to-end: the shipped extension on an X-like page (real Draft.js 0.11 editor under React 18,
// X-like CSP without 'unsafe-eval'/'wasm-unsafe-eval'), in Debian's Chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { extensionIdFromKey, manifest } from './lib/browser.mjs';
import { HARMLESS, PHRASE_CASES } from './lib/cases.mjs';
import { clearEditor, readHighlights, waitForScannerUnderlines, waitForUnderlineTexts, waitUntil, settle } from './lib/page.mjs';
import { nodeScanner } from './lib/scanner.mjs';
import { repoRoot } from './lib/server.mjs';
import { setUserSettings } from './lib/settings.mjs';
import { assertNoExtensionNetwork, setup, teardown } from './lib/suite.mjs';

const EDITOR = '[data-testid="tweetTextarea_0"]';
let env;
let page;
const model = () => page.evaluate(() => window.__fixture.modelText());

// Lets the editor take in a caret move (Draft reads the selection on React's onSelect, after the
// key event) before the next key, as it would between a person's key presses.

async function press(key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
  await settle(page);
}

async function typeFresh(text) {
  await clearEditor(page, EDITOR);
  await waitUntil(async () => (await model()) === '', { describe: () => 'an empty editor' });
  await page.keyboard.type(text);
}

before(async () => {
  env = await setup();
  page = await env.browser.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForSelector(`${EDITOR}.public-DraftEditor-content[role="textbox"]`);
});

after(() => teardown(env));

test('the extension loads from the repo root with the id fixed by the manifest key', () => {
  assert.equal(env.browser.extensionId, extensionIdFromKey(manifest.key));
  assert.match(env.browser.worker.url(), /\/extension\/background\.js$/);
});

test('an email typed like a user is underlined exactly as the scanner reports', async () => {
  const typed = 'Questions? Write to jane.doe@example.org after clinic';
  await typeFresh(typed);
  const { actual } = await waitForScannerUnderlines(page, EDITOR, model);
  assert.deepEqual(actual.map((h) => [h.name, h.text]), [['phi-guard-high', 'jane.doe@example.org']]);
  assert.equal(await model(), typed, "the editor's model holds exactly what was typed");
});

test('offsets stay right across lines and empty lines (Draft blocks, <br data-text>)', async () => {
  const typed = 'Line one\n\nand on line three: bob@example.com\nlast line with ann@example.net';
  await typeFresh(typed);
  const { actual } = await waitForScannerUnderlines(page, EDITOR, model);
  assert.deepEqual(actual.map((h) => h.text), ['bob@example.com', 'ann@example.net']);
  assert.equal(await model(), typed);
});

test('editing in the middle and deleting keep the underlines in step with the text', async () => {
  await typeFresh('Send it to jane.doe@example.org thanks');
  await waitForUnderlineTexts(page, EDITOR, [{ text: 'jane.doe@example.org' }]);
  // Insert before the email: the underline moves with it.
  await press('Control+Home');
  await page.keyboard.type('Please ');
  await waitForScannerUnderlines(page, EDITOR, model);
  await waitForUnderlineTexts(page, EDITOR, [{ text: 'jane.doe@example.org' }]);
  // Type inside the email's domain: the underline covers the new address.
  await press('Control+End');
  await press('ArrowLeft', ' thanks'.length + '.org'.length);
  await page.keyboard.type('-clinic');
  await waitForUnderlineTexts(page, EDITOR, [{ text: 'jane.doe@example-clinic.org' }]);
  await waitForScannerUnderlines(page, EDITOR, model);
  // Delete from the end back through the "@": no longer an address, no underline.
  const text = await model();
  await press('Control+End');
  await press('Backspace', text.length - text.indexOf('@'));
  await waitForUnderlineTexts(page, EDITOR, []);
  assert.equal(await model(), 'Please Send it to jane.doe');
});

test('harmless text has no underline', async () => {
  for (const harmless of HARMLESS) {
    assert.deepEqual((await nodeScanner()).scan(harmless).findings, [], 'scanner false alarm');
    // A sentinel address after the harmless text proves the extension has scanned the whole text.
    // (With an address in it the post is risky, so its other details may be underlined too:
    // wait for exactly what the scanner reports, and for the address among it.)
    await typeFresh(`${harmless} sentinel@example.org`);
    const { actual } = await waitForScannerUnderlines(page, EDITOR, model);
    assert.ok(actual.some((h) => h.text === 'sentinel@example.org'), 'the sentinel is underlined');
    for (let i = 0; i < ' sentinel@example.org'.length; i++) await page.keyboard.press('Backspace');
    await waitForUnderlineTexts(page, EDITOR, []);
    assert.equal(await model(), harmless);
  }
});

for (const c of PHRASE_CASES) {
  test(`phrase: ${c.name}`, async (t) => {
    const report = (await nodeScanner()).scan(c.text);
    const detected = report.findings.some((f) => f.category === c.category);
    assert.ok(detected, `the scanner reports ${c.category} in: ${c.text}`);
    await typeFresh(c.text);
    const { actual } = await waitForScannerUnderlines(page, EDITOR, model);
    const at = c.text.indexOf(c.covered);
    assert.ok(
      actual.some((h) => h.start <= at && at + c.covered.length <= h.end),
      `"${c.covered}" is underlined (have ${JSON.stringify(actual)})`,
    );
    assert.equal(await model(), c.text);
  });
}

test('the Post button receives the text exactly as typed (the extension changes nothing)', async () => {
  // Mode `underline`: the post goes straight out (the guard before posting is guard.test.mjs's).
  await setUserSettings(env, { mode: 'underline' });
  const typed = 'Posting with an address: jane.doe@example.org';
  await typeFresh(typed);
  await waitForScannerUnderlines(page, EDITOR, model);
  await page.click('[data-testid="tweetButtonInline"]');
  const posted = await page.evaluate(() => window.__fixture.posted.at(-1));
  assert.equal(posted, typed);
  await waitForUnderlineTexts(page, EDITOR, []); // the cleared editor loses its underline
});

test('screenshot of the X composer with underlines', async () => {
  const lines = ['Follow-up for my patient: his wife asked me to write to jane.doe@example.org'];
  for (const c of PHRASE_CASES.filter((p) => p.category !== 'email')) {
    if ((await nodeScanner()).scan(c.text).findings.length) lines.push(c.text);
  }
  await typeFresh(lines.join('\n'));
  await waitForScannerUnderlines(page, EDITOR, model);
  await page.mouse.click(5, 600); // blur: no caret in the picture
  const dir = path.join(repoRoot, 'docs/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.locator('.composer').screenshot({ path: path.join(dir, 'x-underlines.png') });
});

test('no CSP violation report and no network request from the extension', async () => {
  assert.deepEqual(env.server.cspReports, [], 'the page reported CSP violations');
  assertNoExtensionNetwork(env, ['x.com']);
});

test('control: the fixture does report CSP violations (so "no report" above means something)', async () => {
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'void 0';
    document.head.append(s);
  });
  await waitUntil(() => env.server.cspReports.length > 0, { describe: () => 'a CSP report' });
  assert.equal(env.server.cspReports[0].host, 'x.com');
});
