//! `/embed/:chart`: one chart with minimal chrome for news sites: a title that says what is shown,
//! the chart, a one-line credit and a link to the full view. Reports its height to the host page.

use crate::components::charts::labels::{filter_line, quantity_label};
use crate::components::charts::region_bars::RegionBars;
use crate::components::charts::tile_map::TileMap;
use crate::components::charts::timeline::Timeline;
use crate::components::event_table::EventTable;
use crate::components::headline::HeadlineFigures;
use crate::components::text::place_name;
use crate::components::title::Title;
use crate::components::with_data::WithData;
use crate::data::embed_height::report_height;
use crate::data::Loaded;
use crate::embed_code::{embed_id, EmbedChart};
use crate::i18n::format::number;
use crate::i18n::td_string;
use crate::model::filter::Filter;
use crate::page_model::use_page_model;
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EmbedPage() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let chart = crate::address::use_named().with_untracked(|c| c.parse::<EmbedChart>().ok());
    let id = chart.map_or_else(
        || "minewatch".to_string(),
        |c| embed_id(c, &state.url_state()),
    );
    if !crate::state::rendered_natively() {
        if let Some(report) = report_height(id) {
            // stops with the page's owner (the browser runs one thread: the wrapper only lets
            // the report ride in the cleanup, which runs on that thread)
            let report = send_wrapper::SendWrapper::new(report);
            on_cleanup(move || drop(report));
        }
    }
    view! {
        <WithData render={move |loaded: Arc<Loaded>| match chart {
            Some(chart) => view! { <EmbedBody loaded chart/> }.into_any(),
            None => view! {
                <p role="alert" class="notice error">{td_string!(l, embed_page.unknown_chart)}</p>
            }.into_any(),
        }}/>
    }
    .into_any()
}

#[component]
fn EmbedBody(loaded: Arc<Loaded>, chart: EmbedChart) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let model = use_page_model(
        loaded.clone(),
        |s| s.filter.clone(),
        matches!(chart, EmbedChart::Regions | EmbedChart::Map),
    );
    let chosen = state.view.with_untracked(|(s, _)| s.filter.clone());
    let figures_filter = Filter {
        metric: None,
        ..chosen.clone()
    };
    let q = model.timeline.with_untracked(|t| t.quantity.clone());
    let what = match chart {
        EmbedChart::Totals => td_string!(l, embed_page.totals).to_string(),
        EmbedChart::Timeline => {
            td_string!(l, embed_page.timeline, what = quantity_label(l, &q)).to_string()
        }
        EmbedChart::Regions => {
            td_string!(l, embed_page.regions, what = quantity_label(l, &q)).to_string()
        }
        EmbedChart::Map => td_string!(l, embed_page.map, what = quantity_label(l, &q)).to_string(),
        EmbedChart::Events => td_string!(l, embed_page.events).to_string(),
    };
    let line = filter_line(l, snapshot, &chosen);
    let body = match chart {
        EmbedChart::Totals => {
            let place = place_name(snapshot, &chosen.regions, l);
            let filtered = figures_filter.narrows();
            view! { <HeadlineFigures loaded=loaded.clone() model place filtered embedded=true/> }
                .into_any()
        }
        EmbedChart::Timeline => view! { <Timeline loaded=loaded.clone() model/> }.into_any(),
        EmbedChart::Regions => view! { <RegionBars loaded=loaded.clone() model/> }.into_any(),
        EmbedChart::Map => view! { <TileMap loaded=loaded.clone() model/> }.into_any(),
        EmbedChart::Events => {
            let events = model.events.get_untracked();
            view! { <EventTable loaded=loaded.clone() events regions=figures_filter.regions.clone()/> }.into_any()
        }
    };
    let mut full = state.url_state();
    full.theme = None;
    let path = if chart == EmbedChart::Events {
        "/events"
    } else {
        "/"
    };
    let full_view = state.link_with(path, &full);
    let sources = model.sources.with_untracked(Vec::len);
    let credit = td_string!(
        l,
        embed_page.credit,
        count = sources,
        n = number(l, sources as f64),
        id = snapshot.id.clone()
    )
    .to_string();
    view! {
        <Title text=format!("{what} · Minewatch")/>
        <h1 class="embed-title">{what}<span class="embed-filter">{line}</span></h1>
        {body}
        {crate::components::newer_data::newer_line(&loaded, None)}
        <p class="embed-credit">{credit}" "<a href=full_view target="_blank" rel="noopener">{td_string!(l, embed_page.full_view)}</a></p>
    }
    .into_any()
}
