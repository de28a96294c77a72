#!/usr/bin/env python3
"""Recomputes sha256, size and event count of every snapshot listed in public/data/manifest.json.

Published snapshots are never edited, so for them this changes nothing; run it after adding a new
snapshot entry (newest first, with its id, path, published date and summary) to fill in the rest.
"""
import hashlib
import json
import pathlib
import sys

DATA = pathlib.Path(__file__).resolve().parent.parent / "public" / "data"


def main() -> int:
    manifest_path = DATA / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["snapshots"]:
        raw = (DATA / entry["path"]).read_bytes()
        snapshot = json.loads(raw)
        if snapshot.get("id") != entry["id"]:
            print(f"{entry['path']}: id {snapshot.get('id')!r} differs from the manifest's {entry['id']!r}")
            return 1
        entry["sha256"] = hashlib.sha256(raw).hexdigest()
        entry["bytes"] = len(raw)
        entry["events"] = len(snapshot["events"])
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"manifest: {len(manifest['snapshots'])} snapshot(s), latest {manifest['latest']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
