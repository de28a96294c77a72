//! `/events`: every event matching the filter, one row each.

use crate::components::downloads::Downloads;
use crate::components::event_table::EventTable;
use crate::components::filter_bar::FilterBar;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::format::number;
use crate::i18n::labels::{metric_label, HEADLINE};
use crate::i18n::td_string;
use crate::model::overview::overview;
use crate::pages::scope_notes::{scope_notes, ScopeNotes};
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

#[component]
pub fn EventsPage() -> impl IntoView {
    let l = use_locale();
    view! {
        <Title text=format!("{} · Minewatch", td_string!(l, nav.events))/>
        <h1>{td_string!(l, nav.events)}</h1>
        <WithData render={|loaded: Arc<Loaded>| view! {
            <FilterBar loaded=loaded.clone() with_metric=true/>
            <EventList loaded/>
        }}/>
    }
    .into_any()
}

#[component]
fn EventList(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app_state();
    let set_state = crate::state::use_set_url_state();
    let l = use_locale();
    move || {
        let filter = state.view.with(|(s, _)| s.filter.clone());
        let snapshot = loaded.snapshot();
        let view_of = overview(snapshot, &filter, &HEADLINE);
        let notes = scope_notes(l, &view_of, !filter.regions.is_empty());
        let events: Vec<_> = view_of
            .selection
            .events
            .iter()
            .map(|e| (*e).clone())
            .collect();
        let n = events.len();
        let count = td_string!(l, events.count, count = n, n = number(l, n as f64)).to_string();
        let metric_note = filter.metric.map(|m| {
            let set_state = set_state.clone();
            let clear = move |_| {
                let mut s = state.url_state();
                s.filter.metric = None;
                set_state(s);
            };
            view! {
                <p class="metric-filter">{td_string!(l, events.only_reporting)}" "<strong>{metric_label(l, m)}</strong>" "
                    <button type="button" on:click=clear>{td_string!(l, events.show_all)}</button></p>
            }
        });
        let body = if n == 0 {
            view! { <p class="empty">{td_string!(l, events.none)}</p> }.into_any()
        } else {
            view! { <EventTable snapshot=snapshot.clone() events regions=filter.regions.clone()/> }
                .into_any()
        };
        view! {
            <p class="headline">{count}</p>
            {metric_note}
            <ScopeNotes notes/>
            {body}
            <p class="chart-actions"><crate::components::embed_dialog::EmbedButton chart=crate::embed_code::EmbedChart::Events
                title=td_string!(l, events.embed_title).to_string() shown=state.url_state()/></p>
            <Downloads loaded=loaded.clone() filter=filter.clone()/>
        }
        .into_any()
    }
}
