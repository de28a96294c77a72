//! Official statistics beside the event totals: each agency's count for its period, with what the
//! events of this data add up to for the same metric, period and place. Never added together.

use crate::components::figures::total_text;
use crate::components::source_link::SourceLink;
use crate::components::text::{agency_name, DataText};
use crate::data::Loaded;
use crate::i18n::format::date_text;
use crate::i18n::labels::{measure_value, metric_label, title_in};
use crate::i18n::{td_string, Locale};
use crate::model::filter::Filter;
use crate::model::snapshot::{Measure, Snapshot};
use crate::model::statistics_view::{national_beside, statistics_for_with, Beside};
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn OfficialStatistics(loaded: Arc<Loaded>, filter: Filter) -> impl IntoView {
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let shown = statistics_for_with(snapshot, &filter, &loaded.beside);
    let national = if filter.regions.is_empty() {
        0
    } else {
        national_beside(snapshot, &filter)
    };
    if shown.is_empty() && national == 0 {
        return ().into_any();
    }
    let state = use_app_state();
    let national_line = (national > 0).then(|| {
        let whole = crate::url_state::UrlState {
            filter: Filter {
                regions: Vec::new(),
                ..filter.clone()
            },
            ..state.url_state()
        };
        let href = format!("{}#statistics-heading", state.link_with("/", &whole));
        let text = td_string!(
            l,
            stats.national_elsewhere,
            count = national,
            n = crate::i18n::format::number(l, national as f64)
        )
        .to_string();
        view! { <p class="national-statistics"><a href=href>{text}</a></p> }
    });
    let items = shown
        .iter()
        .map(|b| statistic(snapshot, b, l))
        .collect_view();
    view! {
        <section class="statistics" aria-labelledby="statistics-heading">
            <h2 id="statistics-heading">{td_string!(l, stats.heading)}</h2>
            {(!shown.is_empty()).then(|| view! { <p class="note">{td_string!(l, stats.intro)}</p> })}
            {items}
            {national_line}
        </section>
    }
    .into_any()
}

fn cited(snapshot: &Snapshot, m: &Measure) -> impl IntoView {
    m.sources
        .iter()
        .map(|id| {
            let source = snapshot.source(id).cloned();
            view! { " " <SourceLink source id=id.clone()/> }
        })
        .collect_view()
}

fn statistic(snapshot: &Snapshot, b: &Beside<'_>, l: Locale) -> impl IntoView {
    let state = use_app_state();
    let s = b.statistic;
    let agencies = s
        .agencies
        .iter()
        .map(|a| agency_name(snapshot, a, l))
        .collect::<Vec<_>>()
        .join(", ");
    let period = td_string!(
        l,
        stats.period,
        from = date_text(l, Some(s.period.from)),
        to = date_text(l, Some(s.period.to)),
        agencies = agencies
    )
    .to_string();
    let figures = b
        .figures
        .iter()
        .map(|(m, events)| {
            let beside = if events.totals.is_empty() {
                td_string!(l, stats.no_event_figure).to_string()
            } else {
                let totals = events
                    .totals
                    .iter()
                    .map(|t| total_text(l, t))
                    .collect::<Vec<_>>()
                    .join(", ");
                {
                    let n = events.event_count();
                    td_string!(
                        l,
                        stats.events_same_period,
                        totals = totals,
                        count = n,
                        n = crate::i18n::format::number(l, n as f64)
                    )
                    .to_string()
                }
            };
            view! {
                <li class="official-figure" data-official-metric=m.metric.as_str()>
                    <span class="metric">{metric_label(l, m.metric)}": "</span>
                    <strong class="official-value">{measure_value(l, m)}</strong>
                    <p class="beside-events" class:none=events.totals.is_empty()>{beside}</p>
                </li>
            }
        })
        .collect_view();
    let quoted = b
        .figures
        .iter()
        .map(|(m, _)| *m)
        .map(|m| {
            view! {
                <li>
                    {metric_label(l, m.metric)}": "{measure_value(l, m)}
                    {(!m.as_stated.is_empty()).then(|| view! { " " <q>{m.as_stated.clone()}</q> })}
                    <span class="cited">{cited(snapshot, m)}</span>
                    {m.note.clone().map(|n| view! { <span class="figure-note" lang="en">" "{n}</span> })}
                </li>
            }
        })
        .collect_view();
    let others = b
        .others
        .iter()
        .map(|m| {
            view! {
                <li class="official-other">
                    {td_string!(l, stats.other_copy)}" "{metric_label(l, m.metric)}": "{measure_value(l, m)}" "<q>{m.as_stated.clone()}</q>
                    <span class="cited">{cited(snapshot, m)}</span>
                </li>
            }
        })
        .collect_view();
    let may_include = (!s.may_include.is_empty()).then(|| {
        let links = s
            .may_include
            .iter()
            .filter_map(|id| snapshot.event(id))
            .map(|e| {
                let href = state.link(&format!("/events/{}", e.id));
                view! { " " <a href=href>{title_in(e, l).to_string()}</a> }
            })
            .collect_view();
        view! { <p class="may-include">{td_string!(l, stats.may_include)}{links}</p> }
    });
    let notes = s
        .notes
        .iter()
        .map(|n| view! { <li lang="en">{n.clone()}</li> })
        .collect_view();
    view! {
        <article class="statistic" data-id=s.id.clone()>
            <h3><DataText text=s.title.clone()/></h3>
            <p class="period">{period}</p>
            <p class="summary"><DataText text=s.summary.clone()/></p>
            <ul class="official-figures">{figures}</ul>
            {may_include}
            <details class="statistic-sources">
                <summary>{td_string!(l, stats.details)}</summary>
                <ul class="official-quotes">{quoted}{others}</ul>
                <ul class="notes">{notes}</ul>
            </details>
        </article>
    }
}
