// Times the built wasm scanner (extension/pkg) in Node: first-scan time and per-scan time at
// several post lengths. Prints figures; asserts nothing (speed goals are read, not tested).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import init, { Scanner } from '../extension/pkg/phi_guard.js';

const root = new URL('..', import.meta.url);
const corpusPath = process.argv[2] ?? new URL('../shared/corpus/dev.jsonl', root).pathname;

const t0 = performance.now();
await init({ module_or_path: readFileSync(new URL('extension/pkg/phi_guard_bg.wasm', root)) });
const tInit = performance.now();
const scanner = new Scanner(undefined);
const tBuilt = performance.now();

let corpus;
try {
  corpus = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
} catch {
  corpus = ['36yo guy came into our ED last night with a 36 hour priapism. Call 555-204-9981.'];
}
const pool = corpus.join('\n\n');
const sample = (n) => {
  let s = '';
  while (s.length < n) s += pool;
  return s.slice(0, n);
};

const tFirst0 = performance.now();
scanner.scan(sample(280));
const tFirst = performance.now() - tFirst0;

const rows = [];
for (const n of [280, 2000, 20000, 63206]) {
  const text = sample(n);
  for (let i = 0; i < 3; i++) scanner.scan(text); // warm-up
  const runs = n <= 2000 ? 300 : n <= 20000 ? 40 : 15;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    scanner.scan(text);
    times.push(performance.now() - a);
  }
  times.sort((a, b) => a - b);
  rows.push({ chars: n, median_ms: times[runs >> 1], p95_ms: times[Math.floor(runs * 0.95)] });
}

// As the extension scans while the user types: scanCached on a long post after a one-character
// edit at its end (only the changed line is re-detected).
const typing = [];
for (const n of [20000, 63206]) {
  const text = sample(n);
  scanner.scanCached(text);
  const times = [];
  for (let i = 0; i < 40; i++) {
    const edited = text + 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn'.slice(0, i + 1);
    const a = performance.now();
    scanner.scanCached(edited);
    times.push(performance.now() - a);
  }
  times.sort((a, b) => a - b);
  typing.push({ chars: n, median_ms: times[20], p95_ms: times[38] });
}

console.log(`wasm init ${(tInit - t0).toFixed(1)} ms, scanner build ${(tBuilt - tInit).toFixed(1)} ms, first scan ${tFirst.toFixed(2)} ms`);
for (const r of rows) {
  console.log(`wasm scan ${String(r.chars).padStart(6)} chars: median ${r.median_ms.toFixed(3)} ms, p95 ${r.p95_ms.toFixed(3)} ms`);
}
for (const r of typing) {
  console.log(`wasm scanCached ${String(r.chars).padStart(6)} chars, a keystroke at the end: median ${r.median_ms.toFixed(3)} ms, p95 ${r.p95_ms.toFixed(3)} ms`);
}
