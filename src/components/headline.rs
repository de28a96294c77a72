//! The count sentence, the figure cards and the notes for a filter (the dashboard, region pages
//! and the totals embed). Each part follows its own part of the page model: a card is drawn
//! again only when its metric's figures change, the sources list only when the sources do.

use crate::components::charts::labels::{filter_line, value_text};
use crate::components::charts::notes::note_lines;
use crate::components::cited_sources::CitedSources;
use crate::components::empty_view::EmptyView;
use crate::components::figures::FigureCard;
use crate::components::live::{live_text, redrawn, redrawn_or_none};
use crate::components::not_counted::not_counted;
use crate::components::scope_notes::{scope_notes, ScopeNotes};
use crate::components::statistics::OfficialStatistics;
use crate::data::Loaded;
use crate::i18n::labels::{metric_label, title_in, HEADLINE};
use crate::i18n::sentences::headline;
use crate::i18n::{td_string, Locale};
use crate::model::card::Card;
use crate::model::view_model::ConvertedTotal;
use crate::page_model::PageModel;
use crate::state::{in_its_turn, link_target, use_app_state, use_locale};
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

/// `place`: where the figures are counted ("Kazakhstan", a region's name); `filtered`: whether
/// the reader chose the filter (else the sentence does not speak of one); `region_page`: the
/// region whose page this is, which a wider view keeps.
#[component]
pub fn HeadlineFigures(
    loaded: Arc<Loaded>,
    model: PageModel,
    #[prop(into)] place: Signal<String>,
    #[prop(into)] filtered: Signal<bool>,
    #[prop(optional)] region_page: Option<String>,
    /// In an embed: the chart's figures only, without the official statistics.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let l = use_locale();
    let count = model.count;
    let sentence = Signal::derive(move || headline(l, count.get(), &place.get(), filtered.get()));
    let empty = Memo::new(move |_| count.get() == 0);
    redrawn(move || {
        let loaded = loaded.clone();
        let region_page = region_page.clone();
        if empty.get() {
            untrack(|| nothing_found(loaded, model, sentence, region_page)).into_any()
        } else {
            untrack(|| figures(loaded, model, sentence, embedded)).into_any()
        }
    })
}

/// A filter that selects no event: the sentence, the nearest wider views and the notes.
fn nothing_found(
    loaded: Arc<Loaded>,
    model: PageModel,
    sentence: Signal<String>,
    region_page: Option<String>,
) -> impl IntoView {
    let path = region_page
        .as_ref()
        .map_or("/".to_string(), |c| format!("/regions/{c}"));
    let keep_regions = region_page.is_some();
    let wider = {
        let loaded = loaded.clone();
        redrawn(move || {
            let filter = model.filter.get();
            let (loaded, path, sentence) = (loaded.clone(), path.clone(), sentence.get());
            untrack(|| view! { <EmptyView loaded filter sentence path keep_regions/> }.into_any())
        })
    };
    view! {
        {wider}
        <Notes loaded model/>
    }
}

/// The sentence, the cards, the notes, the official statistics and the sources.
fn figures(
    loaded: Arc<Loaded>,
    model: PageModel,
    sentence: Signal<String>,
    embedded: bool,
) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let line = {
        let loaded = loaded.clone();
        Signal::derive(move || model.filter.with(|f| filter_line(l, loaded.snapshot(), f)))
    };
    let shown = Signal::derive(move || UrlState {
        filter: model.filter.get(),
        ..state.url_state()
    });
    let events_href = live_text(move || state.link_with("/events", &shown.get()));
    let cards = HEADLINE
        .into_iter()
        .map(|metric| {
            let card = Memo::new(move |_| {
                model
                    .figures
                    .with(|f| f.card(metric).filter(|(c, _)| c.shows_anything()))
            });
            let loaded = loaded.clone();
            redrawn_or_none(move || {
                card.get()
                    .map(|(card, converted)| untrack(|| figure_card(l, &loaded, card, converted)))
            })
        })
        .collect_view();
    let nothing_for = Memo::new(move |_| {
        model.figures.with(|f| {
            f.cards
                .iter()
                .filter(|c| !c.shows_anything())
                .map(|c| c.metric)
                .collect::<Vec<_>>()
        })
    });
    let none_line = redrawn_or_none(move || {
        let names = nothing_for.get();
        (!names.is_empty()).then(|| {
            let names = names
                .iter()
                .map(|m| metric_label(l, *m))
                .collect::<Vec<_>>()
                .join(", ");
            view! { <p class="none-for">{td_string!(l, figures.none_for, names = names).to_string()}</p> }
                .into_any()
        })
    });
    let outside = {
        let loaded = loaded.clone();
        redrawn_or_none(move || {
            let region_view = model.filter.with(|f| !f.regions.is_empty());
            region_view
                .then(|| {
                    model
                        .figures
                        .with(|f| untrack(|| not_counted(l, loaded.snapshot(), &f.summaries)))
                })
                .flatten()
        })
    };
    let statistics = (!embedded).then(|| {
        let loaded = loaded.clone();
        move || {
            let (loaded, filter) = (loaded.clone(), model.filter.get());
            untrack(|| view! { <OfficialStatistics loaded filter/> }.into_any())
        }
    });
    let embed_title =
        Signal::derive(move || td_string!(l, dashboard.embed_title, line = line.get()).to_string());
    let sources = {
        let loaded = loaded.clone();
        move || {
            let (loaded, places) = (loaded.clone(), model.sources.get());
            untrack(|| view! { <CitedSources loaded places/> }.into_any())
        }
    };
    view! {
        <p class="print-only">{line}</p>
        <p class="headline">{sentence}" "<a href=events_href target=link_target()>{td_string!(l, dashboard.see_events)}</a></p>
        <section class="figures" aria-labelledby="figures-heading"><h2 id="figures-heading" class="sr-only">{td_string!(l, dashboard.figures_label)}</h2>{cards}</section>
        {none_line}
        {outside}
        <Notes loaded model/>
        {in_its_turn(Box::new(move || statistics.clone().map(redrawn).into_any()))}
        <p class="method-note">{td_string!(l, dashboard.method_note)}</p>
        <div class="chart-actions"><crate::components::embed_dialog::EmbedButton chart=crate::embed_code::EmbedChart::Totals
            title=embed_title shown/>" "<crate::components::share::CopyLink/></div>
        {in_its_turn(Box::new(move || redrawn(sources.clone()).into_any()))}
    }
}

/// The notes on what the view leaves out, drawn again only when they change.
#[component]
fn Notes(loaded: Arc<Loaded>, model: PageModel) -> impl IntoView {
    let l = use_locale();
    let notes = Memo::new(move |_| {
        model.whole.with(|m| {
            let region_view = !m.filter.regions.is_empty();
            let snapshot = loaded.snapshot();
            untrack(|| {
                let overlapping = m.overlapping(snapshot);
                scope_notes(l, &m.overview(snapshot), &overlapping, region_view)
            })
        })
    });
    redrawn(move || {
        let notes = notes.get();
        untrack(|| view! { <ScopeNotes notes/> }.into_any())
    })
}

/// One metric's card, with its converted total and the low-confidence events it counts.
fn figure_card(
    l: Locale,
    loaded: &Loaded,
    card: Card,
    converted: Option<ConvertedTotal>,
) -> AnyView {
    let snapshot = loaded.snapshot();
    let converted = converted.map(|c| {
        (
            td_string!(
                l,
                dashboard.converted,
                currency = c.quantity.unit().to_string(),
                value = value_text(l, &c.quantity, &c.total)
            )
            .to_string(),
            note_lines(l, snapshot, &c.notes),
        )
    });
    // the first few are named and linked; the card says how many more there are
    let low_confidence: Vec<(crate::model::EventId, String)> = card
        .low_confidence_named
        .iter()
        .map(|id| {
            let title = snapshot.event(id).map_or(id.as_str(), |e| title_in(e, l));
            (id.clone(), title.to_string())
        })
        .collect();
    match converted {
        Some(converted) => view! { <FigureCard card converted low_confidence/> }.into_any(),
        None => view! { <FigureCard card low_confidence/> }.into_any(),
    }
}
