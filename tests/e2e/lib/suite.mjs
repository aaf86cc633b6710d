// One fixture server + one browser per test file, plus the checks every file ends with.
import assert from 'node:assert/strict';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

export async function setup(options) {
  const server = await startServer();
  const browser = await launchBrowser(server.port, options);
  return { server, browser };
}

export async function teardown(env) {
  if (!env) return;
  try {
    await env.browser?.close();
  } catch {
    /* a worker stopped by a test can make Playwright's close complain; the profile is gone anyway */
  }
  await env.server?.close();
}

/**
 * Every request the browser made went to the fixture hosts or to the extension's own package:
 * the extension (page side or background) sent nothing anywhere.
 */
export function assertNoExtensionNetwork(env, hosts) {
  const own = `chrome-extension://${env.browser.extensionId}/`;
  const foreign = env.browser.requests.filter((r) => {
    if (r.url.startsWith(own)) return false;
    const u = new URL(r.url);
    return !(u.protocol === 'https:' && hosts.includes(u.hostname));
  });
  assert.deepEqual(foreign, [], 'requests outside the fixture hosts and the extension package');
  const fromWorker = env.browser.requests.filter((r) => r.worker && !r.url.startsWith(own));
  assert.deepEqual(fromWorker, [], 'the background made a network request');
  // The fixture server saw only the pages' own files and no report.
  const unexpected = env.server.requests.filter(
    (r) => !(r.method === 'GET' && (r.path === '/' || r.path === '/home' || r.path === '/favicon.ico' || r.path.startsWith('/static/'))),
  );
  assert.deepEqual(unexpected, [], 'unexpected requests reached the fixture server');
}
