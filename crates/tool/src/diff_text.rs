//! The change list as text, for `minewatch diff` and for an editor before publishing.

use minewatch_core::model::changes::{why_in, Change, Changes, Figure, FigureChange, RecordChange};
use minewatch_core::model::choices::Lang;
use minewatch_core::model::export::plain_number;
use std::fmt::Write;

pub fn text(c: &Changes) -> String {
    let mut out = String::new();
    let count =
        |list: &[RecordChange], kind: Change| list.iter().filter(|r| r.change == kind).count();
    let _ = writeln!(
        out,
        "Changes from {} to {}: events {} added, {} changed, {} removed; statistics {} added, {} changed, {} removed; {} reference entries.",
        c.from,
        c.to,
        count(&c.events, Change::Added),
        count(&c.events, Change::Changed),
        count(&c.events, Change::Removed),
        count(&c.statistics, Change::Added),
        count(&c.statistics, Change::Changed),
        count(&c.statistics, Change::Removed),
        c.references.len()
    );
    for (label, list) in [("event", &c.events), ("statistic", &c.statistics)] {
        for r in list {
            record(&mut out, label, r);
        }
    }
    for r in &c.references {
        let _ = writeln!(
            out,
            "{} {} {}{}",
            mark(r.change),
            r.table,
            r.id,
            if r.fields.is_empty() {
                String::new()
            } else {
                format!(" ({})", r.fields.join(", "))
            }
        );
    }
    out
}

fn mark(c: Change) -> &'static str {
    match c {
        Change::Added => "+",
        Change::Removed => "-",
        Change::Changed => "~",
    }
}

fn record(out: &mut String, label: &str, r: &RecordChange) {
    let _ = writeln!(
        out,
        "\n{} {label} {} \"{}\"",
        mark(r.change),
        r.id,
        r.title.any()
    );
    if let Some(why) = why_in(r, Lang::En) {
        let _ = writeln!(out, "    why: {why}");
    }
    if !r.fields.is_empty() {
        let _ = writeln!(out, "    fields changed: {}", r.fields.join(", "));
    }
    for f in &r.figures {
        figure_change(out, f);
    }
}

fn figure_change(out: &mut String, f: &FigureChange) {
    match (&f.old, &f.new) {
        (Some(old), Some(new)) => {
            let _ = writeln!(
                out,
                "    ~ {}: {}\n        -> {}",
                f.metric,
                figure(old),
                figure(new)
            );
        }
        (None, Some(new)) => {
            let _ = writeln!(out, "    + {}: {}", f.metric, figure(new));
        }
        (Some(old), None) => {
            let _ = writeln!(out, "    - {}: {}", f.metric, figure(old));
        }
        (None, None) => {}
    }
}

fn figure(f: &Figure) -> String {
    let value = f.value.map_or("no figure".to_string(), plain_number);
    let region = f
        .region
        .as_deref()
        .map(|r| format!(" in {r}"))
        .unwrap_or_default();
    let kind = f
        .kind
        .as_deref()
        .map(|k| format!(" ({k})"))
        .unwrap_or_default();
    let preferred = if f.preferred { "" } else { ", not preferred" };
    format!(
        "{value} {}{kind}{region} [{}{preferred}] \"{}\" ({})",
        f.unit,
        serde_json::to_value(f.qualifier)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        f.as_stated,
        f.sources.join(", ")
    )
}
