#!/usr/bin/env bash
# PHI Guard: set-up, build and test in one idempotent script.
#
#   ./build.sh          install what is missing, build the wasm scanner into extension/pkg/,
#                       print how to load the unpacked extension (the repo root)
#   ./build.sh test     everything: fmt, clippy, cargo tests, wasm tests, browser e2e, web-ext lint
#   ./build.sh bench    speed and size figures (native, wasm in Node)
#   ./build.sh package  store zips in dist/; with PHI_GUARD_KEY=key.pem also a CRX + updates.xml
#   ./build.sh wasm     only rebuild the wasm (no installs)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

WASM_TARGET=wasm32-unknown-unknown
WASM_PROFILE=wasm-release
PKG_DIR=extension/pkg
# The wasm-bindgen CLI must equal the crate version exactly: read it from the `=` pin.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\033[31mbuild.sh: %s\033[0m\n' "$*" >&2
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

apt_install() {
  have apt-get || fail "apt-get not found: install $* by hand"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "${APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq || fail "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null ||
    fail "apt-get install $* failed"
}

ensure_rust() {
  have cargo || fail "cargo not found: install Rust with rustup (https://rustup.rs) first"
  if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    step "Adding the $WASM_TARGET target"
    rustup target add "$WASM_TARGET" || fail "rustup target add $WASM_TARGET failed"
  fi
  [ -n "$WASM_BINDGEN_VERSION" ] || fail "Cargo.toml must pin wasm-bindgen with '=' (e.g. \"=0.2.130\")"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
    step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
    # No --locked: the CLI's lockfile pins a crate version the registry here lacks (platform notes).
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" ||
      fail "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION failed"
  fi
}

ensure_node() {
  if ! have node || ! have npm; then
    step "Installing Node.js and npm"
    apt_install nodejs npm
  fi
  # npm ci only when the lockfile changed since the last install.
  local stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    step "Installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed"
  fi
}

ensure_chromium() {
  if ! have chromium; then
    step "Installing Debian's chromium (for the browser tests)"
    apt_install chromium
  fi
}

build_wasm() {
  step "Building the scanner to wasm ($WASM_PROFILE)"
  # --no-default-features: no native CLI, no regex perf tables (size; see Cargo.toml).
  cargo build --quiet --lib --target "$WASM_TARGET" --profile "$WASM_PROFILE" --no-default-features ||
    fail "wasm build failed"
  local raw="target/$WASM_TARGET/$WASM_PROFILE/phi_guard.wasm"
  rm -rf "$PKG_DIR"
  wasm-bindgen --target web --no-typescript --out-dir "$PKG_DIR" "$raw" ||
    fail "wasm-bindgen failed"
  local wasm="$PKG_DIR/phi_guard_bg.wasm"
  if [ -x node_modules/binaryen/bin/wasm-opt ]; then
    # binaryen from npm: Debian's binaryen 108 emits modules that fail to load (platform notes).
    # Features come from the module's target_features section (kept by strip = false).
    node node_modules/binaryen/bin/wasm-opt -Os "$wasm" -o "$wasm.opt" && mv "$wasm.opt" "$wasm" ||
      fail "wasm-opt failed"
  fi
  printf 'wasm: %s bytes raw, %s bytes gzipped\n' "$(wc -c <"$wasm")" "$(gzip -9c "$wasm" | wc -c)"
}

print_load_instructions() {
  cat <<EOF

PHI Guard is built. The repository root is the unpacked extension:
  Chrome / Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
                 "Load unpacked", choose $ROOT
  Firefox:       open about:debugging#/runtime/this-firefox, "Load Temporary Add-on...",
                 choose $ROOT/manifest.json
Then open x.com or facebook.com and start a post.
EOF
}

run_tests() {
  step "cargo fmt --check"
  cargo fmt --all -- --check || fail "code is not formatted: run 'cargo fmt'"
  step "cargo clippy -D warnings"
  cargo clippy --quiet --all-targets -- -D warnings || fail "clippy found problems"
  step "cargo test (native)"
  cargo test --quiet || fail "native tests failed"
  step "wasm tests (wasm-bindgen-test under Node)"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target "$WASM_TARGET" --no-default-features --test wasm ||
    fail "wasm tests failed"
  step "policy samples, settings, packaging and extension logic (Node)"
  node --test tests/policy/ tests/package/ tests/extension/ || fail "policy, packaging or extension tests failed"
  step "browser end-to-end tests (Chromium, real Draft.js and Lexical)"
  npm run --silent test:e2e || fail "end-to-end tests failed"
  step "enterprise policy end-to-end tests (writes /etc/chromium/policies/managed; skipped unless root)"
  npm run --silent test:policy || fail "policy end-to-end tests failed"
  step "web-ext lint"
  npm run --silent lint:ext || fail "web-ext lint reported errors"
  printf '\n\033[32mAll tests passed.\033[0m\n'
}

case "${1:-build}" in
  build)
    ensure_rust
    ensure_node
    build_wasm
    print_load_instructions
    ;;
  package)
    ensure_rust
    ensure_node
    build_wasm
    step "Packaging"
    python3 scripts/package.py || fail "packaging failed"
    ;;
  wasm)
    build_wasm
    ;;
  test)
    ensure_rust
    ensure_node
    ensure_chromium
    build_wasm
    run_tests
    ;;
  bench)
    ensure_rust
    ensure_node
    build_wasm
    bench/run.sh
    ;;
  *)
    fail "unknown command '$1' (expected: build, test, bench, package, wasm)"
    ;;
esac
