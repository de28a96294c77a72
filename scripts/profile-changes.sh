#!/usr/bin/env bash
# Where the script time of a change of year goes, by what it does and by function: Chromium's CPU
# profiler on a copy of a built site whose Russian app is bound without wasm-opt, so that its
# functions keep their names (the build's own app has none). The rest of the site is as built.
# Usage: scripts/profile-changes.sh [SITE]   (default dist-root: a release build served at its root,
#   trunk build --release --public-url / --dist dist-root). TRACE_CPU (default 1) and
#   TRACE_CHANGES (default 30) as in tests/e2e/trace-changes.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
site=${1:-dist-root}
out=target/profile-site
if [ ! -f "$site/ru/index.html" ]; then
  echo "$site/ru/index.html: not found; build the site first (trunk build --release --public-url / --dist $site)" >&2
  exit 1
fi
app=$(grep -o 'minewatch-web-ru-[0-9a-f]*' "$site/ru/index.html" | head -n 1 || true)
if [ -z "$app" ] || [ ! -f "$site/$app.js" ]; then
  echo "$site/ru/index.html: names no Russian app of its own (a release build gives each language one)" >&2
  exit 1
fi
# the same build as scripts/language-apps.mjs's for Russian: nothing to compile after a release build
cargo build --quiet --release --target wasm32-unknown-unknown --bin minewatch-web --features lang-ru
rm -rf "$out"
cp -r "$site" "$out"
bound=$(mktemp -d)
trap 'rm -rf "$bound"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$bound" --out-name app \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/minewatch-web.wasm"
cp "$bound/app.js" "$out/$app.js"
cp "$bound/app_bg.wasm" "$out/${app}_bg.wasm"
TRACE_PROFILE=1 TRACE_CPU=${TRACE_CPU:-1} TRACE_CHANGES=${TRACE_CHANGES:-30} TRACE_PATH=ru/ \
  node tests/e2e/trace-changes.mjs "$out"
