//! Everything a dashboard, a region page or an embed shows for one filter, computed in one step
//! per change and shared by every part of the page (figures, charts, map, notes, downloads,
//! sources). It holds places in the snapshot's lists rather than references, so that the app can
//! keep it in one memo beside the data it was computed from.

use super::aggregate::MetricSummary;
use super::filter::{Filter, Selection};
use super::metric::Metric;
use super::overview::{cited_sources, overview, Overview};
use super::regions::boundary_changes;
use super::series::{by_period, by_region, quantity, total, Notes, Point, Quantity, Step};
use super::snapshot::{Event, Snapshot, Source};

#[derive(Debug, Clone, PartialEq)]
pub struct ViewModel {
    /// The filter the figures count (the chosen filter without its chart metric).
    pub filter: Filter,
    /// The chosen filter: its metric is what the charts draw.
    pub chart_filter: Filter,
    pub quantity: Quantity,
    /// Places in `snapshot.events` of the events the figures count, newest first.
    pub events: Vec<usize>,
    /// Of the events that match but are dated too loosely, or not at all.
    pub straddling: Vec<usize>,
    pub undated: Vec<usize>,
    /// One per metric asked for, in order.
    pub summaries: Vec<MetricSummary>,
    /// Money totals converted into the chosen currency: (metric, total, notes).
    pub converted: Vec<(Metric, Point, Notes)>,
    /// The timeline: points, the step drawn, notes.
    pub timeline: (Vec<Point>, Step, Notes),
    /// Every region, what is not split by region, notes.
    pub regions: (Vec<Point>, Point, Notes),
    /// Places in `snapshot.sources` of the sources the events cite, by publisher then id.
    pub sources: Vec<usize>,
}

/// What the page asks for besides the filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asked<'a> {
    pub metrics: &'a [Metric],
    pub currency: Option<&'a str>,
    pub step: Option<Step>,
    /// Whether the regions chart and the map are shown (else `regions` is left empty).
    pub compare_regions: bool,
}

fn places<T>(list: &[T], items: &[&T]) -> Vec<usize> {
    let base = list.as_ptr() as usize;
    let size = std::mem::size_of::<T>().max(1);
    items
        .iter()
        .filter_map(|item| {
            let offset = (*item as *const T as usize).checked_sub(base)? / size;
            (offset < list.len()).then_some(offset)
        })
        .collect()
}

fn at<'a, T>(list: &'a [T], places: &[usize]) -> Vec<&'a T> {
    places.iter().filter_map(|p| list.get(*p)).collect()
}

pub fn view_model(snapshot: &Snapshot, chosen: &Filter, asked: Asked<'_>) -> ViewModel {
    let filter = Filter {
        metric: None,
        ..chosen.clone()
    };
    let Overview {
        selection,
        summaries,
        boundary_changes: _,
    } = overview(snapshot, &filter, asked.metrics);
    let chart_quantity = quantity(snapshot, chosen.metric, asked.currency);
    let converted = match asked.currency {
        Some(c) => summaries
            .iter()
            .filter(|s| s.metric.is_money() && !s.totals.is_empty())
            .map(|s| {
                let q = quantity(snapshot, Some(s.metric), Some(c));
                let (point, notes) = total(snapshot, &filter, &q);
                (s.metric, point, notes)
            })
            .collect(),
        None => Vec::new(),
    };
    let timeline = by_period(snapshot, chosen, &chart_quantity, asked.step);
    let regions = if asked.compare_regions {
        by_region(snapshot, chosen, &chart_quantity)
    } else {
        (
            Vec::new(),
            Point {
                key: super::series::PointKey::NotSplit,
                value: None,
                qualifier: super::metric::Qualifier::Exact,
                events: Vec::new(),
            },
            Notes::default(),
        )
    };
    let cited = cited_sources(snapshot, &selection.events);
    ViewModel {
        events: places(&snapshot.events, &selection.events),
        straddling: places(&snapshot.events, &selection.straddling),
        undated: places(&snapshot.events, &selection.undated),
        sources: places(&snapshot.sources, &cited),
        filter,
        chart_filter: chosen.clone(),
        quantity: chart_quantity,
        summaries,
        converted,
        timeline,
        regions,
    }
}

impl ViewModel {
    /// The events the figures count, newest first.
    pub fn events<'a>(&self, snapshot: &'a Snapshot) -> Vec<&'a Event> {
        at(&snapshot.events, &self.events)
    }

    /// The cited sources, by publisher then id.
    pub fn sources<'a>(&self, snapshot: &'a Snapshot) -> Vec<&'a Source> {
        at(&snapshot.sources, &self.sources)
    }

    /// The selection and summaries as [`overview`] gives them, without computing them again.
    pub fn overview<'a>(&self, snapshot: &'a Snapshot) -> Overview<'a> {
        Overview {
            selection: Selection {
                events: self.events(snapshot),
                straddling: at(&snapshot.events, &self.straddling),
                undated: at(&snapshot.events, &self.undated),
            },
            summaries: self.summaries.clone(),
            boundary_changes: self
                .filter
                .regions
                .iter()
                .flat_map(|code| boundary_changes(&snapshot.regions, code))
                .collect(),
        }
    }

    /// The converted total of a metric, when a currency was chosen.
    pub fn converted(&self, metric: Metric) -> Option<&(Metric, Point, Notes)> {
        self.converted.iter().find(|(m, _, _)| *m == metric)
    }

    /// Whether the figures' filter selects any event.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}

/// The events of a selection computed elsewhere (an events list) as places.
pub fn places_of(snapshot: &Snapshot, events: &[&Event]) -> Vec<usize> {
    places(&snapshot.events, events)
}

/// The events at some places.
pub fn events_at<'a>(snapshot: &'a Snapshot, places: &[usize]) -> Vec<&'a Event> {
    at(&snapshot.events, places)
}
