// In-browser speed figures, with and without the extension, in real Chromium on the fixture
// editors (real Draft.js for X, real Lexical for Facebook):
// - keystroke-to-underline p50/p95 on a tweet (X) and at the end of a 20,000-character post
//   (Facebook); without the extension the same keystrokes are timed to the editor's own DOM
//   update, so the editor's cost is separated from ours;
// - the longest main-thread task (PerformanceObserver 'longtask') while 1 MB of text is pasted
//   into the Facebook editor, and the longest one after the paste's own frame (our flatten, paint
//   and the report's arrival run in frames of their own), as Long Animation Frames;
// - a restarted worker's start-up (wasm ready, scanner built, first scan done), as Chrome
//   restarts an idle one.
// Prints a table; asserts nothing (the machine is shared and noisy). Not a test.
//   node bench/browser-bench.mjs [--json] [--keys N]
import { setup, teardown } from '../tests/e2e/lib/suite.mjs';
import { clearEditor, waitUntil } from '../tests/e2e/lib/page.mjs';

const args = process.argv.slice(2);
const KEYS = Number(args[args.indexOf('--keys') + 1]) || 30;
const X_EDITOR = '[data-testid="tweetTextarea_0"]';
const FB_EDITOR = '#post-editor';

// Filler text: clinical chatter with a few identifiers, so a long post has findings all along.
const PARAGRAPHS = [
  'Long night in the ED. Reminder to everyone: sepsis bundles save lives, and so does a good handover.',
  'My patient asked me to call his wife at 555.204.9981 tonight, so I did after rounds.',
  'Great teaching rounds today, proud of our residents! Wash your hands and get your flu shot.',
  'Finished the discharge summary for MRN 00784512 at last; the family was kind.',
  'My patient is a 36yo with crushing chest pain, admitted on 3/14, doing better now.',
  'Questions about the program? Write to residency@example.org or visit the site for details.',
];
export function filler(n) {
  let s = '';
  for (let i = 0; s.length < n; i++) s += PARAGRAPHS[i % PARAGRAPHS.length] + (i % 3 === 2 ? '\n\n' : '\n');
  return s.slice(0, n);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Pastes `text` into the focused editor through a synthetic paste event (the editors' paste path). */
export function paste(page, selector, text) {
  return page.evaluate(
    ([sel, t]) => {
      const el = document.querySelector(sel);
      const data = new DataTransfer();
      data.setData('text/plain', t);
      const t0 = performance.now();
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return { start: t0, end: performance.now() };
    },
    [selector, text],
  );
}

/**
 * Types `letters` one key at a time after `prefix`; per key, the time from keydown until (with
 * the extension) an underline reads exactly `tail` so far, or (without) the editor's DOM text ends
 * with it. Polls through a MessageChannel so it yields to every task.
 */
async function keystrokeTimes(page, selector, tail, letters, withExtension) {
  await page.evaluate(() => {
    window.__keydowns = [];
    window.addEventListener('keydown', () => window.__keydowns.push(performance.now()), true);
  });
  const times = [];
  let want = tail;
  for (const [i, ch] of [...letters].entries()) {
    want += ch;
    const armed = page.evaluate(
      ([sel, w, before, ext]) =>
        new Promise((resolve, reject) => {
          const el = document.querySelector(sel);
          const deadline = performance.now() + 20000;
          const channel = new MessageChannel();
          const done = () => {
            if (ext) {
              for (const [name, h] of CSS.highlights) {
                if (!name.startsWith('phi-guard-')) continue;
                for (const r of h) if (r.toString() === w) return true;
              }
              return false;
            }
            return el.textContent.endsWith(w);
          };
          const check = () => {
            if (window.__keydowns.length > before && done()) {
              return resolve(performance.now() - window.__keydowns[before]);
            }
            if (performance.now() > deadline) return reject(new Error(`no ${ext ? 'underline' : 'text'} "${w}"`));
            channel.port2.postMessage(0);
          };
          channel.port1.onmessage = check;
          check();
        }),
      [selector, want, i, withExtension],
    );
    await page.keyboard.press(ch);
    times.push(await armed);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), n: times.length };
}

async function tweet(env, withExtension) {
  const page = await env.browser.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForSelector(X_EDITOR);
  await clearEditor(page, X_EDITOR);
  const tail = 'jane.doe@example.or';
  await page.keyboard.type(`Thanks for the referral, write to ${tail}`);
  await settle(page, X_EDITOR, tail, withExtension);
  const r = await keystrokeTimes(page, X_EDITOR, tail, 'gabcdefghijklmnopqrstuvwxyzabcdefghij'.slice(0, KEYS), withExtension);
  await page.close();
  return r;
}

async function settle(page, selector, tail, withExtension) {
  await waitUntil(
    () =>
      page.evaluate(
        ([sel, w, ext]) => {
          if (!ext) return document.querySelector(sel).textContent.endsWith(w);
          for (const [name, h] of CSS.highlights) {
            if (name.startsWith('phi-guard-')) for (const r of h) if (r.toString() === w) return true;
          }
          return false;
        },
        [selector, tail, withExtension],
      ),
    { timeout: 30000, describe: () => `"${tail}" to settle` },
  );
}

async function longPost(env, withExtension) {
  const page = await env.browser.context.newPage();
  await page.goto('https://www.facebook.com/');
  await page.waitForSelector(FB_EDITOR);
  await page.click(FB_EDITOR);
  const tail = 'jane.doe@example.or';
  await paste(page, FB_EDITOR, `${filler(20000 - 40)}\nWrite to ${tail}`);
  await page.keyboard.press('Control+End');
  await settle(page, FB_EDITOR, tail, withExtension);
  const length = await page.evaluate(() => window.__fixture.modelText().length);
  const r = await keystrokeTimes(page, FB_EDITOR, tail, 'gabcdefghijklmnopqrstuvwxyzabcdefghij'.slice(0, KEYS), withExtension);
  await page.close();
  return { ...r, length };
}

async function bigPaste(env, withExtension) {
  const page = await env.browser.context.newPage();
  await page.goto('https://www.facebook.com/');
  await page.waitForSelector(FB_EDITOR);
  await page.click(FB_EDITOR);
  // Long animation frames (a task plus the rendering it caused): 'longtask' entries fold our
  // frame callbacks into the editor's own paste frame, these keep them apart.
  await page.evaluate(() => {
    window.__frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__frames.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame' });
  });
  const text = filler(1 << 20);
  const t = await paste(page, FB_EDITOR, text);
  // Done when the extension painted (if loaded) and no long frame started for 3 s.
  if (withExtension) {
    await waitUntil(
      () => page.evaluate(() => [...CSS.highlights].some(([n, h]) => n.startsWith('phi-guard-') && h.size > 0)),
      { timeout: 180000, interval: 200, describe: () => 'underlines after the 1 MB paste' },
    );
  }
  await waitUntil(
    () =>
      page.evaluate(() => {
        const last = window.__frames.at(-1);
        const end = last ? last.start + last.duration : 0;
        return performance.now() - end > 3000;
      }),
    { timeout: 180000, interval: 250, describe: () => 'the page to go quiet after the 1 MB paste' },
  );
  const frames = await page.evaluate(() => window.__frames);
  const modelLength = await page.evaluate(() => window.__fixture.modelText().length);
  await page.close();
  // The paste frame is the one the synchronous dispatch ran in; the others came after it.
  const inPaste = (x) => x.start <= t.start + 1 && x.start + x.duration >= t.end - 1;
  const pasteTask = frames.filter(inPaste).reduce((m, x) => Math.max(m, x.duration), t.end - t.start);
  const others = frames.filter((x) => !inPaste(x) && x.start > t.start);
  return {
    pasteTask,
    longestOther: others.reduce((m, x) => Math.max(m, x.duration), 0),
    over50: others.length,
    totalOther: others.reduce((s, x) => s + x.duration, 0),
    modelLength,
  };
}

/**
 * Start-up of a restarted worker, as Chrome restarts an idle one: the worker is stopped, a
 * keystroke's scan request wakes it, and its own timings (ms since it started) are read.
 */
async function workerRestarts(env, times = 3) {
  const page = await env.browser.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForSelector(X_EDITOR);
  const runs = [];
  // The worker seen last and its start time (a restarted worker has a new time origin).
  const current = () =>
    env.browser.context
      .serviceWorkers()
      .at(-1)
      ?.evaluate(() => ({ origin: performance.timeOrigin, timings: globalThis.phiGuard?.timings() }))
      .catch(() => null);
  let origin = (await current())?.origin;
  for (let k = 0; k < times; k++) {
    const cdp = await env.browser.context.newCDPSession(page);
    const workers = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((x) => x.type === 'service_worker');
    // (Chrome may bring a stopped worker straight back under the same target id: the new time
    // origin below is what tells a restarted worker apart.)
    for (const t of await workers()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    await cdp.detach();
    await new Promise((r) => setTimeout(r, 500));
    await page.click(X_EDITOR);
    await page.keyboard.type('a');
    const now = await waitUntil(
      async () => {
        const w = await current();
        return w && w.origin !== origin && w.timings?.scannerReadyMs && w.timings?.firstScanDoneMs ? w : null;
      },
      { timeout: 30000, interval: 100, describe: () => 'the restarted worker and its scanner' },
    );
    origin = now.origin;
    runs.push(now.timings);
  }
  await page.close();
  const median = (key) => percentile(runs.map((r) => r[key]), 50);
  return {
    wasmReadyMs: median('wasmReadyMs'),
    scannerBuildMs: median('scannerBuildMs'),
    scannerReadyMs: median('scannerReadyMs'),
    firstScanDoneMs: median('firstScanDoneMs'),
  };
}

// Run when executed (the filler and paste helpers can be imported by probes).
if (process.argv[1]?.endsWith("browser-bench.mjs")) await main();
async function main() {
  const results = {};
  for (const withExtension of [false, true]) {
    const env = await setup({ extension: withExtension });
    try {
      if (withExtension) await env.browser.worker.evaluate(() => globalThis.phiGuard.ready());
      const key = withExtension ? 'with' : 'without';
      results[key] = {
        tweet: await tweet(env, withExtension),
        post20k: await longPost(env, withExtension),
        paste1mb: await bigPaste(env, withExtension),
        ...(withExtension ? { restart: await workerRestarts(env) } : {}),
      };
    } finally {
      await teardown(env);
    }
  }

  if (args.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    const f = (x) => (x === undefined ? '-' : x.toFixed(1));
    const rows = [
      ['tweet (X): keystroke p50 ms', (r) => r.tweet.p50],
      ['tweet (X): keystroke p95 ms', (r) => r.tweet.p95],
      [`20k post (Facebook): keystroke p50 ms`, (r) => r.post20k.p50],
      [`20k post (Facebook): keystroke p95 ms`, (r) => r.post20k.p95],
      ['1 MB paste (Facebook): paste frame ms', (r) => r.paste1mb.pasteTask],
      ['1 MB paste: longest later frame ms', (r) => r.paste1mb.longestOther],
      ['1 MB paste: later frames > 50 ms', (r) => r.paste1mb.over50],
      ['1 MB paste: later long frames total ms', (r) => r.paste1mb.totalOther],
      ['worker restart: wasm ready ms', (r) => r.restart?.wasmReadyMs],
      ['worker restart: scanner build ms', (r) => r.restart?.scannerBuildMs],
      ['worker restart: scanner ready ms', (r) => r.restart?.scannerReadyMs],
      ['worker restart: first scan done ms', (r) => r.restart?.firstScanDoneMs],
    ];
    console.log(`browser (headless Chromium, ${KEYS} keystrokes per row; "without" = editor alone, to DOM update; "with" = to underline)`);
    console.log(`${'figure'.padEnd(42)} ${'without'.padStart(9)} ${'with'.padStart(9)}`);
    for (const [name, get] of rows) {
      console.log(`${name.padEnd(42)} ${f(get(results.without)).padStart(9)} ${f(get(results.with)).padStart(9)}`);
    }
  }
}
