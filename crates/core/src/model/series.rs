//! What the charts draw: one metric (or the number of events) by region or by period, in one unit
//! or currency. Figures in other units, money without a rate and loosely dated events are not
//! drawn; each is named in the series' notes.

use super::aggregate::{add_finite, counted_once};
use super::dates::{DatePrecision, PartialDate};
use super::filter::{select, Filter, Selection};
use super::metric::{Metric, Qualifier};
use super::money::{in_currency, InCurrency};
use super::placement::place;
use super::snapshot::{Event, FxRate, Snapshot};
use crate::model::EventId;
use chrono::Datelike;

/// What a chart counts.
#[derive(Debug, Clone, PartialEq)]
pub enum Quantity {
    Events,
    Figure {
        metric: Metric,
        unit: String,
        money: bool,
    },
}

impl Quantity {
    /// The unit or currency drawn ("" when events are counted).
    pub fn unit(&self) -> &str {
        match self {
            Quantity::Events => "",
            Quantity::Figure { unit, .. } => unit,
        }
    }
}

/// What a bar or column stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PointKey {
    /// A region, by its ISO 3166-2:KZ code.
    Region(crate::model::RegionCode),
    /// Figures given for the whole country, several regions together or an unknown place.
    NotSplit,
    /// A month or a year.
    Period(PartialDate),
    /// The whole selection (a converted headline total).
    Total,
}

impl PointKey {
    /// The region's code, when the key is a region.
    pub fn region(&self) -> Option<&str> {
        match self {
            PointKey::Region(code) => Some(code),
            _ => None,
        }
    }

    /// The period, when the key is one.
    pub fn period(&self) -> Option<PartialDate> {
        match self {
            PointKey::Period(p) => Some(*p),
            _ => None,
        }
    }
}

/// As the page's `data-key` and the tests write it: `KZ-35`, `not-split`, `2022-03`, `total`.
impl std::fmt::Display for PointKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PointKey::Region(code) => f.write_str(code),
            PointKey::NotSplit => f.write_str("not-split"),
            PointKey::Period(p) => write!(f, "{p}"),
            PointKey::Total => f.write_str("total"),
        }
    }
}

/// One bar or column: a region or a period, with its value (`None`: no figure reported).
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub key: PointKey,
    pub value: Option<f64>,
    pub qualifier: Qualifier,
    pub events: Vec<EventId>,
}

/// What was not drawn, and how money was converted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notes {
    /// (unit, event ids): figures of the metric in a unit other than the one drawn.
    pub other_units: Vec<(String, Vec<EventId>)>,
    /// Events whose money figure could not be converted (no rate from their month).
    pub no_rate: Vec<EventId>,
    /// Rates used, with their sources.
    pub rates: Vec<FxRate>,
    /// Events whose source itself gave the figure in the target currency.
    pub source_conversions: Vec<EventId>,
    /// Events not placed in a period because their date is looser than the chart's step.
    pub not_placed: Vec<EventId>,
    /// Events with no known date, so on no timeline.
    pub undated: Vec<EventId>,
    /// Events whose total is given for several regions and only partly split among them.
    pub partly_split: Vec<EventId>,
}

/// A timeline: one point per period, the step it is drawn in, and what it leaves out.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineSeries {
    pub points: Vec<Point>,
    pub step: Step,
    pub notes: Notes,
}

/// Every region of the snapshot, what is not split by region, and what is left out.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionSeries {
    pub points: Vec<Point>,
    /// Figures given for the whole country, several regions together or an unknown place.
    pub not_split: Point,
    pub notes: Notes,
}

impl RegionSeries {
    /// No region drawn (a page without the regions chart and the map).
    pub fn none() -> Self {
        RegionSeries {
            points: Vec::new(),
            not_split: Point {
                key: PointKey::NotSplit,
                value: None,
                qualifier: Qualifier::Exact,
                events: Vec::new(),
            },
            notes: Notes::default(),
        }
    }
}

/// Chooses what to draw: events when no metric is chosen; money in `currency` (KZT by default);
/// else the unit most of the metric's figures are stated in.
pub fn quantity(snapshot: &Snapshot, metric: Option<Metric>, currency: Option<&str>) -> Quantity {
    let Some(metric) = metric else {
        return Quantity::Events;
    };
    if metric.is_money() {
        return Quantity::Figure {
            metric,
            unit: currency.unwrap_or("KZT").to_string(),
            money: true,
        };
    }
    let mut counts: Vec<(String, bool, usize)> = Vec::new();
    for m in snapshot
        .events
        .iter()
        .flat_map(|e| e.measures_of(metric))
        .filter(|m| m.preferred && m.value.is_some())
    {
        let money = m.currency.is_some();
        match counts
            .iter_mut()
            .find(|(u, is_money, _)| u == m.unit_key() && *is_money == money)
        {
            Some(entry) => entry.2 += 1,
            None => counts.push((m.unit_key().to_string(), money, 1)),
        }
    }
    crate::order::sort_by(&mut counts, |a, b| {
        b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0))
    });
    let (unit, money) = counts
        .into_iter()
        .next()
        .map_or((String::new(), false), |(u, m, _)| (u, m));
    let unit = if money {
        currency.unwrap_or(&unit).to_string()
    } else {
        unit
    };
    Quantity::Figure {
        metric,
        unit,
        money,
    }
}

/// What one event adds in a view of `regions`, or `None` when it adds no drawable figure.
pub fn contribution(
    event: &Event,
    quantity: &Quantity,
    regions: &[crate::model::RegionCode],
    fx: &[FxRate],
    notes: &mut Notes,
) -> Option<(f64, Qualifier)> {
    let Quantity::Figure {
        metric,
        unit,
        money,
    } = quantity
    else {
        return Some((1.0, Qualifier::Exact));
    };
    let mut sum: Option<(f64, Qualifier)> = None;
    for m in place(event, *metric, regions).counted {
        let Some(value) = m.value else { continue };
        let (value, qualifier) = if *money && m.currency.is_some() {
            match in_currency(event, m, unit, fx) {
                InCurrency::AsStated(v) => (v, m.qualifier),
                InCurrency::SourceConversion(v, own) => {
                    push_unique(&mut notes.source_conversions, &event.id);
                    (v, own.qualifier)
                }
                InCurrency::Converted { value, rate } => {
                    if !notes.rates.contains(rate) {
                        notes.rates.push(rate.clone());
                    }
                    (value, m.qualifier.combine(Qualifier::Approx))
                }
                InCurrency::NoRate => {
                    push_unique(&mut notes.no_rate, &event.id);
                    continue;
                }
            }
        } else if m.unit_key() == unit && m.currency.is_some() == *money {
            (value, m.qualifier)
        } else {
            let key = m.unit_key().to_string();
            match notes.other_units.iter_mut().find(|(u, _)| *u == key) {
                Some((_, ids)) => push_unique(ids, &event.id),
                None => notes.other_units.push((key, vec![event.id.clone()])),
            }
            continue;
        };
        sum = Some(match sum {
            None => (value, qualifier),
            Some((s, q)) => (add_finite(s, value), q.combine(qualifier)),
        });
    }
    sum
}

fn add(point: &mut Point, event: &Event, value: f64, qualifier: Qualifier) {
    point.value = Some(add_finite(point.value.unwrap_or(0.0), value));
    point.qualifier = if point.events.is_empty() {
        qualifier
    } else {
        point.qualifier.combine(qualifier)
    };
    push_unique(&mut point.events, &event.id);
}

fn empty(key: PointKey, quantity: &Quantity) -> Point {
    Point {
        key,
        value: matches!(quantity, Quantity::Events).then_some(0.0),
        qualifier: Qualifier::Exact,
        events: Vec::new(),
    }
}

/// The total of a quantity over the filter's events (for converted headline totals).
pub fn total(snapshot: &Snapshot, filter: &Filter, quantity: &Quantity) -> (Point, Notes) {
    total_of(
        snapshot,
        select(snapshot, filter).events,
        &filter.regions,
        quantity,
    )
}

/// [`total`] of events already selected (newest first) for a view of `regions`.
pub fn total_of(
    snapshot: &Snapshot,
    events: Vec<&Event>,
    regions: &[crate::model::RegionCode],
    quantity: &Quantity,
) -> (Point, Notes) {
    let mut notes = Notes::default();
    let mut point = empty(PointKey::Total, quantity);
    for event in once(events, quantity, regions) {
        if let Some((v, q)) = contribution(event, quantity, regions, &snapshot.fx, &mut notes) {
            add(&mut point, event, v, q);
        }
    }
    (point, notes.tidy())
}

/// Every region of the snapshot (whatever the filter's regions), and what is not split by region:
/// figures given for the whole country, several regions together or an unknown place.
pub fn by_region(snapshot: &Snapshot, filter: &Filter, quantity: &Quantity) -> RegionSeries {
    let everywhere = Filter {
        regions: Vec::new(),
        ..filter.clone()
    };
    by_region_of(snapshot, select(snapshot, &everywhere).events, quantity)
}

/// [`by_region`] of the events the filter selects in the whole country (newest first).
pub fn by_region_of(snapshot: &Snapshot, all: Vec<&Event>, quantity: &Quantity) -> RegionSeries {
    let mut notes = Notes::default();
    let mut points = Vec::new();
    // each region's events are those of the whole country's that concern the region (the same,
    // in the same order, as selecting the region itself)
    // each event in the list of every region it concerns, in one pass
    let mut of: rustc_hash::FxHashMap<&str, Vec<&Event>> = Default::default();
    for e in &all {
        let mut codes: Vec<&str> = e
            .regions
            .iter()
            .map(crate::model::RegionCode::as_str)
            .chain(e.measures.iter().filter_map(|m| m.region.as_deref()))
            .collect();
        crate::order::sort(&mut codes);
        codes.dedup();
        for code in codes {
            of.entry(code).or_default().push(e);
        }
    }
    for region in &snapshot.regions {
        let one = [region.code.clone()];
        let mut point = empty(PointKey::Region(region.code.clone()), quantity);
        let of_region: Vec<&Event> = of.remove(region.code.as_str()).unwrap_or_default();
        for event in once(of_region, quantity, &one) {
            if let Some((v, q)) = contribution(event, quantity, &one, &snapshot.fx, &mut notes) {
                add(&mut point, event, v, q);
            }
        }
        points.push(point);
    }
    let mut not_split = empty(PointKey::NotSplit, quantity);
    for event in once(all, quantity, &[]) {
        if event.regions.len() == 1 {
            continue;
        }
        let has_parts = match quantity {
            Quantity::Events => {
                !event.regions.is_empty() || event.measures.iter().any(|m| m.region.is_some())
            }
            Quantity::Figure { metric, .. } => {
                event.measures_of(*metric).any(|m| m.region.is_some())
            }
        };
        let has_whole = match quantity {
            Quantity::Events => true,
            Quantity::Figure { metric, .. } => event
                .measures_of(*metric)
                .any(|m| m.region.is_none() && m.preferred),
        };
        if has_parts && has_whole && matches!(quantity, Quantity::Figure { .. }) {
            push_unique(&mut notes.partly_split, &event.id);
        }
        if has_parts {
            continue;
        }
        if let Some((v, q)) = contribution(event, quantity, &[], &snapshot.fx, &mut notes) {
            add(&mut not_split, event, v, q);
        }
    }
    RegionSeries {
        points,
        not_split,
        notes: notes.tidy(),
    }
}

/// The events a figure's chart adds: one of each group that may describe the same operation
/// (`aggregate::counted_once`). Counting events counts every event.
fn once<'a>(
    events: Vec<&'a Event>,
    quantity: &Quantity,
    regions: &[crate::model::RegionCode],
) -> Vec<&'a Event> {
    match quantity {
        Quantity::Figure { metric, .. } => counted_once(&events, *metric, regions).0,
        Quantity::Events => events,
    }
}

/// The step of a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Month,
    Year,
}

impl Step {
    /// Years for spans of more than two years, else months.
    pub fn for_span(first: PartialDate, last: PartialDate) -> Step {
        if last.year - first.year >= 2 {
            Step::Year
        } else {
            Step::Month
        }
    }

    fn key(self, date: chrono::NaiveDate) -> PartialDate {
        PartialDate {
            year: date.year(),
            month: (self == Step::Month).then(|| date.month()),
            day: None,
        }
    }
}

/// The quantity by month or year over the filter's events. An event is drawn only in the period
/// that holds the whole of its possible date: a year-only event is never put on a month.
pub fn by_period(
    snapshot: &Snapshot,
    filter: &Filter,
    quantity: &Quantity,
    step: Option<Step>,
) -> TimelineSeries {
    by_period_of(snapshot, &select(snapshot, filter), filter, quantity, step)
}

/// [`by_period`] of the filter's selection, already made.
pub fn by_period_of(
    snapshot: &Snapshot,
    selection: &Selection<'_>,
    filter: &Filter,
    quantity: &Quantity,
    step: Option<Step>,
) -> TimelineSeries {
    let mut notes = Notes::default();
    let events = once(selection.events.clone(), quantity, &filter.regions);
    for e in events
        .iter()
        .chain(selection.undated.iter())
        .filter(|e| e.date_span().is_none())
    {
        push_unique(&mut notes.undated, &e.id);
    }
    let spans: Vec<(&Event, chrono::NaiveDate, chrono::NaiveDate)> = events
        .iter()
        .filter_map(|e| e.date_span().map(|s| (*e, s.first, s.last)))
        .collect();
    let first = spans.iter().map(|s| s.1).min().map(PartialDate::from_naive);
    let last = spans.iter().map(|s| s.2).max().map(PartialDate::from_naive);
    let (Some(first), Some(last)) = (filter.from.or(first), filter.to.or(last)) else {
        return TimelineSeries {
            points: Vec::new(),
            step: step.unwrap_or(Step::Year),
            notes,
        };
    };
    let step = step.unwrap_or_else(|| Step::for_span(first, last));
    let mut points: Vec<Point> = Vec::new();
    let mut cursor = step.key(first.first_day());
    let end = step.key(last.last_day());
    while cursor <= end && points.len() < 1200 {
        points.push(empty(PointKey::Period(cursor), quantity));
        cursor = match (step, cursor.month) {
            (Step::Month, Some(12)) => PartialDate {
                year: cursor.year + 1,
                month: Some(1),
                day: None,
            },
            (Step::Month, Some(m)) => PartialDate {
                month: Some(m + 1),
                ..cursor
            },
            _ => PartialDate {
                year: cursor.year + 1,
                ..cursor
            },
        };
    }
    let index: rustc_hash::FxHashMap<PointKey, usize> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (p.key.clone(), i))
        .collect();
    for (event, from, to) in spans {
        let (a, b) = (step.key(from), step.key(to));
        if a != b || (step == Step::Month && event.date_precision == DatePrecision::Year) {
            push_unique(&mut notes.not_placed, &event.id);
            continue;
        }
        let Some(point) = index
            .get(&PointKey::Period(a))
            .and_then(|i| points.get_mut(*i))
        else {
            continue;
        };
        if let Some((v, q)) =
            contribution(event, quantity, &filter.regions, &snapshot.fx, &mut notes)
        {
            add(point, event, v, q);
        }
    }
    TimelineSeries {
        points,
        step,
        notes: notes.tidy(),
    }
}

use super::ids::push_unique;

/// Removes repeats from a list, keeping the first of each, in linear time.
fn dedup_in_order(ids: &mut Vec<EventId>) {
    let mut seen = rustc_hash::FxHashSet::default();
    ids.retain(|id| seen.insert(id.clone()));
}

impl Notes {
    /// Each list names an event once, in the order first met.
    fn tidy(mut self) -> Self {
        for (_, ids) in &mut self.other_units {
            dedup_in_order(ids);
        }
        for ids in [
            &mut self.no_rate,
            &mut self.source_conversions,
            &mut self.not_placed,
            &mut self.undated,
            &mut self.partly_split,
        ] {
            dedup_in_order(ids);
        }
        self
    }
}
