// End-to-end: the self-hosted install path of docs/admin.md, for real. `scripts/package.py`
// (`./build.sh package`) signs a CRX3 with a throwaway key and writes updates.xml; a local HTTP
// server plays the intranet; an `ExtensionSettings` force-install policy in
// /etc/chromium/policies/managed/ points Chromium at it; Chromium (with no --load-extension)
// fetches, verifies and installs the CRX, and its background runs under the id of the key.
// Needs root for the policy folder (CI runs as root); skipped with the reason otherwise.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { repoRoot, startServer } from '../e2e/lib/server.mjs';
import { readHighlights, waitUntil } from '../e2e/lib/page.mjs';
import { policyFile } from './policy-file.mjs';

const policy = policyFile('phi-guard-e2e-crx');
const { skip } = policy;

const idOfDer = (der) =>
  [...crypto.createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

test('Chromium force-installs the packed CRX from updates.xml, under the id of its key', { skip, timeout: 180000 }, async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phi-guard-crx-'));
  const served = [];
  const server = http.createServer((req, res) => {
    served.push(req.url.split('?')[0]);
    const file = path.join(tmp, 'dist', path.basename(req.url.split('?')[0]));
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension';
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  let context;
  let fixtures;
  try {
    const key = path.join(tmp, 'throwaway.pem');
    execFileSync('openssl', ['genrsa', '-out', key, '2048'], { stdio: 'ignore' });
    execFileSync('python3', [path.join(repoRoot, 'scripts/package.py'), '--key', key, '--out', path.join(tmp, 'dist'), '--update-url', base], {
      env: { ...process.env, CHROMIUM: process.env.CHROMIUM_PATH ?? 'chromium' },
      stdio: 'ignore',
    });
    const id = idOfDer(execFileSync('openssl', ['pkey', '-in', key, '-pubout', '-outform', 'DER']));
    policy.writeRaw({ ExtensionSettings: { [id]: { installation_mode: 'force_installed', update_url: `${base}/updates.xml` } } });

    fixtures = await startServer();
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      ignoreHTTPSErrors: true,
      // Playwright turns off extensions and the network the extension updater uses; this test
      // installs the extension through policy only, as a hospital's managed browser would.
      ignoreDefaultArgs: [
        '--disable-extensions',
        '--disable-component-extensions-with-background-pages',
        '--disable-background-networking',
        '--disable-component-update',
      ],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
        `--host-resolver-rules=MAP x.com 127.0.0.1:${fixtures.port}`,
      ],
    });
    // chrome://extensions-internals lists installed extensions as JSON.
    const internals = await context.newPage();
    const installed = await waitUntil(
      async () => {
        await internals.goto('chrome://extensions-internals');
        const list = JSON.parse(await internals.textContent('body'));
        return list.find((e) => e.id === id);
      },
      { timeout: 60000, interval: 1000, describe: () => `Chromium to install ${id} (served: ${served.join(', ')})` },
    );
    assert.equal(installed.name, 'PHI Guard');
    assert.equal(installed.location, 'EXTERNAL_POLICY_DOWNLOAD');
    assert.deepEqual(installed.disable_reasons, []);
    assert.ok(served.includes('/updates.xml') && served.some((u) => u.endsWith('.crx')), 'Chromium fetched updates.xml and the CRX');

    // The installed package works: on the X fixture its content script and wasm scanner underline.
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('Call me at 555-867-5309');
    await waitUntil(async () => (await readHighlights(page, '[data-testid="tweetTextarea_0"]')).some((h) => h.text === '555-867-5309'), {
      timeout: 20000,
      describe: () => 'the installed extension to underline the phone number',
    });
    // Playwright does not attach to a worker started by a policy install; Chromium's own page
    // lists it.
    await internals.goto('chrome://serviceworker-internals');
    assert.match(
      await internals.textContent('body'),
      new RegExp(`chrome-extension://${id}/extension/background\\.js`),
      'the background runs under the id of the signing key',
    );
  } finally {
    policy.remove();
    await context?.close().catch(() => {});
    server.close();
    await fixtures?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
