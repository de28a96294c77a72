//! The frame around every page: skip link, header with navigation, footer with the credit.

use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app_state();
    let location = use_location();
    let item = move |path: &'static str, label: &'static str| {
        let current = move || {
            let here = location.pathname.get();
            let here = here
                .strip_prefix(&state.base())
                .unwrap_or(&here)
                .to_string();
            let active = if path == "/" {
                here == "/" || here.is_empty()
            } else {
                here == path || here.starts_with(&format!("{path}/"))
            };
            active.then_some("page")
        };
        view! { <li><a href=move || state.link(path) aria-current=current>{label}</a></li> }
    };
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href=move || state.link("/")>
                <span class="brand-name">"Minewatch"</span>
                <span class="brand-tag">"Enforcement against illegal crypto mining in Kazakhstan"</span>
            </a>
            <nav aria-label="Main">
                <ul>
                    {item("/", "Dashboard")}
                    {item("/events", "Events")}
                    {item("/data", "Data")}
                    {item("/about", "About")}
                </ul>
            </nav>
        </header>
    }
    .into_any()
}

#[component]
pub fn Footer() -> impl IntoView {
    let state = use_app_state();
    let snapshot_line = move || {
        state.loaded().map(|l| {
            let which = if l.pinned {
                "pinned snapshot"
            } else {
                "latest snapshot"
            };
            format!(
                "Data: {which} {}, published {}.",
                l.entry.id, l.entry.published
            )
        })
    };
    view! {
        <footer class="site-footer">
            <p>{snapshot_line}" Data licence: CC BY 4.0. Every figure links to its sources."</p>
            <p><a href=move || state.link("/about")>"Method, licence and how to cite"</a></p>
        </footer>
    }
    .into_any()
}
