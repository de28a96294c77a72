//! `/`: headline figures, charts and downloads for the current filter.

use crate::components::charts::labels::value_text;
use crate::components::charts::notes::note_lines;
use crate::components::charts_panel::ChartsPanel;
use crate::components::downloads::Downloads;
use crate::components::empty_view::EmptyView;
use crate::components::figures::FigureCard;
use crate::components::filter_bar::FilterBar;
use crate::components::not_counted::not_counted;
use crate::components::text::region_name;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::format::number;
use crate::i18n::labels::{metric_label, title_in};
use crate::i18n::sentences::headline;
use crate::i18n::td_string;
use crate::model::series::quantity;
use crate::model::snapshot::Source;
use crate::page_model::{use_page_model, PageModel};
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
        <WithData render={|loaded: Arc<Loaded>| {
            let model = use_page_model(loaded.clone(), |s| s.filter.clone(), true);
            view! {
                <FilterBar loaded=loaded.clone() model/>
                <DashboardBody loaded model/>
            }
        }}/>
    }
    .into_any()
}

#[component]
fn DashboardBody(loaded: Arc<Loaded>, model: PageModel) -> impl IntoView {
    let l = use_locale();
    move || {
        let m = model.get();
        let filter = m.filter.clone();
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
        let filtered = region_view || filter.has_dates() || !filter.agencies.is_empty();
        let any = !m.is_empty();
        view! {
            <HeadlineFigures loaded=loaded.clone() model place filtered/>
            {any.then(|| view! {
                <ChartsPanel loaded=loaded.clone() model compare_regions=true/>
                <Downloads loaded=loaded.clone() filter=m.filter.clone() events=m.events.clone()/>
            })}
        }
        .into_any()
    }
}

/// Sources grouped by publisher, in the order given.
fn by_publisher<'a>(sources: &[&'a Source]) -> Vec<(&'a str, Vec<&'a Source>)> {
    let mut groups: Vec<(&str, Vec<&Source>)> = Vec::new();
    for s in sources {
        match groups.last_mut() {
            Some((p, list)) if *p == s.publisher => list.push(s),
            _ => groups.push((s.publisher.as_str(), vec![s])),
        }
    }
    groups
}

/// How many of one publisher's sources are linked before "and 240 more" (which shows the rest).
const SOURCES_SHOWN: usize = 8;

/// "Publisher: 1 2 3 … 8 and 240 more": numbered links to a publisher's sources; the rest are
/// put in the page only when the reader asks for them, so that thousands of sources stay quick.
fn publisher_sources(l: crate::i18n::Locale, publisher: &str, many: &[&Source]) -> impl IntoView {
    let shown = many.get(..SOURCES_SHOWN).unwrap_or(many);
    let rest: Vec<Source> = many
        .get(SOURCES_SHOWN..)
        .unwrap_or(&[])
        .iter()
        .map(|s| (*s).clone())
        .collect();
    let first = numbered_links(publisher, 0, shown);
    let more = (!rest.is_empty()).then(|| {
        let open = RwSignal::new(false);
        let (count, publisher) = (rest.len(), publisher.to_string());
        move || {
            if open.get() {
                let refs: Vec<&Source> = rest.iter().collect();
                numbered_links(&publisher, SOURCES_SHOWN, &refs)
            } else {
                let label =
                    td_string!(l, notes.and_more, n = number(l, count as f64)).to_string();
                view! { " " <button type="button" class="more-sources" on:click=move |_| open.set(true)>{label}</button> }.into_any()
            }
        }
    });
    view! { <li>{publisher.to_string()}":"{first}{more}</li> }
}

/// Links numbered from `from + 1`, each titled with the publisher and the source's title.
fn numbered_links(publisher: &str, from: usize, list: &[&Source]) -> AnyView {
    list.iter()
        .enumerate()
        .map(|(i, s)| {
            let label = format!("{publisher}: {}", s.title);
            let n = (from + i + 1).to_string();
            match &s.url {
                Some(url) => view! { " " <a href=url.clone() rel="noopener noreferrer" target="_blank" title=label.clone() aria-label=label>{n}</a> }.into_any(),
                None => view! { " " <span title=label>{n}</span> }.into_any(),
            }
        })
        .collect_view()
        .into_any()
}

fn source_link(publisher: String, s: &Source) -> impl IntoView {
    match &s.url {
        Some(url) => view! { <li><a href=url.clone() rel="noopener noreferrer" target="_blank" title=s.title.clone()>{publisher}</a></li> }.into_any(),
        None => view! { <li>{publisher}</li> }.into_any(),
    }
}

/// The count sentence, the figure cards and the notes for a filter (also used by region pages and
/// the totals embed). `filtered`: whether the reader chose the filter (else the sentence does not
/// speak of one); `region_page`: the region whose page this is, which a wider view keeps.
#[component]
pub fn HeadlineFigures(
    loaded: Arc<Loaded>,
    model: PageModel,
    place: String,
    filtered: bool,
    #[prop(optional)] region_page: Option<String>,
    /// In an embed: the chart's figures only, without the official statistics.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let m = model.get_untracked();
    let filter = m.filter.clone();
    let currency = state.url_state().currency;
    let view_of = m.overview(snapshot);
    let region_view = !filter.regions.is_empty();
    let n = view_of.selection.events.len();
    let headline = headline(l, n, &place, filtered);
    let notes = scope_notes(l, &view_of, region_view);
    if n == 0 {
        let path = region_page
            .as_ref()
            .map_or("/".to_string(), |c| format!("/regions/{c}"));
        return view! {
            <EmptyView loaded=loaded.clone() filter=filter.clone() sentence=headline path keep_regions=region_page.is_some()/>
            <ScopeNotes notes/>
        }
        .into_any();
    }
    let not_counted = region_view
        .then(|| not_counted(l, snapshot, &view_of.summaries))
        .flatten();
    let (with_something, nothing): (Vec<_>, Vec<_>) = view_of
        .summaries
        .into_iter()
        .partition(|s| !s.totals.is_empty() || !s.unstated.is_empty());
    let none_line = (!nothing.is_empty()).then(|| {
        let names = nothing.iter().map(|s| metric_label(l, s.metric)).collect::<Vec<_>>().join(", ");
        view! { <p class="none-for">{td_string!(l, figures.none_for, names = names).to_string()}</p> }
    });
    let cards = with_something
        .into_iter()
        .map(|summary| {
            let converted = currency
                .map(|c| c.code())
                .zip(m.converted(summary.metric))
                .map(|(c, (metric, point, notes))| {
                    let q = quantity(snapshot, Some(*metric), Some(c));
                    (
                        td_string!(
                            l,
                            dashboard.converted,
                            currency = c.to_string(),
                            value = value_text(l, &q, point)
                        )
                        .to_string(),
                        note_lines(l, snapshot, notes),
                    )
                });
            let low_confidence: Vec<(String, String)> = summary
                .low_confidence
                .iter()
                .map(|id| {
                    let title = snapshot.event(id).map_or(id.as_str(), |e| title_in(e, l));
                    (id.clone(), title.to_string())
                })
                .collect();
            match converted {
                Some(converted) => {
                    view! { <FigureCard summary converted low_confidence/> }.into_any()
                }
                None => view! { <FigureCard summary low_confidence/> }.into_any(),
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
    let cited = m.sources(snapshot);
    let source_count = cited.len();
    let source_items = by_publisher(&cited)
        .into_iter()
        .map(|(publisher, sources)| match sources.as_slice() {
            [one] => source_link(publisher.to_string(), one).into_any(),
            many => publisher_sources(l, publisher, many).into_any(),
        })
        .collect_view();
    let print_line = crate::components::charts::labels::filter_line(l, snapshot, &filter);
    let print_line_embed = print_line.clone();
    view! {
        <p class="print-only">{print_line}</p>
        <p class="headline">{headline}" "<a href=events_href target=link_target()>{td_string!(l, dashboard.see_events)}</a></p>
        <section class="figures" aria-labelledby="figures-heading"><h2 id="figures-heading" class="sr-only">{td_string!(l, dashboard.figures_label)}</h2>{cards}</section>
        {none_line}
        {not_counted}
        <ScopeNotes notes/>
        {(!embedded).then(|| view! { <crate::components::statistics::OfficialStatistics loaded=loaded.clone() filter=filter.clone()/> })}
        <p class="method-note">{td_string!(l, dashboard.method_note)}</p>
        <div class="chart-actions"><crate::components::embed_dialog::EmbedButton chart=crate::embed_code::EmbedChart::Totals
            title=td_string!(l, dashboard.embed_title, line = print_line_embed).to_string() shown=crate::url_state::UrlState { filter: filter.clone(), ..state.url_state() }/>" "<crate::components::share::CopyLink/></div>
        {(source_count > 0).then(|| view! {
            <div class="cited-sources"><h2>{td_string!(l, dashboard.sources, n = number(l, source_count as f64)).to_string()}</h2><ul>{source_items}</ul></div>
        })}
    }
    .into_any()
}
