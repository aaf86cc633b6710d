// PHI Guard content script: the settings in force, as pushed by the background.
//
// `PG.settings` holds them; `PG.onSettings(fn)` hears changes; `PG.allowPhrase(phrase)` adds a
// phrase to the user's allow list (the background stores it and rebuilds the scanner; the new
// settings push makes every box rescan). Until the first push the content script is guarded:
// mode `block`, the strictest, so a click on Post in the first moments after the browser starts
// cannot slip past an organisation's policy that is still loading.
(() => {
  const PG = globalThis.phiGuardContent;
  if (PG.duplicate) return;

  const listeners = new Set();

  PG.settings = {
    mode: 'block',
    minimumSeverity: 'low',
    sites: ['x', 'facebook'],
    allowedTerms: [],
    customTerms: [],
    lockSettings: false,
    allowUserAllowList: true,
    supportContact: '',
    pending: true,
  };
  PG.settingsLocked = [];

  /** Called by port.js with a {type: 'settings'} push. */
  PG.applySettings = function applySettings(msg) {
    if (!msg || typeof msg.settings !== 'object') return;
    const before = JSON.stringify([PG.settings, PG.settingsLocked]);
    PG.settings = msg.settings;
    PG.settingsLocked = Array.isArray(msg.locked) ? msg.locked : [];
    if (JSON.stringify([PG.settings, PG.settingsLocked]) === before) return;
    for (const fn of listeners) {
      try {
        fn(PG.settings);
      } catch {
        /* one listener failing must not stop the others */
      }
    }
  };

  PG.onSettings = function onSettings(fn) {
    listeners.add(fn);
  };

  /** True when PHI Guard checks boxes of the site adapter `name` (`x`, `facebook`). */
  PG.siteEnabled = function siteEnabled(name) {
    const s = PG.settings;
    return s.mode !== 'off' && Array.isArray(s.sites) && s.sites.includes(name);
  };

  PG.allowPhrase = async function allowPhrase(phrase) {
    const answer = await PG.send({ type: 'allow', phrase });
    return answer.ok === true;
  };

  PG.connectPort();
})();
