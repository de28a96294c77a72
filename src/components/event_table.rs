//! The list of events: one row each, linking to the event's page.

use crate::components::figures::with_qualifier;
use crate::components::text::{agency_short, place};
use crate::i18n::format::{date_text, figure};
use crate::i18n::labels::metric_label;
use crate::model::aggregate::place as place_figures;
use crate::model::snapshot::{Event, Snapshot};
use crate::model::DatePrecision;
use crate::state::link_target;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn EventTable(snapshot: Snapshot, events: Vec<Event>, regions: Vec<String>) -> impl IntoView {
    let state = use_app_state();
    let rows = events
        .iter()
        .map(|e| {
            let href = state.link(&format!("/events/{}", e.id));
            let date = event_date(e);
            let agencies = e
                .agencies
                .iter()
                .map(|a| agency_short(&snapshot, a))
                .collect::<Vec<_>>()
                .join(", ");
            let figures = headline_figures(e, &regions);
            view! {
                <tr data-event=e.id.clone()>
                    <td class="date">{date}</td>
                    <th scope="row"><a href=href target=link_target()>{e.title.any().to_string()}</a></th>
                    <td>{place(&snapshot, e)}</td>
                    <td>{agencies}</td>
                    <td class="event-figures">{figures}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="events">
                <thead>
                    <tr>
                        <th scope="col">"Date"</th>
                        <th scope="col">"Event"</th>
                        <th scope="col">"Region"</th>
                        <th scope="col">"Agencies"</th>
                        <th scope="col">"Figures"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The event's date with its precision: "15 March 2022", "2024 (year only)", "date unknown".
pub fn event_date(e: &Event) -> String {
    let base = date_text(e.announced.as_deref());
    match (e.date_precision, &e.period) {
        (DatePrecision::Unknown, Some(p)) => format!(
            "{} – {} (operation)",
            date_text(Some(&p.from)),
            date_text(Some(&p.to))
        ),
        (DatePrecision::Month, _) => format!("{base} (month only)"),
        (DatePrecision::Year, _) => format!("{base} (year only)"),
        _ => base,
    }
}

/// The event's preferred figures that count in this view, one short line each.
fn headline_figures(e: &Event, regions: &[String]) -> String {
    let mut lines = Vec::new();
    for metric in crate::i18n::labels::HEADLINE {
        let counted = place_figures(e, metric, regions).counted;
        let values: Vec<String> = counted
            .iter()
            .filter_map(|m| {
                m.value.map(|v| {
                    with_qualifier(m.qualifier, &figure(v, m.unit_key(), m.currency.is_some()))
                })
            })
            .collect();
        if !values.is_empty() {
            lines.push(format!("{}: {}", metric_label(metric), values.join(" + ")));
        }
    }
    lines.join("; ")
}
