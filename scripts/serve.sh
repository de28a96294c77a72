#!/usr/bin/env bash
# Sets up what is missing, builds the portal with the bundled Kazakhstan data, and serves it.
# PORT=8081 scripts/serve.sh to use another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo
echo "Building (the first build takes a few minutes), then serving at http://127.0.0.1:$port/"
exec trunk serve --release --port "$port" --address 127.0.0.1 --disable-address-lookup
