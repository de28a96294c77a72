//! Sentences that tell the reader what the current view leaves out, and why.

use crate::model::overview::Overview;
use crate::model::regions::BoundaryChange;
use crate::state::link_target;
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The current route's path without the base, for links that only change the filter.
fn state_path() -> &'static str {
    let path = use_location().pathname.get_untracked();
    if path.trim_end_matches('/').ends_with("/events") {
        "/events"
    } else {
        "/"
    }
}

/// A sentence about what the view leaves out, with the region to add to see it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScopeNote {
    pub text: String,
    /// (region code, its name) the reader may add to the filter.
    pub see_also: Option<(String, String)>,
}

impl From<String> for ScopeNote {
    fn from(text: String) -> Self {
        ScopeNote {
            text,
            see_also: None,
        }
    }
}

/// The notes for a view, in plain sentences.
pub fn scope_notes(overview: &Overview<'_>, region_view: bool) -> Vec<ScopeNote> {
    let mut notes: Vec<ScopeNote> = Vec::new();
    for change in &overview.boundary_changes {
        let see_also = match change {
            BoundaryChange::CreatedFrom { from, .. } => {
                Some((from.code.clone(), from.names.en.clone()))
            }
            BoundaryChange::GavePartTo { to, .. } => Some((to.code.clone(), to.names.en.clone())),
        };
        let text = match change {
            BoundaryChange::CreatedFrom { region, from, date } => format!(
                "{} was created on {date} from part of {}. Events before that date are filed under {}, as the sources reported them, and are not counted here.",
                region.names.en, from.names.en, from.names.en
            ),
            BoundaryChange::GavePartTo { region, to, date } => format!(
                "{} before {date} included today's {}. Events reported there before that date count for {} as it was then, and may have taken place in today's {}.",
                region.names.en, to.names.en, region.names.en, to.names.en
            ),
        };
        notes.push(ScopeNote { text, see_also });
    }
    let straddling = &overview.selection.straddling;
    if !straddling.is_empty() {
        let n = straddling.len();
        let titles: Vec<&str> = straddling.iter().map(|e| e.title.any()).collect();
        notes.push(ScopeNote::from(format!(
            "{n} {} dated only to a month or year that lies partly in this period {} not included: {}.",
            if n == 1 { "event" } else { "events" },
            if n == 1 { "is" } else { "are" },
            titles.join("; ")
        )));
    }
    let undated = overview.selection.undated.len();
    if undated > 0 {
        notes.push(ScopeNote::from(format!(
            "{undated} {} with no known date {} not included in a view limited to a period.",
            if undated == 1 { "event" } else { "events" },
            if undated == 1 { "is" } else { "are" },
        )));
    }
    let outside = overview.events_with_outside_figures();
    if region_view && outside > 0 {
        notes.push(ScopeNote::from(format!(
            "{outside} {} figures for the whole country, for several regions together or for an unknown place, not split by region: they are not added into this view.",
            if outside == 1 { "event gives" } else { "events give" },
        )));
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
        notes.push(ScopeNote::from(format!(
            "Some reports may describe the same operation twice, and the totals count both: {}. See the event pages.",
            overlapping.join("; ")
        )));
    }
    notes
}

#[component]
pub fn ScopeNotes(notes: Vec<ScopeNote>) -> impl IntoView {
    let state = use_app_state();
    let chosen = state.url_state().filter.regions;
    (!notes.is_empty()).then(|| {
        let items = notes
            .into_iter()
            .map(|n| {
                let link =
                    n.see_also
                        .filter(|(code, _)| !chosen.contains(code))
                        .map(|(code, name)| {
                            let mut with = state.url_state();
                            with.filter.regions.push(code);
                            let href = state.link_with(state_path(), &with);
                            view! { " " <a href=href target=link_target()>{format!("Add {name} to the view")}</a> }
                        });
                view! { <li>{n.text}{link}</li> }
            })
            .collect_view();
        view! { <ul class="scope-notes">{items}</ul> }
    })
}
