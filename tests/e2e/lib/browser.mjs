// Launches Debian's Chromium with the extension loaded unpacked from the repo root (the shipped
// manifest, unmodified), x.com and www.facebook.com mapped to the fixture server and every other
// host unresolvable, and collects every request the browser makes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './server.mjs';

export const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'manifest.json'), 'utf8'));

/** The extension id Chrome derives from the manifest's public key. */
export function extensionIdFromKey(key) {
  const hex = crypto.createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex');
  return [...hex.slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * `extension: false` launches the same browser without the extension (the baseline for the
 * editor-integrity test and the browser benchmark); `worker` and `extensionId` are then null.
 */
export async function launchBrowser(port, { extension = true } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phi-guard-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 900, height: 640 },
    deviceScaleFactor: 1,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      `--host-resolver-rules=MAP x.com 127.0.0.1:${port},MAP www.facebook.com 127.0.0.1:${port},MAP * ~NOTFOUND`,
      ...(extension ? [`--disable-extensions-except=${repoRoot}`, `--load-extension=${repoRoot}`] : []),
    ],
  });
  const requests = [];
  context.on('request', (r) => {
    let worker = null;
    try {
      worker = r.serviceWorker() ? r.serviceWorker().url() : null;
    } catch {
      /* older playwright */
    }
    requests.push({ url: r.url(), method: r.method(), worker });
  });
  const worker = extension
    ? context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker'))
    : null;
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    context,
    worker,
    extensionId,
    requests,
    /** The current background service worker (a new one after a restart). */
    currentWorker() {
      if (!extensionId) return null;
      const workers = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return workers[workers.length - 1] || null;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
