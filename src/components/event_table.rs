//! The list of events: one row each, linking to the event's page.

use crate::components::text::{agency_short, place, DataText};
use crate::data::Loaded;
use crate::i18n::format::{date_text, figure, qualified};
use crate::i18n::labels::metric_label;
use crate::i18n::{td_string, Locale};
use crate::model::placement::place as place_figures;
use crate::model::snapshot::Event;

use crate::model::DatePrecision;
use crate::state::link_target;
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

/// `events`: the places in the snapshot of the events to list, in order.
#[component]
pub fn EventTable(
    loaded: Arc<Loaded>,
    events: Vec<crate::model::EventPlace>,
    regions: Vec<crate::model::RegionCode>,
) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let rows = snapshot.events_at(&events)
        .into_iter()
        .map(|e| {
            let href = state.link(&format!("/events/{}", e.id));
            let date = event_date(l, e);
            let agencies = e
                .agencies
                .iter()
                .map(|a| agency_short(snapshot, a, l))
                .collect::<Vec<_>>()
                .join(", ");
            let figures = headline_figures(l, e, &regions);
            view! {
                <tr data-event=e.id.to_string()>
                    <td class="date">{date}</td>
                    <th scope="row"><a href=href target=link_target()><DataText text=e.title.clone()/></a></th>
                    <td>{place(snapshot, e, l)}</td>
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
                        <th scope="col">{td_string!(l, table.date)}</th>
                        <th scope="col">{td_string!(l, table.event)}</th>
                        <th scope="col">{td_string!(l, table.region)}</th>
                        <th scope="col">{td_string!(l, table.agencies)}</th>
                        <th scope="col">{td_string!(l, table.figures)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The event's date with its precision: "15 March 2022", "2024 (year only)", "date unknown".
pub fn event_date(l: Locale, e: &Event) -> String {
    let base = date_text(l, e.announced);
    match (e.date_precision, &e.period) {
        (DatePrecision::Unknown, Some(p)) => td_string!(
            l,
            table.operation,
            from = date_text(l, Some(p.from)),
            to = date_text(l, Some(p.to))
        )
        .to_string(),
        (DatePrecision::Month, _) => td_string!(l, table.month_only, date = base).to_string(),
        (DatePrecision::Year, _) => td_string!(l, table.year_only, date = base).to_string(),
        _ => base,
    }
}

/// The event's preferred figures that count in this view, one short line each.
fn headline_figures(l: Locale, e: &Event, regions: &[crate::model::RegionCode]) -> String {
    let mut lines = Vec::new();
    for metric in crate::i18n::labels::HEADLINE {
        let counted = place_figures(e, metric, regions).counted;
        let values: Vec<String> = counted
            .iter()
            .filter_map(|m| {
                m.value.map(|v| {
                    qualified(
                        l,
                        m.qualifier,
                        &figure(l, v, m.unit_key(), m.currency.is_some()),
                    )
                })
            })
            .collect();
        if !values.is_empty() {
            lines.push(format!(
                "{}: {}",
                metric_label(l, metric),
                values.join(" + ")
            ));
        }
    }
    lines.join("; ")
}
