// End-to-end: under a real organisation policy (written where Chromium reads it, see
// policy.test.mjs for why these tests run on their own and need root), the options page shows the
// banner, the locked controls greyed out with the reason and the rejected values; the popup shows
// "Managed by your organisation"; the block dialog on the page shows the support contact.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { extensionIdFromKey, launchBrowser, manifest } from '../e2e/lib/browser.mjs';
import { readDialog } from '../e2e/lib/dialog.mjs';
import { waitUntil } from '../e2e/lib/page.mjs';
import { startServer } from '../e2e/lib/server.mjs';
import { policyFile } from './policy-file.mjs';

const ID = extensionIdFromKey(manifest.key);
const policyOnDisk = policyFile('phi-guard-e2e-options-test');
const { skip } = policyOnDisk;

let server;
before(async () => {
  if (skip) return;
  policyOnDisk.remove();
  server = await startServer();
});

after(async () => {
  if (skip) return;
  policyOnDisk.remove();
  await server?.close();
});

test('options page, popup and block dialog under a locking policy with a bad value', { skip }, async () => {
  const policy = {
    mode: 'block',
    lockSettings: true,
    minimumSeverity: 'loud', // not a severity: reported, replaced by the default
    supportContact: 'Questions? privacy@hospital.org',
  };
  policyOnDisk.write(policy);
  const browser = await launchBrowser(server.port);
  try {
    const worker = () => browser.currentWorker() || browser.worker;
    await waitUntil(async () => (await worker().evaluate(() => globalThis.phiGuard.settings())).managed, {
      timeout: 15000,
      describe: () => 'the policy to arrive',
    });

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${ID}/extension/options/options.html`);
    await options.waitForSelector('body[data-state="ready"]', { timeout: 15000 });
    assert.equal(await options.isVisible('#phi-guard-managed'), true);
    assert.match(await options.textContent('#phi-guard-problems'), /replaced by safe defaults:[\s\S]*loud/);
    assert.equal(await options.inputValue('input[name="mode"]:checked'), 'block');
    for (const key of ['mode', 'minimumSeverity', 'sites']) {
      assert.equal(await options.$eval(`#${key}`, (f) => f.disabled), true, `${key} is locked`);
      assert.equal(await options.isVisible(`#${key} .locked-note`), true, `${key} says why`);
      assert.equal(await options.getAttribute(`#${key} input`, 'aria-disabled'), 'true');
    }
    assert.equal(await options.textContent('#phi-guard-support'), 'Questions? privacy@hospital.org');

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${ID}/extension/popup/popup.html`);
    await popup.waitForSelector('body[data-state="ready"]', { timeout: 15000 });
    assert.equal(await popup.isVisible('#phi-guard-managed'), true);
    assert.equal(await popup.$eval('#mode', (f) => f.disabled), true);

    const x = await browser.context.newPage();
    await x.goto('https://x.com/home');
    await x.click('[data-testid="tweetTextarea_0"]');
    await x.keyboard.type('My patient asked me to email jane.doe@example.org');
    await x.click('[data-testid="tweetButtonInline"]');
    const dialog = await waitUntil(() => readDialog(x), { describe: () => 'the block dialog' });
    assert.deepEqual(dialog.buttons.map((b) => b.name), ['Review']);
    assert.match(dialog.text, /Questions\? privacy@hospital\.org/);
    assert.deepEqual(await x.evaluate(() => window.__fixture.posted), []);
  } finally {
    await browser.close().catch(() => {});
    policyOnDisk.remove();
  }
});
