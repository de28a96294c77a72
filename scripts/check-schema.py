#!/usr/bin/env python3
"""Validates the bundled manifest, every snapshot and every change list against the published JSON Schemas, and
checks that the schema rejects the broken fixtures it can describe (negative or non-numeric figures)."""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator, FormatChecker

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "public" / "data"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((DATA / "schema" / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def main() -> int:
    failures = 0
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    checks = [("manifest.json", validator("manifest.schema.json"), manifest, True)]
    snap = validator("snapshot.schema.json")
    changes = validator("changes.schema.json")
    for entry in manifest["snapshots"]:
        checks.append((entry["path"], snap, json.loads((DATA / entry["path"]).read_text(encoding="utf-8")), True))
        if "changes" in entry:
            checks.append((entry["changes"], changes, json.loads((DATA / entry["changes"]).read_text(encoding="utf-8")), True))
    checks.append(("tests/fixtures/good.json", snap, json.loads((ROOT / "tests/fixtures/good.json").read_text()), True))
    for bad in ("negative-figure.json", "non-numeric-figure.json", "unknown-schema.json"):
        checks.append((f"tests/fixtures/broken/{bad}", snap, json.loads((ROOT / "tests/fixtures/broken" / bad).read_text()), False))
    for name, v, doc, should_pass in checks:
        errors = list(v.iter_errors(doc))
        ok = (not errors) if should_pass else bool(errors)
        failures += not ok
        verdict = "valid" if not errors else f"{len(errors)} schema error(s)"
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {verdict}{'' if should_pass else ' (expected)'}")
        if should_pass:
            for e in errors[:5]:
                print(f"     {list(e.path)}: {e.message}")
    print(f"{len(checks) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
