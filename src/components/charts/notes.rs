//! The notes under a chart: what was not drawn, and how money was converted.

use crate::i18n::format::{date_text, number};
use crate::model::series::Notes;
use crate::model::snapshot::Snapshot;

fn titles(snapshot: &Snapshot, ids: &[String]) -> String {
    ids.iter()
        .map(|id| snapshot.event(id).map_or(id.as_str(), |e| e.title.any()))
        .collect::<Vec<_>>()
        .join("; ")
}

fn events(n: usize) -> String {
    if n == 1 {
        "1 event".to_string()
    } else {
        format!("{n} events")
    }
}

pub fn note_lines(snapshot: &Snapshot, notes: &Notes) -> Vec<String> {
    let mut out = Vec::new();
    for (unit, ids) in &notes.other_units {
        let unit = if unit.is_empty() {
            "another unit"
        } else {
            unit
        };
        out.push(format!(
            "Not drawn: figures stated in {unit} ({}: {}).",
            events(ids.len()),
            titles(snapshot, ids)
        ));
    }
    if !notes.no_rate.is_empty() {
        out.push(format!(
            "Left out: amounts that cannot be converted, because the data has no exchange rate from the month of the event ({}: {}).",
            events(notes.no_rate.len()),
            titles(snapshot, &notes.no_rate)
        ));
    }
    for rate in &notes.rates {
        let source = snapshot
            .source(&rate.source)
            .map_or(rate.source.clone(), |s| s.publisher.clone());
        out.push(format!(
            "Converted at 1 {} = {} {} ({}), the rate implied by {source}.",
            rate.base,
            number(rate.rate),
            rate.quote,
            date_text(Some(&rate.date))
        ));
    }
    if !notes.source_conversions.is_empty() {
        out.push(format!(
            "Where a source gives the amount in this currency itself, its own figure is used ({}).",
            titles(snapshot, &notes.source_conversions)
        ));
    }
    if !notes.not_placed.is_empty() {
        out.push(format!(
            "Not drawn: {} dated too loosely for this step ({}).",
            events(notes.not_placed.len()),
            titles(snapshot, &notes.not_placed)
        ));
    }
    if !notes.undated.is_empty() {
        out.push(format!(
            "Not drawn: {} with no known date ({}).",
            events(notes.undated.len()),
            titles(snapshot, &notes.undated)
        ));
    }
    if !notes.partly_split.is_empty() {
        out.push(format!(
            "Only partly split by region, so the rest of their total is in no bar: {}.",
            titles(snapshot, &notes.partly_split)
        ));
    }
    out
}
