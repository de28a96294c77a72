//! Where an event's figures land in a view of some regions: the placement rule that filters,
//! totals, charts and sorting share. A figure for a whole multi-region or national event is never
//! put into one region's total; in a region view it lies outside.

use super::metric::Metric;
use super::snapshot::{Event, Measure};

/// Where an event's figures for one metric land in a view of some regions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Placement<'a> {
    /// Figures counted in the view's totals.
    pub counted: Vec<&'a Measure>,
    /// Figures that belong to a larger area than the view and are reported apart.
    pub outside: Vec<&'a Measure>,
}

/// Places one event's preferred figures of `metric` for a view of `regions` (empty: whole country).
pub fn place<'a>(
    event: &'a Event,
    metric: Metric,
    regions: &[crate::model::RegionCode],
) -> Placement<'a> {
    let mut whole: Vec<&Measure> = Vec::new();
    let mut parts: Vec<&Measure> = Vec::new();
    for m in event.measures_of(metric).filter(|m| m.preferred) {
        if m.region.is_none() {
            whole.push(m);
        } else {
            parts.push(m);
        }
    }
    let mut placement = Placement::default();
    let whole_event_in_view = regions.is_empty()
        || (!event.regions.is_empty() && event.regions.iter().all(|r| regions.contains(r)));
    if whole_event_in_view && !whole.is_empty() {
        placement.counted = without_double_counting(whole);
        return placement;
    }
    let mut codes: Vec<&str> = parts.iter().filter_map(|m| m.region.as_deref()).collect();
    crate::order::sort(&mut codes);
    codes.dedup();
    for code in codes {
        if regions.is_empty() || regions.iter().any(|r| r == code) {
            let in_region = parts
                .iter()
                .copied()
                .filter(|m| m.region.as_deref() == Some(code));
            placement
                .counted
                .extend(without_double_counting(in_region.collect()));
        }
    }
    let might_concern_view =
        event.regions.is_empty() || event.regions.iter().any(|r| regions.contains(r));
    if !regions.is_empty() && might_concern_view {
        placement.outside = without_double_counting(whole);
    }
    placement
}

/// [`place`] for every metric the event has a preferred figure of, in the order first met: its
/// figures are read for those metrics only, not for every metric there is.
pub fn place_each<'a>(
    event: &'a Event,
    regions: &[crate::model::RegionCode],
) -> Vec<(Metric, Placement<'a>)> {
    let mut metrics: Vec<Metric> = Vec::new();
    for m in event.measures.iter().filter(|m| m.preferred) {
        if !metrics.contains(&m.metric) {
            metrics.push(m.metric);
        }
    }
    metrics
        .into_iter()
        .map(|metric| (metric, place(event, metric, regions)))
        .collect()
}

/// A total stated without a breakdown wins over the breakdown (55 voluntary + 51 forced, or 106).
fn without_double_counting(measures: Vec<&Measure>) -> Vec<&Measure> {
    if measures.iter().any(|m| m.kind.is_none()) {
        measures.into_iter().filter(|m| m.kind.is_none()).collect()
    } else {
        measures
    }
}

/// Whether an event has something to say about `metric` in a view of `regions`.
pub fn reports(event: &Event, metric: Metric, regions: &[crate::model::RegionCode]) -> bool {
    !place(event, metric, regions).counted.is_empty()
}
