//! Under a region view's cards, once: the figures its totals leave out because the sources give
//! them only for the whole country, several regions together or an unknown place, by event.

use crate::i18n::labels::{measure_value, metric_label, title_in};
use crate::i18n::{td_string, Locale};
use crate::model::aggregate::MetricSummary;
use crate::model::snapshot::Snapshot;
use crate::state::{link_target, use_app_state};
use leptos::prelude::*;

/// The list, or `None` when every figure of the view counts.
pub fn not_counted(l: Locale, snapshot: &Snapshot, summaries: &[MetricSummary]) -> Option<AnyView> {
    let state = use_app_state();
    // event id -> its figures left out, in the order met
    let mut by_event: Vec<(String, Vec<String>)> = Vec::new();
    for summary in summaries {
        for (id, m) in &summary.outside {
            let text = format!("{}: {}", metric_label(l, m.metric), measure_value(l, m));
            match by_event.iter_mut().find(|(e, _)| e == id) {
                Some((_, figures)) => figures.push(text),
                None => by_event.push((id.clone(), vec![text])),
            }
        }
    }
    if by_event.is_empty() {
        return None;
    }
    let items = by_event
        .into_iter()
        .map(|(id, figures)| {
            let title = snapshot
                .event(&id)
                .map_or(id.clone(), |e| title_in(e, l).to_string());
            let href = state.link(&format!("/events/{id}"));
            view! { <li><a href=href target=link_target()>{title}</a>": "{figures.join("; ")}</li> }
        })
        .collect_view();
    Some(
        view! {
            <section class="not-counted" aria-labelledby="not-counted-heading">
                <h2 id="not-counted-heading">{td_string!(l, figures.not_counted_heading)}</h2>
                <p>{td_string!(l, figures.not_counted)}</p>
                <ul>{items}</ul>
            </section>
        }
        .into_any(),
    )
}
