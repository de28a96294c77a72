#!/usr/bin/env bash
# The benchmark: builds the app once, makes a scratch site per size (the bundled data, and
# synthetic snapshots of 1,000, 10,000 and 100,000 events published with
# `minewatch publish --snapshot`), and measures each in headless Chromium, without and with a 4x
# CPU slowdown. Prints one table per CPU setting. It is a benchmark, not a test: nothing is
# asserted about the times.
#
#   scripts/bench.sh                          every size, CPU 1x and 4x
#   BENCH_SIZES="bundled 1000" BENCH_CPU=1 scripts/bench.sh
#   BENCH_BASELINE=7815a2e scripts/bench.sh   also measures the app as it was at that commit, on
#                                             the same data, in the same run ("before" rows)
#
#   BENCH_APP=dist-root scripts/bench.sh     measures an app already built at the root (the test
#                                             command passes its own build instead of a third one)
#   BENCH_TOOL_PROFILE=dev scripts/bench.sh   the generator and publisher of a debug build (quick
#                                             to compile; slow at 100,000 events)
#
# The scratch sites are in target/bench/ (reused when the app and snapshot have not changed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
sizes=${BENCH_SIZES:-"bundled 1000 10000 100000"}
out=target/bench
mkdir -p "$out"

profile=${BENCH_TOOL_PROFILE:-release}
tools=target/$([ "$profile" = dev ] && echo debug || echo "$profile")
cargo build --quiet --profile "$profile" --bin minewatch --bin minewatch-synth
if [ -n "${BENCH_APP:-}" ]; then
  rm -rf "$out/app"
  cp -r "$BENCH_APP" "$out/app"
else
  trunk build --release --public-url / --dist "$out/app" 2>&1 | grep -E "error|warn" || true
fi
test -f "$out/app/index.html"

if [ -n "${BENCH_BASELINE:-}" ]; then
  # the app at an earlier commit, built once in a worktree of its own
  base_src="$out/baseline-src"
  if [ "$(git -C "$base_src" rev-parse HEAD 2>/dev/null)" != "$(git rev-parse "$BENCH_BASELINE")" ]; then
    git worktree remove --force "$base_src" 2>/dev/null || rm -rf "$base_src"
    git worktree prune
    git worktree add --detach "$base_src" "$BENCH_BASELINE" > /dev/null
    rm -rf "$out/baseline-app"
  fi
  [ -f "$out/baseline-app/index.html" ] || (cd "$base_src" && CARGO_TARGET_DIR="$PWD/../baseline-target" \
    trunk build --release --public-url / --dist ../baseline-app 2>&1 | grep -E "error|warn" || true)
  test -f "$out/baseline-app/index.html"
fi

latest=$(python3 -c "import json;m=json.load(open('public/data/manifest.json'));print(next(s['path'] for s in m['snapshots'] if s['id']==m['latest']))")
sites=()
for n in $sizes; do
  site="$out/site-$n"
  rm -rf "$site"
  cp -r "$out/app" "$site"
  rm -rf "$site/data"
  if [ "$n" = bundled ]; then
    cp -r public/data "$site/data"
  else
    snapshot="$out/synthetic-$n.json"
    [ -f "$snapshot" ] && [ "$snapshot" -nt "public/data/$latest" ] && [ "$snapshot" -nt "$tools/minewatch-synth" ] \
      || "$tools/minewatch-synth" --from "public/data/$latest" --events "$n" --out "$snapshot"
    mkdir -p "$site/data"
    "$tools/minewatch" publish --snapshot "$snapshot" --data "$site/data" > /dev/null
    # the app's pre-rendered pages are of the bundled snapshot: at this size the app is measured
    # on its own, as a page that was not pre-rendered (the 404.html fallback)
    find "$site" -name '*.html' ! -name 404.html -delete
    rm -rf "$site/previews"
    cp "$site/404.html" "$site/index.html"
  fi
  if [ -n "${BENCH_BASELINE:-}" ]; then
    before="$out/before-$n"
    rm -rf "$before"
    cp -r "$out/baseline-app" "$before"
    rm -rf "$before/data"
    cp -r "$site/data" "$before/data"
    if [ "$n" != bundled ]; then
      # as above: the earlier app too is measured on its own, not on pages of the bundled data
      find "$before" -name '*.html' ! -name 404.html -delete
      rm -rf "$before/previews"
      cp "$before/404.html" "$before/index.html"
    fi
    sites+=("$before")
  fi
  sites+=("$site")
done
(cd tests/e2e && node bench.mjs "${sites[@]/#/../../}")
