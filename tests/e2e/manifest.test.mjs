// Static checks of the shipped extension (no browser): what the manifest asks for, that it
// references only files that exist, and that the content script carries no scanner or network code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { extensionIdFromKey, manifest } from './lib/browser.mjs';
import { repoRoot } from './lib/server.mjs';

test('manifest: MV3, storage permission only, no host permissions or web-accessible resources', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.permissions, ['storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.optional_permissions, undefined);
  assert.equal(manifest.web_accessible_resources, undefined, 'would let sites detect the extension');
  assert.equal(manifest.externally_connectable, undefined);
  assert.match(manifest.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  assert.equal(manifest.background.type, 'module');
  assert.equal(manifest.background.service_worker, manifest.background.scripts[0]);
});

test("manifest version equals Cargo.toml's", () => {
  const cargo = fs.readFileSync(path.join(repoRoot, 'Cargo.toml'), 'utf8');
  assert.equal(manifest.version, cargo.match(/^version\s*=\s*"([^"]+)"/m)[1]);
});

test('manifest: Firefox settings that web-ext lint needs', () => {
  const g = manifest.browser_specific_settings.gecko;
  assert.ok(g.id);
  assert.equal(g.strict_min_version, '140.0');
  assert.deepEqual(g.data_collection_permissions, { required: ['none'] });
  assert.equal(manifest.browser_specific_settings.gecko_android.strict_min_version, '142.0');
});

test('manifest: the key gives the documented extension id', () => {
  const id = extensionIdFromKey(manifest.key);
  assert.equal(id, 'gpfdpflmeiimdgcljfbgekleagljgnoi');
});

test('every file the manifest references exists', () => {
  const files = [
    ...Object.values(manifest.icons),
    manifest.background.service_worker,
    ...manifest.content_scripts.flatMap((c) => [...c.js, ...c.css]),
  ];
  for (const f of files) assert.ok(fs.existsSync(path.join(repoRoot, f)), f);
});

// The one exception: fix.js applies a suggestion the user clicked, through the editor's own input
// path (execCommand('insertText')); no other file writes text.
const FIX_FILE = 'extension/content/fix.js';

test('content scripts: no wasm, no network, no logging, no writes to the editor', () => {
  for (const f of manifest.content_scripts.flatMap((c) => c.js)) {
    const src = fs.readFileSync(path.join(repoRoot, f), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const banned of ['WebAssembly', 'fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'console.',
      'innerHTML', 'textContent =', 'execCommand', 'insertText']) {
      if (f === FIX_FILE && (banned === 'execCommand' || banned === 'insertText')) continue;
      assert.ok(!src.includes(banned), `${f} uses ${banned}`);
    }
  }
});

test('fixes write text only through execCommand(\'insertText\'), in fix.js', () => {
  const src = fs.readFileSync(path.join(repoRoot, FIX_FILE), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const calls = src.match(/execCommand\([^)]*\)/g) || [];
  assert.deepEqual(calls, ["execCommand('insertText', false, replacement)"]);
});
