//! A published snapshot's changes against the one before: events and statistics added, removed or
//! changed, figure by figure (old -> new) with the editors' reason. Loaded when /data shows it.

use crate::components::text::DataText;
use crate::data::load_changes;
use crate::i18n::format::{figure, qualified};
use crate::i18n::labels::metric_label;
use crate::i18n::{td_string, Locale};
use crate::model::changes::{Change, Changes, Figure, FigureChange, RecordChange};
use crate::model::metric::Metric;
use crate::state::{use_app_state, use_locale};
use crate::url_state::UrlState;
use leptos::prelude::*;

#[component]
pub fn ChangeList(id: String, path: String) -> impl IntoView {
    let l = use_locale();
    let anchor = format!("changes-{id}");
    // a page rendered natively is given the list; the browser loads it
    let changes = match crate::state::given_changes(&path) {
        Some(given) => Signal::stored(Some(Ok(given))),
        None => {
            let loading = LocalResource::new(move || {
                let path = path.clone();
                async move { load_changes(&path).await }
            });
            Signal::derive(move || loading.get())
        }
    };
    view! {
        <section class="changes" id=anchor data-snapshot=id.clone()>
            {crate::components::live::redrawn(move || match changes.get() {
                None => view! { <p class="loading" role="status">{td_string!(l, load.loading)}</p> }.into_any(),
                Some(Err(error)) => view! { <p class="notice error" role="alert">{crate::i18n::messages::load_error(l, &error)}</p> }.into_any(),
                Some(Ok(c)) => body(l, &c).into_any(),
            })}
        </section>
    }
}

fn count(list: &[RecordChange], kind: Change) -> usize {
    list.iter().filter(|r| r.change == kind).count()
}

fn body(l: Locale, c: &Changes) -> impl IntoView {
    let heading =
        td_string!(l, changes.heading, to = c.to.clone(), from = c.from.clone()).to_string();
    let counts = td_string!(
        l,
        changes.counts,
        added = count(&c.events, Change::Added),
        changed = count(&c.events, Change::Changed),
        removed = count(&c.events, Change::Removed),
        statistics = c.statistics.len()
    )
    .to_string();
    let records = c
        .events
        .iter()
        .map(|r| record(l, c, r, true))
        .chain(c.statistics.iter().map(|r| record(l, c, r, false)))
        .collect_view();
    view! {
        <h2>{heading}</h2>
        <p class="change-counts">{counts}</p>
        <div class="change-records">{records}</div>
    }
}

fn record(l: Locale, c: &Changes, r: &RecordChange, is_event: bool) -> AnyView {
    let state = use_app_state();
    let mark = match r.change {
        Change::Added => td_string!(l, changes.added),
        Change::Removed => td_string!(l, changes.removed),
        Change::Changed => td_string!(l, changes.changed),
    };
    let kind = if is_event {
        td_string!(l, changes.event)
    } else {
        td_string!(l, changes.statistic)
    };
    // A removed event is read in the snapshot that had it; the others in the new one.
    let snapshot = if r.change == Change::Removed {
        &c.from
    } else {
        &c.to
    };
    let link = is_event.then(|| {
        let pinned = UrlState {
            snapshot: Some(snapshot.clone()),
            lang: state.url_state().lang,
            ..UrlState::default()
        };
        state.link_with(&format!("/events/{}", r.id), &pinned)
    });
    let title = view! { <DataText text=r.title.clone()/> };
    let title = match link {
        Some(href) => view! { <a href=href>{title}</a> }.into_any(),
        None => title.into_any(),
    };
    let why = r.why.clone().map(|why| {
        view! { <p class="why"><strong>{td_string!(l, changes.why)}" "</strong><DataText text=why/></p> }
    });
    let fields = (!r.fields.is_empty()).then(|| {
        let names = r
            .fields
            .iter()
            .map(|f| field_name(l, f))
            .collect::<Vec<_>>()
            .join(", ");
        td_string!(l, changes.fields, fields = names).to_string()
    });
    let figures = r.figures.iter().map(|f| figure_line(l, f)).collect_view();
    view! {
        <article class="change" data-change=format!("{:?}", r.change).to_lowercase() data-id=r.id.clone()>
            <h3><span class="change-mark">{mark}</span>" · "{kind}": "{title}</h3>
            {why}
            {fields.map(|f| view! { <p class="fields">{f}</p> })}
            <ul class="figure-changes">{figures}</ul>
        </article>
    }
    .into_any()
}

fn figure_line(l: Locale, f: &FigureChange) -> impl IntoView {
    let text = |x: &Figure| figure_text(l, f.metric, x);
    let (mark, body) = match (&f.old, &f.new) {
        (Some(o), Some(n)) => ("~", format!("{} → {}", text(o), text(n))),
        (None, Some(n)) => ("+", text(n)),
        (Some(o), None) => ("−", text(o)),
        (None, None) => ("", String::new()),
    };
    view! { <li data-change=format!("{:?}", f.change).to_lowercase()><span class="change-mark" aria-hidden="true">{mark}" "</span>{metric_label(l, f.metric)}": "{body}</li> }
}

/// A field of an event in the reader's words (a field with no name of its own keeps the data's).
fn field_name(l: Locale, field: &str) -> String {
    match field {
        "title" => td_string!(l, changes.field_title).to_string(),
        "summary" => td_string!(l, changes.field_summary).to_string(),
        "notes" => td_string!(l, changes.field_notes).to_string(),
        "announced" => td_string!(l, changes.field_announced).to_string(),
        "date_precision" => td_string!(l, changes.field_date_precision).to_string(),
        "date_note" => td_string!(l, changes.field_date_note).to_string(),
        "regions" => td_string!(l, changes.field_regions).to_string(),
        "agencies" => td_string!(l, changes.field_agencies).to_string(),
        "may_overlap" => td_string!(l, changes.field_may_overlap).to_string(),
        "confidence" => td_string!(l, changes.field_confidence).to_string(),
        other => other.to_string(),
    }
}

/// A figure as the list shows it: the value with its qualifier and unit, the source's words and
/// the sources.
fn figure_text(l: Locale, metric: Metric, x: &Figure) -> String {
    let money = metric.is_money()
        || (metric.may_be_money()
            && x.unit.len() == 3
            && x.unit.bytes().all(|b| b.is_ascii_uppercase()));
    let value = x.value.map_or_else(
        || td_string!(l, event.no_figure_stated).to_string(),
        |v| qualified(l, x.qualifier, &figure(l, v, &x.unit, money)),
    );
    let place = x
        .region
        .as_ref()
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    let quote = if x.as_stated.is_empty() {
        String::new()
    } else {
        format!(" «{}»", x.as_stated)
    };
    format!("{value}{place}{quote} [{}]", x.sources.join(", "))
}
