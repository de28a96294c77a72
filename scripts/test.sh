#!/usr/bin/env bash
# Sets up what is missing, then runs every check: the quick ones of scripts/check.sh (format, lints,
# native tests, the editors' tool on the real data), the schema checks, the release build (under the
# /minewatch/ sub-path and at the root), its first-load size, the browser tests, the benchmark at
# 1,000 events, the trace of a change of year and the load time on a slow phone. Each step prints how long it took.
# MEASURE=1 also runs Lighthouse (printed, not judged; scripts/lighthouse.sh on its own does too).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
source scripts/steps.sh
step "set-up (scripts/setup.sh --browser: what is missing)"
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step "scripts/check.sh: format, lints, native tests, the editors' tool on the real data (debug builds, shared by the rest)"
SKIP_SETUP=1 scripts/check.sh

step "published JSON Schemas and the Frictionless data package against the bundled data"
python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet "jsonschema==4.26.0"
python3 -c "import frictionless" 2>/dev/null || python3 -m pip install --quiet "frictionless==5.21.0"
python3 scripts/check-schema.py
(cd public/data && frictionless validate datapackage.json)

step "trunk build --release --public-url /minewatch/ (sub-path, as on GitHub Pages; its hook pre-renders every route and gives each language's pages an app with its words only)"
trunk build --release --public-url /minewatch/ --dist dist 2>&1 | grep -E "error|warn|success|pages load" || true
test -f dist/index.html -a -f dist/404.html -a -f dist/events.html -a -f dist/previews/dashboard/kk.png
grep -q "minewatch-web-kk-" dist/kk/index.html

step "trunk build --release (at the root: the same WebAssembly, bound and pre-rendered again)"
trunk build --release --public-url / --dist dist-root 2>&1 | grep -E "error|warn|success|pages load" || true
test -f dist-root/index.html -a -f dist-root/404.html
grep -q "minewatch-web-ru-" dist-root/ru/index.html

step "first-load size (release build), and the app's size budget (fails when JS + WASM grow past it)"
python3 scripts/measure-size.py dist --budget

step "browser tests (playwright-core + Debian chromium)"
(cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec *.test.mjs)

step "the benchmark at 1,000 events, on the root build above (it must run to its end; the times are printed, not judged)"
BENCH_APP=dist-root BENCH_TOOL_PROFILE=dev BENCH_SIZES=1000 BENCH_CPU=1 BENCH_RUNS=1 BENCH_SAMPLES=4 scripts/bench.sh

step "where a change of year goes, Chromium's trace on the root build (it must run to its end; printed, not judged)"
TRACE_CPU=1 TRACE_CHANGES=4 node tests/e2e/trace-changes.mjs dist-root

step "where its script time goes, Chromium's CPU profile with the app's functions named (it must run to its end; printed, not judged)"
TRACE_CHANGES=4 scripts/profile-changes.sh dist-root

step "load time on a slow phone profile (printed, not asserted)"
(cd tests/e2e && LOAD_RUNS=3 node measure-load.mjs) || echo "The load-time measurement did not finish; the tests above decide the run."

if [ "${MEASURE:-}" = 1 ]; then
  step "Lighthouse 12.8.2 on the sub-path build, served gzip-compressed (printed, not asserted)"
  scripts/lighthouse.sh || echo "The Lighthouse measurement did not finish; the tests above decide the run."
fi

step_done
echo
echo "All checks passed in $(( $(date +%s) - started )) s."
