// The reference: the same wasm scanner the extension ships (extension/pkg), loaded in Node.
// The browser tests assert the underlines equal exactly what this reports for the editor's text.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server.mjs';

const pkg = path.join(repoRoot, 'extension/pkg');
let scanner = null;

export async function nodeScanner() {
  if (!scanner) {
    const { default: init, Scanner } = await import(path.join(pkg, 'phi_guard.js'));
    await init({ module_or_path: fs.readFileSync(path.join(pkg, 'phi_guard_bg.wasm')) });
    scanner = new Scanner(undefined);
  }
  return scanner;
}

/**
 * What the page should show for `text`: one entry per finding, in the coordinates the page-side
 * reader uses (offsets into the editor's text with line breaks removed, since Range.toString()
 * has no line breaks), with the highlight name for its severity.
 */
export async function expectedHighlights(text) {
  const report = (await nodeScanner()).scan(text);
  return report.findings.map((f) => toHighlight(text, f)).sort(byStart);
}

export function toHighlight(text, f) {
  const nl = (s) => (s.match(/\n/g) || []).length;
  const start = f.utf16.start - nl(text.slice(0, f.utf16.start));
  const phrase = text.slice(f.utf16.start, f.utf16.end).replace(/\n/g, '');
  return { name: `phi-guard-${f.severity}`, start, end: start + phrase.length, text: phrase };
}

export const byStart = (a, b) => a.start - b.start || a.end - b.end || a.name.localeCompare(b.name);
