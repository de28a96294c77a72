//! `/events/:id`: what happened, where, when, who acted; every figure with its sources.

use crate::components::event_table::event_date;
use crate::components::figures::with_qualifier;
use crate::components::text::{agency_name, place, region_name};
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::format::{date_text, figure};
use crate::i18n::labels::{kind_label, metric_label};
use crate::model::aggregate::conflicts;
use crate::model::snapshot::{Confidence, Event, Measure, Snapshot};
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    view! {
        <WithData render={move |loaded: Arc<Loaded>| {
            let id = id();
            match loaded.snapshot().event(&id) {
                Some(event) => view! { <EventDetail snapshot=loaded.snapshot().clone() event=event.clone()/> }.into_any(),
                None => view! { <UnknownEvent id/> }.into_any(),
            }
        }}/>
    }
    .into_any()
}

#[component]
fn UnknownEvent(id: String) -> impl IntoView {
    let state = use_app_state();
    view! {
        <Title text="Event not found · Minewatch"/>
        <h1>"Event not found"</h1>
        <p role="alert" class="notice error">{format!("This data snapshot has no event with the id \"{id}\".")}</p>
        <p><a href=state.link("/events")>"Back to the list of events"</a></p>
    }
    .into_any()
}

fn measure_value(m: &Measure) -> String {
    let value = m.value.map_or_else(
        || "no figure stated".to_string(),
        |v| with_qualifier(m.qualifier, &figure(v, m.unit_key(), m.currency.is_some())),
    );
    match &m.kind {
        Some(k) => format!("{value} ({})", kind_label(k)),
        None => value,
    }
}

#[component]
fn EventDetail(snapshot: Snapshot, event: Event) -> impl IntoView {
    let state = use_app_state();
    let title = event.title.any().to_string();
    let summary = event.summary.any().to_string();
    let mut where_ = place(&snapshot, &event);
    if let Some(locality) = &event.locality {
        where_ = format!("{where_} · {locality}");
    }
    let reported = event
        .region_as_reported
        .clone()
        .map(|r| format!("Reported as: {r}"));
    let agencies = if event.agencies.is_empty() {
        "Unknown".to_string()
    } else {
        event
            .agencies
            .iter()
            .map(|a| agency_name(&snapshot, a))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let low = (event.confidence == Confidence::Low).then(|| view! {
        <p class="notice warn" role="note">"Low confidence: the only source for this event is doubtful. Treat its figures with care."</p>
    });
    let overlap = (!event.may_overlap.is_empty()).then(|| {
        let links = event.may_overlap.iter().map(|id| {
            let label = snapshot.event(id).map_or_else(|| id.clone(), |e| e.title.any().to_string());
            view! { <li><a href=state.link(&format!("/events/{id}"))>{label}</a></li> }
        }).collect_view();
        view! { <div class="notice warn"><p>"This may be the same operation as:"</p><ul>{links}</ul></div> }
    });
    let rows = event.measures.iter().map(|m| {
        let sources = m.sources.iter().map(|s| view! { <li><SourceRef snapshot=snapshot.clone() id=s.clone()/></li> }).collect_view();
        let region = m.region.as_ref().map(|r| region_name(&snapshot, r)).unwrap_or_else(|| "whole event".into());
        let used = if m.preferred { "Yes" } else { "No" };
        view! {
            <tr class:preferred=m.preferred>
                <th scope="row">{metric_label(m.metric)}</th>
                <td class="value">{measure_value(m)}</td>
                <td>{region}</td>
                <td><q>{m.as_stated.clone()}</q></td>
                <td><ul class="sources">{sources}</ul></td>
                <td>{used}{m.note.clone().map(|n| view! { <span class="note">" · "{n}</span> })}</td>
            </tr>
        }
    }).collect_view();
    let disagreements = conflicts(&event);
    let has_conflicts = !disagreements.is_empty();
    let conflict_items = disagreements
        .into_iter()
        .map(|group| {
            let first = group
                .first()
                .map(|m| metric_label(m.metric))
                .unwrap_or_default();
            let values = group
                .iter()
                .map(|m| {
                    let cites = m
                        .sources
                        .iter()
                        .map(|s| {
                            snapshot
                                .source(s)
                                .map_or(s.clone(), |x| x.publisher.clone())
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("{} ({cites})", measure_value(m))
                })
                .collect::<Vec<_>>()
                .join(" · ");
            let chosen = group
                .iter()
                .find(|m| m.preferred)
                .map(|m| {
                    let why = m
                        .note
                        .clone()
                        .unwrap_or_else(|| "it is the figure marked preferred in the data".into());
                    format!("The totals use {}: {why}", measure_value(m))
                })
                .unwrap_or_default();
            view! { <li><strong>{first}": "</strong>{values}<br/>{chosen}</li> }
        })
        .collect_view();
    let notes = event
        .notes
        .iter()
        .map(|n| view! { <li>{n.clone()}</li> })
        .collect_view();
    let mut cited: Vec<String> = event
        .measures
        .iter()
        .flat_map(|m| m.sources.iter().cloned())
        .collect();
    cited.sort();
    cited.dedup();
    let source_list = cited
        .into_iter()
        .map(|id| view! { <li><SourceLink snapshot=snapshot.clone() id/></li> })
        .collect_view();
    view! {
        <Title text=format!("{title} · Minewatch")/>
        <p class="back"><a href=state.link("/events")>"← All events"</a></p>
        <article class="event">
            <h1>{title}</h1>
            <p class="summary">{summary}</p>
            {low}
            {overlap}
            <dl class="facts">
                <dt>"When"</dt><dd>{event_date(&event)}{event.date_note.clone().map(|n| view! { <br/><span class="note">{n}</span> })}</dd>
                <dt>"Where"</dt><dd>{where_}{reported.map(|r| view! { <br/><span class="note">{r}</span> })}</dd>
                <dt>"Who acted"</dt><dd>{agencies}</dd>
            </dl>
            <h2>"Figures"</h2>
            <div class="table-wrap">
                <table class="measures">
                    <thead><tr>
                        <th scope="col">"Figure"</th><th scope="col">"Value"</th><th scope="col">"For"</th>
                        <th scope="col">"The source's words"</th><th scope="col">"Sources"</th><th scope="col">"Used in totals"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {has_conflicts.then(|| view! { <h2>"Where sources disagree"</h2><ul class="conflicts">{conflict_items}</ul> })}
            {(!event.notes.is_empty()).then(|| view! { <h2>"Notes"</h2><ul>{notes}</ul> })}
            <h2>"Sources"</h2>
            <ul class="source-list">{source_list}</ul>
        </article>
    }
    .into_any()
}

/// A source as a link (when it has an address) with its publisher, language and date.
#[component]
pub fn SourceLink(snapshot: Snapshot, id: String) -> impl IntoView {
    match snapshot.source(&id) {
        None => view! { <span>{id}</span> }.into_any(),
        Some(s) => {
            let meta = format!(
                " · {} · language: {} · published: {}",
                s.publisher,
                s.language,
                date_text(s.published.as_deref())
            );
            let title = s.title.clone();
            let link = match &s.url {
                Some(url) => view! { <a href=url.clone() rel="noopener noreferrer" target="_blank" class="source">{title}</a> }.into_any(),
                None => view! { <span class="source">{title}" (no web address recorded)"</span> }.into_any(),
            };
            view! { <span>{link}<span class="source-meta">{meta}</span></span> }.into_any()
        }
    }
}

/// A short citation inside the figures table: the publisher as a link, its language and date.
#[component]
fn SourceRef(snapshot: Snapshot, id: String) -> impl IntoView {
    match snapshot.source(&id) {
        None => view! { <span>{id}</span> }.into_any(),
        Some(s) => {
            let meta = format!(" ({}, {})", s.language, date_text(s.published.as_deref()));
            let name = s.publisher.clone();
            let link = match &s.url {
                Some(url) => view! { <a href=url.clone() rel="noopener noreferrer" target="_blank">{name}</a> }.into_any(),
                None => view! { <span>{name}</span> }.into_any(),
            };
            view! { <span>{link}<span class="source-meta">{meta}</span></span> }.into_any()
        }
    }
}
