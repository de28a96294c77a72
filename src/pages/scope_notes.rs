//! Sentences that tell the reader what the current view leaves out, and why.

use crate::model::overview::Overview;
use crate::model::regions::BoundaryChange;
use leptos::prelude::*;

/// The notes for a view, in plain sentences.
pub fn scope_notes(overview: &Overview<'_>, region_view: bool) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    for change in &overview.boundary_changes {
        notes.push(match change {
            BoundaryChange::CreatedFrom { region, from, date } => format!(
                "{} was created on {date} from part of {}. Events before that date are filed under {}, as the sources reported them, and are not counted here.",
                region.names.en, from.names.en, from.names.en
            ),
            BoundaryChange::GavePartTo { region, to, date } => format!(
                "{} before {date} included today's {}. Events reported there before that date count for {} as it was then, and may have taken place in today's {}.",
                region.names.en, to.names.en, region.names.en, to.names.en
            ),
        });
    }
    let straddling = &overview.selection.straddling;
    if !straddling.is_empty() {
        let n = straddling.len();
        let titles: Vec<&str> = straddling.iter().map(|e| e.title.any()).collect();
        notes.push(format!(
            "{n} {} dated only to a month or year that lies partly in this period {} not included: {}.",
            if n == 1 { "event" } else { "events" },
            if n == 1 { "is" } else { "are" },
            titles.join("; ")
        ));
    }
    let undated = overview.selection.undated.len();
    if undated > 0 {
        notes.push(format!(
            "{undated} {} with no known date {} not included in a view limited to a period.",
            if undated == 1 { "event" } else { "events" },
            if undated == 1 { "is" } else { "are" },
        ));
    }
    let outside = overview.events_with_outside_figures();
    if region_view && outside > 0 {
        notes.push(format!(
            "{outside} {} figures for the whole country, for several regions together or for an unknown place, not split by region: they are not added into this view.",
            if outside == 1 { "event gives" } else { "events give" },
        ));
    }
    let ids: Vec<&str> = overview
        .selection
        .events
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    let overlapping: Vec<&str> = overview
        .selection
        .events
        .iter()
        .filter(|e| {
            e.may_overlap
                .iter()
                .any(|other| ids.contains(&other.as_str()))
        })
        .map(|e| e.title.any())
        .collect();
    if !overlapping.is_empty() {
        notes.push(format!(
            "Some reports may describe the same operation twice, and the totals count both: {}. See the event pages.",
            overlapping.join("; ")
        ));
    }
    notes
}

#[component]
pub fn ScopeNotes(notes: Vec<String>) -> impl IntoView {
    (!notes.is_empty()).then(|| {
        let items = notes
            .into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view();
        view! { <ul class="scope-notes">{items}</ul> }
    })
}
