//! Downloads of the rows the page shows: CSV (opens in Excel with Cyrillic intact) and JSON.
//! The file is built when the reader asks for it: the sources' words it quotes are loaded then.

use crate::components::charts::labels::file_name;
use crate::data::download::save_text;
use crate::data::{with_long_text, Loaded};
use crate::i18n::format::number;
use crate::i18n::td_string;
use crate::model::export::{csv, json_rows, rows};
use crate::model::filter::Filter;

use crate::components::live::redrawn_or_none;
use crate::state::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
}

/// `filter` names the files; `events` are the places of the events shown, in order. Both are
/// followed as they change: the section is not drawn again, only its count and file names.
#[component]
pub fn Downloads(
    loaded: Arc<Loaded>,
    #[prop(into)] filter: Signal<Filter>,
    #[prop(into)] events: Signal<Vec<crate::model::EventPlace>>,
) -> impl IntoView {
    let l = use_locale();
    let summary = {
        let loaded = loaded.clone();
        move || {
            events.with(|places| {
                let chosen = loaded.snapshot().events_at(places);
                let row_count: usize = chosen.iter().map(|e| e.measures.len()).sum();
                let of_events = td_string!(
                    l,
                    downloads.of_events,
                    count = chosen.len(),
                    n = number(l, chosen.len() as f64)
                )
                .to_string();
                td_string!(
                    l,
                    downloads.summary,
                    count = row_count,
                    n = number(l, row_count as f64),
                    events = of_events
                )
                .to_string()
            })
        }
    };
    let name_of = {
        let loaded = loaded.clone();
        move |format: Format| {
            let ext = match format {
                Format::Csv => "csv",
                Format::Json => "json",
            };
            filter.with(|f| file_name(loaded.snapshot(), f, "figures", ext))
        }
    };
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let (csv_name, json_name) = {
        let (a, b) = (name_of.clone(), name_of.clone());
        (move || a(Format::Csv), move || b(Format::Json))
    };
    let save = move |format: Format| {
        let loaded = loaded.clone();
        let places = events.get_untracked();
        let name = untrack(|| name_of(format));
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let chosen = loaded.snapshot().events_at(&places);
            let outcome = match with_long_text(&loaded, &chosen).await {
                Ok(full) => {
                    let refs: Vec<_> = full.iter().collect();
                    let table = rows(loaded.snapshot(), &refs);
                    match format {
                        Format::Csv => save_text(&name, "text/csv;charset=utf-8", &csv(&table)),
                        Format::Json => save_text(&name, "application/json", &json_rows(&table)),
                    }
                }
                Err(e) => Err(crate::i18n::messages::load_error(l, &e)),
            };
            busy.set(false);
            error.set(outcome.err());
        });
    };
    let (save_csv, save_json) = (save.clone(), save);
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{td_string!(l, downloads.heading)}</h2>
            <p class="download-count">{summary}</p>
            <p>
                <button type="button" data-file=csv_name on:click=move |_| save_csv(Format::Csv)>"CSV"</button>" "
                <button type="button" data-file=json_name on:click=move |_| save_json(Format::Json)>"JSON"</button>
                {redrawn_or_none(move || busy.get().then(|| view! { <span role="status" class="note">" "{td_string!(l, downloads.preparing)}</span> }.into_any()))}
                {redrawn_or_none(move || error.get().map(|e| view! { <span role="alert" class="note">" "{td_string!(l, downloads.failed)}" "<span lang="en">{e}</span></span> }.into_any()))}
            </p>
        </section>
    }
    .into_any()
}
