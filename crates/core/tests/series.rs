//! Chart series on the good fixture (see tests/aggregate.rs for its events).

mod common;

use minewatch_core::model::dates::PartialDate;
use minewatch_core::model::filter::Filter;
use minewatch_core::model::metric::Metric;
use minewatch_core::model::series::{
    by_period, by_region, quantity, total, Point, Quantity, RegionSeries, Step, TimelineSeries,
};

fn value_of(points: &[Point], key: &str) -> Option<f64> {
    points
        .iter()
        .find(|p| p.key.to_string() == key)
        .and_then(|p| p.value)
}

#[test]
fn the_quantity_follows_the_metric_and_the_currency() {
    let s = common::good().snapshot;
    assert_eq!(quantity(&s, None, None), Quantity::Events);
    assert_eq!(
        quantity(&s, Some(Metric::FarmsShut), None),
        Quantity::Figure {
            metric: Metric::FarmsShut,
            unit: "farms".into(),
            money: false
        }
    );
    assert_eq!(
        quantity(&s, Some(Metric::EquipmentValue), Some("USD")),
        Quantity::Figure {
            metric: Metric::EquipmentValue,
            unit: "USD".into(),
            money: true
        }
    );
}

#[test]
fn regions_compared_count_each_regions_own_figures_and_keep_the_rest_apart() {
    let s = common::good().snapshot;
    let farms = quantity(&s, Some(Metric::FarmsShut), None);
    let RegionSeries {
        points,
        not_split,
        notes: _,
    } = by_region(&s, &Filter::default(), &farms);
    assert_eq!(points.len(), 4);
    assert_eq!(value_of(&points, "KZ-63"), Some(2.0));
    assert_eq!(value_of(&points, "KZ-35"), None, "no figure is not zero");
    assert_eq!(
        not_split.value,
        Some(10.0),
        "the two-region event's 10 farms are shown apart"
    );
    let power = quantity(&s, Some(Metric::PowerMw), None);
    let RegionSeries {
        points,
        not_split,
        notes: _,
    } = by_region(&s, &Filter::default(), &power);
    assert_eq!(
        (value_of(&points, "KZ-35"), value_of(&points, "KZ-63")),
        (Some(5.0), Some(7.0))
    );
    assert_eq!(not_split.value, None);
    let cases = quantity(&s, Some(Metric::CriminalCases), None);
    let RegionSeries {
        points,
        not_split,
        notes,
    } = by_region(&s, &Filter::default(), &cases);
    assert_eq!(value_of(&points, "KZ-71"), Some(5.0));
    assert_eq!(not_split.value, None);
    assert_eq!(
        notes.partly_split,
        ["d"],
        "the 17 cases are only partly split by region"
    );
}

#[test]
fn events_per_region_count_an_event_in_every_region_it_concerns() {
    let s = common::good().snapshot;
    let RegionSeries {
        points,
        not_split: _,
        notes: _,
    } = by_region(&s, &Filter::default(), &Quantity::Events);
    let counts: Vec<(String, Option<f64>)> = points
        .iter()
        .map(|p| (p.key.to_string(), p.value))
        .collect();
    assert_eq!(
        counts,
        [
            ("KZ-63".into(), Some(2.0)),
            ("KZ-10".into(), Some(1.0)),
            ("KZ-35".into(), Some(2.0)),
            ("KZ-71".into(), Some(2.0))
        ]
    );
}

#[test]
fn a_long_period_is_drawn_by_year_with_every_dated_event_in_its_year() {
    let s = common::good().snapshot;
    let TimelineSeries {
        points,
        step,
        notes,
    } = by_period(&s, &Filter::default(), &Quantity::Events, None);
    assert_eq!(step, Step::Year);
    let keys: Vec<(Option<PartialDate>, Option<f64>)> =
        points.iter().map(|p| (p.key.period(), p.value)).collect();
    let year = |y| {
        Some(PartialDate {
            year: y,
            month: None,
            day: None,
        })
    };
    assert_eq!(
        keys,
        [
            (year(2021), Some(1.0)),
            (year(2022), Some(2.0)),
            (year(2023), Some(1.0)),
            (year(2024), Some(1.0))
        ],
        "a year's column is keyed by the year"
    );
    assert!(notes.not_placed.is_empty());
}

#[test]
fn by_month_a_year_only_event_is_not_put_on_a_month() {
    let s = common::good().snapshot;
    let TimelineSeries {
        points,
        step,
        notes,
    } = by_period(&s, &Filter::default(), &Quantity::Events, Some(Step::Month));
    assert_eq!(step, Step::Month);
    assert_eq!(
        points.first().map(|p| p.key.to_string()),
        Some("2021-05".to_string())
    );
    assert_eq!(
        points.last().map(|p| p.key.to_string()),
        Some("2024-12".to_string())
    );
    assert_eq!(notes.not_placed, ["d"]);
    assert_eq!(value_of(&points, "2023-03"), Some(1.0));
    assert_eq!(
        value_of(&points, "2022-01"),
        Some(0.0),
        "no event that month: zero events, a fact of the data"
    );
}

#[test]
fn a_one_year_filter_gives_twelve_months_and_figures_stay_unknown_where_none_is_reported() {
    let s = common::good().snapshot;
    let filter = Filter {
        from: PartialDate::parse("2022"),
        to: PartialDate::parse("2022"),
        ..Filter::default()
    };
    let farms = quantity(&s, Some(Metric::FarmsShut), None);
    let TimelineSeries {
        points,
        step,
        notes: _,
    } = by_period(&s, &filter, &farms, None);
    assert_eq!(step, Step::Month);
    assert_eq!(points.len(), 12);
    assert_eq!(value_of(&points, "2022-02"), Some(10.0));
    assert_eq!(value_of(&points, "2022-03"), None);
}

#[test]
fn a_converted_total_uses_the_sources_own_conversion_and_names_it() {
    let s = common::good().snapshot;
    let usd = quantity(&s, Some(Metric::EquipmentValue), Some("USD"));
    let (point, notes) = total(&s, &Filter::default(), &usd);
    assert_eq!(point.value, Some(2e6));
    assert_eq!(notes.source_conversions, ["a"]);
    let kzt = quantity(&s, Some(Metric::EquipmentValue), Some("KZT"));
    assert_eq!(total(&s, &Filter::default(), &kzt).0.value, Some(1e9));
}

#[test]
fn an_empty_selection_gives_an_empty_timeline() {
    let s = common::good().snapshot;
    let filter = Filter {
        regions: vec!["KZ-99".into()],
        ..Filter::default()
    };
    let TimelineSeries {
        points,
        step: _,
        notes: _,
    } = by_period(&s, &filter, &Quantity::Events, None);
    assert!(points.is_empty());
}
