//! The rules for one figure: a value a source could state, a source that exists, a currency
//! for money, exactly one preferred figure among those that state the same thing.

use super::{Known, Place, Problem};
use crate::model::snapshot::Measure;

/// Where a figure is in its record, worked out only when a problem is found there (a snapshot
/// has tens of thousands of figures, nearly all of them right).
pub(super) struct FigureAt<'a> {
    pub record: &'a Place,
    /// From 0.
    pub index: usize,
}

impl FigureAt<'_> {
    fn key(&self, key: &'static str) -> Place {
        self.record.key("measures").index(self.index).key(key)
    }
}

/// "figure 3 (farms_shut)", written only when a message needs it.
struct What<'a>(usize, &'a Measure);

impl std::fmt::Display for What<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "figure {} ({})", self.0, self.1.metric)
    }
}

pub(super) fn check_measure(
    s: &Known<'_>,
    m: &Measure,
    place: FigureAt<'_>,
    out: &mut Vec<Problem>,
) {
    let what = What(place.index + 1, m);
    if let Some(v) = m.value {
        if let Some(why) = figure_problem(v) {
            out.push(Problem::at(place.key("value"), format!("{what} {why}")));
        }
    }
    if m.sources.is_empty() {
        out.push(Problem::at(
            place.key("sources"),
            format!("{what} names no source; name the source that states it"),
        ));
    }
    for (i, id) in m.sources.iter().enumerate() {
        if !s.sources.contains(id.as_str()) {
            out.push(Problem::at(
                place.key("sources").index(i),
                format!("{what} cites source \"{id}\", which is not in the list of sources; add it there first"),
            ));
        }
    }
    if m.metric.is_money() && m.currency.is_none() {
        out.push(Problem::at(
            place.key("currency"),
            format!("{what} is an amount of money but names no currency; add currency = \"KZT\" (or the one stated)"),
        ));
    }
    if !m.metric.may_be_money() && m.currency.is_some() {
        out.push(Problem::at(
            place.key("currency"),
            format!(
                "{what} is not money but names a currency; remove the currency, or give the unit"
            ),
        ));
    }
    if let Some(code) = &m.region {
        if !s.regions.contains_key(code.as_str()) {
            out.push(Problem::at(
                place.key("region"),
                format!("{what} is for region \"{code}\", which is not a known region code"),
            ));
        }
    }
}

/// The largest figure a source could state: 10^15 (a thousand trillion tenge is several times
/// Kazakhstan's yearly output). Anything larger is a typing error, and would break sums and scales.
pub const MAX_FIGURE: f64 = 1e15;

/// The smallest non-zero figure a source could state: one millionth (MW to the watt).
pub const MIN_FIGURE: f64 = 1e-6;

/// Why a value cannot be a figure any source states, or `None` when it can be.
pub fn figure_problem(v: f64) -> Option<String> {
    if !v.is_finite() || v < 0.0 {
        Some(format!(
            "has the value {v}, which cannot be a count or an amount; write a number of 0 or more, or null when no source states it"
        ))
    } else if v > MAX_FIGURE {
        Some(format!(
            "has the value {v:e}, larger than any count or amount a source states (at most 1e15); check the number of digits"
        ))
    } else if v != 0.0 && v < MIN_FIGURE {
        Some(format!(
            "has the value {v:e}, smaller than any figure a source states (at least 0.000001); check the decimal point"
        ))
    } else {
        None
    }
}

/// Among the figures that state the same thing (metric, region, breakdown), exactly one is preferred.
pub(super) fn check_preferred(measures: &[Measure], place: &Place, out: &mut Vec<Problem>) {
    // (metric, region, breakdown) -> (of which preferred, first figure's index); a record has a
    // handful of figures, so the groups are found by looking through them
    type Group<'a> = (&'static str, Option<&'a str>, Option<&'a str>);
    let mut groups: Vec<(Group, usize, usize)> = Vec::new();
    for (i, m) in measures.iter().enumerate() {
        let key = (m.metric.as_str(), m.region.as_deref(), m.kind.as_deref());
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some(group) => group.1 += usize::from(m.preferred),
            None => groups.push((key, usize::from(m.preferred), i)),
        }
    }
    groups.retain(|(_, preferred, _)| *preferred != 1);
    // in the order of (metric, region, breakdown)
    crate::order::sort_by(&mut groups, |a, b| a.0.cmp(&b.0));
    for ((metric, region, kind), preferred, first) in groups {
        let place_text = region.map(|r| format!(" in {r}")).unwrap_or_default();
        let part = kind.map(|k| format!(" ({k})")).unwrap_or_default();
        out.push(Problem::at(
            place.key("measures").index(first).key("preferred"),
            format!(
                "{preferred} of its {metric}{part}{place_text} figures are marked preferred; exactly one must be (preferred = true on the one the totals use)"
            ),
        ));
    }
}
