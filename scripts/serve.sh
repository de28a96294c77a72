#!/usr/bin/env bash
# Sets up what is missing, builds the portal with the bundled Kazakhstan data (the app and its
# pre-rendered pages), and serves it as GitHub Pages would (tests/e2e/static-server.mjs: gzip,
# `/a/b` from a/b.html, 404.html for the rest). PORT=8081 scripts/serve.sh to use another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo
echo "Building (the first build takes a few minutes), then serving at http://127.0.0.1:$port/"
# the editors' tool, which pre-renders the pages in the build's hook (a debug build: see Trunk.toml)
cargo build --quiet --bin minewatch
trunk build --release --public-url / --dist dist-root
exec node tests/e2e/static-server.mjs dist-root / "$port"
