//! Headline figure cards: each total with its qualifier, how many events it comes from and a link
//! to them; unstated figures are said, never hidden (figures that lie outside a region view are
//! listed once, under the cards: `not_counted`).

use crate::i18n::format::{figure, number, qualified};
use crate::i18n::labels::metric_label;
use crate::i18n::{td_string, Locale};
use crate::model::aggregate::Total;
use crate::model::card::{Card, TotalFigure};
use crate::state::link_target;
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;

#[component]
pub fn FigureCard(
    card: Card,
    /// The total converted to the chosen currency, with how (money metrics, when `currency=` is set).
    #[prop(optional)]
    converted: Option<(String, Vec<String>)>,
    /// The first few low-confidence events among those the totals add: (id, title in the reader's
    /// language); the card says how many more there are.
    #[prop(optional)]
    low_confidence: Vec<(crate::model::EventId, String)>,
) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let metric = card.metric;
    // follows the filter in place: the card is drawn again only when its figures change
    let events_href = crate::components::live::live_text(move || {
        state.view.with(|(s, _)| {
            let mut link_state = s.clone();
            link_state.filter.metric = Some(metric);
            state.link_with("/events", &link_state)
        })
    });
    let values = if card.totals.is_empty() {
        view! { <p class="value none">{td_string!(l, figures.none)}</p> }.into_any()
    } else {
        card.totals
            .iter()
            .map(|t| view! { <p class="value">{figure_text(l, t)}</p> })
            .collect_view()
            .into_any()
    };
    let count = card.events;
    let no_figure = card.totals.is_empty();
    let from_events = (count > 0).then(|| {
        let text = td_string!(
            l,
            figures.from_events,
            count = count,
            n = number(l, count as f64)
        )
        .to_string();
        view! { <p class="from"><a href=events_href target=link_target()>{text}</a></p> }
    });
    let unstated = (card.unstated > 0).then(|| {
        let n = card.unstated;
        let text = td_string!(l, figures.unstated, count = n, n = number(l, n as f64)).to_string();
        view! { <p class="unstated">{text}</p> }
    });
    let counted_once = (card.counted_once > 0).then(|| {
        let n = card.counted_once;
        let text =
            td_string!(l, figures.counted_once, count = n, n = number(l, n as f64)).to_string();
        view! { <p class="counted-once">{text}</p> }
    });
    let low = (!low_confidence.is_empty()).then(|| {
        let n = card.low_confidence.max(low_confidence.len());
        let more = n - low_confidence.len();
        let text = td_string!(
            l,
            figures.low_confidence,
            count = n,
            n = number(l, n as f64)
        )
        .to_string();
        let links = low_confidence
            .into_iter()
            .map(|(id, title)| {
                let path = format!("/events/{id}");
                view! { " " <a href=crate::components::live::live_text(move || state.link(&path)) target=link_target()>{title}</a> }
            })
            .collect_view();
        let more = (more > 0).then(|| {
            format!(
                " {}",
                td_string!(l, notes.and_more, n = number(l, more as f64))
            )
        });
        view! { <p class="low-confidence">{text}{links}{more}</p> }
    });
    let converted = converted.map(|(total, notes)| {
        let notes = notes
            .into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view();
        view! {
            <div class="converted">
                <p class="value converted-value">{total}</p>
                <ul class="converted-notes">{notes}</ul>
            </div>
        }
    });
    view! {
        <article class="figure-card" class:no-figure=no_figure data-metric=metric.as_str()>
            <h3>{metric_label(l, metric)}</h3>
            {values}
            {converted}
            {from_events}
            {unstated}
            {counted_once}
            {low}
        </article>
    }
    .into_any()
}

pub fn total_text(l: Locale, total: &Total) -> String {
    figure_text(l, &TotalFigure::from(total))
}

/// A total as a card writes it: "about 1,200 kW".
pub fn figure_text(l: Locale, total: &TotalFigure) -> String {
    qualified(
        l,
        total.qualifier,
        &figure(l, total.value, &total.unit, total.is_money),
    )
}
