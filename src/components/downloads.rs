//! Downloads of the rows the page shows: CSV (opens in Excel with Cyrillic intact) and JSON.

use crate::components::charts::labels::file_name;
use crate::data::download::save_text;
use crate::data::Loaded;
use crate::model::export::{csv, json_rows, rows};
use crate::model::filter::{select, Filter};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Downloads(loaded: Arc<Loaded>, filter: Filter) -> impl IntoView {
    let snapshot = loaded.snapshot();
    let events = select(snapshot, &filter).events;
    let table = rows(snapshot, &events);
    let summary = format!(
        "{} {} of {} {}, one row each, with dates, regions, agencies, qualifiers and source addresses.",
        table.len(),
        if table.len() == 1 { "figure" } else { "figures" },
        events.len(),
        if events.len() == 1 { "event" } else { "events" }
    );
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
            <h2 id="downloads-heading">"Download these figures"</h2>
            <p class="download-count">{summary}</p>
            <p>
                <button type="button" data-file=csv_name on:click=move |_| error.set(save_text(&csv_file, "text/csv;charset=utf-8", &csv_text).err())>"CSV"</button>" "
                <button type="button" data-file=json_name on:click=move |_| error.set(save_text(&json_file, "application/json", &json_text).err())>"JSON"</button>
                {move || error.get().map(|e| view! { <span role="alert" class="note">" "{e}</span> })}
            </p>
        </section>
    }
    .into_any()
}
