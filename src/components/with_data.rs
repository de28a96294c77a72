//! Shows a loading line, the data error, or the page's content once the data is there.

use crate::components::notices::LoadErrorNotice;
use crate::data::Loaded;
use crate::i18n::td_string;
use crate::state::use_app_state;
use leptos::prelude::*;
use std::sync::Arc;

/// Renders `children` with the loaded data; the rest of the page keeps working when loading fails.
#[component]
pub fn WithData<F, V>(render: F) -> impl IntoView
where
    F: Fn(Arc<Loaded>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let state = use_app_state();
    crate::components::live::redrawn(move || {
        match state.data.get() {
        None => view! { <p class="loading" role="status">{td_string!(crate::state::use_locale(), load.loading)}</p> }.into_any(),
        Some(Err(error)) => view! { <LoadErrorNotice error/> }.into_any(),
        Some(Ok(loaded)) => render(loaded).into_any(),
    }
    })
}
