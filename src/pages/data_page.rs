//! `/data`: the published snapshots with dates, sizes and changelog, and links to the raw files.

use crate::components::change_list::ChangeList;
use crate::components::title::Title;
use crate::components::with_data::WithData;
use crate::data::Loaded;
use crate::i18n::format::{bytes, date_text};
use crate::i18n::{td, td_string, Locale};
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let raw = move |path: &str| format!("{}/data/{path}", state.base());
    let code = |children: leptos::children::ChildrenFn| view! { <code>{children()}</code> };
    let english = (l != Locale::en).then_some("en");
    view! {
        <Title text=format!("{} · Minewatch", td_string!(l, data.title))/>
        <h1>{td_string!(l, data.title)}</h1>
        <p>{td!(l, data.intro, <code> = code)}</p>
        <ul class="downloads">
            <li><a href=raw("manifest.json")>"manifest.json"</a>" · "{td_string!(l, data.manifest)}</li>
            <li><a href=raw("schema/manifest.schema.json")>"manifest.schema.json"</a>" · "{td_string!(l, data.manifest_schema)}</li>
            <li><a href=raw("schema/snapshot.schema.json")>"snapshot.schema.json"</a>" · "{td_string!(l, data.snapshot_schema)}</li>
            <li><a href=raw("schema/changes.schema.json")>"changes.schema.json"</a>" · "{td_string!(l, data.changes_schema)}</li>
            <li><a href=raw("datapackage.json")>"datapackage.json"</a>" · "{td_string!(l, data.datapackage)}</li>
        </ul>
        <WithData render={move |loaded: Arc<Loaded>| {
            let rows = loaded.manifest.snapshots.iter().map(|s| {
                let size = s.bytes.map(|b| bytes(l, b)).unwrap_or_else(|| td_string!(l, data.no_size).to_string());
                let mut pinned = state.url_state();
                pinned.snapshot = Some(s.id.clone());
                let current = (s.id == loaded.entry.id).then_some(td_string!(l, data.shown_now));
                let latest = (s.id == loaded.manifest.latest).then_some(td_string!(l, data.latest));
                view! {
                    <tr>
                        <th scope="row">{s.id.clone()}{current.map(|c| format!(" ({c})"))}{latest.map(|c| format!(" · {c}"))}</th>
                        <td>{date_text(l, crate::model::PartialDate::parse(&s.published))}</td>
                        <td>{s.events}</td>
                        <td>{size}</td>
                        <td lang=english>{s.summary.clone()}</td>
                        <td><a href=raw(&s.path)>"JSON"</a>" · "<a href=raw(&s.path.replace(".json", ".csv"))>"CSV"</a>" · "<a href=state.link_with("/", &pinned)>{td_string!(l, data.view)}</a></td>
                    </tr>
                }
            }).collect_view();
            let changelog = loaded.snapshot().changelog.clone();
            let lists = loaded.manifest.snapshots.iter().filter_map(|s| {
                s.changes.clone().map(|path| view! { <ChangeList id=s.id.clone() path/> })
            }).collect_view();
            view! {
                <h2>{td_string!(l, data.published_heading)}</h2>
                <div class="table-wrap">
                    <table class="snapshots">
                        <thead><tr><th scope="col">{td_string!(l, data.col_snapshot)}</th><th scope="col">{td_string!(l, data.col_published)}</th><th scope="col">{td_string!(l, nav.events)}</th><th scope="col">{td_string!(l, data.col_size)}</th><th scope="col">{td_string!(l, data.col_changes)}</th><th scope="col">{td_string!(l, data.col_files)}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <h2>{td_string!(l, data.changelog)}</h2>
                <p class="changelog" lang=english>{changelog}</p>
                <h2>{td_string!(l, data.changes_section)}</h2>
                <p>{td_string!(l, data.changes_intro)}</p>
                {lists}
            }
        }}/>
    }
    .into_any()
}
