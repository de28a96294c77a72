//! Any address that is not a page of the portal.

use crate::address::use_address;
use crate::components::title::Title;
use crate::i18n::{td, td_string};
use crate::state::{use_app_state, use_locale};
use leptos::children::ChildrenFn;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let path = use_address().pathname.get_untracked();
    let (home, events) = (state.link("/"), state.link("/events"));
    let home_link = move |children: ChildrenFn| view! { <a href=home.clone()>{children()}</a> };
    let events_link = move |children: ChildrenFn| view! { <a href=events.clone()>{children()}</a> };
    view! {
        <Title text=format!("{} · Minewatch", td_string!(l, not_found.title))/>
        <h1>{td_string!(l, not_found.title)}</h1>
        <p class="notice error" role="alert">{td_string!(l, not_found.no_page, path = path).to_string()}</p>
        <p>{td!(l, not_found.go, <home> = home_link, <events> = events_link)}</p>
    }
    .into_any()
}
