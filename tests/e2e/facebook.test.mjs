// End-to-end: the shipped extension on a Facebook-like page (real Lexical plain-text editors,
// Facebook-like CSP with 'unsafe-eval'), in Debian's Chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PHRASE_CASES } from './lib/cases.mjs';
import { clearEditor, readHighlights, waitForScannerUnderlines, waitForUnderlineTexts, waitUntil, settle } from './lib/page.mjs';
import { nodeScanner } from './lib/scanner.mjs';
import { repoRoot } from './lib/server.mjs';
import { setUserSettings } from './lib/settings.mjs';
import { assertNoExtensionNetwork, setup, teardown } from './lib/suite.mjs';

const POST = '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]';
const COMMENT = '#comment-editor';
const SEARCH = '#search-editor';
let env;
let page;
const model = (name = 'post') => page.evaluate((n) => window.__fixture.modelText(n), name);

async function typeFresh(selector, name, text) {
  await clearEditor(page, selector);
  await waitUntil(async () => (await model(name)) === '', { describe: () => 'an empty editor' });
  await page.keyboard.type(text);
}

before(async () => {
  env = await setup();
  page = await env.browser.context.newPage();
  await page.goto('https://www.facebook.com/');
  await page.waitForSelector(`${POST}[contenteditable="true"][role="textbox"]`);
});

after(() => teardown(env));

test('post composer: an email is underlined exactly as the scanner reports', async () => {
  const typed = 'Questions? Write to jane.doe@example.org after clinic';
  await typeFresh(POST, 'post', typed);
  const { actual } = await waitForScannerUnderlines(page, POST, () => model('post'));
  assert.deepEqual(actual.map((h) => [h.name, h.text]), [['phi-guard-high', 'jane.doe@example.org']]);
  assert.equal(await model('post'), typed);
});

test('post composer: line breaks (<br> in one <p>, managed trailing <br>) keep offsets right', async () => {
  const typed = 'First line\n\nthird line: bob@example.com\nann@example.net\n';
  await typeFresh(POST, 'post', typed);
  const { actual } = await waitForScannerUnderlines(page, POST, () => model('post'));
  assert.deepEqual(actual.map((h) => h.text), ['bob@example.com', 'ann@example.net']);
  assert.equal(await model('post'), typed);
});

test('post composer: editing in the middle, deleting and undo keep underlines in step', async () => {
  await typeFresh(POST, 'post', 'Send it to jane.doe@example.org thanks');
  await waitForUnderlineTexts(page, POST, [{ text: 'jane.doe@example.org' }]);
  await page.keyboard.press('Control+Home');
  await settle(page);
  await page.keyboard.type('Please ');
  await waitForScannerUnderlines(page, POST, () => model('post'));
  await waitForUnderlineTexts(page, POST, [{ text: 'jane.doe@example.org' }]);
  // Delete the "@" from just after it.
  const text = await model('post');
  await page.keyboard.press('Control+End');
  for (let i = 0; i < text.length - text.indexOf('@') - 1; i++) await page.keyboard.press('ArrowLeft');
  await settle(page);
  await page.keyboard.press('Backspace');
  await waitForUnderlineTexts(page, POST, []);
  assert.equal(await model('post'), 'Please Send it to jane.doeexample.org thanks');
  // Undo brings the address and its underline back.
  await page.keyboard.press('Control+Z');
  await waitForUnderlineTexts(page, POST, [{ text: 'jane.doe@example.org' }]);
  await waitForScannerUnderlines(page, POST, () => model('post'));
});

test('comment box ("Write a comment…") is guarded', async () => {
  const typed = 'Call me, or email jane.doe@example.org';
  await typeFresh(COMMENT, 'comment', typed);
  const { actual } = await waitForScannerUnderlines(page, COMMENT, () => model('comment'));
  assert.deepEqual(actual.map((h) => h.text), ['jane.doe@example.org']);
  assert.equal(await model('comment'), typed);
});

test('a Lexical box that is not a post or comment (search) is left alone', async () => {
  await typeFresh(SEARCH, 'search', 'jane.doe@example.org');
  // A sentinel in a guarded box proves the extension has been through its queue since.
  await typeFresh(COMMENT, 'comment', 'sentinel@example.org');
  await waitForUnderlineTexts(page, COMMENT, [{ text: 'sentinel@example.org' }]);
  await settle(page);
  assert.deepEqual(await readHighlights(page, SEARCH), []);
  assert.equal(await model('search'), 'jane.doe@example.org');
});

for (const c of PHRASE_CASES) {
  test(`phrase: ${c.name}`, async (t) => {
    const detected = (await nodeScanner()).scan(c.text).findings.some((f) => f.category === c.category);
    assert.ok(detected, `the scanner reports ${c.category} in: ${c.text}`);
    await typeFresh(POST, 'post', c.text);
    const { actual } = await waitForScannerUnderlines(page, POST, () => model('post'));
    const at = c.text.indexOf(c.covered);
    assert.ok(actual.some((h) => h.start <= at && at + c.covered.length <= h.end), `"${c.covered}" is underlined`);
    assert.equal(await model('post'), c.text);
  });
}

test('the Post button receives the text exactly as typed', async () => {
  // Mode `underline`: the post goes straight out (the guard before posting is guard.test.mjs's).
  await setUserSettings(env, { mode: 'underline' });
  const typed = 'Posting: jane.doe@example.org\nsecond line';
  await typeFresh(POST, 'post', typed);
  await waitForScannerUnderlines(page, POST, () => model('post'));
  await page.click('#post-button');
  assert.equal(await page.evaluate(() => window.__fixture.posted.at(-1)), typed);
});

test('screenshot of the Facebook composer with underlines', async () => {
  const lines = ['Update on my patient from last night: her son asked me to', 'email him at jane.doe@example.org'];
  for (const c of PHRASE_CASES.filter((p) => p.category !== 'email')) {
    if ((await nodeScanner()).scan(c.text).findings.length) lines.push(c.text);
  }
  await typeFresh(COMMENT, 'comment', '');
  await typeFresh(POST, 'post', lines.join('\n'));
  await waitForScannerUnderlines(page, POST, () => model('post'));
  await page.mouse.click(880, 600);
  const dir = path.join(repoRoot, 'docs/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.locator('[role="dialog"][aria-label="Create post"]').screenshot({ path: path.join(dir, 'facebook-underlines.png') });
});

test('no CSP violation report and no network request from the extension', () => {
  assert.deepEqual(env.server.cspReports, []);
  assertNoExtensionNetwork(env, ['www.facebook.com']);
});
