// End-to-end: the options page and the toolbar popup of the shipped extension, talking to the real
// background, and their choices taking effect on the X-like fixture page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { readDialog } from './lib/dialog.mjs';
import { clearEditor, readHighlights, waitUntil } from './lib/page.mjs';
import { repoRoot } from './lib/server.mjs';
import { assertNoExtensionNetwork, setup, teardown } from './lib/suite.mjs';

const RISKY = 'Update on my patient: his wife asked me to email her at jane.doe@example.org';
const EDITOR = '[data-testid="tweetTextarea_0"]';
let env;
let x;
let optionsUrl;
let popupUrl;

const worker = () => env.browser.currentWorker() ?? env.browser.worker;
const stored = () => worker().evaluate(() => chrome.storage.local.get('phiGuardUser').then((r) => r.phiGuardUser ?? {}));
const inForce = () => worker().evaluate(() => globalThis.phiGuard.settings().settings);
const posted = () => x.evaluate(() => window.__fixture.posted.slice());
const dialogOpen = () => x.evaluate(() => document.querySelector('phi-guard-dialog') !== null);

before(async () => {
  env = await setup();
  const id = env.browser.extensionId;
  optionsUrl = `chrome-extension://${id}/extension/options/options.html`;
  popupUrl = `chrome-extension://${id}/extension/popup/popup.html`;
  x = await env.browser.context.newPage();
  await x.goto('https://x.com/home');
  await x.waitForSelector(`${EDITOR}[role="textbox"]`);
});

after(() => teardown(env));

async function openPage(url) {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15000 });
  return page;
}

/** Types RISKY in X and clicks Post; resolves to 'posted', or the open dialog's name. */
async function tryPost() {
  await x.bringToFront();
  await clearEditor(x, EDITOR);
  await waitUntil(async () => (await x.evaluate(() => window.__fixture.modelText())) === '', { describe: () => 'empty editor' });
  await x.keyboard.type(RISKY);
  const before = (await posted()).length;
  await x.click('[data-testid="tweetButtonInline"]');
  const outcome = await waitUntil(
    async () => {
      if ((await posted()).length > before) return 'posted';
      const d = await readDialog(x);
      return d ? d.name : null;
    },
    { describe: () => 'a post or a dialog' },
  );
  if (outcome !== 'posted') {
    await x.keyboard.press('Escape');
    await waitUntil(async () => !(await dialogOpen()), { describe: () => 'the dialog to close' });
  }
  return outcome;
}

async function waitInForce(key, value) {
  await waitUntil(async () => JSON.stringify((await inForce())[key]) === JSON.stringify(value), {
    describe: () => `${key} = ${JSON.stringify(value)} in force`,
  });
  await new Promise((r) => setTimeout(r, 150)); // the push to the page's content script
}

test('the options page opens and shows the settings in force, what is checked and the privacy statement', async () => {
  const page = await openPage(optionsUrl);
  assert.equal(await page.title(), 'PHI Guard settings');
  assert.equal(await page.isVisible('#phi-guard-pending'), false);
  assert.equal(await page.inputValue('input[name="mode"]:checked'), 'warn');
  assert.equal(await page.inputValue('input[name="minimumSeverity"]:checked'), 'low');
  assert.deepEqual(await page.$$eval('input[name="sites"]:checked', (l) => l.map((i) => i.value)), ['x', 'facebook']);
  assert.equal(await page.isVisible('#phi-guard-managed'), false, 'no policy: no banner');
  assert.equal(await page.isVisible('#phi-guard-problems'), false);
  assert.equal(await page.isVisible('#phi-guard-support'), false);
  assert.equal(await page.isDisabled('input[name="mode"][value="block"]'), false);
  const text = await page.textContent('main');
  assert.match(text, /sends\s+nothing anywhere/);
  assert.match(text, /Direct identifiers/);
  await page.close();
});

test('changing the mode on the options page takes effect in the page', async () => {
  const page = await openPage(optionsUrl);
  await page.click('input[name="mode"][value="block"]');
  assert.equal((await stored()).mode, 'block');
  await waitInForce('mode', 'block');
  assert.equal(await tryPost(), 'This post cannot go out yet');

  await page.bringToFront();
  await page.click('input[name="mode"][value="underline"]');
  await waitInForce('mode', 'underline');
  assert.equal(await tryPost(), 'posted');

  await page.bringToFront();
  await page.click('input[name="mode"][value="warn"]');
  await waitInForce('mode', 'warn');
  assert.equal(await tryPost(), 'This post may identify a patient');
  await page.close();
});

test('turning a site off on the options page stops checking there; sensitivity is saved', async () => {
  const page = await openPage(optionsUrl);
  await page.click('input[name="sites"][value="x"]');
  await waitInForce('sites', ['facebook']);
  assert.equal(await tryPost(), 'posted');
  await x.click(EDITOR);
  await x.keyboard.type(RISKY);
  await waitUntil(async () => (await x.evaluate(() => window.__fixture.modelText())) === RISKY, { describe: () => 'typed' });
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(await readHighlights(x, EDITOR), [], 'no underlines on a site turned off');

  await page.bringToFront();
  await page.click('input[name="sites"][value="x"]');
  await waitInForce('sites', ['x', 'facebook']);
  await x.bringToFront();
  await waitUntil(async () => (await readHighlights(x, EDITOR)).length > 0, { describe: () => 'underlines back' });
  await page.bringToFront();

  await page.click('input[name="minimumSeverity"][value="medium"]');
  await waitInForce('minimumSeverity', 'medium');
  await page.click('input[name="minimumSeverity"][value="low"]');
  await waitInForce('minimumSeverity', 'low');
  // Every choice was merged into one stored object.
  assert.deepEqual(await stored(), { mode: 'warn', sites: ['x', 'facebook'], minimumSeverity: 'low' });
  await page.close();
});

test('allowed phrases are listed as they are added and can be deleted', async () => {
  const page = await openPage(optionsUrl);
  assert.equal(await page.isVisible('#allowed-empty'), true);
  // Added the way the card's "Always allow" does (the background's allow path).
  const before = await stored();
  await worker().evaluate(
    (u) => chrome.storage.local.set({ phiGuardUser: { ...u, allowedTerms: ['Bramblewood Clinic', 'Dr. Who'] } }),
    before,
  );
  await waitUntil(async () => (await page.$$eval('#allowed-list li span', (l) => l.map((s) => s.textContent))).length === 2, {
    describe: () => 'the two phrases listed',
  });
  await page.click('button[aria-label="Delete allowed phrase “Bramblewood Clinic”"]');
  await waitUntil(async () => JSON.stringify((await stored()).allowedTerms) === '["Dr. Who"]', {
    describe: () => 'the phrase removed from storage',
  });
  await waitUntil(async () => (await page.$$eval('#allowed-list li span', (l) => l.map((s) => s.textContent))).join() === 'Dr. Who', {
    describe: () => 'the list updated',
  });
  assert.equal((await stored()).mode, 'warn', 'the other settings are kept');

  await page.setViewportSize({ width: 900, height: 1400 });
  const dir = path.join(repoRoot, 'docs/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, 'options.png'), fullPage: true });

  await page.click('button[aria-label="Delete allowed phrase “Dr. Who”"]');
  await waitUntil(() => page.isVisible('#allowed-empty'), { describe: () => 'the empty list note' });
  await page.close();
});

test('the popup opens, its mode and site switches take effect, and it links to the options page', async () => {
  const popup = await openPage(popupUrl);
  assert.equal(await popup.inputValue('input[name="mode"]:checked'), 'warn');
  assert.deepEqual(await popup.$$eval('input[name="sites"]', (l) => l.map((i) => [i.value, i.checked, i.getAttribute('role')])), [
    ['x', true, 'switch'],
    ['facebook', true, 'switch'],
  ]);
  await popup.click('input[name="mode"][value="block"]');
  await waitInForce('mode', 'block');
  assert.equal(await tryPost(), 'This post cannot go out yet');
  await popup.bringToFront();
  await popup.click('input[name="sites"][value="x"]');
  await waitInForce('sites', ['facebook']);
  assert.equal(await tryPost(), 'posted');
  await popup.bringToFront();
  await popup.click('input[name="sites"][value="x"]');
  await popup.click('input[name="mode"][value="warn"]');
  await waitInForce('mode', 'warn');
  await waitInForce('sites', ['x', 'facebook']);
  // The popup also follows changes made elsewhere.
  await worker().evaluate(() => chrome.storage.local.get('phiGuardUser').then((r) => chrome.storage.local.set({ phiGuardUser: { ...r.phiGuardUser, mode: 'underline' } })));
  await waitUntil(async () => (await popup.inputValue('input[name="mode"]:checked')) === 'underline', { describe: () => 'the popup to follow' });
  const opened = env.browser.context.waitForEvent('page');
  await popup.click('#open-options');
  const options = await opened;
  await options.waitForURL(optionsUrl);
  await options.waitForSelector('body[data-state="ready"]');
  await waitUntil(() => popup.isClosed(), { describe: () => 'the popup to close itself' });
  assert.equal(await options.inputValue('input[name="mode"]:checked'), 'underline');
  await options.close();
  await worker().evaluate(() => chrome.storage.local.remove('phiGuardUser'));
  await waitInForce('mode', 'warn');
});

// Without root the browser cannot be given a real policy here (tests/policy-e2e does that, with
// root). This checks the page's rendering of a managed state: the background's answer is replaced
// in the page with what it sends under a policy (same shape), the page itself is the real one.
test('under a policy: banner, locked controls greyed out with the reason, invalid values listed, support contact', async () => {
  const page = await env.browser.context.newPage();
  await page.addInitScript(() => {
    const runtime = (globalThis.browser ?? chrome).runtime; // the namespace state.js picks
    const real = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = async (msg) => {
      const state = await real(msg);
      return {
        ...state,
        settings: { ...state.settings, mode: 'block', supportContact: 'Questions? privacy@hospital.org' },
        locked: ['mode', 'minimumSeverity', 'sites'],
        problems: ['minimumSeverity: "loud" is not one of low, medium, high'],
        managed: true,
      };
    };
  });
  await page.goto(optionsUrl);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15000 });
  assert.equal(await page.isVisible('#phi-guard-managed'), true);
  assert.match(await page.textContent('#phi-guard-managed'), /Managed by your organisation/);
  assert.equal(await page.isVisible('#phi-guard-problems'), true);
  assert.match(await page.textContent('#phi-guard-problems'), /replaced by safe defaults:[\s\S]*"loud" is not one of/);
  assert.equal(await page.inputValue('input[name="mode"]:checked'), 'block');
  for (const key of ['mode', 'minimumSeverity', 'sites']) {
    const info = await page.$eval(`#${key}`, (fs) => ({
      disabled: fs.disabled,
      ariaDisabled: [...fs.querySelectorAll('input')].every((i) => i.getAttribute('aria-disabled') === 'true'),
      visible: fs.offsetParent !== null,
      note: fs.querySelector('.locked-note').offsetParent !== null ? fs.querySelector('.locked-note').textContent : null,
    }));
    assert.deepEqual(info, { disabled: true, ariaDisabled: true, visible: true, note: 'Set by your organisation.' }, key);
  }
  assert.equal(await page.textContent('#phi-guard-support'), 'Questions? privacy@hospital.org');
  await page.close();
});

test('no network request from the extension', () => {
  assertNoExtensionNetwork(env, ['x.com']);
});
