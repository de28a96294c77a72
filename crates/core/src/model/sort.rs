//! The order of the events list (`sort=`): newest first (the default), oldest first, by region
//! name, or by a figure, largest first. Events without the figure come last, never as zero.

use super::filter::newest_first;
use super::metric::Metric;
use super::placement::place;
use super::snapshot::Event;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Newest,
    Oldest,
    Region,
    Figure(Metric),
}

impl FromStr for SortKey {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "newest" => Ok(SortKey::Newest),
            "oldest" => Ok(SortKey::Oldest),
            "region" => Ok(SortKey::Region),
            other => other.parse::<Metric>().map(SortKey::Figure),
        }
    }
}

impl fmt::Display for SortKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SortKey::Newest => f.write_str("newest"),
            SortKey::Oldest => f.write_str("oldest"),
            SortKey::Region => f.write_str("region"),
            SortKey::Figure(m) => write!(f, "{m}"),
        }
    }
}

/// An event's figure for `metric` in a view of `regions`, for ordering: its unit or currency and
/// the sum of its counted values; `None` when it states none.
fn figure_of<'a>(
    e: &'a Event,
    metric: Metric,
    regions: &[crate::model::RegionCode],
) -> Option<(&'a str, f64)> {
    let counted = place(e, metric, regions).counted;
    let unit = counted.first()?.unit_key();
    let values: Vec<f64> = counted
        .iter()
        .filter(|m| m.unit_key() == unit)
        .filter_map(|m| m.value)
        .collect();
    (!values.is_empty()).then(|| (unit, values.iter().sum()))
}

/// Orders events by `key`. `region_name` gives the name an event is sorted under (its first
/// region's name in the reader's language, or the words for nationwide / unknown); ties keep the
/// newest first. n log n.
pub fn sort_events<K: Ord>(
    events: &mut [&Event],
    key: SortKey,
    regions: &[crate::model::RegionCode],
    region_name: impl Fn(&Event) -> K,
) {
    match key {
        SortKey::Newest => crate::order::sort_by(events, |a, b| newest_first(a, b)),
        SortKey::Oldest => crate::order::sort_by(events, |a, b| {
            let first = |e: &Event| e.date_span().map(|s| s.first);
            match (first(a), first(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
            .then_with(|| a.id.cmp(&b.id))
        }),
        SortKey::Region => crate::order::sort_by_key(events, |e| region_name(e)),
        SortKey::Figure(metric) => {
            let mut keyed: Vec<(Option<(&str, f64)>, &Event)> = events
                .iter()
                .map(|e| (figure_of(e, metric, regions), *e))
                .collect();
            crate::order::sort_by(&mut keyed, |(a, ea), (b, eb)| {
                match (a, b) {
                    (Some((ua, va)), Some((ub, vb))) => ua.cmp(ub).then(vb.total_cmp(va)),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                }
                .then_with(|| newest_first(ea, eb))
            });
            for (slot, (_, e)) in events.iter_mut().zip(keyed) {
                *slot = e;
            }
        }
    }
}
