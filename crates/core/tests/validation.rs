//! One deliberately broken file per way data can go wrong; each gets a clear, specific message.

mod common;

use minewatch_core::model::manifest::{Manifest, MANIFEST_SCHEMA};
use minewatch_core::model::parse::{parse_versioned, ParseError};
use minewatch_core::model::validate::check;

fn problems_of(fixture: &str) -> Vec<String> {
    let snapshot =
        common::parse_snapshot(&format!("tests/fixtures/broken/{fixture}")).expect("parses");
    match check(snapshot) {
        Ok(checked) => checked.problems.iter().map(ToString::to_string).collect(),
        Err(fatal) => fatal.iter().map(ToString::to_string).collect(),
    }
}

fn kept_events(fixture: &str) -> Vec<String> {
    let snapshot =
        common::parse_snapshot(&format!("tests/fixtures/broken/{fixture}")).expect("parses");
    check(snapshot)
        .expect("usable")
        .snapshot
        .events
        .iter()
        .map(|e| e.id.to_string())
        .collect()
}

#[test]
fn the_good_fixture_has_no_problem() {
    assert!(common::good().problems.is_empty());
}

#[test]
fn a_truncated_file_is_reported_as_cut_off() {
    assert!(matches!(
        common::parse_snapshot("tests/fixtures/broken/truncated.json"),
        Err(ParseError::Truncated { .. })
    ));
}

#[test]
fn an_html_page_is_reported_as_a_web_page() {
    assert_eq!(
        common::parse_snapshot("tests/fixtures/broken/html-page.json"),
        Err(ParseError::HtmlInsteadOfJson)
    );
}

#[test]
fn an_unknown_schema_version_is_refused_by_name() {
    match common::parse_snapshot("tests/fixtures/broken/unknown-schema.json") {
        Err(ParseError::UnsupportedSchema { found, .. }) => {
            assert_eq!(found, "minewatch.snapshot/2")
        }
        other => panic!("{other:?}"),
    }
    let manifest = common::read("tests/fixtures/broken/manifest-unknown-schema.json");
    assert!(matches!(
        parse_versioned::<Manifest>(&manifest, MANIFEST_SCHEMA),
        Err(ParseError::UnsupportedSchema { .. })
    ));
}

#[test]
fn a_non_numeric_figure_sets_only_its_event_aside_saying_a_number_was_expected() {
    let problems = problems_of("non-numeric-figure.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("event \"a\": it cannot be read"),
        "{problems:?}"
    );
    assert!(problems[0].contains("expected a number"), "{problems:?}");
    assert!(problems[0].contains("one hundred"), "{problems:?}");
    assert_eq!(
        kept_events("non-numeric-figure.json"),
        ["b", "c", "d", "e", "f"]
    );
    assert!(!problems[0].contains(" at line "), "{problems:?}");
}

#[test]
fn an_event_without_a_text_id_is_named_by_its_place_and_the_rest_is_kept() {
    let text = common::read("tests/fixtures/broken/non-numeric-figure.json");
    let first_id = text
        .find("\"id\": \"a\"")
        .expect("the fixture names event a");
    let broken = format!("{}\"id\": 7{}", &text[..first_id], &text[first_id + 9..]);
    let snapshot =
        parse_versioned(&broken, minewatch_core::model::snapshot::SNAPSHOT_SCHEMA).expect("parses");
    let problems: Vec<String> = check(snapshot)
        .expect("usable")
        .problems
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("event \"number 1\": it cannot be read"),
        "{problems:?}"
    );
}

#[test]
fn a_negative_figure_sets_its_event_aside() {
    let problems = problems_of("negative-figure.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("event \"a\": figure 1 (farms_shut) has the value -2"),
        "{problems:?}"
    );
    assert_eq!(
        kept_events("negative-figure.json"),
        ["b", "c", "d", "e", "f"]
    );
}

#[test]
fn a_figure_citing_a_missing_source_sets_its_event_aside() {
    let problems = problems_of("unknown-source.json");
    assert_eq!(problems, ["event \"a\": figure 1 (farms_shut) cites source \"no-such-source\", which is not in the list of sources; add it there first"]);
    assert!(!kept_events("unknown-source.json").contains(&"a".to_string()));
}

#[test]
fn two_events_with_one_id_are_both_set_aside() {
    let problems = problems_of("duplicate-event-id.json");
    assert!(
        problems.iter().any(|p| p.contains("share this id")),
        "{problems:?}"
    );
    assert_eq!(kept_events("duplicate-event-id.json"), ["c", "d", "e", "f"]);
}

#[test]
fn an_unknown_region_code_is_named() {
    let problems = problems_of("unknown-region.json");
    assert_eq!(
        problems,
        ["event \"a\": region \"KZ-99\" is not a known region code; use a code from the regions list"]
    );
}

#[test]
fn a_date_that_is_not_a_date_is_named() {
    let problems = problems_of("bad-date.json");
    assert_eq!(
        problems,
        ["event \"a\": it cannot be read: \"2022-13-45\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"]
    );
}

#[test]
fn a_region_cannot_be_used_before_it_existed() {
    let problems = problems_of("region-before-it-existed.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("\"KZ-10\" did not exist at the date"),
        "{problems:?}"
    );
}

#[test]
fn figures_no_source_could_state_set_their_event_aside_with_what_would_be_right() {
    for (value, words) in [
        (5e-324, "smaller than any figure"),
        (1e-9, "check the decimal point"),
        (1e308, "larger than any count or amount"),
        (2e15, "check the number of digits"),
    ] {
        let mut snapshot = common::good().snapshot;
        let id = snapshot.events[0].id.clone();
        snapshot.events[0].measures[0].value = Some(value);
        let checked = check(snapshot).expect("usable");
        assert!(
            checked.snapshot.events.iter().all(|e| e.id != id),
            "{value} sets the event aside"
        );
        let said: Vec<String> = checked.problems.iter().map(ToString::to_string).collect();
        assert!(
            said.iter()
                .any(|p| p.contains(words) && p.contains(id.as_str())),
            "{value}: {said:?}"
        );
    }
    let mut snapshot = common::good().snapshot;
    snapshot.events[0].measures[0].value = Some(1e15);
    assert!(
        check(snapshot).expect("usable").problems.is_empty(),
        "1e15 itself is allowed"
    );
}

#[test]
fn an_event_with_a_hundred_thousand_figures_is_checked_and_its_conflicts_found() {
    let mut snapshot = common::good().snapshot;
    let template = snapshot.events[0].measures[0].clone();
    let figures: Vec<_> = (0..100_000)
        .map(|i| {
            let mut m = template.clone();
            m.kind = Some(format!("k{}", i / 2));
            m.value = Some((i % 7) as f64 + 1.0);
            m.preferred = i % 2 == 0;
            m
        })
        .collect();
    snapshot.events[0].measures = figures;
    let event = snapshot.events[0].clone();
    let groups = minewatch_core::model::aggregate::conflicts(&event);
    // pairs (2k, 2k+1) have values (2k % 7 + 1) and ((2k+1) % 7 + 1): always different
    assert_eq!(groups.len(), 50_000);
    assert!(groups.iter().all(|g| g.len() == 2));
    let checked = check(snapshot).expect("usable");
    assert!(
        checked.problems.is_empty(),
        "{:?}",
        checked.problems.first()
    );
}
