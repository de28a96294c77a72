//! The router, the routes and the shared state.

use crate::components::layout::{Footer, Header};
use crate::components::live::{redrawn, redrawn_or_none};
use crate::components::notices::{DataProblems, IgnoredParams};
use crate::pages::embed::EmbedPage;
use crate::pages::{
    about::AboutPage, dashboard::Dashboard, data_page::DataPage, event::EventPage,
    events::EventsPage, not_found::NotFound, region::RegionPage,
};
use crate::route::Page;
use crate::state::{
    follow_locale, follow_theme, move_an_old_link, page_base, path_locale, provide_app_state,
    Embedded,
};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let site_base = page_base();
    if move_an_old_link(&site_base) {
        return ().into_any();
    }
    let locale = path_locale(&site_base);
    if !crate::i18n::speaks(locale) {
        // Each pre-rendered page names its own language's app (scripts/language-apps.mjs), so this
        // is a build mistake: the page stays as it was rendered rather than show other words.
        leptos::logging::error!(
            "this app does not carry the page's language; the page stays as rendered"
        );
        return ().into_any();
    }
    // the routes live under the language's path: `/minewatch/kk/events` is `events` in Kazakh
    let base = format!(
        "{}{}",
        site_base.trim_end_matches('/'),
        crate::lang_path::prefix(crate::i18n::lang_of(locale))
    );
    view! { <Shell base site_base locale/> }.into_any()
}

#[component]
fn Shell(base: String, site_base: String, locale: crate::i18n::Locale) -> impl IntoView {
    let embed_prefix = format!("{}/embed/", base.trim_end_matches('/'));
    let address = crate::address::provide_address(base.clone());
    let state = provide_app_state(base.clone(), site_base, locale);
    follow_theme(state);
    follow_locale(state);
    let pathname = address.pathname;
    let page = crate::address::use_page();
    let embedded = Memo::new(move |_| pathname.with(|p| p.starts_with(&embed_prefix)));
    provide_context(Embedded(embedded.get_untracked()));
    manage_focus(state.locale, pathname);
    let later = crate::state::provide_later();
    #[cfg(feature = "csr")]
    {
        let set_state = crate::state::use_set_url_state();
        Effect::new(move |revealed: Option<bool>| {
            let ready = state.data.with(Option::is_some);
            if ready && revealed != Some(true) {
                // the first screen was drawn in this task; the parts below it are drawn one per
                // task, then the app replaces the pre-rendered copy, taking over the filter
                // choices the reader made on it meanwhile
                let set_state = set_state.clone();
                later.draw_in_turn(move || {
                    crate::takeover::reveal(move |used| {
                        set_state(crate::controls::apply_all(&state.url_state(), &used));
                    })
                });
            }
            ready || revealed == Some(true)
        });
    }
    #[cfg(not(feature = "csr"))]
    let _ = later;
    // The whole page is drawn afresh in the reader's language when it changes.
    move || {
        let _ = state.locale.get();
        view! {
            {redrawn_or_none(move || (!embedded.get()).then(|| view! { <Header/> }.into_any()))}
            <main id="main" tabindex="-1" class:embed=move || embedded.get()>
                <IgnoredParams/>
                <DataProblems/>
                {redrawn_or_none(move || (!embedded.get()).then(|| view! { <crate::components::newer_data::NewerData/> }.into_any()))}
                {redrawn(move || match page.get() {
                    Page::Dashboard => view! { <Dashboard/> }.into_any(),
                    Page::Events => view! { <EventsPage/> }.into_any(),
                    Page::Event => view! { <EventPage/> }.into_any(),
                    Page::Region => view! { <RegionPage/> }.into_any(),
                    Page::Data => view! { <DataPage/> }.into_any(),
                    Page::About => view! { <AboutPage/> }.into_any(),
                    Page::Embed => view! { <EmbedPage/> }.into_any(),
                    Page::NotFound => view! { <NotFound/> }.into_any(),
                })}
            </main>
            {redrawn_or_none(move || (!embedded.get()).then(|| view! { <Footer/> }.into_any()))}
        }
    }
}

/// After a move to another page, focus goes to its heading, so a screen reader announces it and
/// the keyboard starts from the top of the content; after a change of language, focus returns to
/// the language switch. The first page load leaves focus where the browser puts it.
fn manage_focus(locale: Memo<crate::i18n::Locale>, pathname: Memo<String>) {
    Effect::new(move |previous: Option<(String, crate::i18n::Locale)>| {
        let now = (pathname.get(), locale.get());
        if let Some((path, lang)) = &previous {
            let selector = if *lang != now.1 {
                Some(".lang-switch [aria-current]")
            } else if *path != now.0 {
                Some("main h1")
            } else {
                None
            };
            if let Some(selector) = selector {
                request_animation_frame(move || focus_first(selector));
            }
        }
        now
    });
}

pub fn focus_first(selector: &str) {
    focus_element(document().query_selector(selector).ok().flatten());
}

/// Focuses `element`, making it focusable from script first when it is not a link.
pub fn focus_element(element: Option<web_sys::Element>) {
    use wasm_bindgen::JsCast;
    let found = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = found {
        if !el.has_attribute("href") && el.get_attribute("tabindex").is_none() {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}
