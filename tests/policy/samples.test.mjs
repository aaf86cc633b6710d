// Validates every sample in docs/policies/ against the extension's managed_schema.json, the way
// each browser reads it, so the admin guide cannot drift from the extension. Also checks that the
// samples name this extension's real ids and that all formats configure the same settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { validatePolicy, effectiveSettings } from '../../extension/policy/settings.js';

const root = new URL('../../', import.meta.url);
const read = (p) => readFileSync(new URL(p, root), 'utf8');
const manifest = JSON.parse(read('manifest.json'));
const schema = JSON.parse(read(manifest.storage.managed_schema));

/** Chrome's extension id for the manifest key. */
function chromeId(keyBase64) {
  const hex = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
const CHROME_ID = chromeId(manifest.key);
const GECKO_ID = manifest.browser_specific_settings.gecko.id;

/** Reads a .reg export (UTF-8 text) into {keyPath: {valueName: string|number}}. */
function parseReg(text) {
  const keys = {};
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('Windows Registry')) continue;
    const key = line.match(/^\[(.+)\]$/);
    if (key) {
      current = keys[key[1]] = {};
      continue;
    }
    const str = line.match(/^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/);
    const dword = line.match(/^"((?:[^"\\]|\\.)*)"=dword:([0-9a-fA-F]{8})$/);
    assert.ok(current && (str || dword), `unreadable .reg line: ${line}`);
    if (str) current[str[1]] = str[2].replace(/\\(.)/g, '$1');
    else current[dword[1]] = parseInt(dword[2], 16);
  }
  return keys;
}

/** Converts registry values to policy values as Chrome does with the schema: DWORDs become
 * booleans where the schema wants one, strings holding JSON become lists and dictionaries. */
function fromRegistry(values) {
  const out = {};
  for (const [name, value] of Object.entries(values)) {
    const type = schema.properties[name]?.type;
    if (type === 'boolean') out[name] = value !== 0;
    else if ((type === 'array' || type === 'object') && typeof value === 'string') out[name] = JSON.parse(value);
    else out[name] = value;
  }
  return out;
}

/** A minimal XML property-list reader (dict, array, string, integer, true, false). */
function parsePlist(xml) {
  const tokens = xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').match(/<[^>]+>|[^<]+/g).filter((t) => t.trim());
  let i = 0;
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  function value() {
    const t = tokens[i++];
    if (t === '<dict>') {
      const obj = {};
      while (tokens[i] !== '</dict>') {
        assert.equal(tokens[i++], '<key>');
        const k = unescape(tokens[i++]);
        assert.equal(tokens[i++], '</key>');
        obj[k] = value();
      }
      i++;
      return obj;
    }
    if (t === '<array>') {
      const arr = [];
      while (tokens[i] !== '</array>') arr.push(value());
      i++;
      return arr;
    }
    if (t === '<string>') {
      const s = tokens[i] === '</string>' ? '' : unescape(tokens[i++]);
      i++;
      return s;
    }
    if (t === '<integer>') {
      const n = parseInt(tokens[i++], 10);
      i++;
      return n;
    }
    if (t === '<true/>') return true;
    if (t === '<false/>') return false;
    if (t === '<plist version="1.0">') {
      const v = value();
      i++;
      return v;
    }
    throw new Error(`unexpected plist token ${t}`);
  }
  return value();
}

function assertValid(policy, where) {
  const { policy: kept, problems } = validatePolicy(policy, schema);
  assert.deepEqual(problems, [], `${where} fails the schema`);
  assert.deepEqual(kept, policy, `${where}: nothing may be dropped`);
  return policy;
}

const linux = JSON.parse(read('docs/policies/chrome-linux.json'));
const reference = assertValid(linux['3rdparty'].extensions[CHROME_ID], 'chrome-linux.json');

test('Linux JSON for Chrome and Chromium installs and configures this extension', () => {
  assert.equal(linux.ExtensionSettings[CHROME_ID].installation_mode, 'force_installed');
  assert.match(linux.ExtensionSettings[CHROME_ID].update_url, /^https:\/\//);
  assert.equal(effectiveSettings(reference, { mode: 'off' }).settings.mode, 'block', 'locked policy wins');
});

for (const [file, vendor] of [
  ['chrome-windows.reg', 'Google\\Chrome'],
  ['edge-windows.reg', 'Microsoft\\Edge'],
]) {
  test(`${file} matches the schema and the Linux sample`, () => {
    const keys = parseReg(read(`docs/policies/${file}`));
    const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
    const install = JSON.parse(keys[base].ExtensionSettings);
    assert.equal(install[CHROME_ID].installation_mode, 'force_installed');
    const policy = fromRegistry(keys[`${base}\\3rdparty\\extensions\\${CHROME_ID}\\policy`]);
    assert.deepEqual(assertValid(policy, file), reference);
  });
}

test('macOS profile has Chrome and Edge payloads that match the schema', () => {
  const profile = parsePlist(read('docs/policies/chrome-edge-macos.mobileconfig'));
  const byType = Object.fromEntries(profile.PayloadContent.map((p) => [p.PayloadType, p]));
  for (const domain of ['com.google.Chrome', 'com.microsoft.Edge']) {
    assert.equal(byType[domain].ExtensionSettings[CHROME_ID].installation_mode, 'force_installed');
    const payload = { ...byType[`${domain}.extensions.${CHROME_ID}`] };
    for (const k of Object.keys(payload)) if (k.startsWith('Payload')) delete payload[k];
    assert.deepEqual(assertValid(payload, `${domain} payload`), reference);
  }
});

test('Firefox policies.json installs and configures the gecko id', () => {
  const { policies } = JSON.parse(read('docs/policies/firefox-policies.json'));
  assert.equal(policies.ExtensionSettings[GECKO_ID].installation_mode, 'force_installed');
  assert.match(policies.ExtensionSettings[GECKO_ID].install_url, /^https:\/\//);
  assert.deepEqual(assertValid(policies['3rdparty'].Extensions[GECKO_ID], 'firefox-policies.json'), reference);
});

test('bad values are reported and dropped, the rest is kept', () => {
  const { policy, problems } = validatePolicy(
    { mode: 'shout', lockSettings: 'yes', customTerms: [{ term: 'St. Elsewhere', category: 'care_setting' }, { term: 'x', category: 'planet' }], supportContact: 'Call IT' },
    schema,
  );
  assert.equal(problems.length, 3);
  assert.deepEqual(policy, { customTerms: [{ term: 'St. Elsewhere', category: 'care_setting' }], supportContact: 'Call IT' });
  const { settings } = effectiveSettings(policy, {});
  assert.equal(settings.mode, 'warn', 'falls back to the safe default');
});
