//! What a dashboard or region view shows for a filter, computed in one pure step.

use super::aggregate::{summarise, MetricSummary};
use super::filter::{select, Filter, Selection};
use super::metric::Metric;
use super::regions::{boundary_changes, BoundaryChange};
use super::snapshot::{Event, Snapshot};

#[derive(Debug, Clone, PartialEq)]
pub struct Overview<'a> {
    pub selection: Selection<'a>,
    pub summaries: Vec<MetricSummary>,
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
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }
}

pub fn overview<'a>(snapshot: &'a Snapshot, filter: &Filter, metrics: &[Metric]) -> Overview<'a> {
    let selection = select(snapshot, filter);
    let everywhere = Filter {
        regions: Vec::new(),
        metric: None,
        ..filter.clone()
    };
    let all_in_period: Vec<&Event> = select(snapshot, &everywhere).events;
    let summaries = metrics
        .iter()
        .map(|m| summarise(&selection, &all_in_period, *m, &filter.regions))
        .collect();
    let boundary_changes = filter
        .regions
        .iter()
        .flat_map(|code| boundary_changes(&snapshot.regions, code))
        .collect();
    Overview {
        selection,
        summaries,
        boundary_changes,
    }
}
