//! Totals for the selected events. Rules:
//! - only the preferred figure of each group counts; unstated (`null`) figures are listed, never 0;
//! - money is summed per currency, other figures per unit: nothing is converted here;
//! - a figure given for a whole multi-region or national event is never put into one region's total:
//!   in a region view it is reported as lying outside.

use super::filter::Selection;
use super::metric::{Metric, Qualifier};
use super::placement::{place, place_each};
use super::snapshot::{Confidence, Event, Measure};
use crate::model::EventId;
use rustc_hash::FxHashMap as HashMap;

/// A sum of one metric in one unit or currency.
#[derive(Debug, Clone, PartialEq)]
pub struct Total {
    pub metric: Metric,
    /// The currency code for money, else the unit.
    pub unit: String,
    /// Whether `unit` is a currency.
    pub is_money: bool,
    pub value: f64,
    pub qualifier: Qualifier,
    /// Ids of the events the sum comes from.
    pub events: Vec<EventId>,
}

/// Everything the page says about one metric for the current filter.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricSummary {
    pub metric: Metric,
    pub totals: Vec<Total>,
    /// Events that report this thing but state no figure for it.
    pub unstated: Vec<EventId>,
    /// Figures for a whole country, several regions or an unknown place, that a region view cannot
    /// count as its own: (event id, the figure).
    pub outside: Vec<(EventId, Measure)>,
    /// Events whose figure is not added because they may describe the same operation as an event
    /// already counted: (event not added, event counted).
    pub overlapping: Vec<(EventId, EventId)>,
    /// Events of low confidence (one doubtful source) whose figures the totals add: counted like
    /// any other, and named so that the reader can see which.
    pub low_confidence: Vec<EventId>,
}

impl MetricSummary {
    /// Ids of every event that contributes a figure or reports the thing without one.
    pub fn event_ids(&self) -> Vec<EventId> {
        let mut ids: Vec<EventId> = self
            .totals
            .iter()
            .flat_map(|t| t.events.iter().cloned())
            .chain(self.unstated.iter().cloned())
            .collect();
        crate::order::sort(&mut ids);
        ids.dedup();
        ids
    }

    /// How many events `event_ids` gives, without sorting them: what a figure card says.
    pub fn event_count(&self) -> usize {
        let mut seen = rustc_hash::FxHashSet::<&str>::default();
        for id in self
            .totals
            .iter()
            .flat_map(|t| t.events.iter())
            .chain(self.unstated.iter())
        {
            seen.insert(id.as_str());
        }
        seen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.totals.is_empty() && self.unstated.is_empty() && self.outside.is_empty()
    }

    /// A summary with nothing in it yet.
    fn nothing(metric: Metric) -> Self {
        MetricSummary {
            metric,
            totals: Vec::new(),
            unstated: Vec::new(),
            outside: Vec::new(),
            overlapping: Vec::new(),
            low_confidence: Vec::new(),
        }
    }
}

/// Sums one metric over a selection. `all_in_period` are the events that pass every criterion but
/// the region (to find national figures that lie outside a region view).
pub fn summarise(
    selection: &Selection<'_>,
    all_in_period: &[&Event],
    metric: Metric,
    regions: &[crate::model::RegionCode],
) -> MetricSummary {
    summarise_counting(
        &Counting::of(&selection.events),
        all_in_period,
        metric,
        regions,
    )
}

/// [`summarise`] with the selection's counting order worked out once for every metric.
pub fn summarise_counting(
    counting: &Counting<'_>,
    all_in_period: &[&Event],
    metric: Metric,
    regions: &[crate::model::RegionCode],
) -> MetricSummary {
    summarise_each(counting, all_in_period, &[metric], regions)
        .pop()
        .unwrap_or_else(|| MetricSummary::nothing(metric))
}

/// Every metric's summary in one pass over the events: each event's figures are placed once, and
/// each figure goes to its metric's summary. The same, metric by metric, as [`summarise`].
pub fn summarise_each(
    counting: &Counting<'_>,
    all_in_period: &[&Event],
    metrics: &[Metric],
    regions: &[crate::model::RegionCode],
) -> Vec<MetricSummary> {
    let mut summaries: Vec<MetricSummary> =
        metrics.iter().map(|m| MetricSummary::nothing(*m)).collect();
    let slot = |metric: Metric| metrics.iter().position(|m| *m == metric);
    // (slot, group) -> the event of the group whose figure that metric's total counts
    let mut first_in_group: HashMap<(usize, usize), &EventId> = HashMap::default();
    for (i, event) in counting.ordered.iter().copied().enumerate() {
        let group = counting
            .groups
            .as_ref()
            .and_then(|groups| groups.get(i).copied().flatten());
        for (metric, placement) in place_each(event, regions) {
            let Some(k) = slot(metric) else { continue };
            let Some(summary) = summaries.get_mut(k) else {
                continue;
            };
            if let Some(group) = group {
                if placement.counted.iter().any(|m| m.value.is_some()) {
                    match first_in_group.entry((k, group)) {
                        std::collections::hash_map::Entry::Occupied(first) => {
                            summary
                                .overlapping
                                .push((event.id.clone(), (*first.get()).clone()));
                            continue;
                        }
                        std::collections::hash_map::Entry::Vacant(slot) => {
                            slot.insert(&event.id);
                        }
                    }
                }
            }
            count(summary, event, &placement.counted);
        }
    }
    if !regions.is_empty() {
        for event in all_in_period {
            for (metric, placement) in place_each(event, regions) {
                let Some(summary) = slot(metric).and_then(|k| summaries.get_mut(k)) else {
                    continue;
                };
                for measure in placement.outside {
                    summary.outside.push((event.id.clone(), measure.clone()));
                }
            }
        }
    }
    // a metric asked for twice is summed once and given twice
    for k in 0..summaries.len() {
        if let Some(first) = metrics.get(k).and_then(|m| slot(*m)).filter(|f| *f != k) {
            if let Some(copy) = summaries.get(first).cloned() {
                if let Some(summary) = summaries.get_mut(k) {
                    *summary = copy;
                }
            }
        }
    }
    for summary in &mut summaries {
        crate::order::sort_by(&mut summary.totals, |a, b| a.unit.cmp(&b.unit));
    }
    summaries
}

/// Adds an event's counted figures of one metric to its summary.
fn count(summary: &mut MetricSummary, event: &Event, counted: &[&Measure]) {
    for measure in counted {
        match measure.value {
            Some(value) => {
                add(&mut summary.totals, event, measure, value);
                if event.confidence == Confidence::Low {
                    push_unique(&mut summary.low_confidence, &event.id);
                }
            }
            None => push_unique(&mut summary.unstated, &event.id),
        }
    }
}

/// The events whose figures of `metric` a total adds, in counting order: of each group of events
/// that may describe one operation, only the first that has a figure. The second list names each
/// event left out, with the event counted in its place.
pub fn counted_once<'a>(
    events: &[&'a Event],
    metric: Metric,
    regions: &[crate::model::RegionCode],
) -> (Vec<&'a Event>, Vec<(EventId, EventId)>) {
    Counting::of(events).counted(metric, regions)
}

/// Some events with their counting order and groups of possible repeats, worked out once and
/// used for every metric.
pub struct Counting<'a> {
    /// In counting order when some events may overlap, else as given.
    ordered: Vec<&'a Event>,
    /// Beside each ordered event, its group of possible repeats (`None` when no event of the
    /// list may overlap another); looked up once, not per metric.
    groups: Option<Vec<Option<usize>>>,
}

impl<'a> Counting<'a> {
    pub fn of(events: &[&'a Event]) -> Self {
        if events.iter().all(|e| e.may_overlap.is_empty()) {
            return Counting {
                ordered: events.to_vec(),
                groups: None,
            };
        }
        let groups = OverlapGroups::of(events);
        let ordered = counting_order(events);
        let of_each = ordered.iter().map(|e| groups.group_of(&e.id)).collect();
        Counting {
            ordered,
            groups: Some(of_each),
        }
    }

    /// What [`counted_once`] gives for `metric` in a view of `regions`.
    pub fn counted(
        &self,
        metric: Metric,
        regions: &[crate::model::RegionCode],
    ) -> (Vec<&'a Event>, Vec<(EventId, EventId)>) {
        let Some(groups) = &self.groups else {
            return (self.ordered.clone(), Vec::new());
        };
        let mut first_in_group: HashMap<usize, &EventId> = HashMap::default();
        let mut counted = Vec::with_capacity(self.ordered.len());
        let mut overlapping = Vec::new();
        for (event, group) in self.ordered.iter().copied().zip(groups) {
            let Some(group) = *group else {
                counted.push(event);
                continue;
            };
            let has_figure = place(event, metric, regions)
                .counted
                .iter()
                .any(|m| m.value.is_some());
            if has_figure {
                if let Some(first) = first_in_group.get(&group) {
                    overlapping.push((event.id.clone(), (*first).clone()));
                    continue;
                }
                first_in_group.insert(group, &event.id);
            }
            counted.push(event);
        }
        (counted, overlapping)
    }
}

/// Events in the order a group of possibly-same operations is counted: the one its sources are
/// surest of first, then the earlier, then by id; other events keep their order.
fn counting_order<'a>(events: &[&'a Event]) -> Vec<&'a Event> {
    let mut ordered: Vec<&Event> = events.to_vec();
    // each event's date worked out once, not at every comparison
    crate::order::sort_by_key(&mut ordered, |e| {
        (rank(e.confidence), first_day(e), e.id.as_str())
    });
    ordered
}

/// Dated events before undated ones, earlier before later.
fn first_day(e: &Event) -> (bool, Option<chrono::NaiveDate>) {
    let first = e.date_span().map(|s| s.first);
    (first.is_none(), first)
}

fn rank(c: Confidence) -> u8 {
    match c {
        Confidence::High => 0,
        Confidence::Medium => 1,
        Confidence::Low => 2,
    }
}

/// Events that may describe one operation (`may_overlap`, named either way), joined into groups.
pub struct OverlapGroups {
    group: HashMap<EventId, usize>,
}

impl OverlapGroups {
    pub fn of(events: &[&Event]) -> Self {
        // only events that name another, or are named, can be in a group
        let named: rustc_hash::FxHashSet<&str> = events
            .iter()
            .flat_map(|e| e.may_overlap.iter().map(EventId::as_str))
            .collect();
        let index: HashMap<&str, usize> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.may_overlap.is_empty() || named.contains(e.id.as_str()))
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut parent: Vec<usize> = (0..events.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while let Some(&p) = parent.get(i) {
                if p == i {
                    break;
                }
                let grand = parent.get(p).copied().unwrap_or(p);
                if let Some(slot) = parent.get_mut(i) {
                    *slot = grand;
                }
                i = p;
            }
            i
        }
        let mut linked = vec![false; events.len()];
        for (i, e) in events.iter().enumerate() {
            for other in &e.may_overlap {
                if let Some(&j) = index.get(other.as_str()) {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    if let Some(slot) = parent.get_mut(a) {
                        *slot = b;
                    }
                    for k in [i, j] {
                        if let Some(flag) = linked.get_mut(k) {
                            *flag = true;
                        }
                    }
                }
            }
        }
        let mut group = HashMap::default();
        for (i, e) in events.iter().enumerate() {
            if linked.get(i).copied().unwrap_or(false) {
                group.insert(e.id.clone(), root(&mut parent, i));
            }
        }
        OverlapGroups { group }
    }

    /// The group of an event that may overlap another in the selection.
    pub fn group_of(&self, id: &str) -> Option<usize> {
        self.group.get(id).copied()
    }
}

fn add(totals: &mut Vec<Total>, event: &Event, measure: &Measure, value: f64) {
    let unit = measure.unit_key();
    let is_money = measure.currency.is_some();
    match totals
        .iter_mut()
        .find(|t| t.unit == unit && t.is_money == is_money)
    {
        Some(total) => {
            total.value = add_finite(total.value, value);
            total.qualifier = total.qualifier.combine(measure.qualifier);
            push_unique(&mut total.events, &event.id);
        }
        None => totals.push(Total {
            metric: measure.metric,
            unit: unit.to_string(),
            is_money: measure.currency.is_some(),
            value,
            qualifier: measure.qualifier,
            events: vec![event.id.clone()],
        }),
    }
}

/// `a + b`, held at the largest finite number rather than overflowing to infinity, so a sum
/// stays a number that scales, ticks and words can handle.
pub fn add_finite(a: f64, b: f64) -> f64 {
    let sum = a + b;
    if sum.is_finite() {
        sum
    } else if sum.is_nan() {
        a
    } else {
        f64::MAX
    }
}

use super::ids::push_unique;

/// Where an event's sources disagree: groups of figures of the same thing (metric, region,
/// breakdown) that give different values in the same unit or currency. The same amount stated
/// in two currencies is not a disagreement. Groups come in the order their first figure is met;
/// n figures take O(n log n).
pub fn conflicts(event: &Event) -> Vec<Vec<&Measure>> {
    type Key<'a> = (Metric, Option<&'a str>, Option<&'a str>);
    let mut order: Vec<Key<'_>> = Vec::new();
    let mut groups: std::collections::BTreeMap<Key<'_>, Vec<&Measure>> = Default::default();
    for m in &event.measures {
        let key = (m.metric, m.region.as_deref(), m.kind.as_deref());
        let group = groups.entry(key).or_default();
        if group.is_empty() {
            order.push(key);
        }
        group.push(m);
    }
    order
        .into_iter()
        .filter_map(|key| groups.remove(&key))
        .filter(|g| disagrees(g))
        .collect()
}

/// Whether two figures of a group state different values in the same unit or currency.
fn disagrees(group: &[&Measure]) -> bool {
    let mut stated: Vec<(&str, Option<u64>)> = group
        .iter()
        .map(|m| (m.unit_key(), m.value.map(f64::to_bits)))
        .collect();
    crate::order::sort(&mut stated);
    stated.dedup();
    stated.windows(2).any(|w| matches!(w, [a, b] if a.0 == b.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_in_two_totals_and_without_a_figure_is_counted_once() {
        let total = |unit: &str, ids: &[&str]| Total {
            metric: Metric::EquipmentValue,
            unit: unit.into(),
            is_money: true,
            value: 1.0,
            qualifier: Qualifier::Exact,
            events: ids.iter().map(|i| EventId::from(*i)).collect(),
        };
        let mut summary = MetricSummary::nothing(Metric::EquipmentValue);
        summary.totals = vec![total("KZT", &["a", "b"]), total("USD", &["b", "c"])];
        summary.unstated = vec![EventId::from("c"), EventId::from("d")];
        assert_eq!(summary.event_ids(), ["a", "b", "c", "d"]);
        assert_eq!(summary.event_count(), 4);
        assert_eq!(MetricSummary::nothing(Metric::FarmsShut).event_count(), 0);
    }
}
