//! Words for what a chart shows: its quantity, a value with its unit, the filter in one line.

use crate::i18n::format::{
    amount, date, figure, money, number, qualified, rough_amount, unit_figure, unit_name,
};
use crate::i18n::labels::metric_label;
use crate::i18n::{name_in, td_string, Locale};
use crate::model::filter::Filter;
use crate::model::metric::Qualifier;
use crate::model::series::{Point, Quantity};
use crate::model::snapshot::Snapshot;

/// "Number of events" or "Mining farms shut down (farms)".
pub fn quantity_label(l: Locale, q: &Quantity) -> String {
    match q {
        Quantity::Events => td_string!(l, chart.number_of_events).to_string(),
        Quantity::Figure { metric, unit, .. } if unit.is_empty() => {
            metric_label(l, *metric).to_string()
        }
        Quantity::Figure { metric, unit, .. } => {
            format!("{} ({})", metric_label(l, *metric), unit_name(l, unit))
        }
    }
}

/// A point's value in words: "154 farms", "about KZT 97.9 bn", "3 events", "no figure reported".
pub fn value_text(l: Locale, q: &Quantity, p: &Point) -> String {
    match (q, p.value) {
        (_, None) => td_string!(l, chart.no_figure).to_string(),
        (Quantity::Events, Some(v)) => unit_figure(l, v, &number(l, v), "events"),
        (
            Quantity::Figure {
                unit, money: true, ..
            },
            Some(v),
        ) if p.qualifier == Qualifier::Approx || p.qualifier.is_lower_bound() => {
            let rough = rough_amount(l, v, p.qualifier.is_lower_bound());
            qualified(l, p.qualifier, &money(l, &rough, unit))
        }
        (Quantity::Figure { unit, money, .. }, Some(v)) => {
            qualified(l, p.qualifier, &figure(l, v, unit, *money))
        }
    }
}

/// A tick label: short and exact.
pub fn tick_text(l: Locale, q: &Quantity, v: f64) -> String {
    match q {
        Quantity::Figure { money: true, .. } => amount(l, v),
        _ => number(l, v),
    }
}

fn region_names(l: Locale, snapshot: &Snapshot, codes: &[crate::model::RegionCode]) -> String {
    codes
        .iter()
        .map(|c| {
            snapshot
                .region(c)
                .map_or(c.to_string(), |r| name_in(&r.names, l).to_string())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The filter in one line, for chart subtitles and file names' readers.
pub fn filter_line(l: Locale, snapshot: &Snapshot, filter: &Filter) -> String {
    let place = if filter.regions.is_empty() {
        td_string!(l, filter.all_kazakhstan).to_string()
    } else {
        region_names(l, snapshot, &filter.regions)
    };
    line_for(l, snapshot, filter, place)
}

/// The line under a chart that compares every region: "All regions · from … · data … · marked:
/// East Kazakhstan Region". The chosen regions are marked, not the only ones shown.
pub fn compare_line(l: Locale, snapshot: &Snapshot, filter: &Filter) -> String {
    let line = line_for(
        l,
        snapshot,
        filter,
        td_string!(l, line.all_regions).to_string(),
    );
    if filter.regions.is_empty() {
        line
    } else {
        let marked = td_string!(
            l,
            line.marked,
            names = region_names(l, snapshot, &filter.regions)
        );
        format!("{line} · {marked}")
    }
}

fn line_for(l: Locale, snapshot: &Snapshot, filter: &Filter, place: String) -> String {
    let when = match (filter.from, filter.to) {
        (None, None) => td_string!(l, line.all_dates).to_string(),
        (Some(f), None) => td_string!(l, line.from, date = date(l, &f)).to_string(),
        (None, Some(t)) => td_string!(l, line.until, date = date(l, &t)).to_string(),
        (Some(f), Some(t)) if f == t => date(l, &f),
        (Some(f), Some(t)) => {
            td_string!(l, line.between, from = date(l, &f), to = date(l, &t)).to_string()
        }
    };
    let data = td_string!(l, line.snapshot, id = snapshot.id.clone()).to_string();
    format!("{place} · {when} · {data}")
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
