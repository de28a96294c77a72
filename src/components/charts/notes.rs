//! The notes under a chart: what was not drawn, and how money was converted.

use crate::i18n::format::{date_text, number, unit_figure, unit_name};
use crate::i18n::labels::{some_titles, title_in, TITLES_NAMED};
use crate::i18n::{td_string, Locale};
use crate::model::series::Notes;
use crate::model::snapshot::Snapshot;
use crate::model::EventId;

/// The first few events' titles, then how many more (each looked up once).
fn titles(l: Locale, snapshot: &Snapshot, ids: &[EventId]) -> String {
    let named: Vec<&str> = ids
        .iter()
        .take(TITLES_NAMED)
        .map(|id| snapshot.event(id).map_or(id.as_str(), |e| title_in(e, l)))
        .collect();
    let rest = ids.iter().skip(TITLES_NAMED).map(EventId::as_str);
    some_titles(l, named.into_iter().chain(rest))
}

fn events(l: Locale, n: usize) -> String {
    unit_figure(l, n as f64, &number(l, n as f64), "events")
}

pub fn note_lines(l: Locale, snapshot: &Snapshot, notes: &Notes) -> Vec<String> {
    let mut out = Vec::new();
    for (unit, ids) in &notes.other_units {
        let unit = if unit.is_empty() {
            td_string!(l, notes.another_unit).to_string()
        } else {
            unit_name(l, unit)
        };
        out.push(
            td_string!(
                l,
                notes.other_unit,
                unit = unit,
                events = events(l, ids.len()),
                titles = titles(l, snapshot, ids)
            )
            .to_string(),
        );
    }
    if !notes.no_rate.is_empty() {
        out.push(
            td_string!(
                l,
                notes.no_rate,
                events = events(l, notes.no_rate.len()),
                titles = titles(l, snapshot, &notes.no_rate)
            )
            .to_string(),
        );
    }
    for rate in &notes.rates {
        let source = snapshot
            .source(&rate.source)
            .map_or(rate.source.clone(), |s| s.publisher.clone());
        out.push(
            td_string!(
                l,
                notes.rate,
                base = rate.base.clone(),
                rate = number(l, rate.rate),
                quote = rate.quote.clone(),
                date = date_text(l, Some(rate.date)),
                source = source
            )
            .to_string(),
        );
    }
    if !notes.source_conversions.is_empty() {
        out.push(
            td_string!(
                l,
                notes.source_conversion,
                titles = titles(l, snapshot, &notes.source_conversions)
            )
            .to_string(),
        );
    }
    if !notes.not_placed.is_empty() {
        out.push(
            td_string!(
                l,
                notes.not_placed,
                events = events(l, notes.not_placed.len()),
                titles = titles(l, snapshot, &notes.not_placed)
            )
            .to_string(),
        );
    }
    if !notes.undated.is_empty() {
        out.push(
            td_string!(
                l,
                notes.undated,
                events = events(l, notes.undated.len()),
                titles = titles(l, snapshot, &notes.undated)
            )
            .to_string(),
        );
    }
    if !notes.partly_split.is_empty() {
        out.push(
            td_string!(
                l,
                notes.partly_split,
                titles = titles(l, snapshot, &notes.partly_split)
            )
            .to_string(),
        );
    }
    out
}
