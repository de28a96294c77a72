//! The frame around every page: skip link, header with navigation and the language switch,
//! footer with the credit.

use crate::address::use_address;
use crate::i18n::{code_of, td_string, Locale, LOCALES};
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let address = use_address();
    let item = move |path: &'static str, label: &'static str| {
        let current = move || {
            let here = path_in_site(&state, &address.pathname.get());
            let active = if path == "/" {
                here == "/" || here.is_empty()
            } else {
                here == path || here.starts_with(&format!("{path}/"))
            };
            active.then_some("page")
        };
        view! { <li><a href=crate::components::live::live_text(move || state.link(path)) aria-current=current>{label}</a></li> }
    };
    // The router would treat "#main" as a move to another page (the base URL), so the skip link
    // moves focus itself.
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{td_string!(l, nav.skip)}</a>
        <header class="site-header">
            <a class="brand" href=crate::components::live::live_text(move || state.link("/"))>
                <span class="brand-name">"Minewatch"</span>
                <span class="brand-tag">{td_string!(l, nav.tagline)}</span>
            </a>
            <nav aria-label=td_string!(l, nav.main)>
                <ul>
                    {item("/", td_string!(l, nav.dashboard))}
                    {item("/events", td_string!(l, nav.events))}
                    {item("/data", td_string!(l, nav.data))}
                    {item("/about", td_string!(l, nav.about))}
                </ul>
            </nav>
            <LanguageSwitch/>
        </header>
    }
    .into_any()
}

/// The address's path without the site's base: `/minewatch/events` → `/events`.
fn path_in_site(state: &crate::state::AppState, pathname: &str) -> String {
    let base = state.base();
    pathname.strip_prefix(&base).unwrap_or(pathname).to_string()
}

/// Links to the same page in each language; the current one is marked.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let address = use_address();
    let links = LOCALES
        .into_iter()
        .map(|target| {
            // another language is another page (its own file): a full load, not a route change
            let href = crate::components::live::live_text(move || {
                let path = path_in_site(&state, &address.pathname.get());
                state.link_in(crate::i18n::lang_of(target), &path)
            });
            let code = code_of(target);
            view! {
                <li>
                    <a href=href hreflang=code lang=code rel="external"
                        aria-current=(target == l).then_some("true")>{language_name(target)}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="lang-switch" aria-label=td_string!(l, nav.language)>
            <ul>{links}</ul>
        </nav>
    }
    .into_any()
}

/// A language's name in that language, as the switch shows it.
pub fn language_name(l: Locale) -> &'static str {
    match l {
        Locale::kk => "Қазақша",
        Locale::ru => "Русский",
        Locale::en => "English",
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let snapshot_line = move || {
        state.loaded().map(|loaded| {
            let id = loaded.entry.id.clone();
            let published = crate::i18n::format::date_text(
                l,
                crate::model::PartialDate::parse(&loaded.entry.published),
            );
            if loaded.pinned {
                td_string!(l, footer.pinned, id = id, published = published).to_string()
            } else {
                td_string!(l, footer.latest, id = id, published = published).to_string()
            }
        })
    };
    view! {
        <footer class="site-footer">
            <p>{snapshot_line}" "{td_string!(l, footer.licence)}</p>
            <p><a href=crate::components::live::live_text(move || state.link("/about"))>{td_string!(l, footer.method_link)}</a></p>
        </footer>
    }
    .into_any()
}
