//! Property tests: the chart geometry and number wording are total on every finite input, from
//! the smallest subnormal to `f64::MAX`: no panic, no infinity, no NaN, ticks in order.

use minewatch::i18n::format::{amount, number, rough_amount};
use minewatch::i18n::LOCALES;
use minewatch_core::chart::colour::{class_limits, class_of, fill_index, FILLS};
use minewatch_core::chart::region_plot::{region_plot, RegionRow};
use minewatch_core::chart::scale::{nice_ticks, LinearScale};
use minewatch_core::chart::timeline_plot::timeline_plot;
use minewatch_core::model::aggregate::add_finite;
use minewatch_core::model::dates::PartialDate;
use minewatch_core::model::metric::Qualifier;
use minewatch_core::model::series::{Point, PointKey, Step};
use proptest::prelude::*;

/// Finite numbers of every size, extremes included.
fn any_finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(5e-324),
        Just(f64::MIN_POSITIVE),
        Just(f64::MAX),
        Just(1e308),
        (-320i32..308).prop_map(|e| 10f64.powi(e)),
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn ticks_are_few_finite_ordered_and_cover_the_data(max in any_finite(), count in 0usize..50) {
        let ticks = nice_ticks(max, count);
        prop_assert!(!ticks.is_empty() && ticks.len() <= 2 * 20 + 2, "{} ticks", ticks.len());
        prop_assert!(ticks.iter().all(|t| t.is_finite()));
        prop_assert!(ticks.windows(2).all(|w| w[0] < w[1]), "{ticks:?}");
        prop_assert_eq!(ticks[0], 0.0);
        if max > 0.0 && count > 0 {
            prop_assert!(*ticks.last().unwrap() >= max, "{ticks:?} covers {max}");
        }
    }

    #[test]
    fn a_scale_maps_into_its_length(max in any_finite(), value in any_finite(), length in 0.0f64..5000.0) {
        let scale = LinearScale::for_max(max, length);
        let x = scale.map(value);
        prop_assert!(x.is_finite() && (0.0..=length).contains(&x), "{x}");
    }

    #[test]
    fn bars_and_columns_stay_inside_the_chart(values in proptest::collection::vec(any_finite(), 0..30), also in any_finite(), width in 0.0f64..2000.0) {
        let rows: Vec<RegionRow> = values.iter().enumerate().map(|(i, v)| RegionRow {
            key: PointKey::Region(format!("KZ-{i}").into()),
            label: "Region ".repeat(i % 4 + 1),
            value: Some(*v),
            value_text: format!("{v}"),
            chosen: i % 3 == 0,
        }).collect();
        let apart = RegionRow { key: PointKey::NotSplit, value: Some(also), ..rows.first().cloned().unwrap_or(RegionRow {
            key: PointKey::NotSplit, label: "Not split".into(), value: None, value_text: String::new(), chosen: false,
        }) };
        let plot = region_plot(&rows, &apart, width);
        prop_assert!(plot.height.is_finite());
        for r in &plot.rows {
            let a = r.bar.area;
            prop_assert!([a.x, a.y, a.width, a.height, r.value.x, r.value.y].iter().all(|v| v.is_finite()));
            prop_assert!(a.y >= 0.0 && a.bottom() <= plot.height, "{a:?} in {}", plot.height);
        }
        let points: Vec<Point> = values.iter().enumerate().map(|(i, v)| Point {
            key: PointKey::Period(PartialDate { year: 2000 + i as i32, month: None, day: None }),
            value: Some(*v),
            qualifier: Qualifier::Exact,
            events: Vec::new(),
        }).collect();
        let timeline = timeline_plot(&points, Step::Year, width, &[]);
        let area = timeline.projection.area;
        for c in &timeline.columns {
            prop_assert!(c.area.height.is_finite() && (0.0..=area.height).contains(&c.area.height));
            prop_assert!(c.area.x >= area.x && c.area.right() <= area.right() + 1e-9);
            prop_assert!((c.area.bottom() - area.bottom()).abs() < 1e-9, "on the axis");
        }
        for t in &timeline.ticks {
            prop_assert!(t.at.is_finite() && (area.y..=area.bottom()).contains(&t.at));
        }
    }

    #[test]
    fn map_classes_index_the_fills(max in any_finite(), value in any_finite(), whole: bool) {
        let limits = class_limits(max, whole);
        prop_assert!(limits.len() <= 41);
        if let Some(c) = class_of(Some(value), &limits) {
            prop_assert!(fill_index(c, limits.len()) < FILLS.len());
        }
    }

    #[test]
    fn numbers_are_worded_short_in_every_language(value in any_finite()) {
        for l in LOCALES {
            for text in [number(l, value), amount(l, value), rough_amount(l, value, true)] {
                prop_assert!(text.chars().count() <= 40, "{text}");
                prop_assert!(!text.contains("inf") && !text.contains("NaN"), "{text}");
            }
        }
    }

    #[test]
    fn sums_never_overflow(a in any_finite(), b in any_finite()) {
        prop_assert!(add_finite(a.abs(), b.abs()).is_finite());
    }
}
