// The settings in force, kept by the background: built-in defaults, the user's choices
// (storage.local `phiGuardUser`) and the organisation's policy (storage.managed), combined by
// policy/settings.js. Listeners hear every change (the background pushes them to content scripts
// and rebuilds the scanner when its configuration changed).
//
// Why a cached copy of the policy: the first storage.managed read after the browser starts takes
// 3-5 s in Chromium. Until it answers, the policy of the last run (kept in storage.local, read in
// milliseconds) holds; on the very first run there is none, so the store starts guarded (mode
// `block`, `pending: true`) rather than let a post through before the organisation's settings are
// known. See ../shared/docs/platform-notes.md.
import { api } from './platform.js';
import { DEFAULTS, USER_KEY, effectiveSettings, validatePolicy, validateUser } from './policy/settings.js';

const POLICY_CACHE_KEY = 'phiGuardPolicyCache';
const SCHEMA_PATH = 'extension/policy/managed_schema.json';

/** @type {{policy: object, problems: string[], managed: boolean} | null} */
let policyState = null; // null until the policy (or its cached copy) is known
let userRaw = {};
let schema = null;
const listeners = new Set();
let current = compute();

function compute() {
  const user = schema ? validateUser(userRaw, schema) : {};
  if (!policyState) {
    const { settings, locked } = effectiveSettings({}, user);
    return { settings: { ...settings, mode: 'block', pending: true }, locked, problems: [], managed: false, user };
  }
  const { settings, locked } = effectiveSettings(policyState.policy, user);
  return { settings, locked, problems: policyState.problems, managed: policyState.managed, user };
}

function update() {
  const next = compute();
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  for (const fn of listeners) {
    try {
      fn(current);
    } catch {
      /* one listener failing must not stop the others */
    }
  }
}

/** Reads storage.managed. Firefox rejects when no policy exists; Chromium returns {}. */
async function readManaged() {
  try {
    return (await api.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

async function loadPolicy() {
  const raw = await readManaged();
  const { policy, problems } = validatePolicy(raw, schema);
  policyState = { policy, problems, managed: Object.keys(raw).length > 0 };
  update();
  try {
    await api.storage.local.set({ [POLICY_CACHE_KEY]: policyState });
  } catch {
    /* the cache only shortens the next start */
  }
}

const ready = (async () => {
  const response = await fetch(api.runtime.getURL(SCHEMA_PATH));
  schema = await response.json();
  const local = await api.storage.local.get([USER_KEY, POLICY_CACHE_KEY]);
  userRaw = local[USER_KEY] ?? {};
  const cached = local[POLICY_CACHE_KEY];
  if (cached && typeof cached === 'object' && cached.policy) {
    // Re-validated: the cache may come from an older version with other rules.
    const { policy, problems } = validatePolicy(cached.policy, schema);
    policyState = { policy, problems: [...(cached.problems ?? []), ...problems], managed: Boolean(cached.managed) };
  }
  update();
  void loadPolicy();
})();

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') {
    void ready.then(loadPolicy); // a policy change takes effect without reinstalling
  } else if (area === 'local' && USER_KEY in changes) {
    userRaw = changes[USER_KEY].newValue ?? {};
    void ready.then(update);
  }
});

/** `{settings, locked, problems, managed, user}` as known now. */
export function currentSettings() {
  return current;
}

/** Resolves once the local layers (user choices, cached policy) are read. */
export function settingsReady() {
  return ready.then(() => current);
}

/** Calls `fn(state)` after every change. */
export function onSettingsChange(fn) {
  listeners.add(fn);
}

/** The part of the settings the scanner is built with (see src/scanner.rs `Config`). */
export function scannerConfig(settings) {
  return {
    minimumSeverity: settings.minimumSeverity ?? DEFAULTS.minimumSeverity,
    customTerms: settings.customTerms ?? [],
    allowedTerms: settings.allowedTerms ?? [],
  };
}

/**
 * Adds `phrase` to the user's allow list (the card's "Always allow this phrase"). Only the phrase
 * is stored. Refused (false) when the organisation turned user allow lists off.
 */
export async function allowPhrase(phrase) {
  await ready;
  const clean = typeof phrase === 'string' ? phrase.trim() : '';
  if (!clean || clean.length > 200 || current.settings.allowUserAllowList === false) return false;
  const stored = (await api.storage.local.get(USER_KEY))[USER_KEY] ?? {};
  const list = Array.isArray(stored.allowedTerms) ? stored.allowedTerms : [];
  if (!list.includes(clean)) {
    await api.storage.local.set({ [USER_KEY]: { ...stored, allowedTerms: [...list, clean] } });
  }
  return true;
}
