#!/usr/bin/env bash
# Lighthouse 12.8.2 (from the npm registry; the browser is Debian's chromium) on the release
# build in dist/, served gzip-compressed: the dashboard, an event, a region and an embed, in en
# and kk. Prints a table. Run after scripts/test.sh or a `trunk build --release --public-url /minewatch/`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f tests/lighthouse/node_modules/lighthouse/package.json ] || (cd tests/lighthouse && npm ci --no-audit --no-fund)
test -f dist/index.html || { echo "dist/index.html is missing: build first"; exit 1; }
cd tests/lighthouse && CHROME_PATH=/usr/bin/chromium node run.mjs
