// The toolbar popup: PHI Guard on or off per site, the mode, and a link to the options page.
// Per-site toggles rather than "this tab": reading the current tab's address would need the
// `tabs` or `activeTab` permission, and PHI Guard asks for neither.
import { MODES, SITES, follow, lockControl, openOptions, saveUser } from '../options/state.js';

const $ = (id) => document.getElementById(id);
let state = null;

function choice(type, name, option) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = type;
  input.name = name;
  input.value = option.value;
  if (type === 'checkbox') input.setAttribute('role', 'switch');
  const text = document.createElement('span');
  text.textContent = option.label;
  label.append(input, text);
  return label;
}

function build() {
  for (const s of SITES) $('site-choices').append(choice('checkbox', 'sites', s));
  for (const m of MODES) $('mode-choices').append(choice('radio', 'mode', m));
  document.addEventListener('change', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (input.name === 'mode') void saveUser({ mode: input.value });
    if (input.name === 'sites') {
      void saveUser({ sites: [...document.querySelectorAll('input[name="sites"]:checked')].map((i) => i.value) });
    }
  });
  $('open-options').addEventListener('click', (e) => {
    e.preventDefault();
    // Closing the popup before the call completes would cancel it.
    openOptions().finally(() => window.close());
  });
}

function render() {
  const { settings, locked = [], managed } = state;
  for (const input of document.querySelectorAll('input[name="mode"]')) input.checked = input.value === settings.mode;
  for (const input of document.querySelectorAll('input[name="sites"]')) input.checked = settings.sites.includes(input.value);
  for (const key of ['sites', 'mode']) {
    const fs = $(key);
    const isLocked = locked.includes(key);
    fs.disabled = isLocked;
    for (const input of fs.querySelectorAll('input')) lockControl(input, isLocked);
    fs.querySelector('.locked-note').hidden = !isLocked;
  }
  $('phi-guard-managed').hidden = !managed;
}

build();
follow((next) => {
  state = next;
  render();
});
