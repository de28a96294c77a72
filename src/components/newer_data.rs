//! One line on a view pinned to an older snapshot: newer data exists, how many of the figures
//! this view shows changed since, and a link to the list of changes. The view's own figures stay
//! as pinned.

use crate::data::Loaded;
use crate::i18n::format::number;
use crate::i18n::td_string;
use crate::model::changes::since_pinned;
use crate::model::filter::select;
use crate::route::Route;
use crate::state::{use_app_state, use_locale};
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

/// The line under the notices of a full page: on an event's page, that event's figures.
#[component]
pub fn NewerData() -> impl IntoView {
    let state = use_app_state();
    let route = crate::address::use_address().route;
    crate::components::live::redrawn_or_none(move || {
        let loaded = state.loaded()?;
        let event = route.with(|r| match r {
            Route::Event(id) => Some(id.clone()),
            _ => None,
        });
        newer_line(&loaded, event.as_deref()).map(IntoAny::into_any)
    })
}

/// `event`: the event whose page this is (its figures are what the page shows), else the view's
/// filter decides.
pub fn newer_line(loaded: &Arc<Loaded>, event: Option<&str>) -> Option<impl IntoView> {
    let (latest, _) = loaded.newer.last()?;
    let state = use_app_state();
    let l = use_locale();
    let filter = state.url_state().filter;
    let shown: Vec<&str> = match event {
        Some(id) => vec![id],
        None => select(loaded.snapshot(), &filter)
            .events
            .iter()
            .map(|e| e.id.as_str())
            .collect(),
    };
    let lists: Vec<_> = loaded.newer.iter().map(|(_, c)| c.as_ref()).collect();
    let since = since_pinned(&lists, &shown);
    let id = latest.id.clone();
    let mut text = match since.figures_changed {
        Some(n) => td_string!(
            l,
            newer.changed,
            count = n,
            n = number(l, n as f64),
            id = id.clone()
        )
        .to_string(),
        None => td_string!(l, newer.exists, id = id.clone()).to_string(),
    };
    if let Some(added) = since.events_added.filter(|n| *n > 0) {
        text.push(' ');
        text.push_str(
            &td_string!(l, newer.added, count = added, n = number(l, added as f64)).to_string(),
        );
    }
    let target = UrlState {
        lang: state.url_state().lang,
        ..UrlState::default()
    };
    let href = format!("{}#changes-{id}", state.link_with("/data", &target));
    Some(view! {
        <p class="newer-data" role="note" data-latest=id>
            {text}" "<a href=href target=crate::state::link_target()>{td_string!(l, newer.see_changes)}</a>
        </p>
    })
}
