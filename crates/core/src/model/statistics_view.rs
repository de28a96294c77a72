//! Which official statistics a view shows, each with what the events of this data add up to for
//! the same metric, period and place (never added together). A query over the snapshot, apart
//! from the record type (`statistic`), so that records do not depend on queries.

use super::aggregate::{summarise, MetricSummary};
use super::filter::{select, Filter};
use super::lookups::Kept;
use super::snapshot::{Measure, Snapshot};
use super::statistic::Statistic;

/// An official figure with what the events of this data add up to for the same metric, period
/// and place: the two are shown side by side, never added together.
#[derive(Debug, Clone, PartialEq)]
pub struct Beside<'a> {
    pub statistic: &'a Statistic,
    /// Its preferred figures, each with the events' summary for the same metric over its period
    /// (whole country, or its regions).
    pub figures: Vec<(&'a Measure, MetricSummary)>,
    /// Its other figures: copies that disagree or state it differently.
    pub others: Vec<&'a Measure>,
}

/// What the events add up to beside each statistic of a snapshot (one summary per preferred
/// figure, in order), worked out the first time a view shows statistics and kept: the totals do
/// not depend on the reader's filter, only on the statistic. Empty until used; two compare equal,
/// and a copy starts empty.
#[derive(Default, Clone, PartialEq, Debug)]
pub struct BesideTotals(Kept<Vec<Vec<MetricSummary>>>);

impl BesideTotals {
    fn of(&self, snapshot: &Snapshot) -> &[Vec<MetricSummary>] {
        self.0.get_or_init(|| {
            snapshot
                .statistics
                .iter()
                .map(|s| totals_beside(snapshot, s))
                .collect()
        })
    }
}

/// The statistics a view shows, with their places in the snapshot's list: those whose period
/// overlaps the filter's dates and that are for the place it shows (see [`statistics_for`]).
fn shown<'a>(snapshot: &'a Snapshot, filter: &Filter) -> Vec<(usize, &'a Statistic)> {
    let from = filter.from.map(|d| d.first_day());
    let to = filter.to.map(|d| d.last_day());
    let mut shown: Vec<(usize, &Statistic)> = snapshot
        .statistics
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            let span = s.span();
            from.is_none_or(|f| span.last >= f) && to.is_none_or(|t| span.first <= t)
        })
        .filter(|(_, s)| {
            if filter.regions.is_empty() {
                s.is_national()
            } else {
                s.regions.iter().any(|r| filter.regions.contains(r))
            }
        })
        .filter(|(_, s)| {
            filter.agencies.is_empty() || s.agencies.iter().any(|a| filter.agencies.contains(a))
        })
        .collect();
    // The latest period first, as a reader looks for the newest figure.
    crate::order::sort_by(&mut shown, |(_, a), (_, b)| {
        b.span().last.cmp(&a.span().last).then(a.id.cmp(&b.id))
    });
    shown
}

/// The statistics a view shows: those whose period overlaps the filter's dates and that are for
/// the place it shows: the whole country, or one of the chosen regions (a national count is not a
/// region's; a region view names how many national ones there are, `national_beside`).
pub fn statistics_for<'a>(snapshot: &'a Snapshot, filter: &Filter) -> Vec<Beside<'a>> {
    shown(snapshot, filter)
        .into_iter()
        .map(|(_, s)| beside_events(snapshot, s))
        .collect()
}

/// [`statistics_for`], with the events' totals taken from `totals` (worked out once).
pub fn statistics_for_with<'a>(
    snapshot: &'a Snapshot,
    filter: &Filter,
    totals: &BesideTotals,
) -> Vec<Beside<'a>> {
    let kept = totals.of(snapshot);
    shown(snapshot, filter)
        .into_iter()
        .map(|(i, s)| {
            let sums = kept
                .get(i)
                .cloned()
                .unwrap_or_else(|| totals_beside(snapshot, s));
            beside(s, sums)
        })
        .collect()
}

/// How many national statistics the same dates would show for the whole country (for a region
/// view, which does not show them as its own).
pub fn national_beside(snapshot: &Snapshot, filter: &Filter) -> usize {
    let whole = Filter {
        regions: Vec::new(),
        ..filter.clone()
    };
    shown(snapshot, &whole).len()
}

/// What the events add up to beside one statistic.
pub fn beside_events<'a>(snapshot: &'a Snapshot, s: &'a Statistic) -> Beside<'a> {
    beside(s, totals_beside(snapshot, s))
}

/// The events' summary beside each preferred figure of a statistic, in order: the same metric,
/// over its period, in its regions (the whole country when it has none).
fn totals_beside(snapshot: &Snapshot, s: &Statistic) -> Vec<MetricSummary> {
    let same = Filter {
        regions: s.regions.clone(),
        from: Some(s.period.from),
        to: Some(s.period.to),
        agencies: Vec::new(),
        metric: None,
    };
    let selection = select(snapshot, &same);
    s.measures
        .iter()
        .filter(|m| m.preferred)
        .map(|m| summarise(&selection, &[], m.metric, &s.regions))
        .collect()
}

fn beside(s: &Statistic, sums: Vec<MetricSummary>) -> Beside<'_> {
    let figures = s
        .measures
        .iter()
        .filter(|m| m.preferred)
        .zip(sums)
        .collect();
    let others = s.measures.iter().filter(|m| !m.preferred).collect();
    Beside {
        statistic: s,
        figures,
        others,
    }
}
