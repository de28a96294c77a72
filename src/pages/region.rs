//! `/regions/:code`: one region's summary sentence, figures, timeline and events.

use crate::components::charts_panel::ChartsPanel;
use crate::components::downloads::Downloads;
use crate::components::event_table::EventTable;
use crate::components::headline::HeadlineFigures;
use crate::components::title::Title;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::sentences::region_summary;
use crate::i18n::{name_in, td_string, LOCALES};
use crate::model::dates::PartialDate;
use crate::model::filter::Filter;
use crate::model::snapshot::RegionKind;
use crate::page_model::use_page_model;
use crate::state::{in_its_turn, use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RegionPage() -> impl IntoView {
    let named = crate::address::use_named();
    let code = move || named.with(|c| c.to_ascii_uppercase());
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
    let l = use_locale();
    view! {
        <Title text=format!("{} · Minewatch", td_string!(l, region.not_found))/>
        <h1>{td_string!(l, region.not_found)}</h1>
        <p role="alert" class="notice error">{td_string!(l, region.no_such_code, code = code).to_string()}</p>
        <p><a href=state.link("/")>{td_string!(l, region.to_dashboard)}</a></p>
    }
    .into_any()
}

#[component]
fn RegionBody(loaded: Arc<Loaded>, code: String) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let region = snapshot.region(&code).cloned();
    let name = region
        .as_ref()
        .map_or(code.clone(), |r| name_in(&r.names, l).to_string());
    let kind = region.as_ref().map_or("", |r| {
        if r.kind == RegionKind::City {
            td_string!(l, region.city)
        } else {
            td_string!(l, region.region)
        }
    });
    let names = region.as_ref().map(|r| {
        let others = LOCALES
            .into_iter()
            .filter(|other| *other != l)
            .map(|other| {
                let code = crate::i18n::code_of(other);
                view! { <span lang=code>{name_in(&r.names, other).to_string()}</span>" · " }
            })
            .collect_view();
        view! { {others}{code.clone()} }
    });
    let former = region
        .as_ref()
        .map(|r| {
            r.former_names
                .iter()
                .chain(r.also_seen.iter())
                .cloned()
                .collect::<Vec<_>>()
        })
        .filter(|names| !names.is_empty())
        .map(|names| td_string!(l, region.also_called, names = names.join(", ")).to_string());
    let model = {
        let code = code.clone();
        use_page_model(
            loaded.clone(),
            move |s| Filter {
                regions: vec![code.as_str().into()],
                ..s.filter.clone()
            },
            false,
        )
    };
    let sentence = {
        let (loaded, name) = (loaded.clone(), name.clone());
        crate::components::live::live_text(move || {
            model.whole.with(|m| {
                let view_of = m.overview(loaded.snapshot());
                let earliest = view_of
                    .selection
                    .events
                    .iter()
                    .filter_map(|e| e.date_span())
                    .map(|s| s.first)
                    .min()
                    .map(PartialDate::from_naive);
                region_summary(
                    l,
                    &name,
                    view_of.selection.events.len(),
                    earliest,
                    m.filter.from,
                    &view_of.summaries,
                )
            })
        })
    };
    let any = Memo::new(move |_| model.events.with(|e| !e.is_empty()));
    let charts = {
        let loaded = loaded.clone();
        move || {
            let loaded = loaded.clone();
            any.get().then(|| {
                untrack(|| view! { <ChartsPanel loaded model compare_regions=false/> }.into_any())
            })
        }
    };
    let events = {
        let (loaded, code) = (loaded.clone(), code.clone());
        crate::components::live::redrawn(move || {
            let (loaded, events) = (loaded.clone(), model.events.get());
            let regions = vec![code.as_str().into()];
            untrack(|| {
                if events.is_empty() {
                    view! { <p class="empty">{td_string!(l, region.no_events)}</p> }.into_any()
                } else {
                    view! { <EventTable loaded events regions/> }.into_any()
                }
            })
        })
    };
    let filtered = Signal::derive(move || {
        model
            .filter
            .with(|f| f.has_dates() || !f.agencies.is_empty())
    });
    let body = view! {
        <p class="summary-sentence">{sentence}</p>
        <HeadlineFigures loaded=loaded.clone() model place=name.clone() filtered region_page=code.clone()/>
        {in_its_turn(Box::new(move || crate::components::live::redrawn_or_none(charts.clone()).into_any()))}
        <h2>{td_string!(l, nav.events)}</h2>
        {events}
        {in_its_turn({
            let loaded = loaded.clone();
            Box::new(move || view! { <Downloads loaded=loaded.clone() filter=model.filter events=model.events/> }.into_any())
        })}
    };
    view! {
        <Title text=format!("{name} · Minewatch")/>
        <p class="back"><a href=state.link("/")>"← "{td_string!(l, nav.dashboard)}</a></p>
        <h1>{crate::i18n::sentences::capitalised(&name)}</h1>
        <p class="region-names">{kind}" · "{names}</p>
        {former.map(|f| view! { <p class="note">{f}</p> })}
        {body}
    }
    .into_any()
}
