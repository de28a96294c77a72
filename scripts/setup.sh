#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) Minewatch needs, skipping what is there.
# Everything comes from the package registries: crates.io, npm, Debian. Nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
TRUNK_SERIES=0.21              # 0.22 needs a newer rustc than this machine's
want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

say() { printf '\n==> %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

apt_updated=false
apt_install() {
  if ! $apt_updated; then
    say "apt-get update"
    apt-get update -qq
    apt_updated=true
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
# the link-preview images are set in DejaVu Sans (minewatch render, in every build)
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] && [ -z "${MINEWATCH_FONT_DIR:-}" ]; then
  apt_install fonts-dejavu-core
fi
if $want_browser && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium chromium-driver
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "^trunk $TRUNK_SERIES\."; then
  say "cargo install trunk $TRUNK_SERIES (about 5 minutes on 2 cores, once)"
  # Without its default features (TLS and the update check: it runs offline and downloads
  # nothing) and without fat LTO in one codegen unit: the same builds, from half the compile time.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "^$TRUNK_SERIES" --locked --no-default-features
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 6 minutes, once)"
  # no --locked: its lockfile names a dependency version the registry lacks
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version_132"; then
  say "npm ci (wasm-opt from the npm package binaryen)"
  npm ci --no-audit --no-fund
fi

if $want_browser && { [ ! -f tests/e2e/node_modules/playwright-core/package.json ] \
    || [ ! -f tests/e2e/node_modules/@axe-core/playwright/package.json ] \
    || [ ! -f tests/e2e/node_modules/open-graph-scraper/package.json ]; }; then
  say "npm ci in tests/e2e (playwright-core, axe-core and open-graph-scraper; the browser is Debian's chromium)"
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi

say "cargo fetch"
cargo fetch --quiet
echo "Set-up complete."
