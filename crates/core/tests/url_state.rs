//! The address bar, both ways: a copied link reopens exactly the same view; nonsense is ignored
//! and reported, never fatal.

mod common;

use minewatch_core::model::metric::Metric;
use minewatch_core::url_state::{
    decode_query, href, parse, path_of, resolve_against, to_query, Why,
};

fn parse_str(
    q: &str,
) -> (
    minewatch_core::url_state::UrlState,
    Vec<minewatch_core::url_state::Ignored>,
) {
    parse(decode_query(q))
}

#[test]
fn a_full_query_round_trips() {
    for q in [
        "region=KZ-63,KZ-10&from=2022-01-01&to=2022-12-31",
        "region=KZ-75&from=2022&to=2024-03&agency=afm,knb&metric=equipment_value&currency=USD&lang=kk&snapshot=2026-11-22&theme=dark",
        "",
    ] {
        let (state, ignored) = parse_str(q);
        assert!(ignored.is_empty(), "{q}: {ignored:?}");
        assert_eq!(to_query(&state), q);
        assert_eq!(parse_str(&to_query(&state)).0, state);
    }
}

#[test]
fn encoded_commas_and_lower_case_codes_are_understood() {
    let (state, ignored) = parse_str("region=kz-63%2CKZ-10");
    assert!(ignored.is_empty());
    assert_eq!(state.filter.regions, ["KZ-63", "KZ-10"]);
}

#[test]
fn malformed_values_are_ignored_and_each_is_reported() {
    let (state, ignored) =
        parse_str("region=XX-99&from=notadate&to=2022-13-45&metric=vibes&lang=de&foo=1");
    assert_eq!(state, Default::default());
    let params: Vec<&str> = ignored.iter().map(|i| i.param.as_str()).collect();
    assert_eq!(params, ["region", "from", "to", "metric", "lang", "foo"]);
    assert_eq!(ignored[0].reason, Why::NotARegionCode);
    assert_eq!(ignored[1].reason, Why::NotADate);
}

#[test]
fn the_good_parts_survive_next_to_the_bad() {
    let (state, ignored) = parse_str("region=KZ-63,XX-99&from=2022&to=oops");
    assert_eq!(state.filter.regions, ["KZ-63"]);
    assert_eq!(
        state.filter.from.map(|d| d.to_string()).as_deref(),
        Some("2022")
    );
    assert_eq!(ignored.len(), 2);
}

#[test]
fn a_period_that_ends_before_it_starts_drops_its_end() {
    let (state, ignored) = parse_str("from=2024&to=2022");
    assert!(state.filter.to.is_none());
    assert_eq!(ignored[0].param, "to");
}

#[test]
fn tracking_parameters_added_by_social_sites_are_dropped_silently() {
    let (state, ignored) = parse_str("utm_source=x&fbclid=abc&metric=farms_shut");
    assert!(ignored.is_empty());
    assert_eq!(state.filter.metric, Some(Metric::FarmsShut));
}

#[test]
fn codes_the_snapshot_does_not_know_are_reported_once_it_has_loaded() {
    let checked = common::good();
    let (mut state, _) = parse_str("region=KZ-63,KZ-98&agency=afm,nobody");
    let ignored = resolve_against(&mut state, &checked.snapshot);
    assert_eq!(state.filter.regions, ["KZ-63"]);
    assert_eq!(state.filter.agencies, ["afm"]);
    assert_eq!(ignored.len(), 2);
}

#[test]
fn links_carry_the_base_path_and_the_state() {
    let (state, _) = parse_str("region=KZ-63&from=2022");
    assert_eq!(
        href("/minewatch", "/events", &state),
        "/minewatch/events?region=KZ-63&from=2022"
    );
    assert_eq!(href("", "/", &Default::default()), "/");
    assert_eq!(
        href("/minewatch/", "/about", &Default::default()),
        "/minewatch/about"
    );
}

#[test]
fn the_base_path_is_read_from_the_page_address() {
    assert_eq!(path_of("http://127.0.0.1:8080/minewatch/"), "/minewatch/");
    assert_eq!(path_of("https://example.org/"), "/");
    assert_eq!(path_of("https://example.org"), "/");
    assert_eq!(path_of("http://h/a/b?x=1#y"), "/a/b");
}

#[test]
fn a_thousand_repeats_of_a_bad_value_are_named_once() {
    let query = format!("region={}", vec!["XX-99"; 1000].join(","));
    let (_, ignored) =
        minewatch_core::url_state::parse(minewatch_core::url_state::decode_query(&query));
    assert_eq!(ignored.len(), 1);
    let long = "x".repeat(5000);
    assert_eq!(
        minewatch_core::url_state::shown_value(&long)
            .chars()
            .count(),
        40
    );
}

#[test]
fn a_search_and_a_page_round_trip_and_a_bad_page_is_named() {
    let (state, ignored) = parse_str("q=%D0%9A%D0%B0%D1%80%D0%B0%D0%B3%D0%B0%D0%BD%D0%B4%D0%B0%20%D0%90%D0%A4%D0%9C&page=3&lang=ru");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(state.q.as_deref(), Some("Караганда АФМ"));
    assert_eq!(state.page, Some(3));
    let query = minewatch_core::url_state::to_query(&state);
    assert_eq!(parse_str(&query).0, state, "{query}");
    let (state, ignored) = parse_str("page=1");
    assert_eq!(state.page, None, "page 1 is the first, written as nothing");
    assert!(ignored.is_empty());
    for bad in ["page=0", "page=x", "page=-2", "page=99999999999"] {
        let (state, ignored) = parse_str(bad);
        assert_eq!(state.page, None, "{bad}");
        assert_eq!(ignored.len(), 1, "{bad}: named once");
    }
    let (state, _) = parse_str(&format!("q={}", "я".repeat(500)));
    assert_eq!(
        state.q.map(|q| q.chars().count()),
        Some(200),
        "cut to 200 characters"
    );
    let (state, _) = parse_str("q=%20%20");
    assert_eq!(state.q, None, "a blank search is no search");
}
