#!/usr/bin/env bash
# Prints PHI Guard's speed and size figures as one table (part | figure): native throughput, wasm
# size, wasm scan times in Node, and in Chromium with the fixture editors (keystroke-to-underline
# on a tweet and on a 20,000-character post, long tasks during a 1 MB paste, each with and
# without the extension). Figures are read, never asserted (the machine is shared and noisy).
#   bench/run.sh [corpus.jsonl]      PHI_GUARD_BENCH_BROWSER=0 skips the browser part
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
corpus="${1:-../shared/corpus/dev.jsonl}"
wasm=extension/pkg/phi_guard_bg.wasm
[ -f "$wasm" ] || { echo "bench: build first (./build.sh)" >&2; exit 1; }

# Every line a command prints becomes a row, its part in the first column.
rows() {
  local part="$1"
  shift
  "$@" | while IFS= read -r line; do printf '%-8s | %s\n' "$part" "$line"; done
}

printf '%-8s | %s\n' part figure
printf '%-8s-+-%s\n' -------- ------------------------------------------------------------------------
rows machine echo "$(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(uname -sr)"
rows native cargo run --quiet --release --bin phi-guard -- bench "$corpus"
rows wasm echo "size: $(wc -c <"$wasm") bytes raw, $(gzip -9c "$wasm" | wc -c) bytes gzipped"
rows wasm node bench/wasm-bench.mjs "$corpus"
if [ "${PHI_GUARD_BENCH_BROWSER:-1}" != 0 ]; then
  rows browser node bench/browser-bench.mjs
fi
