// The options page: mode, sensitivity, sites, allowed phrases; what PHI Guard checks and its
// privacy statement. With an organisation policy: a banner, the locked settings greyed out (shown,
// not hidden, with the reason) and the policy values that were rejected. Extension pages allow no
// inline script or style (CSP), hence this file and options.css.
import { MODES, SEVERITIES, SITES, follow, lockControl, saveUser } from './state.js';

const $ = (id) => document.getElementById(id);
let state = null;

function choice(type, name, option) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = type;
  input.name = name;
  input.value = option.value;
  const text = document.createElement('span');
  text.textContent = option.label;
  label.append(input, text);
  if (option.help) {
    const help = document.createElement('span');
    help.className = 'help';
    help.id = `${name}-${option.value}-help`;
    help.textContent = option.help;
    input.setAttribute('aria-describedby', help.id);
    label.append(help);
  }
  return label;
}

function build() {
  for (const m of MODES) $('mode-choices').append(choice('radio', 'mode', m));
  for (const s of SEVERITIES) $('severity-choices').append(choice('radio', 'minimumSeverity', s));
  for (const s of SITES) $('site-choices').append(choice('checkbox', 'sites', s));
  document.addEventListener('change', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (input.name === 'mode' || input.name === 'minimumSeverity') void save({ [input.name]: input.value });
    if (input.name === 'sites') {
      const sites = [...document.querySelectorAll('input[name="sites"]:checked')].map((i) => i.value);
      void save({ sites });
    }
  });
}

async function save(changes) {
  await saveUser(changes);
}

function setLocked(fieldsetId, locked) {
  const fs = $(fieldsetId);
  fs.disabled = locked;
  for (const input of fs.querySelectorAll('input')) lockControl(input, locked);
  const note = fs.querySelector('.locked-note');
  note.hidden = !locked;
  note.id = `${fieldsetId}-locked-note`;
  if (locked) fs.setAttribute('aria-describedby', note.id);
  else fs.removeAttribute('aria-describedby');
}

function render() {
  const { settings, locked = [], problems = [], managed, user = {} } = state;
  for (const input of document.querySelectorAll('input[name="mode"]')) input.checked = input.value === settings.mode;
  for (const input of document.querySelectorAll('input[name="minimumSeverity"]')) input.checked = input.value === settings.minimumSeverity;
  for (const input of document.querySelectorAll('input[name="sites"]')) input.checked = settings.sites.includes(input.value);
  for (const key of ['mode', 'minimumSeverity', 'sites']) setLocked(key, locked.includes(key));

  $('phi-guard-managed').hidden = !managed;
  $('phi-guard-problems').hidden = problems.length === 0;
  $('phi-guard-problem-list').replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      li.textContent = p;
      return li;
    }),
  );

  // The user's own allowed phrases can be deleted; the organisation's are listed as such.
  const mine = Array.isArray(user.allowedTerms) ? user.allowedTerms : [];
  const list = $('allowed-list');
  list.replaceChildren(
    ...mine.map((phrase) => {
      const li = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = phrase;
      const del = document.createElement('button');
      del.type = 'button';
      del.textContent = 'Delete';
      del.setAttribute('aria-label', `Delete allowed phrase “${phrase}”`);
      del.addEventListener('click', () => void save({ allowedTerms: mine.filter((p) => p !== phrase) }));
      li.append(text, del);
      return li;
    }),
  );
  $('allowed-empty').hidden = mine.length > 0;
  const org = (settings.allowedTerms ?? []).filter((p) => !mine.includes(p));
  $('allowed-org').hidden = org.length === 0;
  $('allowed-org').textContent = `Allowed by your organisation: ${org.join(', ')}`;
  $('allowed-off').hidden = settings.allowUserAllowList !== false;

  const support = $('phi-guard-support');
  support.hidden = !settings.supportContact;
  support.textContent = settings.supportContact || '';
}

build();
follow((next) => {
  state = next;
  render();
});
