//! `/`: headline figures for the current filter.

use crate::components::figures::FigureCard;
use crate::components::filter_bar::FilterBar;
use crate::components::text::region_name;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::labels::HEADLINE;
use crate::model::overview::overview;
use crate::pages::scope_notes::{scope_notes, ScopeNotes};
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

#[component]
pub fn Dashboard() -> impl IntoView {
    view! {
        <Title text="Minewatch: illegal crypto-mining enforcement in Kazakhstan"/>
        <h1>"Enforcement against illegal crypto mining in Kazakhstan"</h1>
        <WithData render={|loaded: Arc<Loaded>| view! {
            <FilterBar loaded=loaded.clone()/>
            <DashboardFigures loaded/>
        }}/>
    }
}

#[component]
fn DashboardFigures(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app_state();
    move || {
        let filter = state.view.with(|(s, _)| s.filter.clone());
        let snapshot = loaded.snapshot();
        let view_of = overview(snapshot, &filter, &HEADLINE);
        let region_view = !filter.regions.is_empty();
        let n = view_of.selection.events.len();
        let place = if region_view {
            filter
                .regions
                .iter()
                .map(|c| region_name(snapshot, c))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            "Kazakhstan".to_string()
        };
        let headline = format!(
            "{n} enforcement {} in {place} match this filter.",
            if n == 1 { "action" } else { "actions" }
        );
        let notes = scope_notes(&view_of, region_view);
        let cards = view_of
            .summaries
            .into_iter()
            .map(|summary| view! { <FigureCard summary region_view/> })
            .collect_view();
        let events_href = state.link("/events");
        view! {
            <p class="headline" role="status" aria-live="polite">{headline}" "<a href=events_href>"See the events"</a></p>
            <ScopeNotes notes/>
            <section class="figures" aria-label="Headline figures">{cards}</section>
            <p class="method-note">"Figures are sums of what the sources state, in the unit or currency they state it in; nothing is converted or estimated. "
                "Where sources disagree, the totals use the figure marked preferred on the event's page."</p>
        }
    }
}
