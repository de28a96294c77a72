//! Shared helpers for the native tests: reading fixtures and the bundled data.
#![allow(dead_code)]

use minewatch_core::model::dates::PartialDate;
use minewatch_core::model::filter::{years, Filter};
use minewatch_core::model::manifest::{Manifest, MANIFEST_SCHEMA};
use minewatch_core::model::metric::Metric;
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

/// Every published snapshot of the bundled data, oldest first.
pub fn published() -> Vec<Snapshot> {
    let manifest: Manifest = parse_versioned(&read("public/data/manifest.json"), MANIFEST_SCHEMA)
        .expect("manifest parses");
    manifest
        .snapshots
        .iter()
        .map(|e| parse_snapshot(&format!("public/data/{}", e.path)).expect("parses"))
        .collect()
}

/// Filters a reader can choose: none, each region, each year, each agency, a region and a year,
/// each with and without a chart metric.
pub fn filters(s: &Snapshot) -> Vec<Filter> {
    let mut out = vec![Filter::default()];
    for r in &s.regions {
        out.push(Filter {
            regions: vec![r.code.clone()],
            ..Filter::default()
        });
    }
    for y in years(s) {
        let year = PartialDate::parse(&y.to_string()).expect("a year");
        out.push(Filter {
            from: Some(year),
            to: Some(year),
            ..Filter::default()
        });
        out.push(Filter {
            regions: vec!["KZ-35".into(), "KZ-55".into()],
            from: Some(year),
            ..Filter::default()
        });
    }
    for a in &s.agencies {
        out.push(Filter {
            agencies: vec![a.id.clone()],
            ..Filter::default()
        });
    }
    let with_metrics: Vec<Filter> = out
        .iter()
        .flat_map(|f| {
            [Metric::FarmsShut, Metric::EquipmentValue].map(|m| Filter {
                metric: Some(m),
                ..f.clone()
            })
        })
        .collect();
    out.extend(with_metrics);
    out
}
