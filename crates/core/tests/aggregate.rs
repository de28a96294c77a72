//! Totals on the good fixture, computed by hand:
//! a 2021-05-10 KZ-63: 2 farms, 100 units, KZT 1e9 (USD 2e6 not preferred)
//! b 2023-03 KZ-10: about 50 units, criminal cases stated without a figure
//! c 2022-02-20 KZ-35+KZ-63: 10 farms for the whole event; power 5 MW in KZ-35, 7 MW in KZ-63
//! d 2024 national: 17 criminal cases, of which 5 in KZ-71
//! e undated KZ-35: at least 30 units
//! f 2022-08-01 KZ-71: 4 people detained (preferred) vs 5 (other source)

mod common;

use minewatch_core::model::aggregate::MetricSummary;
use minewatch_core::model::dates::PartialDate;
use minewatch_core::model::filter::{select, Filter};
use minewatch_core::model::metric::{Metric, Qualifier};
use minewatch_core::model::overview::overview;

fn summary(filter: &Filter, metric: Metric) -> MetricSummary {
    let checked = common::good();
    let o = overview(&checked.snapshot, filter, &[metric]);
    o.summaries.first().cloned().expect("one summary")
}

fn regions(codes: &[&str]) -> Filter {
    Filter {
        regions: codes.iter().map(|c| (*c).into()).collect(),
        ..Filter::default()
    }
}

fn values(s: &MetricSummary) -> Vec<(String, f64)> {
    s.totals.iter().map(|t| (t.unit.clone(), t.value)).collect()
}

#[test]
fn national_totals_add_every_events_preferred_figure() {
    let all = Filter::default();
    assert_eq!(
        values(&summary(&all, Metric::FarmsShut)),
        [("farms".to_string(), 12.0)]
    );
    let units = summary(&all, Metric::EquipmentUnitsSeized);
    assert_eq!(values(&units), [("units".to_string(), 180.0)]);
    assert_eq!(
        units.totals[0].qualifier,
        Qualifier::AtLeastAbout,
        "a lower bound plus an approximate part: at least about"
    );
    assert_eq!(units.event_ids(), ["a", "b", "e"]);
    assert_eq!(units.event_count(), 3);
    assert_eq!(
        values(&summary(&all, Metric::PowerMw)),
        [("MW".to_string(), 12.0)],
        "parts add up when no total is given"
    );
    assert_eq!(
        values(&summary(&all, Metric::PeopleDetained)),
        [("people".to_string(), 4.0)],
        "only the preferred figure counts"
    );
}

#[test]
fn money_is_summed_per_currency_and_never_converted() {
    let value = summary(&Filter::default(), Metric::EquipmentValue);
    assert_eq!(values(&value), [("KZT".to_string(), 1e9)]);
    assert!(value.totals[0].is_money);
}

#[test]
fn a_figure_no_source_states_is_listed_not_counted_as_zero() {
    let cases = summary(&Filter::default(), Metric::CriminalCases);
    assert_eq!(values(&cases), [("cases".to_string(), 17.0)]);
    assert_eq!(cases.unstated, ["b"]);
    assert_eq!(cases.event_ids(), ["b", "d"]);
    assert_eq!(cases.event_count(), 2);
}

#[test]
fn a_region_view_keeps_national_and_multi_region_figures_apart() {
    let east = regions(&["KZ-63"]);
    let farms = summary(&east, Metric::FarmsShut);
    assert_eq!(
        values(&farms),
        [("farms".to_string(), 2.0)],
        "only event a's own farms"
    );
    assert_eq!(farms.outside.len(), 1);
    assert_eq!(
        farms.outside[0].0, "c",
        "the 10 farms of the two-region event lie outside"
    );
    assert_eq!(
        values(&summary(&east, Metric::PowerMw)),
        [("MW".to_string(), 7.0)],
        "East Kazakhstan's part only"
    );
    let cases = summary(&east, Metric::CriminalCases);
    assert!(cases.totals.is_empty());
    assert_eq!(
        cases
            .outside
            .iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>(),
        ["d"],
        "the national 17 lies outside"
    );
}

#[test]
fn a_multi_region_figure_counts_when_every_region_it_covers_is_chosen() {
    let both = regions(&["KZ-35", "KZ-63"]);
    assert_eq!(
        values(&summary(&both, Metric::FarmsShut)),
        [("farms".to_string(), 12.0)]
    );
    assert_eq!(
        values(&summary(&both, Metric::PowerMw)),
        [("MW".to_string(), 12.0)]
    );
    assert!(summary(&both, Metric::FarmsShut).outside.is_empty());
}

#[test]
fn a_regional_part_of_a_national_figure_counts_for_its_region() {
    let astana = regions(&["KZ-71"]);
    let cases = summary(&astana, Metric::CriminalCases);
    assert_eq!(values(&cases), [("cases".to_string(), 5.0)]);
    assert_eq!(
        cases.outside.len(),
        1,
        "the national 17 is reported apart, not added"
    );
}

#[test]
fn a_period_keeps_only_events_surely_inside_it_and_counts_the_others() {
    let checked = common::good();
    let year_2022 = Filter {
        from: PartialDate::parse("2022"),
        to: PartialDate::parse("2022"),
        ..Filter::default()
    };
    let s = select(&checked.snapshot, &year_2022);
    let ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["f", "c"], "newest first");
    assert_eq!(
        s.undated.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["e"]
    );
    let mid_march = Filter {
        from: PartialDate::parse("2023-03-15"),
        to: PartialDate::parse("2023-12-31"),
        ..Filter::default()
    };
    let s = select(&checked.snapshot, &mid_march);
    assert!(s.events.is_empty(), "b is dated only to March 2023");
    assert_eq!(
        s.straddling
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        ["b"]
    );
    let two_years = Filter {
        from: PartialDate::parse("2023"),
        to: PartialDate::parse("2024-12-31"),
        ..Filter::default()
    };
    let ids: Vec<&str> = select(&checked.snapshot, &two_years)
        .events
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(ids, ["d", "b"]);
}

#[test]
fn a_region_filter_follows_regions_as_they_were() {
    let checked = common::good();
    let abai = select(&checked.snapshot, &regions(&["KZ-10"]));
    assert_eq!(
        abai.events
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        ["b"],
        "2021's East Kazakhstan event is not moved to Abai"
    );
    let o = overview(&checked.snapshot, &regions(&["KZ-10"]), &[]);
    assert_eq!(
        o.boundary_changes.len(),
        1,
        "the page can say Abai was split from East Kazakhstan"
    );
    let east = select(&checked.snapshot, &regions(&["KZ-63"]));
    assert_eq!(
        east.events
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        ["c", "a"]
    );
}

#[test]
fn agency_and_metric_filters_narrow_the_list() {
    let checked = common::good();
    let knb = Filter {
        agencies: vec!["knb".into()],
        ..Filter::default()
    };
    assert_eq!(select(&checked.snapshot, &knb).events.len(), 1);
    let detained = Filter {
        metric: Some(Metric::PeopleDetained),
        ..Filter::default()
    };
    assert_eq!(
        select(&checked.snapshot, &detained)
            .events
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        ["f"]
    );
    let east_farms = Filter {
        metric: Some(Metric::FarmsShut),
        ..regions(&["KZ-63"])
    };
    assert_eq!(
        select(&checked.snapshot, &east_farms)
            .events
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        ["a"],
        "an event whose farms lie outside the view is not listed as reporting farms there"
    );
}

#[test]
fn only_different_values_in_one_unit_are_a_disagreement() {
    use minewatch_core::model::aggregate::conflicts;
    let checked = common::good();
    let a = checked.snapshot.event("a").expect("a");
    assert!(
        conflicts(a).is_empty(),
        "KZT 1e9 and its dollar conversion are one value in two currencies"
    );
    let f = checked.snapshot.event("f").expect("f");
    let groups = conflicts(f);
    assert_eq!(groups.len(), 1);
    let values: Vec<Option<f64>> = groups[0].iter().map(|m| m.value).collect();
    assert_eq!(values, [Some(4.0), Some(5.0)]);
}

#[test]
fn a_view_with_no_event_offers_the_nearest_views_that_have_some() {
    use minewatch_core::model::overview::{wider_views, Wider};
    let s = common::good().snapshot;
    let filter = Filter {
        regions: vec!["KZ-35".into()],
        from: minewatch_core::model::PartialDate::parse("1999"),
        to: minewatch_core::model::PartialDate::parse("1999"),
        ..Filter::default()
    };
    assert!(select(&s, &filter).events.is_empty());
    let wider = wider_views(&s, &filter, false);
    assert!(!wider.is_empty());
    for (how, f, n) in &wider {
        assert_eq!(select(&s, f).events.len(), *n);
        assert!(*n > 0);
        if *how == Wider::AnyDate {
            assert!(!f.has_dates() && f.regions == filter.regions);
        }
    }
    assert!(wider_views(&s, &filter, true)
        .iter()
        .all(|(how, _, _)| *how != Wider::WholeCountry));
    assert!(
        wider_views(&s, &Filter::default(), false).is_empty(),
        "nothing to widen"
    );
}

#[test]
fn the_events_list_sorts_by_date_region_and_any_figure() {
    use minewatch_core::model::sort::{sort_events, SortKey};
    let s = common::good().snapshot;
    let all = select(&s, &Filter::default()).events;
    for key in ["newest", "oldest", "region", "farms_shut"] {
        let parsed: SortKey = key.parse().expect(key);
        assert_eq!(parsed.to_string(), key, "round-trips through the address");
    }
    let mut by_farms = all.clone();
    sort_events(
        &mut by_farms,
        SortKey::Figure(Metric::FarmsShut),
        &[],
        |e| e.id.clone(),
    );
    let values: Vec<Option<f64>> = by_farms
        .iter()
        .map(|e| {
            e.measures
                .iter()
                .find(|m| m.metric == Metric::FarmsShut && m.preferred && m.region.is_none())
                .and_then(|m| m.value)
        })
        .collect();
    let stated: Vec<f64> = values.iter().flatten().copied().collect();
    assert!(
        stated.windows(2).all(|w| w[0] >= w[1]),
        "largest first: {values:?}"
    );
    let first_none = values
        .iter()
        .position(Option::is_none)
        .unwrap_or(values.len());
    assert!(
        values[first_none..].iter().all(Option::is_none),
        "events without the figure come last: {values:?}"
    );
    let mut oldest = all.clone();
    sort_events(&mut oldest, SortKey::Oldest, &[], |e| e.id.clone());
    let mut newest = all.clone();
    sort_events(&mut newest, SortKey::Newest, &[], |e| e.id.clone());
    let dated = |v: &[&minewatch_core::model::Event]| {
        v.iter()
            .filter_map(|e| e.date_span())
            .map(|s| s.first)
            .collect::<Vec<_>>()
    };
    assert!(dated(&oldest).windows(2).all(|w| w[0] <= w[1]));
    let mut by_region = all.clone();
    sort_events(&mut by_region, SortKey::Region, &[], |e| {
        e.regions.first().cloned().unwrap_or_default()
    });
    let names: Vec<minewatch_core::model::RegionCode> = by_region
        .iter()
        .map(|e| e.regions.first().cloned().unwrap_or_default())
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]));
    assert!("bogus".parse::<SortKey>().is_err());
}

#[test]
fn events_that_may_be_one_operation_are_counted_once_and_the_total_says_so() {
    let mut checked = common::good();
    let s = &mut checked.snapshot;
    // a (2021, 2 farms) and c (2022, 10 farms) may describe the same operation; only c names a.
    for e in s.events.iter_mut().filter(|e| e.id == "c") {
        e.may_overlap = vec!["a".into()];
    }
    let all = select(s, &Filter::default());
    let farms = minewatch_core::model::aggregate::summarise(&all, &[], Metric::FarmsShut, &[]);
    assert_eq!(
        values(&farms),
        [("farms".to_string(), 2.0)],
        "a is counted, c is not added"
    );
    assert_eq!(farms.overlapping, [("c".into(), "a".into())]);
    // the scope note names c, the event that may repeat a selected one; a year without a
    // selects nothing to name
    let named: Vec<&str> = all.overlapping().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(named, ["c"]);
    let only_2022 = Filter {
        from: PartialDate::parse("2022"),
        to: PartialDate::parse("2022"),
        ..Filter::default()
    };
    assert!(select(s, &only_2022).overlapping().is_empty());
    // the charts add the same way
    let q = minewatch_core::model::series::quantity(s, Some(Metric::FarmsShut), None);
    let (point, _) = minewatch_core::model::series::total(s, &Filter::default(), &q);
    assert_eq!(point.value, Some(2.0));
    // without the link, both count
    for e in s.events.iter_mut() {
        e.may_overlap.clear();
    }
    let all = select(s, &Filter::default());
    let farms = minewatch_core::model::aggregate::summarise(&all, &[], Metric::FarmsShut, &[]);
    assert_eq!(values(&farms), [("farms".to_string(), 12.0)]);
    assert!(farms.overlapping.is_empty());
}
