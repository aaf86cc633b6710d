// Copies exactly what the manifest references (manifest.json, the background module and what it
// imports, the content scripts and CSS, the icons, the popup and options pages, extension/pkg)
// into a clean directory: the repo root also holds target/ and node_modules/, which must not be
// packaged or linted.
//
//   node tests/e2e/stage-extension.mjs [OUT_DIR]        stage (default: dist/extension)
//   node tests/e2e/stage-extension.mjs --lint [OUT_DIR] stage, then `web-ext lint` (0 errors or exit 1)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const lint = args.includes('--lint');
const out = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(root, 'dist/extension'));

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const files = new Set(['manifest.json']);
for (const icon of Object.values(manifest.icons || {})) files.add(icon);
if (manifest.background?.service_worker) files.add(manifest.background.service_worker);
for (const s of manifest.background?.scripts || []) files.add(s);
for (const cs of manifest.content_scripts || []) for (const f of [...(cs.js || []), ...(cs.css || [])]) files.add(f);
// Extension pages (toolbar popup, options page): each directory holds the page and its files.
for (const page of [manifest.action?.default_popup, manifest.options_ui?.page]) {
  if (!page) continue;
  const dir = path.dirname(page);
  for (const f of fs.readdirSync(path.join(root, dir))) files.add(`${dir}/${f}`);
}
// The managed-storage schema (also fetched by the background at run time).
if (manifest.storage?.managed_schema) files.add(manifest.storage.managed_schema);
// ES modules imported (relatively) by the background and the extension pages, followed through.
const queue = [...files].filter((f) => f.endsWith('.js'));
while (queue.length) {
  const f = queue.pop();
  const src = path.join(root, f);
  if (!fs.existsSync(src)) continue;
  for (const m of fs.readFileSync(src, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const dep = path.posix.normalize(path.posix.join(path.posix.dirname(f), m[1]));
    if (!files.has(dep)) {
      files.add(dep);
      queue.push(dep);
    }
  }
}
// The wasm the background loads through runtime.getURL.
files.add('extension/platform.js');
files.add('extension/pkg/phi_guard.js');
files.add('extension/pkg/phi_guard_bg.wasm');

fs.rmSync(out, { recursive: true, force: true });
for (const f of files) {
  const src = path.join(root, f);
  if (!fs.existsSync(src)) {
    console.error(`missing: ${f}${f.startsWith('extension/pkg/') ? ' (build the wasm first)' : ''}`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
  fs.copyFileSync(src, path.join(out, f));
}
console.log(`staged ${files.size} files in ${path.relative(root, out) || out}`);

if (lint) {
  const webExt = path.join(root, 'node_modules/web-ext/bin/web-ext.js');
  const run = spawnSync(
    process.execPath,
    [webExt, 'lint', '--source-dir', out, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let result;
  try {
    result = JSON.parse(run.stdout);
  } catch {
    console.error(run.stdout);
    process.exit(1);
  }
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of result[kind] || []) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file || ''} ${m.message}`);
  }
  const { errors, warnings, notices } = result.summary;
  console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  process.exit(errors === 0 ? 0 : 1);
}
