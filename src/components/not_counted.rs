//! Under a region view's cards, once: the figures its totals leave out because the sources give
//! them only for the whole country, several regions together or an unknown place, by event.

use crate::i18n::labels::{measure_value, metric_label, title_in};
use crate::i18n::{td_string, Locale};
use crate::model::aggregate::MetricSummary;
use crate::model::snapshot::Snapshot;
use crate::state::{link_target, use_app_state};
use leptos::prelude::*;

/// How many events the list names before "and 240 more".
const LISTED: usize = 10;

/// The list, or `None` when every figure of the view counts.
pub fn not_counted(l: Locale, snapshot: &Snapshot, summaries: &[MetricSummary]) -> Option<AnyView> {
    let state = use_app_state();
    // event id -> its figures left out, in the order met
    let mut by_event: Vec<(crate::model::EventId, Vec<String>)> = Vec::new();
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
    // each event's title found in one pass over the events
    let wanted: std::collections::HashSet<&str> =
        by_event.iter().map(|(id, _)| id.as_str()).collect();
    let titles: std::collections::HashMap<&str, String> = snapshot
        .events
        .iter()
        .filter(|e| wanted.contains(e.id.as_str()))
        .map(|e| (e.id.as_str(), title_in(e, l).to_string()))
        .collect();
    let mut entries: Vec<(crate::model::EventId, String, String)> = by_event
        .iter()
        .map(|(id, figures)| {
            let title = titles
                .get(id.as_str())
                .cloned()
                .unwrap_or_else(|| id.to_string());
            (id.clone(), title, figures.join("; "))
        })
        .collect();
    // the first few events are listed; the rest only when the reader asks (a region view of a
    // large snapshot can leave out thousands of national figures)
    let rest = entries.split_off(entries.len().min(LISTED));
    let item = move |(id, title, figures): (crate::model::EventId, String, String)| {
        let href = state.link(&format!("/events/{id}"));
        view! { <li><a href=href target=link_target()>{title}</a>": "{figures}</li> }
    };
    let items = entries.into_iter().map(item).collect_view();
    let more = (!rest.is_empty()).then(|| {
        let open = RwSignal::new(false);
        let count = rest.len();
        crate::components::live::redrawn(move || {
            if open.get() {
                rest.iter().cloned().map(item).collect_view().into_any()
            } else {
                let label = td_string!(l, notes.and_more, n = crate::i18n::format::number(l, count as f64)).to_string();
                view! { <li><button type="button" class="more-sources" on:click=move |_| open.set(true)>{label}</button></li> }.into_any()
            }
        })
    });
    Some(
        view! {
            <section class="not-counted" aria-labelledby="not-counted-heading">
                <h2 id="not-counted-heading">{td_string!(l, figures.not_counted_heading)}</h2>
                <p>{td_string!(l, figures.not_counted)}</p>
                <ul>{items}{more}</ul>
            </section>
        }
        .into_any(),
    )
}
