//! Downloads of the rows the page shows: CSV (opens in Excel with Cyrillic intact) and JSON.

use crate::components::charts::labels::file_name;
use crate::data::download::save_text;
use crate::data::Loaded;
use crate::i18n::format::number;
use crate::i18n::td_string;
use crate::model::export::{csv, json_rows, rows};
use crate::model::filter::{select, Filter};
use crate::state::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Downloads(loaded: Arc<Loaded>, filter: Filter) -> impl IntoView {
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let events = select(snapshot, &filter).events;
    let table = rows(snapshot, &events);
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
        count = table.len(),
        n = number(l, table.len() as f64),
        events = of_events
    )
    .to_string();
    let (csv_name, json_name) = (
        file_name(snapshot, &filter, "figures", "csv"),
        file_name(snapshot, &filter, "figures", "json"),
    );
    let csv_text = csv(&table);
    let json_text = json_rows(&table);
    let error = RwSignal::new(None::<String>);
    let (csv_file, json_file) = (csv_name.clone(), json_name.clone());
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{td_string!(l, downloads.heading)}</h2>
            <p class="download-count">{summary}</p>
            <p>
                <button type="button" data-file=csv_name on:click=move |_| error.set(save_text(&csv_file, "text/csv;charset=utf-8", &csv_text).err())>"CSV"</button>" "
                <button type="button" data-file=json_name on:click=move |_| error.set(save_text(&json_file, "application/json", &json_text).err())>"JSON"</button>
                {move || error.get().map(|e| view! { <span role="alert" class="note">" "{td_string!(l, downloads.failed)}" "<span lang="en">{e}</span></span> })}
            </p>
        </section>
    }
    .into_any()
}
