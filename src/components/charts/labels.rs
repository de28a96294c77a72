//! Words for what a chart shows: its quantity, a value with its unit, the filter in one line.

use crate::i18n::format::{amount, figure, number, rough_amount};
use crate::i18n::labels::metric_label;
use crate::model::filter::Filter;
use crate::model::metric::Qualifier;
use crate::model::series::{Point, Quantity};
use crate::model::snapshot::Snapshot;

use crate::components::figures::with_qualifier;

/// "Number of events" or "Mining farms shut down (farms)".
pub fn quantity_label(q: &Quantity) -> String {
    match q {
        Quantity::Events => "Number of events".to_string(),
        Quantity::Figure { metric, unit, .. } if unit.is_empty() => {
            metric_label(*metric).to_string()
        }
        Quantity::Figure { metric, unit, .. } => format!("{} ({unit})", metric_label(*metric)),
    }
}

/// A point's value in words: "154 farms", "about KZT 97.9 billion", "3 events", "no figure reported".
pub fn value_text(q: &Quantity, p: &Point) -> String {
    match (q, p.value) {
        (_, None) => "no figure reported".to_string(),
        (Quantity::Events, Some(v)) => {
            if v == 1.0 {
                "1 event".to_string()
            } else {
                format!("{} events", number(v))
            }
        }
        (
            Quantity::Figure {
                unit, money: true, ..
            },
            Some(v),
        ) if p.qualifier == Qualifier::Approx => {
            format!("about {unit} {}", rough_amount(v, false))
        }
        (
            Quantity::Figure {
                unit, money: true, ..
            },
            Some(v),
        ) if p.qualifier.is_lower_bound() => {
            format!(
                "{} {unit} {}",
                crate::i18n::format::qualifier(p.qualifier),
                rough_amount(v, true)
            )
        }
        (Quantity::Figure { unit, money, .. }, Some(v)) => {
            with_qualifier(p.qualifier, &figure(v, unit, *money))
        }
    }
}

/// A tick label: short and exact.
pub fn tick_text(q: &Quantity, v: f64) -> String {
    match q {
        Quantity::Figure { money: true, .. } => amount(v),
        _ => number(v),
    }
}

/// The filter in one line, for chart subtitles and file names' readers.
pub fn filter_line(snapshot: &Snapshot, filter: &Filter) -> String {
    let place = if filter.regions.is_empty() {
        "All of Kazakhstan".to_string()
    } else {
        filter
            .regions
            .iter()
            .map(|c| snapshot.region(c).map_or(c.clone(), |r| r.names.en.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let when = match (filter.from, filter.to) {
        (None, None) => "all dates".to_string(),
        (Some(f), None) => format!("from {f}"),
        (None, Some(t)) => format!("until {t}"),
        (Some(f), Some(t)) if f == t => f.to_string(),
        (Some(f), Some(t)) => format!("{f} to {t}"),
    };
    format!("{place} · {when} · data snapshot {}", snapshot.id)
}

/// A file name that says what is inside: `minewatch_2026-11-22_KZ-35_2022-2022_events.csv`.
pub fn file_name(snapshot: &Snapshot, filter: &Filter, what: &str, ext: &str) -> String {
    format!("{}.{ext}", file_stem(snapshot, filter, what))
}

/// The file name without its extension: `minewatch_2026-11-22_KZ-35_2022-2022_timeline`.
pub fn file_stem(snapshot: &Snapshot, filter: &Filter, what: &str) -> String {
    let mut parts = vec!["minewatch".to_string(), snapshot.id.clone()];
    parts.push(if filter.regions.is_empty() {
        "KZ".to_string()
    } else {
        filter.regions.join("+")
    });
    if filter.has_dates() {
        let f = filter.from.map_or("start".to_string(), |d| d.to_string());
        let t = filter.to.map_or("now".to_string(), |d| d.to_string());
        parts.push(format!("{f}-{t}"));
    }
    if !filter.agencies.is_empty() {
        parts.push(filter.agencies.join("+"));
    }
    if let Some(m) = filter.metric {
        parts.push(m.to_string());
    }
    parts.push(what.to_string());
    parts.join("_")
}
