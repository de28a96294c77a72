//! Sentences that tell the reader what the current view leaves out, and why.

use crate::address::use_address;
use crate::i18n::format::{date_text, number};
use crate::i18n::labels::{some_titles, title_in};
use crate::i18n::{name_in, td_string, Locale};
use crate::model::overview::Overview;
use crate::model::regions::BoundaryChange;
use crate::route::Page;
use crate::state::link_target;
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;

/// The current page's path without the base, for links that only change the filter: the events
/// list's own, else the dashboard's.
fn state_path() -> &'static str {
    if use_address()
        .route
        .with_untracked(|r| r.page() == Page::Events)
    {
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
    pub see_also: Option<(crate::model::RegionCode, String)>,
}

impl From<String> for ScopeNote {
    fn from(text: String) -> Self {
        ScopeNote {
            text,
            see_also: None,
        }
    }
}

/// The notes for a view, in plain sentences. `overlapping`: the counted events that may describe
/// the same operation as another counted event (`Selection::overlapping`, which a view model
/// keeps).
pub fn scope_notes(
    l: Locale,
    overview: &Overview<'_>,
    overlapping: &[&crate::model::snapshot::Event],
    region_view: bool,
) -> Vec<ScopeNote> {
    let mut notes: Vec<ScopeNote> = Vec::new();
    let name = |r: &crate::model::snapshot::Region| name_in(&r.names, l).to_string();
    for change in &overview.boundary_changes {
        let see_also = match change {
            BoundaryChange::CreatedFrom { from, .. } => Some((from.code.clone(), name(from))),
            BoundaryChange::GavePartTo { to, .. } => Some((to.code.clone(), name(to))),
        };
        let text = match change {
            BoundaryChange::CreatedFrom { region, from, date } => td_string!(
                l,
                scope.created_from,
                region = name(region),
                from = name(from),
                date = date_text(l, Some(crate::model::PartialDate::from_naive(*date)))
            )
            .to_string(),
            BoundaryChange::GavePartTo { region, to, date } => td_string!(
                l,
                scope.gave_part_to,
                region = name(region),
                to = name(to),
                date = date_text(l, Some(crate::model::PartialDate::from_naive(*date)))
            )
            .to_string(),
        };
        notes.push(ScopeNote {
            text: crate::i18n::sentences::capitalised(&text),
            see_also,
        });
    }
    let straddling = &overview.selection.straddling;
    if !straddling.is_empty() {
        let n = straddling.len();
        let titles = some_titles(l, straddling.iter().map(|e| title_in(e, l)));
        notes.push(ScopeNote::from(
            td_string!(
                l,
                scope.straddling,
                count = n,
                n = number(l, n as f64),
                titles = titles
            )
            .to_string(),
        ));
    }
    let undated = overview.selection.undated.len();
    if undated > 0 {
        notes.push(ScopeNote::from(
            td_string!(
                l,
                scope.undated,
                count = undated,
                n = number(l, undated as f64)
            )
            .to_string(),
        ));
    }
    let outside = overview.events_with_outside_figures();
    if region_view && outside > 0 {
        notes.push(ScopeNote::from(
            td_string!(
                l,
                scope.outside,
                count = outside,
                n = number(l, outside as f64)
            )
            .to_string(),
        ));
    }
    let overlapping: Vec<&str> = overlapping.iter().map(|e| title_in(e, l)).collect();
    if !overlapping.is_empty() {
        notes.push(ScopeNote::from(
            td_string!(l, scope.overlap, titles = some_titles(l, overlapping)).to_string(),
        ));
    }
    notes
}

#[component]
pub fn ScopeNotes(notes: Vec<ScopeNote>) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
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
                            view! { " " <a href=href target=link_target()>{td_string!(l, scope.add_region, name = name).to_string()}</a> }
                        });
                view! { <li>{n.text}{link}</li> }
            })
            .collect_view();
        view! { <ul class="scope-notes">{items}</ul> }
    })
}
