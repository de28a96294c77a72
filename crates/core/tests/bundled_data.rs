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

fn latest() -> minewatch_core::model::snapshot::Snapshot {
    let manifest: Manifest =
        parse_versioned(&common::read("public/data/manifest.json"), MANIFEST_SCHEMA)
            .expect("manifest");
    let entry = manifest.entry(None).expect("latest").clone();
    let snapshot = common::parse_snapshot(&format!("public/data/{}", entry.path)).expect("parses");
    check(snapshot).expect("valid").snapshot
}

#[test]
fn official_statistics_are_shown_beside_the_totals_and_never_added_into_them() {
    use minewatch_core::model::filter::Filter;
    use minewatch_core::model::metric::Metric;
    use minewatch_core::model::overview::overview;
    use minewatch_core::model::statistics_view::statistics_for;
    let s = latest();
    assert_eq!(s.statistics.len(), 7);
    let with = overview(&s, &Filter::default(), &Metric::ALL);
    let mut without = s.clone();
    without.statistics.clear();
    let bare = overview(&without, &Filter::default(), &Metric::ALL);
    assert_eq!(
        with.summaries, bare.summaries,
        "the totals do not change with the statistics"
    );
    // 2024: the AFM's 9, its 18 of August and the copy's 18 of November (4 on grey mining) are
    // shown beside the event's 17, each with its own period, the latest first.
    let year = Filter {
        from: minewatch_core::model::PartialDate::parse("2024"),
        to: minewatch_core::model::PartialDate::parse("2024"),
        ..Filter::default()
    };
    let shown: Vec<&str> = statistics_for(&s, &year)
        .iter()
        .map(|b| b.statistic.id.as_str())
        .collect();
    assert_eq!(
        shown,
        [
            "afm-2024-mining-cases-to-november",
            "afm-2024-q1-q3",
            "afm-2024-crimes-to-august"
        ]
    );
    let cases = overview(&s, &year, &[Metric::CriminalCases]);
    let national: f64 = cases.summaries[0].totals.iter().map(|t| t.value).sum();
    assert_eq!(national, 17.0, "the event's 17 cases, not 17 + 9 + 18");
}

#[test]
fn the_two_reports_of_202_mw_are_counted_once() {
    use minewatch_core::model::filter::Filter;
    use minewatch_core::model::metric::Metric;
    use minewatch_core::model::overview::overview;
    let s = latest();
    let feb = Filter {
        from: minewatch_core::model::PartialDate::parse("2022-02"),
        to: minewatch_core::model::PartialDate::parse("2022-02"),
        ..Filter::default()
    };
    let power = overview(&s, &feb, &[Metric::PowerMw]);
    let summary = &power.summaries[0];
    let mw: f64 = summary
        .totals
        .iter()
        .filter(|t| t.unit == "MW")
        .map(|t| t.value)
        .sum();
    assert_eq!(mw, 202.0, "not 404");
    assert_eq!(
        summary.overlapping,
        [(
            "pm-34-objects-2022-02".into(),
            "energy-inspections-2022-02".into()
        )]
    );
}

#[test]
fn both_pages_of_an_overlap_say_which_figure_the_totals_use_and_why() {
    use minewatch_core::model::metric::Metric;
    use minewatch_core::model::overlap::{decisions_for, WhyCounted};
    use minewatch_core::model::snapshot::Confidence;
    let s = latest();
    let all: Vec<_> = s.events.iter().collect();
    let pm = s.event("pm-34-objects-2022-02").expect("the PM's report");
    let energy = s
        .event("energy-inspections-2022-02")
        .expect("the ministry's");
    let from_pm = decisions_for(&all, pm);
    let from_energy = decisions_for(&all, energy);
    assert_eq!(from_pm, from_energy, "both pages tell the same decisions");
    let farms = from_pm
        .iter()
        .find(|d| d.metric == Metric::FarmsShut)
        .expect("the count of farms is decided");
    assert_eq!(farms.counted, "energy-inspections-2022-02");
    assert_eq!(farms.left_out, "pm-34-objects-2022-02");
    assert_eq!(farms.counted_figures[0].value, 13.0);
    assert_eq!(
        farms.left_out_figures[0].value, 34.0,
        "the 34 left out is named"
    );
    assert_eq!(
        farms.why,
        WhyCounted::SurerSources {
            counted: Confidence::High,
            left_out: Confidence::Medium
        }
    );
    assert!(from_pm.iter().any(|d| d.metric == Metric::PowerMw));
    // an overlap where the two state no figure of the same kind decides nothing
    let farm = s
        .event("afm-farm-300k-income")
        .expect("the low-confidence farm");
    assert!(farm.may_overlap.iter().any(|id| id == "afm-cases-2024"));
    assert!(decisions_for(&all, farm).is_empty());
}

#[test]
fn low_confidence_events_are_counted_and_named_under_the_totals_they_enter() {
    use minewatch_core::model::filter::Filter;
    use minewatch_core::model::metric::Metric;
    use minewatch_core::model::overview::overview;
    let s = latest();
    let all = overview(&s, &Filter::default(), &Metric::ALL);
    let farms = all
        .summaries
        .iter()
        .find(|m| m.metric == Metric::FarmsShut)
        .expect("farms");
    assert_eq!(farms.low_confidence, ["afm-farm-300k-income"]);
    assert!(farms
        .totals
        .iter()
        .any(|t| t.events.iter().any(|id| id == "afm-farm-300k-income")));
    let assets = all
        .summaries
        .iter()
        .find(|m| m.metric == Metric::AssetsConfiscated)
        .expect("assets");
    assert_eq!(assets.low_confidence, ["astana-conviction"]);
    let cases = all
        .summaries
        .iter()
        .find(|m| m.metric == Metric::CriminalCases)
        .expect("cases");
    assert!(
        cases.low_confidence.is_empty(),
        "no low-confidence case count"
    );
}

#[test]
fn russian_region_names_have_no_kazakh_letters() {
    let s = latest();
    for r in &s.regions {
        assert!(
            !r.names.ru.chars().any(|c| "ӘәҒғҚқҢңӨөҰұҮүҺһІі".contains(c)),
            "{}: {}",
            r.code,
            r.names.ru
        );
    }
}

#[test]
fn the_afm_campaign_counts_its_106_farms_55_stopped_voluntarily_and_51_ended() {
    use minewatch_core::model::metric::Metric;
    use minewatch_core::model::placement::place;
    let s = latest();
    let campaign = s.event("afm-campaign-2022-03").expect("the AFM campaign");
    let counted = place(campaign, Metric::FarmsShut, &[]).counted;
    let kinds: Vec<(Option<&str>, Option<f64>)> = counted
        .iter()
        .map(|m| (m.kind.as_deref(), m.value))
        .collect();
    assert_eq!(
        kinds,
        [(Some("voluntary"), Some(55.0)), (Some("ended"), Some(51.0))],
        "'beendet' is not 'forced', and the 51 still count"
    );
}
