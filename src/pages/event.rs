//! `/events/:id`: what happened, where, when, who acted; every figure with its sources.

use crate::components::event_table::event_date;
use crate::components::notices::LoadErrorNotice;
use crate::components::overlap_note::OverlapNote;
use crate::components::source_link::{SourceLink, SourceRef};
use crate::components::text::{agency_name, place, region_name, DataText};
use crate::components::title::Title;
use crate::components::with_data::WithData;
use crate::data::{with_long_text, Loaded};
use crate::i18n::format::number;
use crate::i18n::labels::{measure_value, metric_label};
use crate::i18n::{td_string, Locale};
use crate::model::aggregate::conflicts;
use crate::model::snapshot::{Confidence, Event, Measure, Snapshot, Source};
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EventPage() -> impl IntoView {
    let named = crate::address::use_named();
    let id = move || named.get();
    view! {
        <WithData render={move |loaded: Arc<Loaded>| {
            let id = id();
            match loaded.place_of(&id) {
                Some(place) if loaded.compact => view! { <WithDetails loaded place/> }.into_any(),
                Some(place) => {
                    let event = loaded.snapshot().event_at(place).cloned();
                    event.map(|event| view! { <EventDetail loaded event/> }).into_any()
                }
                None => view! { <UnknownEvent id/> }.into_any(),
            }
        }}/>
    }
    .into_any()
}

/// The event at `place` in the index, once its shard of long text has loaded. If the shard cannot
/// be loaded, the page says why and shows what the index has.
#[component]
fn WithDetails(loaded: Arc<Loaded>, place: crate::model::EventPlace) -> impl IntoView {
    let l = use_locale();
    let shard = {
        let loaded = loaded.clone();
        LocalResource::new(move || {
            let loaded = loaded.clone();
            async move {
                let event: Vec<_> = loaded.snapshot().event_at(place).into_iter().collect();
                with_long_text(&loaded, &event)
                    .await
                    .map(|mut full| full.pop())
            }
        })
    };
    // The page is drawn again once the details are in; if the reader's focus was on the heading
    // (where a move to this page puts it), it goes to the new heading.
    let ready = RwSignal::new(false);
    Effect::new(move |_| {
        if shard.with(Option::is_some) && !ready.get_untracked() {
            let on_heading = leptos::prelude::document()
                .active_element()
                .is_some_and(|e| e.tag_name() == "H1");
            ready.set(true);
            if on_heading {
                request_animation_frame(|| crate::app::focus_first("main h1"));
            }
        }
    });
    crate::components::live::redrawn_or_none(move || {
        let event = loaded.snapshot().event_at(place).cloned()?;
        let shard = if ready.get() {
            shard.get_untracked()
        } else {
            None
        };
        Some(match shard {
            None => {
                let (title, other) = crate::i18n::text_in(&event.title, l)
                    .map_or((event.id.to_string(), None), |(t, other)| {
                        (t.to_string(), other)
                    });
                view! {
                    <h1 lang=other.map(crate::i18n::code_of)>{title}</h1>
                    <p class="loading" role="status">{td_string!(l, event.loading_details)}</p>
                }
                .into_any()
            }
            Some(Ok(Some(full))) => {
                view! { <EventDetail loaded=loaded.clone() event=full/> }.into_any()
            }
            Some(Ok(None)) => ().into_any(),
            Some(Err(error)) => {
                view! { <LoadErrorNotice error/><EventDetail loaded=loaded.clone() event/> }
                    .into_any()
            }
        })
    })
}

#[component]
fn UnknownEvent(id: String) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    view! {
        <Title text=format!("{} · Minewatch", td_string!(l, event.not_found))/>
        <h1>{td_string!(l, event.not_found)}</h1>
        <p role="alert" class="notice error">{td_string!(l, event.no_such_id, id = id).to_string()}</p>
        <p><a href=state.link("/events")>{td_string!(l, event.back_to_list)}</a></p>
    }
    .into_any()
}

#[component]
fn EventDetail(loaded: Arc<Loaded>, event: Event) -> impl IntoView {
    let snapshot = loaded.snapshot();
    let state = use_app_state();
    let l = use_locale();
    let english = (l != Locale::en).then_some("en");
    let (title, title_other) = crate::i18n::text_in(&event.title, l)
        .map_or((event.id.to_string(), None), |(t, other)| {
            (t.to_string(), other)
        });
    let title_lang = title_other.map(crate::i18n::code_of);
    let title_note = title_other
        .map(|other| view! { <p class="lang-note">{crate::i18n::language_note(l, other)}</p> });
    let summary = event.summary.clone();
    let where_ = place(snapshot, &event, l);
    // The locality is the editors' English text.
    let locality = event
        .locality
        .clone()
        .map(|t| view! { " · "<span lang=english>{t}</span> });
    let reported = event
        .region_as_reported
        .clone()
        .map(|r| td_string!(l, event.reported_as, name = r).to_string());
    let agencies = if event.agencies.is_empty() {
        td_string!(l, event.agency_unknown).to_string()
    } else {
        event
            .agencies
            .iter()
            .map(|a| agency_name(snapshot, a, l))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let low = (event.confidence == Confidence::Low).then(|| {
        view! {
            <p class="notice warn" role="note">{td_string!(l, event.low_confidence)}</p>
        }
    });
    let overlap = view! { <OverlapNote loaded=loaded.clone() event=event.clone()/> };
    let (col_figure, col_value, col_for, col_words, col_sources, col_used) = column_labels(l);
    let by_id = sources_by_id(snapshot);
    let source_of = |id: &str| by_id.get(id).map(|s| (*s).clone());
    // A page of figures at a time: an event with thousands of figures opens as fast as one with ten.
    let page = RwSignal::new(0usize);
    let total = event.measures.len();
    let pages = total.div_ceil(FIGURES_PAGE).max(1);
    let rows = {
        let (loaded, measures) = (loaded.clone(), event.measures.clone());
        move || {
            let snapshot = loaded.snapshot();
            let start = page.get().min(pages - 1) * FIGURES_PAGE;
            let shown = measures
                .get(start..(start + FIGURES_PAGE).min(measures.len()))
                .unwrap_or(&[]);
            figure_rows(l, snapshot, shown)
        }
    };
    let pager = (total > FIGURES_PAGE).then(|| {
        let range = crate::components::live::live_text(move || {
            let start = page.get() * FIGURES_PAGE;
            td_string!(l, event.figures_range, from = number(l, (start + 1) as f64), to = number(l, (start + FIGURES_PAGE).min(total) as f64), total = number(l, total as f64)).to_string()
        });
        view! {
            <p class="pager" role="group" aria-label=td_string!(l, table.figures)>
                <span role="status">{range}</span>" "
                <button type="button" prop:disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>{td_string!(l, event.previous)}</button>" "
                <button type="button" prop:disabled=move || { page.get() + 1 >= pages } on:click=move |_| page.update(|p| *p = (*p + 1).min(pages - 1))>{td_string!(l, event.next)}</button>
            </p>
        }
    });
    let disagreements = conflicts(&event);
    let has_conflicts = !disagreements.is_empty();
    let more_conflicts = disagreements.len().saturating_sub(CONFLICTS_SHOWN);
    let conflict_items = disagreements
        .into_iter()
        .take(CONFLICTS_SHOWN)
        .map(|group| {
            let first = group
                .first()
                .map(|m| metric_label(l, m.metric))
                .unwrap_or_default();
            let values = group
                .iter()
                .map(|m| {
                    let cites = m
                        .sources
                        .iter()
                        .map(|s| {
                            by_id
                                .get(s.as_str())
                                .map_or(s.clone(), |x| x.publisher.clone())
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("{} ({cites})", measure_value(l, m))
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
                        .unwrap_or_else(|| td_string!(l, event.marked_preferred).to_string());
                    td_string!(l, event.totals_use, value = measure_value(l, m), why = why)
                        .to_string()
                })
                .unwrap_or_default();
            view! { <li><strong>{first}": "</strong>{values}<br/>{chosen}</li> }
        })
        .collect_view();
    let notes = event
        .notes
        .iter()
        .map(|n| view! { <li lang=english>{n.clone()}</li> })
        .collect_view();
    let mut cited: Vec<String> = event
        .measures
        .iter()
        .flat_map(|m| m.sources.iter().cloned())
        .collect();
    crate::order::sort(&mut cited);
    cited.dedup();
    let source_list = cited
        .into_iter()
        .map(|id| view! { <li><SourceLink source=source_of(&id) id/></li> })
        .collect_view();
    view! {
        <Title text=format!("{title} · Minewatch")/>
        <p class="back"><a href=state.link("/events")>"← "{td_string!(l, event.all_events)}</a></p>
        <article class="event">
            <h1 lang=title_lang>{title}</h1>
            {title_note}
            <p class="summary"><DataText text=summary/></p>
            <p class="own-words">{td_string!(l, event.own_words)}</p>
            {low}
            {overlap}
            <dl class="facts">
                <dt>{td_string!(l, event.when)}</dt><dd>{event_date(l, &event)}{event.date_note.clone().map(|n| view! { <br/><span class="note" lang=english>{n}</span> })}</dd>
                <dt>{td_string!(l, event.where_)}</dt><dd>{where_}{locality}{reported.map(|r| view! { <br/><span class="note">{r}</span> })}</dd>
                <dt>{td_string!(l, event.who)}</dt><dd>{agencies}</dd>
            </dl>
            <h2>{td_string!(l, table.figures)}</h2>
            <div class="table-wrap">
                <table class="measures">
                    <thead><tr>
                        <th scope="col">{col_figure}</th><th scope="col">{col_value}</th><th scope="col">{col_for}</th>
                        <th scope="col">{col_words}</th><th scope="col">{col_sources}</th><th scope="col">{col_used}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {pager}
            {has_conflicts.then(|| view! { <h2>{td_string!(l, event.disagree)}</h2><ul class="conflicts">{conflict_items}</ul> })}
            {(more_conflicts > 0).then(|| view! { <p class="note">{td_string!(l, event.more_conflicts, count = more_conflicts, n = number(l, more_conflicts as f64)).to_string()}</p> })}
            {(!event.notes.is_empty()).then(|| view! { <h2>{td_string!(l, event.notes)}</h2><ul>{notes}</ul> })}
            <h2>{td_string!(l, event.col_sources)}</h2>
            <ul class="source-list">{source_list}</ul>
        </article>
    }
    .into_any()
}

/// Figures a page of the event's figures table holds.
const FIGURES_PAGE: usize = 200;
/// Disagreements listed in full; the rest are counted (each is in the figures table).
const CONFLICTS_SHOWN: usize = 100;

fn column_labels(
    l: Locale,
) -> (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
) {
    (
        td_string!(l, event.col_figure),
        td_string!(l, event.col_value),
        td_string!(l, event.col_for),
        td_string!(l, event.col_words),
        td_string!(l, event.col_sources),
        td_string!(l, event.col_used),
    )
}

/// The snapshot's sources by id, built once per page rather than searched per citation.
fn sources_by_id(snapshot: &Snapshot) -> std::collections::HashMap<&str, &Source> {
    snapshot
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect()
}

/// Rows of the figures table, each labelled for the phone layout (where rows stack).
fn figure_rows(l: Locale, snapshot: &Snapshot, measures: &[Measure]) -> AnyView {
    let english = (l != Locale::en).then_some("en");
    let (col_figure, col_value, col_for, col_words, col_sources, col_used) = column_labels(l);
    let by_id = sources_by_id(snapshot);
    measures.iter().map(|m| {
        let sources = m.sources.iter().map(|s| view! { <li><SourceRef source=by_id.get(s.as_str()).map(|x| (*x).clone()) id=s.clone()/></li> }).collect_view();
        let region = m.region.as_ref().map(|r| region_name(snapshot, r, l)).unwrap_or_else(|| td_string!(l, event.whole_event).to_string());
        let used = if m.preferred { td_string!(l, event.yes) } else { td_string!(l, event.no) };
        view! {
            <tr class:preferred=m.preferred>
                <th scope="row" data-label=col_figure>{metric_label(l, m.metric)}</th>
                <td class="value" data-label=col_value>{measure_value(l, m)}</td>
                <td data-label=col_for>{region}</td>
                <td data-label=col_words><q>{m.as_stated.clone()}</q></td>
                <td data-label=col_sources><ul class="sources">{sources}</ul></td>
                <td data-label=col_used>{used}{m.note.clone().map(|n| view! { <span class="note" lang=english>" · "{n}</span> })}</td>
            </tr>
        }
    }).collect_view().into_any()
}
