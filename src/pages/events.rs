//! `/events`: every event matching the filter, one row each.

use crate::components::downloads::Downloads;
use crate::components::event_table::EventTable;
use crate::components::filter_bar::FilterBar;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::labels::{metric_label, HEADLINE};
use crate::model::overview::overview;
use crate::pages::scope_notes::{scope_notes, ScopeNotes};
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

#[component]
pub fn EventsPage() -> impl IntoView {
    view! {
        <Title text="Events · Minewatch"/>
        <h1>"Events"</h1>
        <WithData render={|loaded: Arc<Loaded>| view! {
            <FilterBar loaded=loaded.clone()/>
            <EventList loaded/>
        }}/>
    }
    .into_any()
}

#[component]
fn EventList(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app_state();
    let set_state = crate::state::use_set_url_state();
    move || {
        let filter = state.view.with(|(s, _)| s.filter.clone());
        let snapshot = loaded.snapshot();
        let view_of = overview(snapshot, &filter, &HEADLINE);
        let notes = scope_notes(&view_of, !filter.regions.is_empty());
        let events: Vec<_> = view_of
            .selection
            .events
            .iter()
            .map(|e| (*e).clone())
            .collect();
        let n = events.len();
        let count = format!(
            "{n} {} match this filter.",
            if n == 1 { "event" } else { "events" }
        );
        let metric_note = filter.metric.map(|m| {
            let set_state = set_state.clone();
            let clear = move |_| {
                let mut s = state.url_state();
                s.filter.metric = None;
                set_state(s);
            };
            view! {
                <p class="metric-filter">"Only events that report: "<strong>{metric_label(m)}</strong>" "
                    <button type="button" on:click=clear>"Show all events"</button></p>
            }
        });
        let body = if n == 0 {
            view! { <p class="empty">"No event matches this filter. Widen the period or choose other regions."</p> }.into_any()
        } else {
            view! { <EventTable snapshot=snapshot.clone() events regions=filter.regions.clone()/> }
                .into_any()
        };
        view! {
            <p class="headline" role="status" aria-live="polite">{count}</p>
            {metric_note}
            <ScopeNotes notes/>
            {body}
            <p class="chart-actions"><crate::components::embed_dialog::EmbedButton chart=crate::embed_code::EmbedChart::Events
                title="Events list".to_string() shown=state.url_state()/></p>
            <Downloads loaded=loaded.clone() filter=filter.clone()/>
        }
        .into_any()
    }
}
