//! The reader's filter, and which events it selects. A chain of small pure steps.

use super::dates::{DateSpan, PartialDate};
use super::metric::Metric;
use super::snapshot::{Event, Snapshot};
use super::EventPlace;
use chrono::NaiveDate;

/// What the reader asked to see. Built from the URL by `url_state`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// ISO 3166-2:KZ codes; empty means the whole country.
    pub regions: Vec<super::RegionCode>,
    /// Start of the period, as precise as the reader wrote it (`2022`, `2022-03`, `2022-03-15`).
    pub from: Option<PartialDate>,
    /// End of the period; a year or month means its last day.
    pub to: Option<PartialDate>,
    pub agencies: Vec<super::AgencyId>,
    pub metric: Option<Metric>,
}

impl Filter {
    /// Whether the filter narrows the events by region, date or agency (the chart metric aside).
    pub fn narrows(&self) -> bool {
        !self.regions.is_empty() || self.has_dates() || !self.agencies.is_empty()
    }

    pub fn has_dates(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    fn first_day(&self) -> NaiveDate {
        self.from.map_or(NaiveDate::MIN, |d| d.first_day())
    }

    fn last_day(&self) -> NaiveDate {
        self.to.map_or(NaiveDate::MAX, |d| d.last_day())
    }

    /// Whether an event concerns one of the chosen regions (as the regions were at its date).
    pub fn matches_region(&self, event: &Event) -> bool {
        self.regions.is_empty()
            || event.regions.iter().any(|r| self.regions.contains(r))
            || event
                .measures
                .iter()
                .any(|m| m.region.as_ref().is_some_and(|r| self.regions.contains(r)))
    }

    pub fn matches_agency(&self, event: &Event) -> bool {
        self.agencies.is_empty() || event.agencies.iter().any(|a| self.agencies.contains(a))
    }

    pub fn matches_metric(&self, event: &Event) -> bool {
        self.metric
            .is_none_or(|m| super::placement::reports(event, m, &self.regions))
    }

    /// Where an event's dates lie against the chosen period.
    pub fn date_fit(&self, event: &Event) -> DateFit {
        if !self.has_dates() {
            return DateFit::Inside;
        }
        match event.date_span() {
            None => DateFit::Undated,
            Some(DateSpan { first, last }) => {
                if first >= self.first_day() && last <= self.last_day() {
                    DateFit::Inside
                } else if last < self.first_day() || first > self.last_day() {
                    DateFit::Outside
                } else {
                    DateFit::Straddles
                }
            }
        }
    }
}

/// How an event's date relates to the chosen period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFit {
    Inside,
    Outside,
    /// Dated only to a month or year that lies partly in the period: it may or may not be in it.
    Straddles,
    /// No source dates it.
    Undated,
}

/// The events a filter selects, and those it leaves out only because their date is uncertain.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection<'a> {
    pub events: Vec<&'a Event>,
    /// Matching every other criterion, but dated too loosely to say whether they are in the period.
    pub straddling: Vec<&'a Event>,
    /// Matching every other criterion, but with no date at all.
    pub undated: Vec<&'a Event>,
}

impl<'a> Selection<'a> {
    /// The selected events that may describe the same operation as another selected event, in
    /// the selection's order.
    pub fn overlapping(&self) -> Vec<&'a Event> {
        let selected: rustc_hash::FxHashSet<&str> =
            self.events.iter().map(|e| e.id.as_str()).collect();
        self.events
            .iter()
            .copied()
            .filter(|e| {
                e.may_overlap
                    .iter()
                    .any(|other| selected.contains(other.as_str()))
            })
            .collect()
    }
}

/// Where in the snapshot the events a filter selects are: [`Selection`] as places.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelectedPlaces {
    /// Newest first.
    pub events: Vec<EventPlace>,
    /// In the snapshot's order.
    pub straddling: Vec<EventPlace>,
    /// In the snapshot's order.
    pub undated: Vec<EventPlace>,
}

impl SelectedPlaces {
    /// The events at these places.
    pub fn events_in<'a>(&self, snapshot: &'a Snapshot) -> Selection<'a> {
        Selection {
            events: snapshot.events_at(&self.events),
            straddling: snapshot.events_at(&self.straddling),
            undated: snapshot.events_at(&self.undated),
        }
    }
}

/// Applies the filter; events come out newest first (the snapshot's order of them, worked out
/// once), those that straddle its dates and the undated in the snapshot's order.
pub fn select_places(snapshot: &Snapshot, filter: &Filter) -> SelectedPlaces {
    let mut selected = SelectedPlaces::default();
    for place in snapshot.places_newest_first().iter().copied() {
        let Some(event) = snapshot.event_at(place) else {
            continue;
        };
        if !(filter.matches_region(event)
            && filter.matches_agency(event)
            && filter.matches_metric(event))
        {
            continue;
        }
        match filter.date_fit(event) {
            DateFit::Inside => selected.events.push(place),
            DateFit::Straddles => selected.straddling.push(place),
            DateFit::Undated => selected.undated.push(place),
            DateFit::Outside => {}
        }
    }
    crate::order::sort(&mut selected.straddling);
    crate::order::sort(&mut selected.undated);
    selected
}

/// Applies the filter: [`select_places`], as the events.
pub fn select<'a>(snapshot: &'a Snapshot, filter: &Filter) -> Selection<'a> {
    select_places(snapshot, filter).events_in(snapshot)
}

/// Orders events by the latest day they may have happened, newest first; undated last; then by id.
pub fn newest_first(a: &Event, b: &Event) -> std::cmp::Ordering {
    let key = |e: &Event| e.date_span().map(|s| s.last);
    match (key(a), key(b)) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
    .then_with(|| a.id.cmp(&b.id))
}

/// The years that events in the snapshot are dated to, oldest first (for the year picker).
pub fn years(snapshot: &Snapshot) -> Vec<i32> {
    let mut years: Vec<i32> = snapshot
        .events
        .iter()
        .filter_map(|e| e.date_span())
        .flat_map(|s| [s.first, s.last])
        .map(|d| chrono::Datelike::year(&d))
        .collect();
    crate::order::sort(&mut years);
    years.dedup();
    years
}
