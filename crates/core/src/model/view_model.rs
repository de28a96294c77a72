//! Everything a dashboard, a region page or an embed shows for one filter, computed in one step
//! per change and shared by every part of the page (figures, charts, map, notes, downloads,
//! sources). It holds places in the snapshot's lists rather than references, so that the app can
//! keep it in one memo beside the data it was computed from.

use super::aggregate::MetricSummary;
use super::card::Card;
use super::choices::Currency;
use super::filter::{select_places, Filter, SelectedPlaces, Selection};
use super::lookups::Kept;
use super::metric::Metric;
use super::overview::{summaries_of, Overview};
use super::placement::reports;
use super::regions::boundary_changes;
use super::series::{
    by_period_of, by_region_of, quantity, total_of, Notes, Point, Quantity, RegionSeries, Step,
    TimelineSeries,
};
use super::snapshot::{Event, Snapshot};
use super::EventPlace;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub struct ViewModel {
    /// The filter the figures count (the chosen filter without its chart metric).
    pub filter: Filter,
    /// The chosen filter: its metric is what the charts draw.
    pub chart_filter: Filter,
    pub quantity: Quantity,
    /// Places in `snapshot.events` of the events the figures count, newest first.
    pub events: Vec<EventPlace>,
    /// Of the events that match but are dated too loosely, or not at all.
    pub straddling: Vec<EventPlace>,
    pub undated: Vec<EventPlace>,
    /// One per metric asked for, in order.
    pub summaries: Arc<Vec<MetricSummary>>,
    /// What each summary's card shows ([`ViewModel::cards`]), worked out once per view.
    pub cards: Kept<Arc<Vec<Card>>>,
    /// Money totals converted into the chosen currency.
    pub converted: Vec<ConvertedTotal>,
    /// What the charts are drawn from besides the events above.
    pub charts: ChartsAsked,
    /// The timeline ([`ViewModel::timeline`]) and the regions chart's series
    /// ([`ViewModel::regions`]), worked out when a chart first asks: the charts are below the
    /// first screen.
    pub timeline: Kept<Arc<TimelineSeries>>,
    pub regions: Kept<Arc<RegionSeries>>,
    /// Places in `snapshot.sources` of the sources the events cite, by publisher then id: worked
    /// out when first asked for ([`ViewModel::sources`]), since the first screen does not show
    /// them (at 10,000 events, ordering a snapshot's sources the first time is a tenth of the
    /// wait for the first figure).
    pub cited: Kept<Vec<usize>>,
    /// Places of the counted events that may describe the same operation as another counted
    /// event ([`ViewModel::overlapping`]), for the notes: worked out once per view.
    pub overlapping: Kept<Vec<EventPlace>>,
}

/// What a view model's charts are drawn from, besides the events its figures count.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartsAsked {
    /// The timeline's step (`None`: the one that suits the dates).
    pub step: Option<Step>,
    /// Whether the page compares regions (else the regions series is empty).
    pub compare_regions: bool,
    /// In a region view, places of the events of the whole country in the same period, by the
    /// same agencies (what the regions chart compares), newest first; `None` otherwise.
    pub whole_country: Option<Vec<EventPlace>>,
}

/// A money metric's total in the chosen currency, and how it was converted.
#[derive(Debug, Clone, PartialEq)]
pub struct ConvertedTotal {
    pub metric: Metric,
    /// The currency the total is in (what `value_text` needs to write it).
    pub quantity: Quantity,
    pub total: Point,
    pub notes: Notes,
}

/// The figure cards' part of a view model: every metric's summary and card, and the money totals
/// in the chosen currency.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub summaries: Arc<Vec<MetricSummary>>,
    /// One per summary, in the same order.
    pub cards: Arc<Vec<Card>>,
    pub converted: Vec<ConvertedTotal>,
}

impl Figures {
    /// The converted total of a metric, when a currency was chosen.
    pub fn converted(&self, metric: Metric) -> Option<&ConvertedTotal> {
        self.converted.iter().find(|c| c.metric == metric)
    }

    /// A metric's card and its converted total: what one figure card shows.
    pub fn card(&self, metric: Metric) -> Option<(Card, Option<ConvertedTotal>)> {
        let card = self.cards.iter().find(|c| c.metric == metric)?;
        Some((card.clone(), self.converted(metric).cloned()))
    }
}

/// A chart's part of a view model: what it draws, in which quantity, for which filter, and how
/// many sources its credit line names.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPart<S> {
    /// The chosen filter, with the metric drawn.
    pub filter: Filter,
    pub quantity: Quantity,
    /// Shared with the view model it comes from (a part is handed out without a copy).
    pub series: Arc<S>,
    pub sources: usize,
}

/// What the page asks for besides the filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asked<'a> {
    pub metrics: &'a [Metric],
    pub currency: Option<Currency>,
    pub step: Option<Step>,
    /// Whether the regions chart and the map are shown (else `regions` is left empty).
    pub compare_regions: bool,
}

/// The events of `events` that report `metric` in a view of `regions` (all of them, without a
/// metric): selecting with the metric is selecting without it, then keeping these.
fn reporting<'a>(
    events: &[&'a Event],
    metric: Option<Metric>,
    regions: &[crate::model::RegionCode],
) -> Vec<&'a Event> {
    match metric {
        None => events.to_vec(),
        Some(m) => events
            .iter()
            .copied()
            .filter(|e| reports(e, m, regions))
            .collect(),
    }
}

/// Everything a page shows for a filter, with one selection of the events (and one of the whole
/// country for a region view) that every total, chart and list is taken from.
pub fn view_model(snapshot: &Snapshot, chosen: &Filter, asked: Asked<'_>) -> ViewModel {
    let filter = Filter {
        metric: None,
        ..chosen.clone()
    };
    let currency = asked.currency.map(Currency::code);
    let placed = select_places(snapshot, &filter);
    let selection = placed.events_in(snapshot);
    // the whole country in the same period, by the same agencies (a region view's figures that
    // lie outside it, and the regions chart)
    let whole_country: Option<Vec<EventPlace>> = (!filter.regions.is_empty()
        && (asked.compare_regions || !asked.metrics.is_empty()))
    .then(|| {
        select_places(
            snapshot,
            &Filter {
                regions: Vec::new(),
                ..filter.clone()
            },
        )
        .events
    });
    let country_events: Option<Vec<&Event>> =
        whole_country.as_deref().map(|p| snapshot.events_at(p));
    let summaries = summaries_of(
        &selection.events,
        country_events.as_deref().unwrap_or(&[]),
        asked.metrics,
        &filter.regions,
    );
    let chart_quantity = quantity(snapshot, chosen.metric, currency);
    let converted = match currency {
        Some(c) => summaries
            .iter()
            .filter(|s| s.metric.is_money() && !s.totals.is_empty())
            .map(|s| {
                let q = quantity(snapshot, Some(s.metric), Some(c));
                let (total, notes) =
                    total_of(snapshot, selection.events.clone(), &filter.regions, &q);
                ConvertedTotal {
                    metric: s.metric,
                    quantity: q,
                    total,
                    notes,
                }
            })
            .collect(),
        None => Vec::new(),
    };
    let SelectedPlaces {
        events,
        straddling,
        undated,
    } = placed;
    ViewModel {
        cited: Kept::default(),
        cards: Kept::default(),
        overlapping: Kept::default(),
        events,
        straddling,
        undated,
        filter,
        chart_filter: chosen.clone(),
        quantity: chart_quantity,
        summaries: Arc::new(summaries),
        converted,
        charts: ChartsAsked {
            step: asked.step,
            compare_regions: asked.compare_regions,
            whole_country,
        },
        timeline: Kept::default(),
        regions: Kept::default(),
    }
}

impl ViewModel {
    /// The figure cards' part.
    pub fn figures(&self) -> Figures {
        Figures {
            summaries: Arc::clone(&self.summaries),
            cards: Arc::clone(self.cards()),
            converted: self.converted.clone(),
        }
    }

    /// What each summary's card shows, in the summaries' order.
    pub fn cards(&self) -> &Arc<Vec<Card>> {
        self.cards
            .get_or_init(|| Arc::new(self.summaries.iter().map(Card::of).collect()))
    }

    /// The counted events that may describe the same operation as another counted event, newest
    /// first (`snapshot`: the one the view model was computed from).
    pub fn overlapping<'a>(&self, snapshot: &'a Snapshot) -> Vec<&'a Event> {
        let places = self.overlapping.get_or_init(|| {
            let counted = Selection {
                events: self.events(snapshot),
                straddling: Vec::new(),
                undated: Vec::new(),
            };
            snapshot.places_of(&counted.overlapping())
        });
        snapshot.events_at(places)
    }

    /// The timeline: the events the figures count that report the chart's metric, by period
    /// (`snapshot`: the one the view model was computed from, as for every method below).
    pub fn timeline(&self, snapshot: &Snapshot) -> &Arc<TimelineSeries> {
        self.timeline.get_or_init(|| {
            let chosen = &self.chart_filter;
            let of = |places: &[EventPlace]| {
                reporting(&snapshot.events_at(places), chosen.metric, &chosen.regions)
            };
            let selection = Selection {
                events: of(&self.events),
                straddling: of(&self.straddling),
                undated: of(&self.undated),
            };
            Arc::new(by_period_of(
                snapshot,
                &selection,
                chosen,
                &self.quantity,
                self.charts.step,
            ))
        })
    }

    /// The regions chart's series: the events of the whole country (in a region view) or those
    /// the figures count that report the chart's metric, by region; empty unless the page
    /// compares regions.
    pub fn regions(&self, snapshot: &Snapshot) -> &Arc<RegionSeries> {
        self.regions.get_or_init(|| {
            if !self.charts.compare_regions {
                return Arc::new(RegionSeries::none());
            }
            let in_country = self.charts.whole_country.as_deref().unwrap_or(&self.events);
            Arc::new(by_region_of(
                snapshot,
                reporting(
                    &snapshot.events_at(in_country),
                    self.chart_filter.metric,
                    &[],
                ),
                &self.quantity,
            ))
        })
    }

    /// The timeline's part.
    pub fn timeline_part(&self, snapshot: &Snapshot) -> ChartPart<TimelineSeries> {
        self.chart_part(snapshot, Arc::clone(self.timeline(snapshot)))
    }

    /// The regions chart's and the map's part.
    pub fn regions_part(&self, snapshot: &Snapshot) -> ChartPart<RegionSeries> {
        self.chart_part(snapshot, Arc::clone(self.regions(snapshot)))
    }

    fn chart_part<S>(&self, snapshot: &Snapshot, series: Arc<S>) -> ChartPart<S> {
        ChartPart {
            filter: self.chart_filter.clone(),
            quantity: self.quantity.clone(),
            series,
            sources: self.sources(snapshot).len(),
        }
    }

    /// The events the figures count, newest first.
    pub fn events<'a>(&self, snapshot: &'a Snapshot) -> Vec<&'a Event> {
        snapshot.events_at(&self.events)
    }

    /// Places in `snapshot.sources` of the sources the events cite, by publisher then id
    /// (`snapshot`: the one the view model was computed from).
    pub fn sources(&self, snapshot: &Snapshot) -> &[usize] {
        self.cited.get_or_init(|| snapshot.cited_by(&self.events))
    }

    /// The selection and summaries as [`overview`] gives them, without computing them again.
    pub fn overview<'a>(&'a self, snapshot: &'a Snapshot) -> Overview<'a> {
        Overview {
            selection: Selection {
                events: self.events(snapshot),
                straddling: snapshot.events_at(&self.straddling),
                undated: snapshot.events_at(&self.undated),
            },
            summaries: std::borrow::Cow::Borrowed(self.summaries.as_slice()),
            boundary_changes: self
                .filter
                .regions
                .iter()
                .flat_map(|code| boundary_changes(&snapshot.regions, code))
                .collect(),
        }
    }

    /// Whether the figures' filter selects any event.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}
