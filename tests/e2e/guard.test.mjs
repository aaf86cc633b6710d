// End-to-end: PHI Guard checks a post when it is sent, on the X-like (Draft.js) and Facebook-like
// (Lexical) fixtures, in each mode. Posts are what the fixtures' own handlers record in
// window.__fixture.posted (the page's React/Lexical handler ran), so a post that slipped past the
// guard, or went out twice, shows there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { clickDialogButton, dialogStyle, readDialog } from './lib/dialog.mjs';
import { clearEditor, waitUntil, settle } from './lib/page.mjs';
import { nodeScanner } from './lib/scanner.mjs';
import { repoRoot } from './lib/server.mjs';
import { setUserSettings } from './lib/settings.mjs';
import { assertNoExtensionNetwork, setup, teardown } from './lib/suite.mjs';

const RISKY = 'Update on my patient: his wife asked me to email her at jane.doe@example.org';
const CLEAN = 'Great teaching rounds today, proud of our residents!';

let env;
const sites = {};

before(async () => {
  env = await setup();
  const x = await env.browser.context.newPage();
  await x.goto('https://x.com/home');
  await x.waitForSelector('[data-testid="tweetTextarea_0"][role="textbox"]');
  const fb = await env.browser.context.newPage();
  await fb.goto('https://www.facebook.com/');
  await fb.waitForSelector('#post-editor[data-lexical-editor="true"]');
  // Each "box" is a place a post is written, with its own way of sending.
  sites.x = {
    page: x,
    editor: '[data-testid="tweetTextarea_0"]',
    model: () => x.evaluate(() => window.__fixture.modelText()),
    send: () => x.click('[data-testid="tweetButtonInline"]'),
  };
  sites.xKey = { ...sites.x, send: () => x.keyboard.press('Control+Enter') };
  sites.facebook = {
    page: fb,
    editor: '#post-editor',
    model: () => fb.evaluate(() => window.__fixture.modelText('post')),
    send: () => fb.click('#post-button'),
  };
  sites.facebookComment = {
    page: fb,
    editor: '#comment-editor',
    model: () => fb.evaluate(() => window.__fixture.modelText('comment')),
    send: () => fb.keyboard.press('Enter'),
  };
});

after(() => teardown(env));

const posted = (s) => s.page.evaluate(() => window.__fixture.posted.slice());
const dialogOpen = (s) => s.page.evaluate(() => document.querySelector('phi-guard-dialog') !== null);

async function type(s, text) {
  await s.page.bringToFront(); // a background tab does not paint (screenshots, animations)
  await clearEditor(s.page, s.editor);
  await waitUntil(async () => (await s.model()) === '', { describe: () => 'an empty editor' });
  await s.page.keyboard.type(text);
  await waitUntil(async () => (await s.model()) === text, { describe: () => 'the typed text in the model' });
}

async function waitDialog(s) {
  return waitUntil(() => readDialog(s.page), { describe: () => 'the PHI Guard dialog' });
}

async function editorFocused(s) {
  return s.page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el !== null && (document.activeElement === el || el.contains(document.activeElement));
  }, s.editor);
}

/** Waits until exactly `n` more posts than `before` went out, and checks no further one follows. */
async function expectPosts(s, before, added) {
  await waitUntil(async () => (await posted(s)).length >= before.length + added.length, {
    describe: () => `${added.length} new post(s)`,
  });
  await new Promise((r) => setTimeout(r, 300)); // a duplicate would arrive by now
  assert.deepEqual((await posted(s)).slice(before.length), added);
}

test('the test texts: one at risk warn or high, one clean', async () => {
  const scanner = await nodeScanner();
  assert.ok(['warn', 'high'].includes(scanner.scan(RISKY).risk));
  assert.ok(!['warn', 'high'].includes(scanner.scan(CLEAN).risk));
});

for (const name of ['x', 'xKey', 'facebook', 'facebookComment']) {
  const label = { x: 'X Post button', xKey: 'X Ctrl+Enter', facebook: 'Facebook Post button', facebookComment: 'Facebook comment Enter' }[name];

  test(`${label}: modes off and underline let a post with findings straight out`, async () => {
    const s = sites[name];
    for (const mode of ['off', 'underline']) {
      await setUserSettings(env, { mode });
      await type(s, RISKY);
      const before = await posted(s);
      await s.send();
      await expectPosts(s, before, [RISKY]);
      assert.equal(await dialogOpen(s), false, `no dialog in mode ${mode}`);
    }
  });

  test(`${label}: warn stops a post with findings; Review and Escape go back to the editor; Post anyway posts once`, async () => {
    const s = sites[name];
    await setUserSettings(env, { mode: 'warn' });
    await type(s, RISKY);
    const before = await posted(s);

    await s.send();
    let dialog = await waitDialog(s);
    assert.equal(dialog.name, 'This post may identify a patient');
    assert.equal(dialog.modal, true);
    assert.match(dialog.text, /jane\.doe@example\.org/);
    assert.deepEqual(dialog.buttons.map((b) => [b.name, b.focused]), [['Review', true], ['Post anyway', false]]);
    assert.deepEqual(await posted(s), before, 'nothing was posted');
    assert.equal(await s.model(), RISKY, 'the editor text is unchanged');
    if (name === 'x' || name === 'facebook') {
      const dir = path.join(repoRoot, 'docs/screenshots');
      fs.mkdirSync(dir, { recursive: true });
      await s.page.screenshot({ path: path.join(dir, `${name}-warn-dialog.png`) });
    }

    await clickDialogButton(s.page, 'Review');
    await waitUntil(async () => !(await dialogOpen(s)), { describe: () => 'the dialog to close' });
    assert.ok(await editorFocused(s), 'Review puts focus back in the editor');

    await s.send();
    dialog = await waitDialog(s);
    await s.page.keyboard.press('Escape');
    await waitUntil(async () => !(await dialogOpen(s)), { describe: () => 'Escape to close the dialog' });
    assert.ok(await editorFocused(s), 'Escape puts focus back in the editor');
    assert.deepEqual(await posted(s), before, 'still nothing posted');
    assert.equal(await s.model(), RISKY);

    await s.send();
    await waitDialog(s);
    if (name === 'x' || name === 'facebook') {
      await clickDialogButton(s.page, 'Post anyway');
    } else {
      // Keyboard only: Tab from Review to Post anyway, Enter.
      await s.page.keyboard.press('Tab');
      dialog = await readDialog(s.page);
      assert.deepEqual(dialog.buttons.map((b) => b.focused), [false, true]);
      await s.page.keyboard.press('Enter');
    }
    await expectPosts(s, before, [RISKY]);
    assert.equal(await dialogOpen(s), false);
  });

  test(`${label}: warn lets a clean post straight out`, async () => {
    const s = sites[name];
    await setUserSettings(env, { mode: 'warn' });
    await type(s, CLEAN);
    const before = await posted(s);
    await s.send();
    await expectPosts(s, before, [CLEAN]);
    assert.equal(await dialogOpen(s), false);
  });

  test(`${label}: block holds a post with findings, Review only`, async () => {
    const s = sites[name];
    await setUserSettings(env, { mode: 'block' });
    await type(s, RISKY);
    const before = await posted(s);
    await s.send();
    const dialog = await waitDialog(s);
    assert.equal(dialog.name, 'This post cannot go out yet');
    assert.deepEqual(dialog.buttons.map((b) => b.name), ['Review']);
    assert.match(dialog.text, /jane\.doe@example\.org/);
    await s.page.keyboard.press('Enter'); // focus is on Review
    await waitUntil(async () => !(await dialogOpen(s)), { describe: () => 'the dialog to close' });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await posted(s), before, 'nothing was posted');
    assert.equal(await s.model(), RISKY, 'the editor text is unchanged (no line break from Enter)');
    assert.ok(await editorFocused(s));
    // A clean post still goes out in block mode.
    await type(s, CLEAN);
    await s.send();
    await expectPosts(s, before, [CLEAN]);
  });
}

test('the check reads the text at the moment of sending, not the last underlines', async () => {
  await setUserSettings(env, { mode: 'warn' });
  for (const name of ['x', 'facebook']) {
    const s = sites[name];
    // Clean until the last moment: the email is typed just before Post, with no wait.
    await type(s, CLEAN);
    let before = await posted(s);
    await s.page.keyboard.type(' jane.doe@example.org');
    await s.send();
    await waitDialog(s);
    assert.deepEqual(await posted(s), before);
    await s.page.keyboard.press('Escape');
    await waitUntil(async () => !(await dialogOpen(s)), { describe: () => 'the dialog to close' });
    // Risky and underlined, then replaced by a clean text just before Post: it goes out.
    await type(s, RISKY);
    await waitUntil(() => s.page.evaluate(() => [...CSS.highlights.keys()].some((k) => CSS.highlights.get(k).size > 0)), {
      describe: () => 'underlines',
    });
    before = await posted(s);
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type(CLEAN);
    await s.send();
    await expectPosts(s, before, [CLEAN]);
    assert.equal(await dialogOpen(s), false);
  }
});

test('Enter on a focused Post button is checked too', async () => {
  await setUserSettings(env, { mode: 'warn' });
  for (const [name, button] of [['x', '[data-testid="tweetButtonInline"]'], ['facebook', '#post-button']]) {
    const s = sites[name];
    await type(s, RISKY);
    const before = await posted(s);
    await s.page.focus(button);
    await s.page.keyboard.press('Enter');
    await waitDialog(s);
    assert.deepEqual(await posted(s), before);
    await clickDialogButton(s.page, 'Post anyway');
    await expectPosts(s, before, [RISKY]);
  }
});

test('the dialog follows the page: dark on a dark page, no animation with reduced motion', async () => {
  await setUserSettings(env, { mode: 'warn' });
  const s = sites.x;
  const open = async () => {
    await type(s, RISKY);
    await s.send();
    await waitDialog(s);
  };
  const close = async () => {
    await s.page.keyboard.press('Escape');
    await waitUntil(async () => !(await dialogOpen(s)), { describe: () => 'the dialog to close' });
  };
  await open();
  const light = await dialogStyle(s.page, ['background-color', 'animation-name']);
  assert.equal(light['background-color'], 'rgb(255, 255, 255)');
  assert.notEqual(light['animation-name'], 'none');
  await close();
  // X's "Lights out" theme: a black page, whatever the OS preference.
  await s.page.evaluate(() => document.body.style.setProperty('background', 'rgb(0, 0, 0)'));
  await s.page.emulateMedia({ reducedMotion: 'reduce' });
  await open();
  const dark = await dialogStyle(s.page, ['background-color', 'animation-name']);
  assert.equal(dark['background-color'], 'rgb(31, 35, 38)');
  assert.equal(dark['animation-name'], 'none');
  await close();
  await s.page.evaluate(() => document.body.style.removeProperty('background'));
  await s.page.emulateMedia({ reducedMotion: null });
});

test('a stopped Ctrl+Enter inserts nothing and a stopped comment Enter adds no line break', async () => {
  await setUserSettings(env, { mode: 'block' });
  for (const name of ['xKey', 'facebookComment']) {
    const s = sites[name];
    await type(s, RISKY);
    await s.send();
    await waitDialog(s);
    await s.page.keyboard.press('Escape');
    await settle(s.page);
    assert.equal(await s.model(), RISKY);
  }
  await setUserSettings(env, { mode: 'warn' });
});

test('no network request from the extension', () => {
  assertNoExtensionNetwork(env, ['x.com', 'www.facebook.com']);
});
