//! `/data`: the published snapshots with dates, sizes and changelog, and links to the raw files.

use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::format::{bytes, date_text};
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_app_state();
    let raw = move |path: &str| format!("{}/data/{path}", state.base());
    view! {
        <Title text="Data and snapshots · Minewatch"/>
        <h1>"Data and snapshots"</h1>
        <p>"Every published snapshot stays available, unchanged: a correction is a new snapshot. A link with "<code>"snapshot=ID"</code>" always shows the same data."</p>
        <ul class="downloads">
            <li><a href=raw("manifest.json")>"manifest.json"</a>" · the list of snapshots"</li>
            <li><a href=raw("schema/manifest.schema.json")>"manifest.schema.json"</a>" · JSON Schema of the manifest"</li>
            <li><a href=raw("schema/snapshot.schema.json")>"snapshot.schema.json"</a>" · JSON Schema of a snapshot"</li>
            <li><a href=raw("datapackage.json")>"datapackage.json"</a>" · Frictionless data package: every figure of the latest snapshot as CSV, with its column descriptions and licence"</li>
        </ul>
        <WithData render={move |loaded: Arc<Loaded>| {
            let rows = loaded.manifest.snapshots.iter().map(|s| {
                let size = s.bytes.map(bytes).unwrap_or_else(|| "size not recorded".into());
                let mut pinned = state.url_state();
                pinned.snapshot = Some(s.id.clone());
                let current = (s.id == loaded.entry.id).then_some(" (shown now)");
                let latest = (s.id == loaded.manifest.latest).then_some(" · latest");
                view! {
                    <tr>
                        <th scope="row">{s.id.clone()}{current}{latest}</th>
                        <td>{date_text(Some(&s.published))}</td>
                        <td>{s.events}</td>
                        <td>{size}</td>
                        <td>{s.summary.clone()}</td>
                        <td><a href=raw(&s.path)>"JSON"</a>" · "<a href=raw(&s.path.replace(".json", ".csv"))>"CSV"</a>" · "<a href=state.link_with("/", &pinned)>"view"</a></td>
                    </tr>
                }
            }).collect_view();
            let changelog = loaded.snapshot().changelog.clone();
            view! {
                <h2>"Published snapshots"</h2>
                <div class="table-wrap">
                    <table class="snapshots">
                        <thead><tr><th scope="col">"Snapshot"</th><th scope="col">"Published"</th><th scope="col">"Events"</th><th scope="col">"Size"</th><th scope="col">"Changes"</th><th scope="col">"Files"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <h2>"Changelog of the snapshot shown"</h2>
                <p class="changelog">{changelog}</p>
            }
        }}/>
    }
    .into_any()
}
