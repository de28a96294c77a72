//! `/regions/:code`: one region's summary sentence, figures, timeline and events.

use crate::components::charts_panel::ChartsPanel;
use crate::components::downloads::Downloads;
use crate::components::event_table::EventTable;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::labels::HEADLINE;
use crate::i18n::sentences::region_summary;
use crate::model::dates::PartialDate;
use crate::model::filter::Filter;
use crate::model::overview::overview;
use crate::model::snapshot::RegionKind;
use crate::pages::dashboard::HeadlineFigures;
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn RegionPage() -> impl IntoView {
    let params = use_params_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default().to_ascii_uppercase());
    view! {
        <WithData render={move |loaded: Arc<Loaded>| {
            let code = code();
            if loaded.snapshot().region(&code).is_some() {
                view! { <RegionBody loaded code/> }.into_any()
            } else {
                view! { <UnknownRegion code/> }.into_any()
            }
        }}/>
    }
    .into_any()
}

#[component]
fn UnknownRegion(code: String) -> impl IntoView {
    let state = use_app_state();
    view! {
        <Title text="Region not found · Minewatch"/>
        <h1>"Region not found"</h1>
        <p role="alert" class="notice error">{format!("The data has no region with the code \"{code}\". Region codes are ISO 3166-2:KZ, such as KZ-35.")}</p>
        <p><a href=state.link("/")>"Go to the dashboard and its map"</a></p>
    }
    .into_any()
}

#[component]
fn RegionBody(loaded: Arc<Loaded>, code: String) -> impl IntoView {
    let state = use_app_state();
    let snapshot = loaded.snapshot();
    let region = snapshot.region(&code).cloned();
    let name = region.as_ref().map_or(code.clone(), |r| r.names.en.clone());
    let kind = region.as_ref().map_or("", |r| {
        if r.kind == RegionKind::City {
            "City of republican significance"
        } else {
            "Region"
        }
    });
    let names = region
        .as_ref()
        .map(|r| format!("{} · {} · {}", r.names.kk, r.names.ru, code))
        .unwrap_or_default();
    let former = region
        .as_ref()
        .filter(|r| !r.former_names.is_empty())
        .map(|r| format!("Also called: {}", r.former_names.join(", ")));
    let body = {
        let loaded = loaded.clone();
        let code = code.clone();
        let name = name.clone();
        move || {
            let snapshot = loaded.snapshot();
            let chosen = state.view.with(|(s, _)| s.filter.clone());
            let filter = Filter {
                regions: vec![code.clone()],
                metric: None,
                ..chosen.clone()
            };
            let view_of = overview(snapshot, &filter, &HEADLINE);
            let earliest = view_of
                .selection
                .events
                .iter()
                .filter_map(|e| e.date_span())
                .map(|s| s.first)
                .min()
                .map(PartialDate::from_naive);
            let sentence = region_summary(
                &name,
                view_of.selection.events.len(),
                earliest,
                filter.from,
                &view_of.summaries,
            );
            let events: Vec<_> = view_of
                .selection
                .events
                .iter()
                .map(|e| (*e).clone())
                .collect();
            let chart_filter = Filter {
                metric: chosen.metric,
                ..filter.clone()
            };
            view! {
                <p class="summary-sentence">{sentence}</p>
                <HeadlineFigures loaded=loaded.clone() filter=filter.clone() place=name.clone()/>
                <ChartsPanel loaded=loaded.clone() filter=chart_filter compare_regions=false/>
                <h2>"Events"</h2>
                {if events.is_empty() {
                    view! { <p class="empty">"No event in this region matches the filter."</p> }.into_any()
                } else {
                    view! { <EventTable snapshot=snapshot.clone() events regions=filter.regions.clone()/> }.into_any()
                }}
                <Downloads loaded=loaded.clone() filter/>
            }
            .into_any()
        }
    };
    view! {
        <Title text=format!("{name} · Minewatch")/>
        <p class="back"><a href=state.link("/")>"← Dashboard"</a></p>
        <h1>{name.clone()}</h1>
        <p class="region-names">{kind}" · "{names}</p>
        {former.map(|f| view! { <p class="note">{f}</p> })}
        {body}
    }
    .into_any()
}
