//! Any address that is not a page of the portal.

use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn NotFound() -> impl IntoView {
    let state = use_app_state();
    let path = use_location().pathname.get_untracked();
    view! {
        <Title text="Page not found · Minewatch"/>
        <h1>"Page not found"</h1>
        <p class="notice error" role="alert">{format!("There is no page at {path}.")}</p>
        <p><a href=state.link("/")>"Go to the dashboard"</a>" or "<a href=state.link("/events")>"see all events"</a>"."</p>
    }
    .into_any()
}
