//! The view model computes every metric's totals, the charts and the lists from one selection of
//! the events, in one pass over them. These tests hold it to what the page showed before that
//! change, worked out here the old way (one selection per part, one pass per metric), on every
//! filter a reader can choose in every published snapshot.

mod common;

use minewatch_core::model::aggregate::{counted_once, MetricSummary, Total};
use minewatch_core::model::card::{Card, TotalFigure, NAMED};
use minewatch_core::model::choices::Currency;
use minewatch_core::model::filter::{select, Filter};
use minewatch_core::model::metric::Metric;
use minewatch_core::model::overview::cited_sources;
use minewatch_core::model::placement::place;
use minewatch_core::model::series::{
    by_period, by_region, quantity, total, RegionSeries, Step, TimelineSeries,
};
use minewatch_core::model::snapshot::{Confidence, Event, Snapshot};
use minewatch_core::model::view_model::{
    view_model, Asked, ChartsAsked, ConvertedTotal, ViewModel,
};
use minewatch_core::model::EventId;

/// One metric summed the way the totals were before they were worked out in one pass: the
/// events counted once for this metric, then each one's figures placed for it.
fn summary_per_metric(
    selected: &[&Event],
    whole_country: &[&Event],
    metric: Metric,
    regions: &[minewatch_core::model::RegionCode],
) -> MetricSummary {
    let (counted, overlapping) = counted_once(selected, metric, regions);
    let mut summary = MetricSummary {
        metric,
        totals: Vec::new(),
        unstated: Vec::new(),
        outside: Vec::new(),
        overlapping,
        low_confidence: Vec::new(),
    };
    let push = |ids: &mut Vec<EventId>, id: &EventId| {
        if ids.last() != Some(id) {
            ids.push(id.clone());
        }
    };
    for event in counted {
        for m in place(event, metric, regions).counted {
            let Some(value) = m.value else {
                push(&mut summary.unstated, &event.id);
                continue;
            };
            if event.confidence == Confidence::Low {
                push(&mut summary.low_confidence, &event.id);
            }
            let (unit, is_money) = (m.unit_key().to_string(), m.currency.is_some());
            match summary
                .totals
                .iter_mut()
                .find(|t| t.unit == unit && t.is_money == is_money)
            {
                Some(t) => {
                    t.value += value;
                    t.qualifier = t.qualifier.combine(m.qualifier);
                    push(&mut t.events, &event.id);
                }
                None => summary.totals.push(Total {
                    metric,
                    unit,
                    is_money,
                    value,
                    qualifier: m.qualifier,
                    events: vec![event.id.clone()],
                }),
            }
        }
    }
    if !regions.is_empty() {
        for event in whole_country {
            for m in place(event, metric, regions).outside {
                summary.outside.push((event.id.clone(), m.clone()));
            }
        }
    }
    summary.totals.sort_by(|a, b| a.unit.cmp(&b.unit));
    summary
}

/// What a page showed before the view model: the model's fields, and what it now works out when
/// first asked for (the cited sources and the two charts' series).
struct Before {
    model: ViewModel,
    /// What each card showed: worked out from the summary, its events counted by sorting their ids.
    cards: Vec<Card>,
    /// The counted events that may repeat another counted event, as the notes named them.
    overlapping: Vec<EventId>,
    cited: Vec<usize>,
    timeline: TimelineSeries,
    regions: RegionSeries,
}

/// The view model as it was computed before: a selection of its own for the figures, the whole
/// country, the timeline, the regions and each converted total.
fn as_before(s: &Snapshot, chosen: &Filter, currency: Option<Currency>) -> Before {
    let filter = Filter {
        metric: None,
        ..chosen.clone()
    };
    let selection = select(s, &filter);
    let whole_country = select(
        s,
        &Filter {
            regions: Vec::new(),
            ..filter.clone()
        },
    )
    .events;
    let summaries: Vec<MetricSummary> = Metric::ALL
        .iter()
        .map(|m| summary_per_metric(&selection.events, &whole_country, *m, &filter.regions))
        .collect();
    let code = currency.map(Currency::code);
    let chart_quantity = quantity(s, chosen.metric, code);
    let converted = match code {
        Some(c) => summaries
            .iter()
            .filter(|x| x.metric.is_money() && !x.totals.is_empty())
            .map(|x| {
                let q = quantity(s, Some(x.metric), Some(c));
                let (total, notes) = total(s, &filter, &q);
                ConvertedTotal {
                    metric: x.metric,
                    quantity: q,
                    total,
                    notes,
                }
            })
            .collect(),
        None => Vec::new(),
    };
    let cited = cited_sources(s, &selection.events)
        .iter()
        .filter_map(|c| s.sources.iter().position(|x| x.id == c.id))
        .collect();
    let region_view = !filter.regions.is_empty();
    let model = ViewModel {
        events: s.places_of(&selection.events),
        straddling: s.places_of(&selection.straddling),
        undated: s.places_of(&selection.undated),
        cited: Default::default(),
        cards: Default::default(),
        overlapping: Default::default(),
        filter,
        chart_filter: chosen.clone(),
        quantity: chart_quantity.clone(),
        summaries: summaries.into(),
        converted,
        charts: ChartsAsked {
            step: Some(Step::Year),
            compare_regions: true,
            whole_country: region_view.then(|| s.places_of(&whole_country)),
        },
        timeline: Default::default(),
        regions: Default::default(),
    };
    let cards = model
        .summaries
        .iter()
        .map(|x| Card {
            metric: x.metric,
            totals: x.totals.iter().map(TotalFigure::from).collect(),
            events: x.event_ids().len(),
            unstated: x.unstated.len(),
            counted_once: x.overlapping.len(),
            low_confidence: x.low_confidence.len(),
            low_confidence_named: x.low_confidence.iter().take(NAMED).cloned().collect(),
        })
        .collect();
    let overlapping = selection
        .overlapping()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    Before {
        model,
        cards,
        overlapping,
        cited,
        timeline: by_period(s, chosen, &chart_quantity, Some(Step::Year)),
        regions: by_region(s, chosen, &chart_quantity),
    }
}

fn now(s: &Snapshot, chosen: &Filter, currency: Option<Currency>) -> ViewModel {
    view_model(
        s,
        chosen,
        Asked {
            metrics: &Metric::ALL,
            currency,
            step: Some(Step::Year),
            compare_regions: true,
        },
    )
}

#[test]
fn one_pass_gives_what_the_page_showed_before_on_every_filter_of_every_snapshot() {
    let mut compared = 0;
    let mut with_repeats = 0;
    for s in common::published() {
        for f in common::filters(&s) {
            for currency in [None, Some(Currency::Usd), Some(Currency::Kzt)] {
                let before = as_before(&s, &f, currency);
                let model = now(&s, &f, currency);
                assert_eq!(
                    model, before.model,
                    "snapshot {}, filter {f:?}, currency {currency:?}",
                    s.id
                );
                // what is worked out when first asked for
                assert_eq!(
                    model.cards().as_slice(),
                    before.cards.as_slice(),
                    "cards: snapshot {}, filter {f:?}, currency {currency:?}",
                    s.id
                );
                let overlapping: Vec<EventId> =
                    model.overlapping(&s).iter().map(|e| e.id.clone()).collect();
                with_repeats += usize::from(!overlapping.is_empty());
                assert_eq!(
                    overlapping, before.overlapping,
                    "overlapping: snapshot {}, filter {f:?}",
                    s.id
                );
                assert_eq!(
                    model.sources(&s),
                    before.cited.as_slice(),
                    "sources: snapshot {}, filter {f:?}",
                    s.id
                );
                assert_eq!(
                    **model.timeline(&s),
                    before.timeline,
                    "timeline: snapshot {}, filter {f:?}, currency {currency:?}",
                    s.id
                );
                assert_eq!(
                    **model.regions(&s),
                    before.regions,
                    "regions: snapshot {}, filter {f:?}, currency {currency:?}",
                    s.id
                );
                compared += 1;
            }
        }
    }
    // three snapshots, each with dozens of filters: the loop did run
    assert!(compared > 300, "only {compared} views compared");
    // and some of them name events that may repeat another
    assert!(with_repeats > 0, "no view with possible repeats compared");
}

#[test]
fn a_view_model_has_figures_to_compare_with() {
    // the comparison above is not of empty models: the whole country has totals, a timeline and
    // regions in every snapshot
    for s in common::published() {
        let m = now(&s, &Filter::default(), Some(Currency::Usd));
        assert!(m.summaries.iter().any(|x| !x.totals.is_empty()));
        assert!(m
            .cards()
            .iter()
            .any(|c| c.events > 0 && !c.totals.is_empty()));
        assert!(!m.timeline(&s).points.is_empty());
        assert!(!m.sources(&s).is_empty(), "sources cited in {}", s.id);
        assert_ne!(**m.regions(&s), RegionSeries::none());
        assert!(
            !m.converted.is_empty(),
            "money converted to USD in {}",
            s.id
        );
    }
}

#[test]
fn a_page_without_the_regions_chart_gets_no_regions() {
    let s = common::published().pop().expect("a snapshot");
    let m = view_model(
        &s,
        &Filter {
            regions: vec!["KZ-35".into()],
            ..Filter::default()
        },
        Asked {
            metrics: &Metric::ALL,
            currency: None,
            step: None,
            compare_regions: false,
        },
    );
    assert_eq!(**m.regions(&s), RegionSeries::none());
    assert!(!m.events.is_empty());
}

#[test]
fn the_statistics_beside_the_events_are_the_same_when_their_totals_are_kept() {
    use minewatch_core::model::statistics_view::{
        statistics_for, statistics_for_with, BesideTotals,
    };
    let mut shown = 0;
    for s in common::published() {
        let kept = BesideTotals::default();
        for f in common::filters(&s) {
            let fresh = statistics_for(&s, &f);
            assert_eq!(statistics_for_with(&s, &f, &kept), fresh, "{}: {f:?}", s.id);
            shown += fresh.len();
        }
    }
    assert!(shown > 10, "statistics were shown and compared ({shown})");
}

#[test]
fn a_selection_is_newest_first_without_a_sort_of_its_own() {
    use minewatch_core::model::filter::{newest_first, DateFit};
    let mut checked = 0;
    for s in common::published() {
        for f in common::filters(&s) {
            let matching: Vec<&Event> = s
                .events
                .iter()
                .filter(|e| f.matches_region(e) && f.matches_agency(e) && f.matches_metric(e))
                .collect();
            let fit = |want: DateFit| -> Vec<&str> {
                matching
                    .iter()
                    .filter(|e| f.date_fit(e) == want)
                    .map(|e| e.id.as_str())
                    .collect()
            };
            let mut inside: Vec<&Event> = matching
                .iter()
                .copied()
                .filter(|e| f.date_fit(e) == DateFit::Inside)
                .collect();
            inside.sort_by(|a, b| newest_first(a, b));
            let got = select(&s, &f);
            let ids = |events: &[&Event]| -> Vec<String> {
                events.iter().map(|e| e.id.to_string()).collect()
            };
            assert_eq!(ids(&got.events), ids(&inside), "{}: {f:?}", s.id);
            // those dated too loosely, and the undated, in the snapshot's order
            assert_eq!(
                ids(&got.straddling),
                fit(DateFit::Straddles),
                "{}: {f:?}",
                s.id
            );
            assert_eq!(ids(&got.undated), fit(DateFit::Undated), "{}: {f:?}", s.id);
            checked += got.events.len();
        }
    }
    assert!(checked > 200, "only {checked} selected events compared");
}
