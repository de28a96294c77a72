//! Answers the page asked for before the app's code arrived, and a way to yield to the browser.
//! A script in the page's head (index.html) fetches the manifest and the snapshot file the app
//! will read while the WebAssembly is still downloading, and leaves each answer's promise in
//! `window.minewatchEarly` under the address the app uses. The app takes an answer once, by that
//! address; anything the script did not ask for, or asked for and did not get, the app fetches
//! itself as before.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The name of the object the head script fills.
const EARLY: &str = "minewatchEarly";

/// The early answer for `url`, if the page asked for it and it arrived: taken out, so a second
/// load of the same file (a reload of the data) goes to the network.
pub async fn take(url: &str) -> Option<web_sys::Response> {
    let promise = take_promise(url)?;
    let answer = JsFuture::from(promise).await.ok()?;
    answer.dyn_into::<web_sys::Response>().ok()
}

fn take_promise(url: &str) -> Option<js_sys::Promise> {
    let early = js_sys::Reflect::get(&leptos::prelude::window(), &JsValue::from_str(EARLY)).ok()?;
    if !early.is_object() {
        return None;
    }
    let key = JsValue::from_str(url);
    let promise = js_sys::Reflect::get(&early, &key).ok()?;
    let _ = js_sys::Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &key);
    promise.dyn_into::<js_sys::Promise>().ok()
}

/// Returns in a task of its own, letting the browser first handle what is waiting (a tap, a
/// paint). With the data there when the app starts, the app's start, the data's parsing and the
/// first screen ran as one long task; `load` now yields between them.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}
