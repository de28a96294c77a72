//! Messages to the reader: data that could not be loaded, events set aside, ignored parameters.

use crate::components::live::redrawn_or_none;
use crate::data::LoadError;
use crate::i18n::messages::{load_error, why};
use crate::i18n::{td, td_string};
use crate::state::use_app_state;
use crate::state::{link_target, use_locale};
use crate::url_state::{shown_value, Ignored, IGNORED_SHOWN};
use leptos::children::ChildrenFn;
use leptos::prelude::*;

#[component]
pub fn LoadErrorNotice(error: LoadError) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let latest_link = match &error {
        LoadError::UnknownSnapshot { .. } => {
            let mut s = state.url_state();
            s.snapshot = None;
            Some(state.link_with("/", &s))
        }
        _ => None,
    };
    let about = state.link("/about");
    let data = state.link("/data");
    let about_link = move |children: ChildrenFn| view! { <a href=about.clone()>{children()}</a> };
    let data_link = move |children: ChildrenFn| view! { <a href=data.clone()>{children()}</a> };
    view! {
        <div class="notice error" role="alert">
            <p><strong>{td_string!(l, load.failed)}" "</strong>{load_error(l, &error)}</p>
            {latest_link.map(|href| view! { <p><a href=href target=link_target()>{td_string!(l, load.open_latest)}</a></p> })}
            <p>{td!(l, load.rest_works, <about> = about_link, <data> = data_link)}</p>
        </div>
    }
    .into_any()
}

/// The address parameters that were not understood, as a polite status line.
#[component]
pub fn IgnoredParams() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    redrawn_or_none(move || {
        let (ignored, total): (Vec<Ignored>, usize) = state
            .view
            .with(|(_, i)| (i.iter().take(IGNORED_SHOWN).cloned().collect(), i.len()));
        (!ignored.is_empty()).then(|| {
            let items = ignored
                .into_iter()
                .map(|i| view! { <li><code>{format!("{}={}", i.param, shown_value(&i.value))}</code>": "{why(l, i.reason)}</li> })
                .collect_view();
            let more = total.saturating_sub(IGNORED_SHOWN);
            let more = (more > 0).then(|| {
                view! { <p>{td_string!(l, ignored.more, count = more, n = crate::i18n::format::number(l, more as f64)).to_string()}</p> }
            });
            view! {
                <div class="notice info" role="status">
                    <p>{td_string!(l, ignored.intro)}</p>
                    <ul>{items}</ul>
                    {more}
                </div>
            }
            .into_any()
        })
    })
}

/// Events the data checks set aside, so the reader knows the totals leave them out. The rule each
/// breaks is quoted in English, as the data checks write it.
#[component]
pub fn DataProblems() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    redrawn_or_none(move || {
        let loaded = state.loaded()?;
        let problems = loaded.checked.problems.clone();
        (!problems.is_empty()).then(|| {
            let items = problems
                .iter()
                .map(|p| view! { <li lang="en">{p.to_string()}</li> })
                .collect_view();
            view! {
                <div class="notice error" role="alert">
                    <p><strong>{td_string!(l, load.broken_part)}</strong></p>
                    <ul>{items}</ul>
                </div>
            }
            .into_any()
        })
    })
}
