#!/usr/bin/env bash
# The app's size, one lever at a time: builds the WebAssembly app with each variant into
# target/levers/NAME and prints a table of the JS + WASM a reader downloads (gzip -9, as a static
# host serves it) against the build as it ships (opt-level "z", wasm-opt as index.html runs it:
# -O1, then --flatten --rereloop --simplify-locals, then -Oz twice; erased view types).
# Usage: scripts/size-levers.sh [NAME ...]   (default: every lever below)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/levers
mkdir -p "$out"

# name | opt-level | wasm-opt arguments ("" = no wasm-opt) | rustc flags (the shipped ones are in
# .cargo/config.toml; RUSTFLAGS, set for every row, replaces them)
levers=(
  "shipped|z|-O1 --flatten --rereloop --simplify-locals -Oz -Oz|--cfg erase_components"
  "wasm-opt-Oz-once|z|-O1 --flatten --rereloop --simplify-locals -Oz|--cfg erase_components"
  "wasm-opt-Oz-only|z|-Oz|--cfg erase_components"
  "without-erase-components|z|-Oz|"
  "opt-level-s|s|-Oz|--cfg erase_components"
  "no-wasm-opt|z||--cfg erase_components"
  "wasm-opt-Os|z|-Os|--cfg erase_components"
  "wasm-opt-Oz-converge|z|-Oz --converge|--cfg erase_components"
)
wanted=("$@")

build() {
  local name=$1 opt=$2 flags=$3 rustflags=$4 dir="$out/$1"
  local target="target/levers/cargo-$opt${rustflags:+-erased}"
  mkdir -p "$dir"
  RUSTFLAGS="$rustflags" CARGO_PROFILE_RELEASE_OPT_LEVEL=$opt cargo build --quiet --release \
    --target wasm32-unknown-unknown --bin minewatch-web --features csr --target-dir "$target"
  wasm-bindgen --target web --no-typescript --out-dir "$dir" --out-name app \
    "$target/wasm32-unknown-unknown/release/minewatch-web.wasm"
  if [ -n "$flags" ]; then
    # shellcheck disable=SC2086
    wasm-opt $flags "$dir/app_bg.wasm" -o "$dir/app_bg.opt.wasm" && mv "$dir/app_bg.opt.wasm" "$dir/app_bg.wasm"
  fi
}

gz() { gzip -9 -c "$1" | wc -c; }

printf '%-28s %12s %12s %12s\n' lever "wasm bytes" "wasm gzip" "js+wasm gzip"
for row in "${levers[@]}"; do
  IFS='|' read -r name opt flags rustflags <<<"$row"
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " =~ " $name " ]]; then continue; fi
  if ! build "$name" "$opt" "$flags" "$rustflags" >&2; then
    printf '%-28s %12s\n' "$name" "did not build"
    continue
  fi
  w=$(wc -c <"$out/$name/app_bg.wasm"); wg=$(gz "$out/$name/app_bg.wasm"); jg=$(gz "$out/$name/app.js")
  printf '%-28s %12d %12d %12d\n' "$name" "$w" "$wg" $((wg + jg))
done
