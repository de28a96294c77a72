#!/usr/bin/env python3
"""First-load size of a release build: what a reader's browser fetches to show the dashboard.

Counts index.html (with its stylesheet inlined), the JS glue, the WASM, data/manifest.json and what the app loads of the
latest snapshot (its English index, or the snapshot itself when it is under 512 KB or the manifest
lists no index), each
raw and gzipped (level 9, as a static host or CDN would serve them); and, for comparison, the
whole snapshot, which the app no longer loads.
Usage: scripts/measure-size.py [DIST] [--budget]   (default: dist)

Each language's pages load an app with that language's words only (scripts/language-apps.mjs);
404.html, which can be any language's address, loads the one of its address's language, so it
must name all three. With --budget it fails (exit status 1) when the largest language's app (JS +
WASM, gzip -9) is larger than APP_BUDGET: the bytes of a release build are the same on every run
with the same tools, so the budget is the figure reached, and any growth must move it on purpose,
in the same commit.
"""
import gzip
import json
import pathlib
import re
import sys

# The largest of the three languages' apps, JS + WASM, gzip -9, in bytes: the figure reached
# (issue 20, twenty-second pass: the Russian app, 479,868 B; 474,559 B English, 476,507 B Kazakh;
# 480,838 B before the data's words were read by one shared reader, core model/words.rs;
# 482,721 B before wasm-opt's -Oz ran twice, index.html; twenty-first pass: 488,274 B before its
# live parts shared one type, components/live.rs), plus a few hundred bytes.
APP_BUDGET = 480_200
# Before: the app with all three languages, which every page loaded until the seventeenth pass
# and 404.html until the eighteenth (seventeenth pass: 513,989 B, the embed frames' titles in the
# other languages moved out of the words; sixteenth pass: 513,965 B,
# -5.6 KB for the interface's three locales built at compile time (build.rs), which took ICU's
# locale parser out of the app; fifteenth pass: 519,658 B,
# -42.6 KB for the app's own address and routes (src/address.rs, core route.rs) in place of
# leptos_router, then -4.2 KB for the page's title set by the app (components/title.rs) in place
# of leptos_meta, then -2.9 KB for the browser's fetch called directly in place of gloo-net;
# fourteenth pass: 569,315 B,
# -5.4 KB for wasm-opt's control flow rebuilt before -Oz (index.html); thirteenth pass: 574,690 B,
# -6.4 KB for the three languages' plural rules in place of ICU's compiled data for every language;
# ninth pass: 581,161 B,
# +2.5 KB for keeping the filters, search and order a reader chose on a pre-rendered page before
# the app took it over (src/takeover.rs), which were lost until then; eighth pass: 578,621 B,
# +1.2 KB for the figure cards' own part of the view model, which a filter change compares and
# copies instead of every counted event's id; 577,419 B before; earlier: 589,209 B; +6.2 KB for chart
# frames drawn once, whose picture, table and notes are set in one step each on a change, which
# made a filter change at 10,000 events about a quarter quicker; 582,986 B before, +1.4 KB for ids
# that share their text, Arc<str>, which made the view model at 10,000 events a fifth faster for
# the whole country and three times faster for a year; 581,563 B after one sort
# for the whole app, the charts written by one SVG writer, the typed ids and the takeover drawn
# part by part; 597,080 B before), plus about a kilobyte:
# the build embeds the checkout's absolute path (the generated translations' file names), so the
# same commit measured 596,880 B in /tmp/ci-clone and a deeper folder gives a little more. Raise it
# only in the commit that needs it, and say why there.


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    dist = pathlib.Path(args[0] if args else "dist")
    index = dist / "index.html"
    if not index.is_file():
        print(f"{index} is missing: build first (trunk build --release)")
        return 1
    html = index.read_text(encoding="utf-8")
    names = ["index.html"]
    # the stylesheet is inlined into every page (one request less before the first figure)
    for pattern in (r"['\"][^'\"]*?([\w.-]+\.js)['\"]", r"['\"][^'\"]*?([\w.-]+_bg\.wasm)['\"]"):
        found = re.search(pattern, html)
        if not found:
            print(f"index.html does not name a file matching {pattern}")
            return 1
        names.append(found.group(1))
    manifest = json.loads((dist / "data/manifest.json").read_text(encoding="utf-8"))
    latest = next(s for s in manifest["snapshots"] if s["id"] == manifest["latest"])
    # as the app does (src/data/fetch.rs, WHOLE_BELOW): a snapshot under 512 KB is loaded whole
    small = (latest.get("bytes") or 0) < 512 * 1024
    index = None if small else latest.get("parts", {}).get("index", {}).get("en", {}).get("path")
    names += ["data/manifest.json", "data/" + (index or latest["path"])]
    total_raw = total_gz = 0
    print(f"{'file':<48} {'bytes':>10} {'gzip':>10}")
    for name in names:
        raw = (dist / name).read_bytes()
        gz = len(gzip.compress(raw, 9))
        total_raw += len(raw)
        total_gz += gz
        print(f"{name:<48} {len(raw):>10,} {gz:>10,}")
    print(f"{'first load, total':<48} {total_raw:>10,} {total_gz:>10,}")
    if index:
        raw = (dist / "data" / latest["path"]).read_bytes()
        print(f"{'(the whole snapshot, not loaded: ' + latest['path'] + ')':<48} {len(raw):>10,} {len(gzip.compress(raw, 9)):>10,}")
    print()
    apps = {}
    loaders = {}
    for page in ("index.html", "kk/index.html", "ru/index.html"):
        files = app_files(dist / page)
        if files is None:
            print(f"{page} does not name its app's JS and WASM")
            return 1
        apps[page] = sum(len(gzip.compress((dist / n).read_bytes(), 9)) for n in files)
        print(f"{'the app of ' + page + ', JS + WASM, gzip':<48} {'':>10} {apps[page]:>10,}  {files[0]}")
        loaders[page] = files[0].removesuffix(".js")
    app = max(apps.values())
    not_found = (dist / "404.html").read_text(encoding="utf-8")
    missing = [page for page, name in loaders.items() if f"/{name}\"" not in not_found]
    if missing:
        print(f"404.html does not name the app of {', '.join(missing)} (scripts/language-apps.mjs)")
        return 1
    print(f"{'the app of 404.html':<48} {'':>10} {'':>10}  the one of its address's language")
    before_figure(dist)
    if "--budget" in sys.argv:
        if app > APP_BUDGET:
            print(f"\nThe largest language's app is {app:,} B gzip, over its budget of {APP_BUDGET:,} B "
                  f"(scripts/measure-size.py, APP_BUDGET) by {app - APP_BUDGET:,} B: make it smaller, "
                  "or raise the budget in the same commit and say why.")
            return 1
        print(f"\nThe apps are within their budget: {app:,} of {APP_BUDGET:,} B gzip (the largest "
              "language's).")
    return 0


def app_files(page: pathlib.Path):
    """The JS and WASM files `page` loads, or None when it names none."""
    if not page.is_file():
        return None
    html = page.read_text(encoding="utf-8")
    js = re.search(r"['\"][^'\"]*?([\w.-]+\.js)['\"]", html)
    wasm = re.search(r"['\"][^'\"]*?([\w.-]+_bg\.wasm)['\"]", html)
    return [js.group(1), wasm.group(1)] if js and wasm else None


def before_figure(dist: pathlib.Path) -> None:
    """What a reader's browser needs before it shows a pre-rendered page's first figure: the page's
    HTML with its stylesheet inlined (the WebAssembly is not waited for)."""
    snapshot = json.loads((dist / "data/manifest.json").read_text(encoding="utf-8"))
    latest = next(s for s in snapshot["snapshots"] if s["id"] == snapshot["latest"])
    events = json.loads((dist / "data" / latest["path"]).read_text(encoding="utf-8"))["events"]
    routes = ["index.html", "events.html", f"events/{events[0]['id']}.html", "regions/KZ-61.html", "embed/map.html"]
    # each language's page is a file of its own: English at the root, Kazakh and Russian below
    pages = [prefix + route for route in routes for prefix in ("", "kk/", "ru/")]
    print()
    print("before the first figure: the page's HTML with its CSS inlined, raw and gzip, and gzip of the")
    print("part up to the end of its first figure card (what the browser has read when it can draw it)")
    print(f"{'page':<48} {'bytes':>10} {'gzip':>10} {'to figure':>10}")
    for page in pages:
        path = dist / page
        if not path.is_file():
            print(f"{page:<48} {'not pre-rendered':>21}")
            continue
        raw = path.read_bytes()
        card = raw.find(b'class="figure-card')
        end = raw.find(b"</article>", card) if card >= 0 else -1
        to_figure = f"{len(gzip.compress(raw[:end + 10], 9)):,}" if end >= 0 else "-"
        print(f"{page:<48} {len(raw):>10,} {len(gzip.compress(raw, 9)):>10,} {to_figure:>10}")


if __name__ == "__main__":
    sys.exit(main())
