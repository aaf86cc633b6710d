// End-to-end: the background service worker — its cost (measured and printed, never asserted
// against a time budget) and recovery when Chrome stops it mid-typing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { TWEET_280 } from './lib/cases.mjs';
import { clearEditor, readHighlights, settle, waitForScannerUnderlines, waitForUnderlineTexts, waitUntil } from './lib/page.mjs';
import { repoRoot } from './lib/server.mjs';
import { assertNoExtensionNetwork, setup, teardown } from './lib/suite.mjs';

const EDITOR = '[data-testid="tweetTextarea_0"]';
let env;
let page;
const figures = {};
const model = () => page.evaluate(() => window.__fixture.modelText());

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (x) => Math.round(x * 100) / 100;

before(async () => {
  env = await setup();
  page = await env.browser.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForSelector(EDITOR);
});

after(async () => {
  const dir = path.join(repoRoot, 'tests/e2e/.artifacts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'perf.json'), `${JSON.stringify(figures, null, 2)}\n`);
  await teardown(env);
});

test('scanner cost in the service worker (first init, then per 280-char tweet)', { timeout: 60000 }, async (t) => {
  const worker = env.browser.worker;
  const init = await worker.evaluate(async () => {
    const t0 = performance.now();
    await globalThis.phiGuard.ready();
    return performance.now() - t0;
  });
  // From the worker's start to a built scanner (wasm compile, instantiate, scanner build).
  const { scannerReadyMs, wasmReadyMs, scannerBuildMs } = await worker.evaluate(() => globalThis.phiGuard.timings());
  assert.ok(scannerReadyMs > 0 && wasmReadyMs > 0 && scannerBuildMs > 0, 'the worker records its start-up');
  const perScan = await worker.evaluate(async (text) => {
    const scanner = await globalThis.phiGuard.scanner();
    const first = performance.now();
    scanner.scan(text);
    const firstMs = performance.now() - first;
    for (let i = 0; i < 20; i++) scanner.scan(text);
    const n = 200;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) scanner.scan(text);
    return { firstMs, meanMs: (performance.now() - t0) / n };
  }, TWEET_280);
  assert.equal(TWEET_280.length, 280);
  figures.workerInitMs = round(init);
  figures.scannerReadyMs = round(scannerReadyMs);
  figures.wasmReadyMs = round(wasmReadyMs);
  figures.scannerBuildMs = round(scannerBuildMs);
  figures.firstScan280Ms = round(perScan.firstMs);
  figures.scan280Ms = round(perScan.meanMs);
  const line = `worker: scanner ready ${figures.scannerReadyMs} ms after start (wasm ready at ${figures.wasmReadyMs} ms, build ${figures.scannerBuildMs} ms); wasm init ${figures.workerInitMs} ms; first scan ${figures.firstScan280Ms} ms; ` +
    `scan per 280-char tweet ${figures.scan280Ms} ms (mean of 200)`;
  t.diagnostic(line);
});

test('keystroke-to-underline time over 30 keystrokes on a tweet', { timeout: 60000 }, async (t) => {
  await clearEditor(page, EDITOR);
  await page.keyboard.type('Thanks for the referral, write to jane.doe@example.or');
  await waitForUnderlineTexts(page, EDITOR, [{ text: 'jane.doe@example.or' }]);
  await page.evaluate(() => {
    window.__keydowns = [];
    window.addEventListener('keydown', () => window.__keydowns.push(performance.now()), true);
  });
  const letters = 'gabcdefghijklmnopqrstuvwxyzabc';
  const times = [];
  let want = 'jane.doe@example.or';
  for (const [i, ch] of [...letters].entries()) {
    want += ch;
    // Armed before the key is pressed: resolves with (time the underline equals `want`) minus
    // (time of the keydown), polling through a MessageChannel so it yields to every task.
    const armed = page.evaluate(
      ([w, before]) =>
        new Promise((resolve, reject) => {
          const deadline = performance.now() + 10000;
          const channel = new MessageChannel();
          const check = () => {
            if (window.__keydowns.length > before) {
              for (const [name, h] of CSS.highlights) {
                if (!name.startsWith('phi-guard-')) continue;
                for (const r of h) {
                  if (r.toString() === w) return resolve(performance.now() - window.__keydowns[before]);
                }
              }
            }
            if (performance.now() > deadline) return reject(new Error(`no underline "${w}"`));
            channel.port2.postMessage(0);
          };
          channel.port1.onmessage = check;
          check();
        }),
      [want, i],
    );
    await page.keyboard.press(ch);
    times.push(await armed);
  }
  assert.equal(times.length, 30);
  assert.equal(await model(), `Thanks for the referral, write to ${want}`);
  figures.keystrokeToUnderlineMs = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), n: times.length };
  const line = `keystroke-to-underline: p50 ${figures.keystrokeToUnderlineMs.p50} ms, p95 ${figures.keystrokeToUnderlineMs.p95} ms over ${times.length} keystrokes`;
  t.diagnostic(line);
});

// Stops the extension's service worker the way Chrome does when it idles: the worker target
// closes, its ports disconnect, and the next connect from the content script starts a new one.
async function stopServiceWorker() {
  const cdp = await env.browser.context.newCDPSession(page);
  const workerTargets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter(
      (x) => x.type === 'service_worker' && x.url.startsWith(`chrome-extension://${env.browser.extensionId}/`),
    );
  const [target] = await workerTargets();
  assert.ok(target, 'a running background worker');
  // Chromium sometimes ignores a close request (twice in full-suite runs this session, the
  // worker never stopped within 30 s; never in isolated runs): ask again every 2 s until it stops.
  let asked = 0;
  await waitUntil(
    async () => {
      const alive = (await workerTargets()).some((x) => x.targetId === target.targetId);
      if (alive && asked++ % 20 === 0) {
        await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
      }
      return !alive;
    },
    { timeout: 30000, interval: 100, describe: () => 'the worker to stop' },
  );
  await cdp.detach();
  return target.targetId;
}

test('underlines come back after the service worker is stopped mid-typing', { timeout: 60000 }, async (t) => {
  await clearEditor(page, EDITOR);
  await waitUntil(async () => (await model()) === '', { describe: () => 'an empty editor' });
  await page.keyboard.type('Ask jane.doe@example.org ');
  await waitForUnderlineTexts(page, EDITOR, [{ text: 'jane.doe@example.org' }]);
  await stopServiceWorker();
  const t0 = Date.now();
  await page.keyboard.type('or bob@example.com');
  await waitForScannerUnderlines(page, EDITOR, model);
  await waitForUnderlineTexts(page, EDITOR, [{ text: 'jane.doe@example.org' }, { text: 'bob@example.com' }]);
  figures.restartToUnderlineMs = Date.now() - t0;
  // And once more, stopping it while idle between keystrokes.
  await stopServiceWorker();
  await page.keyboard.type(' x');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(', carol@example.net');
  await waitForUnderlineTexts(page, EDITOR, [
    { text: 'jane.doe@example.org' }, { text: 'bob@example.com' }, { text: 'carol@example.net' },
  ]);
  t.diagnostic(`worker restart: underlines back ${figures.restartToUnderlineMs} ms after typing resumed`);
});

// The budget: a restart must not lose underlines for more than one keystroke. So the underlines
// painted before the stop stay up through the first keystroke after it, and that one keystroke —
// with no further typing to trigger another scan — brings the fresh underlines back.
test('one keystroke after the service worker stops brings the underlines back', { timeout: 60000 }, async () => {
  await clearEditor(page, EDITOR);
  await waitUntil(async () => (await model()) === '', { describe: () => 'an empty editor' });
  await page.keyboard.type('Ask jane.doe@example.org or bob@example.co');
  await waitForUnderlineTexts(page, EDITOR, [{ text: 'jane.doe@example.org' }, { text: 'bob@example.co' }]);
  for (const [key, want] of [['m', 'bob@example.com'], ['Backspace', 'bob@example.co']]) {
    await stopServiceWorker();
    await page.keyboard.press(key);
    // Right after the keystroke, before any answer: the untouched underline is still painted at
    // the next paint. Read after a frame: between the editor's re-render and our per-frame
    // repaint, ranges into the text nodes it replaced are collapsed (CI saw that once on
    // Backspace), but no paint happens in between, so the user never sees it.
    await settle(page);
    const now = await readHighlights(page, EDITOR);
    assert.ok(now.some((h) => h.text === 'jane.doe@example.org'), `underlines lost after "${key}": ${JSON.stringify(now)}`);
    // That keystroke's own scan request wakes the worker and its answer is painted.
    await waitForUnderlineTexts(page, EDITOR, [{ text: 'jane.doe@example.org' }, { text: want }]);
    await waitForScannerUnderlines(page, EDITOR, model);
  }
});

test('no CSP violation report and no network request from the extension', () => {
  assert.deepEqual(env.server.cspReports, []);
  assertNoExtensionNetwork(env, ['x.com']);
});
