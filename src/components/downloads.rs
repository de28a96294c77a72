//! Downloads of the rows the page shows: CSV (opens in Excel with Cyrillic intact) and JSON.
//! The file is built when the reader asks for it: the sources' words it quotes are loaded then.

use crate::components::charts::labels::file_name;
use crate::data::download::save_text;
use crate::data::{with_long_text, Loaded};
use crate::i18n::format::number;
use crate::i18n::td_string;
use crate::model::export::{csv, json_rows, rows};
use crate::model::filter::Filter;
use crate::model::view_model::events_at;
use crate::state::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
}

/// `filter` names the files; `events` are the places of the events shown, in order.
#[component]
pub fn Downloads(loaded: Arc<Loaded>, filter: Filter, events: Vec<usize>) -> impl IntoView {
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let places = events;
    let events = events_at(snapshot, &places);
    let row_count: usize = events.iter().map(|e| e.measures.len()).sum();
    let of_events = td_string!(
        l,
        downloads.of_events,
        count = events.len(),
        n = number(l, events.len() as f64)
    )
    .to_string();
    let summary = td_string!(
        l,
        downloads.summary,
        count = row_count,
        n = number(l, row_count as f64),
        events = of_events
    )
    .to_string();
    let (csv_name, json_name) = (
        file_name(snapshot, &filter, "figures", "csv"),
        file_name(snapshot, &filter, "figures", "json"),
    );
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let (csv_file, json_file) = (csv_name.clone(), json_name.clone());
    let save = move |format: Format| {
        let (loaded, places) = (loaded.clone(), places.clone());
        let name = match format {
            Format::Csv => csv_file.clone(),
            Format::Json => json_file.clone(),
        };
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let chosen = events_at(loaded.snapshot(), &places);
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
                {move || busy.get().then(|| view! { <span role="status" class="note">" "{td_string!(l, downloads.preparing)}</span> })}
                {move || error.get().map(|e| view! { <span role="alert" class="note">" "{td_string!(l, downloads.failed)}" "<span lang="en">{e}</span></span> })}
            </p>
        </section>
    }
    .into_any()
}
