//! An embedded page tells its host page how tall it is, whenever that changes (ResizeObserver),
//! in the three forms host pages already listen for. It listens to no message itself.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;

/// The three messages for a height, as JSON text.
pub fn height_messages(embed_id: &str, height: u32) -> [String; 3] {
    let id = serde_json::to_string(embed_id).unwrap_or_else(|_| "\"minewatch\"".to_string());
    [
        format!("{{\"minewatch-height\":{{{id}:{height}}}}}"),
        format!("{{\"datawrapper-height\":{{{id}:{height}}}}}"),
        format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
    ]
}

fn post(embed_id: &str, height: u32) {
    let window = leptos::prelude::window();
    let Ok(parent) = window.parent() else { return };
    let Some(parent) = parent else { return };
    if parent == window {
        return;
    }
    for message in height_messages(embed_id, height) {
        if let Ok(value) = js_sys::JSON::parse(&message) {
            let _ = parent.post_message(&value, "*");
        }
    }
}

/// A running report of the document's height: it stops, and frees its callback, when dropped.
pub struct HeightReport {
    observer: ResizeObserver,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for HeightReport {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts reporting the document's height for `embed_id`, for as long as the report is kept.
pub fn report_height(embed_id: String) -> Option<HeightReport> {
    let document = leptos::prelude::document();
    let root = document.document_element()?;
    let last = std::cell::Cell::new(0u32);
    let measure = root.clone();
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let height = measure.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height != last.get() {
            last.set(height);
            post(&embed_id, height);
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some(HeightReport {
        observer,
        _callback: callback,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_messages_carry_the_id_and_the_height() {
        let [mw, dw, amp] = height_messages("map-0123abcd", 640);
        assert_eq!(mw, r#"{"minewatch-height":{"map-0123abcd":640}}"#);
        assert_eq!(dw, r#"{"datawrapper-height":{"map-0123abcd":640}}"#);
        assert_eq!(
            amp,
            r#"{"sentinel":"amp","type":"embed-size","height":640}"#
        );
        let [odd, _, _] = height_messages("a\"b", 1);
        assert_eq!(odd, r#"{"minewatch-height":{"a\"b":1}}"#);
    }
}
