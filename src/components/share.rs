//! "Copy link": the address of the view on screen (filter, language, chart choices), copied for a
//! chat or an article. Where the browser refuses the clipboard, the link is shown to copy by hand.

use crate::i18n::td_string;
use crate::state::use_locale;
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    /// The clipboard was refused: the link, to copy by hand.
    ByHand(String),
}

#[component]
pub fn CopyLink() -> impl IntoView {
    let l = use_locale();
    let state = RwSignal::new(Copied::Not);
    let copy = move |_| {
        let href = leptos::prelude::window()
            .location()
            .href()
            .unwrap_or_default();
        let promise = leptos::prelude::window()
            .navigator()
            .clipboard()
            .write_text(&href);
        leptos::task::spawn_local(async move {
            let outcome = match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => Copied::Done,
                Err(_) => Copied::ByHand(href),
            };
            state.try_set(outcome);
        });
    };
    view! {
        <button type="button" class="copy-link" on:click=copy>{td_string!(l, share.copy_link)}</button>
        <span class="copy-status" role="status">{crate::components::live::redrawn(move || match state.get() {
            Copied::Not => ().into_any(),
            Copied::Done => view! { " "{td_string!(l, share.copied)} }.into_any(),
            Copied::ByHand(href) => view! {
                " "<label>{td_string!(l, share.copy_by_hand)}" "<input type="text" readonly class="copy-by-hand" prop:value=href/></label>
            }.into_any(),
        })}</span>
    }
    .into_any()
}
