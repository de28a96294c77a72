//! `/`: headline figures, charts and downloads for the current filter.

use crate::components::charts::labels::value_text;
use crate::components::charts::notes::note_lines;
use crate::components::charts_panel::ChartsPanel;
use crate::components::downloads::Downloads;
use crate::components::figures::FigureCard;
use crate::components::filter_bar::FilterBar;
use crate::components::text::region_name;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::format::number;
use crate::i18n::labels::HEADLINE;
use crate::i18n::sentences::headline;
use crate::i18n::td_string;
use crate::model::filter::Filter;
use crate::model::overview::overview;
use crate::model::series::{quantity, total};
use crate::pages::scope_notes::{scope_notes, ScopeNotes};
use crate::state::link_target;
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

#[component]
pub fn Dashboard() -> impl IntoView {
    let l = use_locale();
    view! {
        <Title text=td_string!(l, dashboard.page_title)/>
        <h1>{td_string!(l, nav.tagline)}</h1>
        <WithData render={|loaded: Arc<Loaded>| view! {
            <FilterBar loaded=loaded.clone()/>
            <DashboardBody loaded/>
        }}/>
    }
    .into_any()
}

#[component]
fn DashboardBody(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    move || {
        let chosen = state.view.with(|(s, _)| s.filter.clone());
        let filter = Filter {
            metric: None,
            ..chosen.clone()
        };
        let region_view = !filter.regions.is_empty();
        let place = if region_view {
            filter
                .regions
                .iter()
                .map(|c| region_name(loaded.snapshot(), c, l))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            td_string!(l, place.kazakhstan).to_string()
        };
        view! {
            <HeadlineFigures loaded=loaded.clone() filter=filter.clone() place/>
            <ChartsPanel loaded=loaded.clone() filter=chosen compare_regions=true/>
            <Downloads loaded=loaded.clone() filter/>
        }
        .into_any()
    }
}

/// The count sentence, the notes and the figure cards for a filter (also used by region pages).
#[component]
pub fn HeadlineFigures(loaded: Arc<Loaded>, filter: Filter, place: String) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let currency = state.url_state().currency;
    let view_of = overview(snapshot, &filter, &HEADLINE);
    let region_view = !filter.regions.is_empty();
    let n = view_of.selection.events.len();
    let headline = headline(l, n, &place);
    let notes = scope_notes(l, &view_of, region_view);
    let cards = view_of
        .summaries
        .into_iter()
        .map(|summary| {
            let converted = currency
                .as_deref()
                .filter(|_| summary.metric.is_money() && !summary.totals.is_empty())
                .map(|c| {
                    let q = quantity(snapshot, Some(summary.metric), Some(c));
                    let (point, notes) = total(snapshot, &filter, &q);
                    (
                        td_string!(
                            l,
                            dashboard.converted,
                            currency = c.to_string(),
                            value = value_text(l, &q, &point)
                        )
                        .to_string(),
                        note_lines(l, snapshot, &notes),
                    )
                });
            match converted {
                Some(converted) => view! { <FigureCard summary region_view converted/> }.into_any(),
                None => view! { <FigureCard summary region_view/> }.into_any(),
            }
        })
        .collect_view();
    let events_href = state.link_with(
        "/events",
        &crate::url_state::UrlState {
            filter: filter.clone(),
            ..state.url_state()
        },
    );
    let mut cited: Vec<&crate::model::snapshot::Source> = view_of
        .selection
        .events
        .iter()
        .flat_map(|e| e.measures.iter().flat_map(|m| m.sources.iter()))
        .filter_map(|id| snapshot.source(id))
        .collect();
    cited.sort_by(|a, b| a.publisher.cmp(&b.publisher).then_with(|| a.id.cmp(&b.id)));
    cited.dedup_by(|a, b| a.id == b.id);
    let source_count = cited.len();
    let source_items = cited
        .into_iter()
        .map(|s| match &s.url {
            Some(url) => view! { <li><a href=url.clone() rel="noopener noreferrer" target="_blank">{s.publisher.clone()}</a></li> }.into_any(),
            None => view! { <li>{s.publisher.clone()}</li> }.into_any(),
        })
        .collect_view();
    let print_line = crate::components::charts::labels::filter_line(l, snapshot, &filter);
    let print_line_embed = print_line.clone();
    view! {
        <p class="print-only">{print_line}</p>
        <p class="headline">{headline}" "<a href=events_href target=link_target()>{td_string!(l, dashboard.see_events)}</a></p>
        <ScopeNotes notes/>
        <section class="figures" aria-labelledby="figures-heading"><h2 id="figures-heading" class="sr-only">{td_string!(l, dashboard.figures_label)}</h2>{cards}</section>
        <p class="method-note">{td_string!(l, dashboard.method_note)}</p>
        <p class="chart-actions"><crate::components::embed_dialog::EmbedButton chart=crate::embed_code::EmbedChart::Totals
            title=td_string!(l, dashboard.embed_title, line = print_line_embed).to_string() shown=crate::url_state::UrlState { filter: filter.clone(), ..state.url_state() }/></p>
        {(source_count > 0).then(|| view! {
            <div class="cited-sources"><h2>{td_string!(l, dashboard.sources, n = number(l, source_count as f64)).to_string()}</h2><ul>{source_items}</ul></div>
        })}
    }
    .into_any()
}
