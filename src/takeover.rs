//! The app takes over a pre-rendered page (`minewatch render`) in one frame: it is drawn out of
//! sight, and once its data is there it replaces the pre-rendered copy, so nothing jumps. A page
//! that was not pre-rendered (the 404.html fallback) shows the app at once.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

const PRERENDERED: &str = "prerendered";
const HOST: &str = "app";

/// Mounts the app into a host of its own at the end of `<body>`, out of sight while a
/// pre-rendered copy is on the page.
pub fn mount() {
    let doc = document();
    let Some(body) = doc.body() else { return };
    let Some(host) = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    host.set_id(HOST);
    host.set_hidden(doc.get_element_by_id(PRERENDERED).is_some());
    if body.append_child(&host).is_err() {
        return;
    }
    leptos::mount::mount_to(host, crate::App).forget();
}

/// Replaces the pre-rendered copy with the app before the next frame is painted (call once the
/// page has its data, or its error, to show).
pub fn reveal() {
    request_animation_frame(|| {
        let doc = document();
        if let Some(copy) = doc.get_element_by_id(PRERENDERED) {
            copy.remove();
        }
        if let Some(host) = doc
            .get_element_by_id(HOST)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            host.set_hidden(false);
        }
    });
}
