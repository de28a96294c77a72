#!/usr/bin/env bash
# Sets up what is missing, then runs every check: format, lints, native tests, the release build
# (under the /minewatch/ sub-path and at the root), its first-load size, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy --workspace --all-targets -- -D warnings (the web crate as the tool renders it: ssr)"
cargo clippy --quiet --workspace --all-targets -- -D warnings

step "cargo clippy -p minewatch --features csr (the web crate as the browser runs it), natively and for wasm32"
cargo clippy --quiet -p minewatch --features csr --all-targets -- -D warnings
cargo clippy --quiet -p minewatch --features csr --target wasm32-unknown-unknown -- -D warnings

step "cargo test --workspace (native: domain crate, editors' tool, wording)"
cargo test --quiet --workspace

step "the editors' tool: check the sources and every published snapshot; publishing the sources reproduces the latest"
cargo build --quiet --release --bin minewatch --bin minewatch-synth
minewatch=target/release/minewatch
"$minewatch" check editorial
for snapshot in public/data/snapshots/*.json; do "$minewatch" check "$snapshot"; done
"$minewatch" publish
git diff --exit-code --stat -- public/data || { echo "publishing changed the published data"; exit 1; }

step "published JSON Schemas and the Frictionless data package against the bundled data"
python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet "jsonschema==4.26.0"
python3 -c "import frictionless" 2>/dev/null || python3 -m pip install --quiet "frictionless==5.21.0"
python3 scripts/check-schema.py
(cd public/data && frictionless validate datapackage.json)

step "trunk build --release --public-url /minewatch/ (sub-path, as on GitHub Pages; its hook pre-renders every route)"
trunk build --release --public-url /minewatch/ --dist dist 2>&1 | grep -E "error|warn|success" || true
test -f dist/index.html -a -f dist/404.html -a -f dist/events.html -a -f dist/previews/dashboard/kk.png

step "trunk build --release (at the root)"
trunk build --release --public-url / --dist dist-root 2>&1 | grep -E "error|warn|success" || true
test -f dist-root/index.html -a -f dist-root/404.html

step "first-load size (release build)"
python3 scripts/measure-size.py dist

step "browser tests (playwright-core + Debian chromium)"
(cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec *.test.mjs)

step "the benchmark at 1,000 events (it must run to its end; the times are printed, not judged)"
BENCH_SIZES=1000 BENCH_CPU=1 BENCH_RUNS=1 BENCH_SAMPLES=4 scripts/bench.sh

step "load time on a slow phone profile (printed, not asserted)"
(cd tests/e2e && LOAD_RUNS=3 node measure-load.mjs) || echo "The load-time measurement did not finish; the tests above decide the run."

step "Lighthouse 12.8.2 on the sub-path build, served gzip-compressed (printed, not asserted)"
scripts/lighthouse.sh || echo "The Lighthouse measurement did not finish; the tests above decide the run."

echo
echo "All checks passed in $(( $(date +%s) - started )) s."
