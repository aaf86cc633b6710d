// Shared by the options page and the toolbar popup: reads the settings in force from the
// background and writes the user's choices to storage.local `phiGuardUser` (the background
// listens to storage changes, rebuilds the scanner and pushes the change to open pages).
import { api } from '../platform.js';
import { USER_KEY } from '../policy/settings.js';

export const MODES = [
  { value: 'underline', label: 'Underline', help: 'Underline risky details while you type. Posting is never stopped.' },
  { value: 'warn', label: 'Warn', help: 'Underline, and ask before a post with risky details goes out.' },
  { value: 'block', label: 'Block', help: 'Underline, and hold a post with risky details until they are fixed or allowed.' },
  { value: 'off', label: 'Off', help: 'Check nothing.' },
];

export const SITES = [
  { value: 'x', label: 'X (Twitter)' },
  { value: 'facebook', label: 'Facebook' },
];

export const SEVERITIES = [
  { value: 'low', label: 'Everything', help: 'Underline every detail that could help identify a patient (recommended).' },
  { value: 'medium', label: 'Medium and high', help: 'Skip weak context clues; underline identifiers and strong details.' },
  { value: 'high', label: 'High only', help: 'Only details that identify someone on their own (names, numbers, addresses).' },
];

/**
 * `{settings, locked, problems, managed, user}` from the background. While `settings.pending` is
 * true the organisation's policy is still being read (the browser takes seconds to hand it over
 * after it starts) and the settings shown are the guarded start-up ones.
 */
export async function getState() {
  const state = await api.runtime.sendMessage({ type: 'phiGuardGetSettings' });
  if (!state || state.error) throw new Error(state?.error || 'no answer from PHI Guard');
  return state;
}

/** Merges `changes` into the stored user settings. */
export async function saveUser(changes) {
  const stored = (await api.storage.local.get(USER_KEY))[USER_KEY] ?? {};
  await api.storage.local.set({ [USER_KEY]: { ...stored, ...changes } });
}

/** Calls `fn` whenever the user settings or the policy change (from any page or the card). */
export function onChange(fn) {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && Object.keys(changes).some((k) => k.startsWith('phiGuard')))) fn();
  });
}

/**
 * Fetches the state and hands it to `render(state)`, keeping the page's shared status lines
 * (#phi-guard-load-error, #phi-guard-pending, body[data-state]) in step. Returns the state, or
 * undefined when it could not be read.
 */
async function refresh(render) {
  const error = document.getElementById('phi-guard-load-error');
  try {
    const state = await getState();
    error.hidden = true;
    render(state);
    document.body.dataset.state = state.settings.pending ? 'pending' : 'ready';
    document.getElementById('phi-guard-pending').hidden = !state.settings.pending;
    return state;
  } catch (err) {
    error.hidden = false;
    error.textContent = `PHI Guard settings could not be read: ${err.message}`;
    return undefined;
  }
}

/**
 * Keeps the page current through `render(state)`: on every storage change, and every half second
 * while the state is still pending (the policy arriving unchanged from the cached copy changes
 * nothing in storage).
 */
export function follow(render) {
  let timer = null;
  const run = async () => {
    clearTimeout(timer);
    const state = await refresh(render);
    if (state?.settings?.pending) timer = setTimeout(run, 500);
  };
  onChange(() => {
    void run();
    // Storage changes reach this page and the background at about the same time: ask again
    // shortly after, so the answer reflects the background's recomputed settings.
    setTimeout(run, 150);
  });
  void run();
}

export function openOptions() {
  return api.runtime.openOptionsPage();
}

/** Marks a control as set by the organisation: disabled, announced, and explained. */
export function lockControl(control, locked) {
  control.disabled = locked;
  if (locked) control.setAttribute('aria-disabled', 'true');
  else control.removeAttribute('aria-disabled');
}
