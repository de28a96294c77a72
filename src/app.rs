//! The router, the routes and the shared state.

use crate::components::layout::{Footer, Header};
use crate::components::notices::{DataProblems, IgnoredParams};
use crate::pages::embed::EmbedPage;
use crate::pages::{
    about::AboutPage, dashboard::Dashboard, data_page::DataPage, event::EventPage,
    events::EventsPage, not_found::NotFound, region::RegionPage,
};
use crate::state::{follow_theme, page_base, provide_app_state, Embedded};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let base = page_base();
    view! {
        <Html attr:lang="en"/>
        <Router base=base.clone()>
            <Shell base/>
        </Router>
    }
}

#[component]
fn Shell(base: String) -> impl IntoView {
    let embed_prefix = format!("{}/embed/", base.trim_end_matches('/'));
    let state = provide_app_state(base);
    follow_theme(state);
    let pathname = use_location().pathname;
    let embedded = Memo::new(move |_| pathname.with(|p| p.starts_with(&embed_prefix)));
    provide_context(Embedded(embedded.get_untracked()));
    view! {
        {move || (!embedded.get()).then(|| view! { <Header/> })}
        <main id="main" tabindex="-1" class:embed=move || embedded.get()>
            <IgnoredParams/>
            <DataProblems/>
            <Routes fallback=NotFound>
                <Route path=path!("") view=Dashboard/>
                <Route path=path!("events") view=EventsPage/>
                <Route path=path!("events/:id") view=EventPage/>
                <Route path=path!("regions/:code") view=RegionPage/>
                <Route path=path!("data") view=DataPage/>
                <Route path=path!("about") view=AboutPage/>
                <Route path=path!("embed/:chart") view=EmbedPage/>
            </Routes>
        </main>
        {move || (!embedded.get()).then(|| view! { <Footer/> })}
    }
}
