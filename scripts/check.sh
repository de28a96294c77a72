#!/usr/bin/env bash
# The developers' quick check before a commit: format, lints of both builds of the web crate, the
# native tests and the editors' tool on the real data. No browser and no release build: a few
# minutes once the dependencies are compiled. scripts/test.sh runs all of this and the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
source scripts/steps.sh
if [ -z "${SKIP_SETUP:-}" ]; then
  # what these steps need: the wasm32 target for the browser build's lints; nothing else is installed
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
fi

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy --workspace --all-targets -- -D warnings (the web crate as the tool renders it: ssr)"
cargo clippy --quiet --workspace --all-targets -- -D warnings

step "cargo clippy -p minewatch --features csr --target wasm32-unknown-unknown (the web crate as the browser runs it)"
cargo clippy --quiet -p minewatch --features csr --target wasm32-unknown-unknown -- -D warnings

step "cargo test --workspace (native: domain crate, editors' tool, wording, the documents' links)"
cargo test --quiet --workspace

step "the editors' tool: check the sources and every published snapshot; publishing the sources reproduces the latest"
cargo build --quiet --bin minewatch --bin minewatch-synth
minewatch=target/debug/minewatch
"$minewatch" check editorial
for snapshot in public/data/snapshots/*.json; do "$minewatch" check "$snapshot"; done
"$minewatch" publish
git diff --exit-code --stat -- public/data || { echo "publishing changed the published data"; exit 1; }

step_done
step_name=""
echo "Quick check passed in $(( $(date +%s) - started )) s."
