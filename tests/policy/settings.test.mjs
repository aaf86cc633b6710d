// Unit tests of extension/policy/settings.js: how policy values are checked, what a bad value
// costs (only itself), and how policy, user choices and defaults combine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ALLOWED_VALUES, DEFAULTS, effectiveSettings, validatePolicy, validateUser,
} from '../../extension/policy/settings.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('extension/policy/managed_schema.json', root), 'utf8'));

test('the categories accepted in custom terms are exactly the scanner labels', () => {
  const rust = readFileSync(new URL('src/category.rs', root), 'utf8');
  const labels = [...rust.matchAll(/Category::\w+ => "([a-z_]+)",/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(labels)].sort(), [...ALLOWED_VALUES.category].sort());
});

test('the browser schema checks types only, so one bad value cannot drop a whole key', () => {
  assert.ok(!JSON.stringify(schema).includes('"enum"'));
});

test('a bad value drops only itself, with a problem in words', () => {
  const { policy, problems } = validatePolicy(
    {
      mode: 'blocked',
      minimumSeverity: 'medium',
      sites: ['x', 'myspace'],
      customTerms: [
        { term: 'St. Elsewhere', category: 'care_setting' },
        { term: 'Springfield', category: 'town' },
        { term: '  ', category: 'location' },
      ],
      lockSettings: 'yes',
      colour: 'blue',
    },
    schema,
  );
  assert.deepEqual(policy, {
    minimumSeverity: 'medium',
    sites: ['x'],
    customTerms: [{ term: 'St. Elsewhere', category: 'care_setting' }],
  });
  const text = problems.join('\n');
  for (const word of ['mode', '"blocked"', 'myspace', '"town"', 'customTerms[2]', 'lockSettings', 'colour']) {
    assert.ok(text.includes(word), `problems mention ${word}: ${text}`);
  }
});

test('bad values fall back to the defaults in the settings in force', () => {
  const { policy } = validatePolicy({ mode: 'blocked', lockSettings: true }, schema);
  const { settings, locked } = effectiveSettings(policy, { mode: 'off' });
  assert.equal(settings.mode, DEFAULTS.mode, 'the locked default, not the user\'s off');
  assert.ok(locked.includes('mode'));
});

test('user choices win unless locked; allow lists add up unless user lists are off', () => {
  const user = validateUser({ mode: 'underline', allowedTerms: ['Dr. Chen'], bogus: 1 }, schema);
  assert.deepEqual(user, { mode: 'underline', allowedTerms: ['Dr. Chen'] });
  let s = effectiveSettings({ mode: 'block', allowedTerms: ['Mercy General'] }, user).settings;
  assert.equal(s.mode, 'underline');
  assert.deepEqual(s.allowedTerms, ['Mercy General', 'Dr. Chen']);
  s = effectiveSettings({ mode: 'block', allowUserAllowList: false, allowedTerms: ['Mercy General'] }, user).settings;
  assert.deepEqual(s.allowedTerms, ['Mercy General']);
  assert.equal(validateUser({ mode: 'sometimes' }, schema).mode, undefined);
  assert.deepEqual(validateUser('garbage', schema), {});
});
