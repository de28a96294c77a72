//! On an event page: where this event and another may be one operation, which figure the totals
//! use and which they leave out, metric by metric, and why (in the reader's language).

use crate::components::figures::total_text;
use crate::data::Loaded;
use crate::i18n::labels::{metric_label, title_in};
use crate::i18n::{td_string, Locale};
use crate::model::aggregate::Total;
use crate::model::overlap::{decisions_for, OverlapDecision, WhyCounted};
use crate::model::snapshot::{Confidence, Event};
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

/// The possible repeats of `event`, with the decision of the totals where one decides a figure.
#[component]
pub fn OverlapNote(loaded: Arc<Loaded>, event: Event) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let all: Vec<&Event> = snapshot.events.iter().collect();
    let decisions = decisions_for(&all, &event);
    let named_by_others = all
        .iter()
        .filter(|e| e.may_overlap.contains(&event.id) && !event.may_overlap.contains(&e.id))
        .map(|e| e.id.clone());
    let others: Vec<crate::model::EventId> = event
        .may_overlap
        .iter()
        .cloned()
        .chain(named_by_others)
        .collect();
    if others.is_empty() {
        return ().into_any();
    }
    let title_of = |id: &str| {
        snapshot
            .event(id)
            .map_or_else(|| id.to_string(), |e| title_in(e, l).to_string())
    };
    let links = others
        .iter()
        .map(
            |id| view! { <li><a href=state.link(&format!("/events/{id}"))>{title_of(id)}</a></li> },
        )
        .collect_view();
    let sentences = decisions
        .iter()
        .map(|d| view! { <li>{decision_text(l, d, &event.id, &title_of)}</li> })
        .collect_view();
    let decided = !decisions.is_empty();
    view! {
        <div class="notice warn overlap" role="note">
            <p>{td_string!(l, event.may_overlap)}</p>
            <ul>{links}</ul>
            {decided.then(|| view! {
                <p class="overlap-heading">{td_string!(l, event.overlap_totals)}</p>
                <ul class="overlap-decisions">{sentences}</ul>
            })}
            {(!decided).then(|| view! { <p>{td_string!(l, event.overlap_no_total)}</p> })}
        </div>
    }
    .into_any()
}

fn figures_text(l: Locale, totals: &[Total]) -> String {
    totals
        .iter()
        .map(|t| total_text(l, t))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One decision told from the side of the event whose page this is.
pub fn decision_text(
    l: Locale,
    d: &OverlapDecision,
    here: &str,
    title_of: &dyn Fn(&str) -> String,
) -> String {
    let metric = metric_label(l, d.metric);
    let counted = figures_text(l, &d.counted_figures);
    let left_out = figures_text(l, &d.left_out_figures);
    let why = why_text(l, d.why);
    if d.counted == here {
        td_string!(
            l,
            event.overlap_counted_here,
            metric = metric,
            counted = counted,
            left_out = left_out,
            other = title_of(&d.left_out),
            why = why
        )
        .to_string()
    } else {
        td_string!(
            l,
            event.overlap_left_out_here,
            metric = metric,
            counted = counted,
            left_out = left_out,
            other = title_of(&d.counted),
            why = why
        )
        .to_string()
    }
}

fn why_text(l: Locale, why: WhyCounted) -> String {
    match why {
        WhyCounted::SurerSources { counted, left_out } => td_string!(
            l,
            event.why_surer,
            counted = confidence_label(l, counted),
            left_out = confidence_label(l, left_out)
        )
        .to_string(),
        WhyCounted::Earlier => td_string!(l, event.why_earlier).to_string(),
        WhyCounted::FirstById => td_string!(l, event.why_first).to_string(),
    }
}

pub fn confidence_label(l: Locale, c: Confidence) -> String {
    match c {
        Confidence::High => td_string!(l, event.confidence_high),
        Confidence::Medium => td_string!(l, event.confidence_medium),
        Confidence::Low => td_string!(l, event.confidence_low),
    }
    .to_string()
}
