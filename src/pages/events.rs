//! `/events`: every event matching the filter, one row each.

use crate::components::downloads::Downloads;
use crate::components::empty_view::EmptyView;
use crate::components::event_table::EventTable;
use crate::components::filter_bar::FilterBar;
use crate::components::text::place;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::collate::sort_key;
use crate::i18n::format::number;
use crate::i18n::labels::{metric_label, HEADLINE};
use crate::i18n::td_string;
use crate::i18n::Locale;
use crate::model::filter::Filter;
use crate::model::metric::Metric;
use crate::model::overview::overview;
use crate::model::sort::{sort_events, SortKey};
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
        let order = state.view.with(|(s, _)| s.sort).unwrap_or(SortKey::Newest);
        let mut ordered = view_of.selection.events.clone();
        sort_events(&mut ordered, order, &filter.regions, |e| {
            sort_key(l, &place(snapshot, e, l))
        });
        let events: Vec<_> = ordered.into_iter().cloned().collect();
        let n = events.len();
        let sort_control = (n > 1).then(|| sort_select(l, order, set_state.clone()));
        let count = if filter == Filter::default() {
            td_string!(l, events.count_all, count = n, n = number(l, n as f64)).to_string()
        } else {
            td_string!(l, events.count, count = n, n = number(l, n as f64)).to_string()
        };
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
            view! { <EmptyView snapshot=snapshot.clone() filter=filter.clone() sentence=td_string!(l, events.none).to_string() path="/events".to_string() keep_regions=false/> }.into_any()
        } else {
            view! { <EventTable snapshot=snapshot.clone() events regions=filter.regions.clone()/> }
                .into_any()
        };
        view! {
            {(n > 0).then(|| view! { <p class="headline">{count}</p> })}
            {metric_note}
            {sort_control}
            <ScopeNotes notes/>
            {body}
            <p class="chart-actions"><crate::components::embed_dialog::EmbedButton chart=crate::embed_code::EmbedChart::Events
                title=td_string!(l, events.embed_title).to_string() shown=state.url_state()/>" "<crate::components::share::CopyLink/></p>
            <Downloads loaded=loaded.clone() filter=filter.clone()/>
        }
        .into_any()
    }
}

/// "Sort: [Newest first | Oldest first | By region | <figure>: largest first]", in the address.
fn sort_select(
    l: Locale,
    order: SortKey,
    set_state: impl Fn(crate::url_state::UrlState) + Clone + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let choose = move |ev: leptos::ev::Event| {
        let mut s = state.url_state();
        s.sort = event_target_value(&ev)
            .parse::<SortKey>()
            .ok()
            .filter(|k| *k != SortKey::Newest);
        set_state(s);
    };
    let option = |key: SortKey, label: String| {
        view! { <option value=key.to_string() selected=key == order>{label}</option> }
    };
    let figures = HEADLINE
        .iter()
        .map(|m: &Metric| {
            option(
                SortKey::Figure(*m),
                td_string!(l, events.by_figure, what = metric_label(l, *m)).to_string(),
            )
        })
        .collect_view();
    view! {
        <p class="field sort-field">
            <label for="events-sort">{td_string!(l, events.sort_by)}</label>" "
            <select id="events-sort" on:change=choose>
                {option(SortKey::Newest, td_string!(l, events.newest).to_string())}
                {option(SortKey::Oldest, td_string!(l, events.oldest).to_string())}
                {option(SortKey::Region, td_string!(l, events.by_region).to_string())}
                {figures}
            </select>
        </p>
    }
}
