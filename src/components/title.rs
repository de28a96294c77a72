//! The page's title: in the browser, the document's; in a page rendered natively, kept for the
//! `<title>` of the pre-rendered file (`minewatch render`).

use leptos::prelude::*;

/// Where a page rendered natively leaves its title, as text (the tool escapes it for HTML).
#[derive(Clone, Copy)]
pub struct TitleSlot(pub StoredValue<Option<String>>);

/// Makes `text` the page's title for as long as the page is shown (until the next page sets its
/// own).
#[component]
pub fn Title(#[prop(into)] text: String) -> impl IntoView {
    if let Some(TitleSlot(slot)) = use_context::<TitleSlot>() {
        slot.set_value(Some(text));
    } else if !crate::state::rendered_natively() {
        document().set_title(&text);
    }
}
