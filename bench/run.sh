#!/usr/bin/env bash
# Prints PHI Guard's speed and size figures as one table: native throughput, wasm size, wasm scan
# times in Node. Figures are read, never asserted (the machine is shared and noisy).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
corpus="${1:-../shared/corpus/dev.jsonl}"
wasm=extension/pkg/phi_guard_bg.wasm
[ -f "$wasm" ] || { echo "bench: build first (./build.sh)" >&2; exit 1; }
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(uname -sr)"
echo "## native (phi-guard bench)"
cargo run --quiet --release --bin phi-guard -- bench "$corpus"
echo "## wasm size"
echo "wasm: $(wc -c <"$wasm") bytes raw, $(gzip -9c "$wasm" | wc -c) bytes gzipped"
echo "## wasm in Node"
node bench/wasm-bench.mjs "$corpus"
