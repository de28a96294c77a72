//! The router, the routes and the shared state.

use crate::components::layout::{Footer, Header};
use crate::components::notices::{DataProblems, IgnoredParams};
use crate::pages::{
    about::AboutPage, dashboard::Dashboard, data_page::DataPage, event::EventPage,
    events::EventsPage, not_found::NotFound, region::RegionPage,
};
use crate::state::{page_base, provide_app_state};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route, Router, Routes};
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
    provide_app_state(base);
    view! {
        <Header/>
        <main id="main" tabindex="-1">
            <IgnoredParams/>
            <DataProblems/>
            <Routes fallback=NotFound>
                <Route path=path!("") view=Dashboard/>
                <Route path=path!("events") view=EventsPage/>
                <Route path=path!("events/:id") view=EventPage/>
                <Route path=path!("regions/:code") view=RegionPage/>
                <Route path=path!("data") view=DataPage/>
                <Route path=path!("about") view=AboutPage/>
            </Routes>
        </main>
        <Footer/>
    }
}
