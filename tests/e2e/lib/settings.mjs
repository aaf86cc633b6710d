// Sets the user's settings the way the options page does (storage.local `phiGuardUser`, written
// from the extension's service worker) and waits until the background has them in force.
import { waitUntil } from './page.mjs';

export async function setUserSettings(env, user) {
  const worker = env.browser.currentWorker() ?? env.browser.worker;
  await worker.evaluate((u) => chrome.storage.local.set({ phiGuardUser: u }), user);
  await waitUntil(
    async () => {
      const w = env.browser.currentWorker() ?? env.browser.worker;
      const s = await w.evaluate(() => globalThis.phiGuard.settings().settings);
      return Object.entries(user).every(([k, v]) => JSON.stringify(s[k]) === JSON.stringify(v));
    },
    { describe: () => `settings ${JSON.stringify(user)} in force` },
  );
  // The background pushes the change to every open port as it happens; give the pages' content
  // scripts a moment to take it in (nothing in the page shows the mode before a click).
  await new Promise((r) => setTimeout(r, 150));
}
