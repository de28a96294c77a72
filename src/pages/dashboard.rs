//! `/`: headline figures, charts and downloads for the current filter.

use crate::components::charts_panel::ChartsPanel;
use crate::components::downloads::Downloads;
use crate::components::filter_bar::FilterBar;
use crate::components::headline::HeadlineFigures;
use crate::components::live::redrawn_or_none;
use crate::components::text::place_name;
use crate::components::title::Title;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::td_string;
use crate::model::filter::Filter;
use crate::page_model::{use_page_model, PageModel};
use crate::state::{in_its_turn, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Dashboard() -> impl IntoView {
    let l = use_locale();
    view! {
        <Title text=td_string!(l, dashboard.page_title)/>
        <h1>{td_string!(l, nav.tagline)}</h1>
        <WithData render={|loaded: Arc<Loaded>| {
            let model = use_page_model(loaded.clone(), |s| s.filter.clone(), true);
            // the filter bar in a task of its own while the app takes the page over
            let bar = {
                let loaded = loaded.clone();
                move || view! { <FilterBar loaded=loaded.clone() count=model.count/> }.into_any()
            };
            view! {
                {in_its_turn(Box::new(bar))}
                <DashboardBody loaded model/>
            }
        }}/>
    }
    .into_any()
}

/// The figures, and the charts and downloads while some event is counted. Each part follows its
/// own part of the model; nothing here is drawn again on a change but the charts' presence.
#[component]
fn DashboardBody(loaded: Arc<Loaded>, model: PageModel) -> impl IntoView {
    let l = use_locale();
    let place = {
        let loaded = loaded.clone();
        Signal::derive(move || {
            model
                .filter
                .with(|f| place_name(loaded.snapshot(), &f.regions, l))
        })
    };
    let filtered = Signal::derive(move || model.filter.with(Filter::narrows));
    let any = Memo::new(move |_| model.events.with(|e| !e.is_empty()));
    let charts = {
        let loaded = loaded.clone();
        move || {
            any.get().then(|| {
                let loaded = loaded.clone();
                untrack(|| {
                    view! {
                        <ChartsPanel loaded=loaded.clone() model compare_regions=true/>
                        <Downloads loaded filter=model.filter events=model.events/>
                    }
                    .into_any()
                })
            })
        }
    };
    view! {
        <HeadlineFigures loaded model place filtered/>
        {in_its_turn(Box::new(move || redrawn_or_none(charts.clone()).into_any()))}
    }
}
