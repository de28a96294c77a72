//! The Kazakhstan data that ships with the portal passes every rule the format promises.

mod common;

use minewatch_core::model::manifest::{Manifest, MANIFEST_SCHEMA};
use minewatch_core::model::metric::Metric;
use minewatch_core::model::parse::parse_versioned;
use minewatch_core::model::snapshot::Confidence;
use minewatch_core::model::validate::check;
use sha2::{Digest, Sha256};

fn manifest() -> Manifest {
    parse_versioned(&common::read("public/data/manifest.json"), MANIFEST_SCHEMA)
        .expect("manifest parses")
}

#[test]
fn every_listed_snapshot_exists_matches_its_checksum_and_passes_validation() {
    let manifest = manifest();
    assert!(
        manifest.entry(None).is_some(),
        "the latest snapshot is listed"
    );
    for entry in &manifest.snapshots {
        assert!(Manifest::is_safe_path(&entry.path));
        let bytes = std::fs::read(common::root().join("public/data").join(&entry.path))
            .expect("snapshot file");
        assert_eq!(
            format!("{:x}", Sha256::digest(&bytes)),
            entry.sha256,
            "{} checksum",
            entry.id
        );
        assert_eq!(Some(bytes.len() as u64), entry.bytes, "{} size", entry.id);
        let snapshot =
            common::parse_snapshot(&format!("public/data/{}", entry.path)).expect("parses");
        assert_eq!(snapshot.id, entry.id);
        assert_eq!(snapshot.events.len(), entry.events);
        let checked = check(snapshot).expect("passes the checks");
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
        assert_eq!(
            checked.snapshot.events.len(),
            entry.events,
            "no event set aside"
        );
    }
}

#[test]
fn the_first_snapshot_holds_the_twelve_events_and_twenty_regions_of_the_fact_base() {
    let snapshot = common::parse_snapshot("public/data/snapshots/2026-11-22.json").expect("parses");
    assert_eq!(snapshot.events.len(), 12);
    assert_eq!(snapshot.regions.len(), 20);
    // ISO 3166-2:KZ: the 17 regions and 3 cities of republican significance since 2022-06-08
    let iso = [
        "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
        "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
    ];
    let mut codes: Vec<&str> = snapshot.regions.iter().map(|r| r.code.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(codes, iso);
    let abai = snapshot.region("KZ-10").expect("Abai");
    assert_eq!(
        abai.valid_from.map(|d| d.to_string()).as_deref(),
        Some("2022-06-08")
    );
    assert_eq!(abai.parts_from, vec!["KZ-63".to_string()]);
    assert_eq!(abai.names.kk, "Абай облысы");
}

#[test]
fn unknown_figures_stay_null_and_conflicts_keep_every_value() {
    let snapshot = common::parse_snapshot("public/data/snapshots/2026-11-22.json").expect("parses");
    let aktobe = snapshot.event("aktobe-oil-office").expect("Aktobe event");
    let units = aktobe
        .measures_of(Metric::EquipmentUnitsSeized)
        .next()
        .expect("units measure");
    assert_eq!(
        units.value, None,
        "the number of units is not stated, so it is null, not 0"
    );
    let campaign = snapshot
        .event("afm-campaign-2022-03")
        .expect("AFM campaign");
    let values: Vec<f64> = campaign
        .measures_of(Metric::EquipmentValue)
        .filter_map(|m| m.value)
        .collect();
    assert_eq!(values.len(), 5, "each copy's value is kept");
    assert_eq!(
        campaign
            .measures_of(Metric::EquipmentValue)
            .filter(|m| m.preferred)
            .count(),
        1
    );
}

#[test]
fn every_event_can_be_checked_by_the_reader_unless_marked_low_confidence() {
    let snapshot = common::parse_snapshot("public/data/snapshots/2026-11-22.json").expect("parses");
    for event in &snapshot.events {
        let openable = event
            .measures
            .iter()
            .flat_map(|m| &m.sources)
            .filter_map(|id| snapshot.source(id))
            .any(|s| s.url.is_some());
        assert!(
            openable || event.confidence == Confidence::Low,
            "{} has a source with an address",
            event.id
        );
        for m in &event.measures {
            assert!(
                !m.as_stated.is_empty(),
                "{}: every figure keeps the source's words",
                event.id
            );
        }
    }
}
