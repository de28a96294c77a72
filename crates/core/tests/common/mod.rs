//! Shared helpers for the native tests: reading fixtures and the bundled data.
#![allow(dead_code)]

use minewatch_core::model::parse::{parse_versioned, ParseError};
use minewatch_core::model::snapshot::{Snapshot, SNAPSHOT_SCHEMA};
use minewatch_core::model::validate::{check, Checked};
use std::path::PathBuf;

/// The repository's top folder (the one holding `public/data`), from whichever crate runs the test.
pub fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .find(|dir| dir.join("public/data/manifest.json").is_file())
        .map_or(here.clone(), PathBuf::from)
}

pub fn read(relative: &str) -> String {
    let path = root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn parse_snapshot(relative: &str) -> Result<Snapshot, ParseError> {
    parse_versioned(&read(relative), SNAPSHOT_SCHEMA)
}

/// The small good fixture, checked; its sums are known by hand.
pub fn good() -> Checked {
    let snapshot = parse_snapshot("tests/fixtures/good.json").expect("good fixture parses");
    check(snapshot).expect("good fixture passes the checks")
}
