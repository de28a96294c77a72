//! The app takes over a pre-rendered page (`minewatch render`) in one frame: it is drawn out of
//! sight, and once its data is there it replaces the pre-rendered copy, so nothing jumps. While
//! hidden it is laid out behind the copy, which lies over it (style/main.css), so the swap is a
//! repaint, not a layout of the whole page. A page that was not pre-rendered (the 404.html
//! fallback) shows the app at once.

use crate::controls::ControlUse;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const PRERENDERED: &str = "prerendered";
const HOST: &str = "app";
/// The events list's search box (src/pages/events.rs).
const SEARCH_BOX: &str = "events-search";

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
/// page has its data, or its error, to show). The filter controls the reader used on the copy
/// meanwhile (marked by index.html's script) are handed to `carry_over` first, in the order they
/// were used, so the app's view is the one the reader chose; the app's search box gets what was
/// typed in the copy's, and the control the reader was in keeps the focus.
pub fn reveal(carry_over: impl FnOnce(Vec<ControlUse>) + 'static) {
    request_animation_frame(move || {
        let doc = document();
        let mut typed = None;
        let mut focused = None;
        if let Some(copy) = doc.get_element_by_id(PRERENDERED) {
            let used = used_controls(&copy);
            typed = used.iter().rev().find_map(|one| match one {
                ControlUse::Search(text) => Some(text.clone()),
                _ => None,
            });
            focused = doc
                .active_element()
                .filter(|e| copy.contains(Some(e)))
                .map(|e| e.id())
                .filter(|id| !id.is_empty());
            if !used.is_empty() {
                carry_over(used);
            }
            copy.remove();
        }
        if let Some(host) = doc
            .get_element_by_id(HOST)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            host.set_hidden(false);
        }
        // the ids are the app's alone from here
        if let Some(text) = typed {
            if let Some(search) = doc
                .get_element_by_id(SEARCH_BOX)
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                search.set_value(&text);
            }
        }
        // (a control is focusable as it is: no tabindex added)
        if let Some(control) = focused
            .and_then(|id| doc.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = control.focus();
        }
    });
}

/// The controls of the copy's filter bar and of its events list (search, order) that the reader
/// used, each with what it holds now, in the order of their last use (`data-used`, a count kept
/// by index.html's script).
fn used_controls(copy: &web_sys::Element) -> Vec<ControlUse> {
    let Ok(found) = copy.query_selector_all("[data-used]") else {
        return Vec::new();
    };
    let mut used: Vec<(u32, ControlUse)> = Vec::new();
    for i in 0..found.length() {
        let Some(element) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let order = element
            .get_attribute("data-used")
            .and_then(|n| n.parse::<u32>().ok());
        if let (Some(order), Some(one)) = (order, control_use(&element)) {
            used.push((order, one));
        }
    }
    // the app's one sort (crates/core/src/order.rs), not another copy of the standard library's
    crate::order::sort_by_key(&mut used, |(order, _)| *order);
    used.into_iter().map(|(_, one)| one).collect()
}

/// What one used control of the copy now holds, if it is one the app knows.
fn control_use(element: &web_sys::Element) -> Option<ControlUse> {
    if element.matches(".filters button.clear").unwrap_or(false) {
        return Some(ControlUse::Clear);
    }
    if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        return match select.id().as_str() {
            "filter-year" => Some(ControlUse::Year(select.value())),
            "events-sort" => Some(ControlUse::Sort(select.value())),
            _ => None,
        };
    }
    let input = element.dyn_ref::<web_sys::HtmlInputElement>()?;
    match (input.id().as_str(), input.type_().as_str()) {
        ("filter-from", _) => Some(ControlUse::From(input.value())),
        ("filter-to", _) => Some(ControlUse::To(input.value())),
        (SEARCH_BOX, _) => Some(ControlUse::Search(input.value())),
        (_, "checkbox") if element.closest(".region-list").ok().flatten().is_some() => {
            Some(ControlUse::Region {
                code: input.value(),
                ticked: input.checked(),
            })
        }
        _ => None,
    }
}
