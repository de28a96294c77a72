//! Messages to the reader: data that could not be loaded, events set aside, ignored parameters.

use crate::data::LoadError;
use crate::state::link_target;
use crate::state::use_app_state;
use crate::url_state::Ignored;
use leptos::prelude::*;

#[component]
pub fn LoadErrorNotice(error: LoadError) -> impl IntoView {
    let state = use_app_state();
    let latest_link = match &error {
        LoadError::UnknownSnapshot { .. } => {
            let mut s = state.url_state();
            s.snapshot = None;
            Some(state.link_with("/", &s))
        }
        _ => None,
    };
    view! {
        <div class="notice error" role="alert">
            <p><strong>"The data could not be loaded. "</strong>{error.to_string()}</p>
            {latest_link.map(|href| view! { <p><a href=href target=link_target()>"Open the latest data instead"</a></p> })}
            <p>"The rest of the site still works: see "<a href=state.link("/about")>"how the data is made"</a>" or "<a href=state.link("/data")>"the published snapshots"</a>"."</p>
        </div>
    }
    .into_any()
}

/// The address parameters that were not understood, as a polite status line.
#[component]
pub fn IgnoredParams() -> impl IntoView {
    let state = use_app_state();
    move || {
        let ignored: Vec<Ignored> = state.view.with(|(_, i)| i.clone());
        (!ignored.is_empty()).then(|| {
            let items = ignored
                .into_iter()
                .map(|i| view! { <li><code>{format!("{}={}", i.param, i.value)}</code>": "{i.reason}</li> })
                .collect_view();
            view! {
                <div class="notice info" role="status">
                    <p>"Some of the address could not be understood and is ignored:"</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// Events the data checks set aside, so the reader knows the totals leave them out.
#[component]
pub fn DataProblems() -> impl IntoView {
    let state = use_app_state();
    move || {
        let loaded = state.loaded()?;
        let problems = loaded.checked.problems.clone();
        (!problems.is_empty()).then(|| {
            let items = problems.iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view();
            view! {
                <div class="notice error" role="alert">
                    <p><strong>"Part of this data snapshot is broken and is left out of every figure and list:"</strong></p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
