// End-to-end: an organisation's policy, written where Chromium reads it
// (/etc/chromium/policies/managed/), reaching the shipped extension in Debian's Chromium.
//
// These tests run on their own (`npm run test:policy`, after the other e2e files) because a
// policy file applies to every Chromium on the machine: it must not leak into other tests.
// Writing the folder needs root (CI runs as root); elsewhere every test is SKIPPED with the reason.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { readHighlights, waitUntil } from '../e2e/lib/page.mjs';
import { startServer } from '../e2e/lib/server.mjs';
import { policyFile } from './policy-file.mjs';

const X_EDITOR = '[data-testid="tweetTextarea_0"]';
const policy = policyFile('phi-guard-e2e-test');
const { skip } = policy;

let server;
before(async () => {
  if (skip) return;
  policy.remove(); // a crashed earlier run may have left one
  server = await startServer();
});

after(async () => {
  if (skip) return;
  policy.remove();
  await server?.close();
});

/** Launches Chromium with `settings` as the policy and runs `body({browser, state, worker})` once it arrived. */
async function withPolicy(settings, body) {
  policy.write(settings);
  const browser = await launchBrowser(server.port);
  const worker = () => browser.currentWorker() || browser.worker;
  const state = () => worker().evaluate(() => globalThis.phiGuard.settings());
  try {
    // The first storage.managed read after start takes seconds: wait for the policy to be known.
    await waitUntil(async () => (await state()).managed, { timeout: 15000, describe: () => 'the policy to arrive' });
    await body({ browser, state, worker });
  } finally {
    await browser.close().catch(() => {});
    policy.remove();
  }
}

const ORG_POLICY = {
  mode: 'block',
  lockSettings: true,
  customTerms: [
    { term: 'St. Elsewhere', category: 'care_setting' },
    { term: 'Bramblewood', category: 'location' },
  ],
  supportContact: 'Questions? privacy@hospital.org',
};

test('custom terms from the policy are underlined with their category', { skip }, async () => {
  await withPolicy(ORG_POLICY, async ({ browser, worker }) => {
    const text = 'Quiet evening at St. Elsewhere, then a drive home to Bramblewood.';
    const report = await worker().evaluate((t) => globalThis.phiGuard.scan(t), text);
    const found = Object.fromEntries(report.findings.map((f) => [f.text, f.category]));
    assert.equal(found['St. Elsewhere'], 'care_setting');
    assert.equal(found.Bramblewood, 'location');

    const page = await browser.context.newPage();
    await page.goto('https://x.com/home');
    await page.click(X_EDITOR);
    await page.keyboard.type(text);
    await waitUntil(
      async () => {
        const texts = (await readHighlights(page, X_EDITOR)).map((h) => h.text);
        return texts.includes('St. Elsewhere') && texts.includes('Bramblewood');
      },
      { describe: () => 'the organisation terms to be underlined' },
    );
  });
});

test('locked settings hold against the user\'s own choices', { skip }, async () => {
  await withPolicy(ORG_POLICY, async ({ state, worker }) => {
    let s = await state();
    assert.equal(s.settings.mode, 'block');
    assert.deepEqual([...s.locked].sort(), ['minimumSeverity', 'mode', 'sites']);
    await worker().evaluate(() => chrome.storage.local.set({ phiGuardUser: { mode: 'off', sites: [] } }));
    await waitUntil(async () => (await worker().evaluate(() => chrome.storage.local.get('phiGuardUser'))).phiGuardUser);
    s = await state();
    assert.equal(s.settings.mode, 'block', 'the user cannot turn checking off');
    assert.deepEqual(s.settings.sites, ['x', 'facebook']);
  });
});

test('bad policy values are reported and replaced by safe defaults; good ones still apply', { skip }, async () => {
  await withPolicy(
    {
      mode: 'blocked', // not a mode
      supportContact: 'Questions? privacy@hospital.org',
      sites: ['x', 'myspace'],
      customTerms: [
        { term: 'St. Elsewhere', category: 'care_setting' },
        { term: 'Bramblewood', category: 'town' }, // not a category
      ],
    },
    async ({ state, worker }) => {
      const s = await state();
      assert.equal(s.settings.mode, 'warn', 'a bad mode falls back to the default');
      assert.equal(s.settings.supportContact, 'Questions? privacy@hospital.org');
      assert.deepEqual(s.settings.sites, ['x']);
      assert.deepEqual(s.settings.customTerms, [{ term: 'St. Elsewhere', category: 'care_setting' }]);
      const problems = s.problems.join('\n');
      assert.match(problems, /mode/);
      assert.match(problems, /myspace/);
      assert.match(problems, /town/);
      const report = await worker().evaluate(() => globalThis.phiGuard.scan('Night shift at St. Elsewhere.'));
      assert.ok(report.findings.some((f) => f.text === 'St. Elsewhere' && f.category === 'care_setting'));
    },
  );
});

test('a policy change takes effect in the running browser without reinstalling', { skip }, async () => {
  await withPolicy({ mode: 'block' }, async ({ state }) => {
    assert.equal((await state()).settings.mode, 'block');
    policy.write({ mode: 'underline', allowedTerms: ['Bramblewood'] });
    await waitUntil(async () => (await state()).settings.mode === 'underline', {
      timeout: 15000,
      describe: () => 'the changed policy to arrive',
    });
    assert.deepEqual((await state()).settings.allowedTerms, ['Bramblewood']);
  });
});
