//! What a dashboard or region view shows for a filter, computed in one pure step.

use super::aggregate::{summarise_each, Counting, MetricSummary};
use super::filter::{select, Filter, Selection};
use super::metric::Metric;
use super::regions::{boundary_changes, BoundaryChange};
use super::snapshot::{Event, Snapshot};

#[derive(Debug, Clone, PartialEq)]
pub struct Overview<'a> {
    pub selection: Selection<'a>,
    /// Borrowed from a view model that has them, owned when worked out here.
    pub summaries: std::borrow::Cow<'a, [MetricSummary]>,
    /// Boundary changes touching the chosen regions (the 2022-06-08 reform).
    pub boundary_changes: Vec<BoundaryChange<'a>>,
}

impl Overview<'_> {
    /// How many distinct events carry national or multi-region figures left out of a region view.
    pub fn events_with_outside_figures(&self) -> usize {
        let mut ids: Vec<&str> = self
            .summaries
            .iter()
            .flat_map(|s| s.outside.iter().map(|(id, _)| id.as_str()))
            .collect();
        crate::order::sort(&mut ids);
        ids.dedup();
        ids.len()
    }
}

pub fn overview<'a>(snapshot: &'a Snapshot, filter: &Filter, metrics: &[Metric]) -> Overview<'a> {
    let selection = select(snapshot, filter);
    // the events of the whole country are only needed for a region view's figures that lie outside
    let all_in_period: Vec<&Event> = if filter.regions.is_empty() {
        Vec::new()
    } else {
        let everywhere = Filter {
            regions: Vec::new(),
            metric: None,
            ..filter.clone()
        };
        select(snapshot, &everywhere).events
    };
    let summaries = summaries_of(&selection.events, &all_in_period, metrics, &filter.regions);
    overview_of(snapshot, selection, summaries, filter)
}

/// What a view's notes on its scope need, without its totals: the events the filter selects (and
/// those dated too loosely, or not at all) and the changes of regions' borders in its period.
pub fn scope_of<'a>(snapshot: &'a Snapshot, filter: &Filter) -> Overview<'a> {
    overview_of(snapshot, select(snapshot, filter), Vec::new(), filter)
}

/// Every metric's summary of some selected events, in one pass over them.
pub fn summaries_of(
    events: &[&Event],
    all_in_period: &[&Event],
    metrics: &[Metric],
    regions: &[crate::model::RegionCode],
) -> Vec<MetricSummary> {
    summarise_each(&Counting::of(events), all_in_period, metrics, regions)
}

/// The overview of a selection whose summaries are worked out.
pub fn overview_of<'a>(
    snapshot: &'a Snapshot,
    selection: Selection<'a>,
    summaries: Vec<MetricSummary>,
    filter: &Filter,
) -> Overview<'a> {
    let boundary_changes = filter
        .regions
        .iter()
        .flat_map(|code| boundary_changes(&snapshot.regions, code))
        .collect();
    Overview {
        selection,
        summaries: std::borrow::Cow::Owned(summaries),
        boundary_changes,
    }
}

/// A wider view to offer when a filter matches no event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wider {
    /// The same regions and agencies, at any date.
    AnyDate,
    /// The same regions and dates, by any agency.
    AnyAgency,
    /// The whole country, in the same period.
    WholeCountry,
}

/// The nearest views that do show events, narrowest first: (how it is wider, its filter, how many
/// events it shows). `keep_regions` for a region's own page, whose region cannot be dropped.
pub fn wider_views(
    snapshot: &Snapshot,
    filter: &Filter,
    keep_regions: bool,
) -> Vec<(Wider, Filter, usize)> {
    let mut out = Vec::new();
    let mut consider = |wider: Wider, f: Filter| {
        let n = select(snapshot, &f).events.len();
        if n > 0 && f != *filter {
            out.push((wider, f, n));
        }
    };
    if filter.has_dates() {
        consider(
            Wider::AnyDate,
            Filter {
                from: None,
                to: None,
                ..filter.clone()
            },
        );
    }
    if !filter.agencies.is_empty() {
        consider(
            Wider::AnyAgency,
            Filter {
                agencies: Vec::new(),
                ..filter.clone()
            },
        );
    }
    if !keep_regions && !filter.regions.is_empty() {
        consider(
            Wider::WholeCountry,
            Filter {
                regions: Vec::new(),
                ..filter.clone()
            },
        );
    }
    out
}

/// The sources the figures of some events cite, each once, by publisher then id: the one way the
/// portal counts "sources" (dashboard list, chart credits, embed credits).
pub fn cited_sources<'a>(
    snapshot: &'a Snapshot,
    events: &[&Event],
) -> Vec<&'a super::snapshot::Source> {
    let by_id: rustc_hash::FxHashMap<&str, &super::snapshot::Source> = snapshot
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let ids: rustc_hash::FxHashSet<&str> = events
        .iter()
        .flat_map(|e| {
            e.measures
                .iter()
                .flat_map(|m| m.sources.iter().map(String::as_str))
        })
        .collect();
    let mut cited: Vec<&super::snapshot::Source> = ids
        .into_iter()
        .filter_map(|id| by_id.get(id).copied())
        .collect();
    crate::order::sort_by(&mut cited, |a, b| {
        a.publisher.cmp(&b.publisher).then_with(|| a.id.cmp(&b.id))
    });
    cited
}

/// The sources of the events a filter selects, whatever its chart metric.
pub fn sources_of_view<'a>(
    snapshot: &'a Snapshot,
    filter: &Filter,
) -> Vec<&'a super::snapshot::Source> {
    let view = Filter {
        metric: None,
        ..filter.clone()
    };
    cited_sources(snapshot, &select(snapshot, &view).events)
}
