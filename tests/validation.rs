//! One deliberately broken file per way data can go wrong; each gets a clear, specific message.

mod common;

use minewatch::model::manifest::{Manifest, MANIFEST_SCHEMA};
use minewatch::model::parse::{parse_versioned, ParseError};
use minewatch::model::validate::check;

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
        .map(|e| e.id.clone())
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
fn a_non_numeric_figure_is_a_shape_error_that_says_a_number_was_expected() {
    match common::parse_snapshot("tests/fixtures/broken/non-numeric-figure.json") {
        Err(ParseError::Malformed { detail }) => {
            assert!(detail.contains("expected a number"), "{detail}");
            assert!(detail.contains("one hundred"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
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
    assert_eq!(problems, ["event \"a\": figure 1 (farms_shut) cites source \"no-such-source\", which is not in the list of sources"]);
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
        ["event \"a\": region \"KZ-99\" is not a known region code"]
    );
}

#[test]
fn a_date_that_is_not_a_date_is_named() {
    let problems = problems_of("bad-date.json");
    assert_eq!(
        problems,
        ["event \"a\": announced \"2022-13-45\" is not a date"]
    );
}

#[test]
fn a_region_cannot_be_used_before_it_existed() {
    let problems = problems_of("region-before-it-existed.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("\"KZ-10\" did not exist at the event's date"),
        "{problems:?}"
    );
}
