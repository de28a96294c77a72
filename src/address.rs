//! The reader's address, kept in step with the browser's: a link inside the app, the map's tiles
//! and the filters move it without loading a page; back and forward move it back. Which page it
//! shows is the domain's [`Route`]. This is all the app asked of a router library, whose code was
//! 7.5 % of the app's bytes (42.6 KB of gzip).

use crate::route::{Page, Route};
use leptos::prelude::*;

/// Where the reader is: the address's path and query, as the browser has them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Here {
    /// `/minewatch/kk/events`
    path: String,
    /// the query without `?` (`from=2024&to=2024`)
    search: String,
}

/// The address, shared by every part of the page.
#[derive(Clone, Copy)]
pub struct Address {
    here: RwSignal<Here>,
    /// The address's path (`/minewatch/kk/events`).
    pub pathname: Memo<String>,
    /// The address's query, without `?`.
    pub search: Memo<String>,
    /// The page the path names under the app's base.
    pub route: Memo<Route>,
    /// The app's base: the site's and the language's path (`/minewatch/kk`).
    base: StoredValue<String>,
}

/// The address a page rendered natively is rendered at (path and query).
#[derive(Clone, Debug)]
pub struct Requested(pub String);

/// How a move changes the browser's history and scroll.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    /// Replace the current history entry instead of adding one.
    pub replace: bool,
    /// Scroll to the top (or to the element the address's `#` names) once the page is drawn.
    pub scroll: bool,
}

impl Move {
    /// A move to another page: a new history entry, and the new page from its top.
    pub const TO_PAGE: Move = Move {
        replace: false,
        scroll: true,
    };
    /// The same page in another view: no new history entry, no scroll.
    pub const IN_PLACE: Move = Move {
        replace: true,
        scroll: false,
    };
}

impl Address {
    /// Moves to `to` (a path with its query and `#`, under this site) without loading a page.
    pub fn go(self, to: &str, how: Move) {
        let hash = to.split_once('#').map_or("", |(_, hash)| hash);
        let moved = window().history().and_then(|history| {
            let nothing = wasm_bindgen::JsValue::NULL;
            if how.replace {
                history.replace_state_with_url(&nothing, "", Some(to))
            } else {
                history.push_state_with_url(&nothing, "", Some(to))
            }
        });
        if moved.is_err() {
            // an address the browser will not put in its history: load it instead
            let _ = window().location().set_href(to);
            return;
        }
        // the address as the browser keeps it (escaped as it escapes), as Back will give it
        let next = current();
        if self.here.with_untracked(|h| *h != next) {
            self.here.set(next);
        }
        if how.scroll {
            let hash = hash.to_string();
            // once the new page is drawn (its views update before the next frame)
            request_animation_frame(move || scroll_to(&hash));
        }
    }
}

/// Puts the element `hash` names in view, else the top of the page.
fn scroll_to(hash: &str) {
    let id = js_sys::decode_uri_component(hash)
        .ok()
        .and_then(|d| d.as_string())
        .unwrap_or_else(|| hash.to_string());
    match (!id.is_empty())
        .then(|| document().get_element_by_id(&id))
        .flatten()
    {
        Some(element) => element.scroll_into_view(),
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// Provides the [`Address`] for routes under `base` (the site's and the language's path), and in
/// the browser follows links and history with it.
pub fn provide_address(base: String) -> Address {
    let here = RwSignal::new(current());
    let pathname = Memo::new(move |_| here.with(|h| h.path.clone()));
    let search = Memo::new(move |_| here.with(|h| h.search.clone()));
    let base = StoredValue::new(base);
    let route = Memo::new(move |_| pathname.with(|p| base.with_value(|b| Route::of(p, b))));
    let address = Address {
        here,
        pathname,
        search,
        route,
        base,
    };
    provide_context(address);
    if !crate::state::rendered_natively() {
        crate::state::on_window(leptos::ev::click, move |ev| follow_link(address, &ev));
        crate::state::on_window(leptos::ev::popstate, move |_| {
            let now = current();
            if here.with_untracked(|h| *h != now) {
                here.set(now);
            }
        });
    }
    address
}

pub fn use_address() -> Address {
    expect_context::<Address>()
}

/// What the current route names: the event's id, the region's code or the chart's name.
pub fn use_named() -> Memo<String> {
    let route = use_address().route;
    Memo::new(move |_| route.with(|r| r.named().to_string()))
}

/// The page the current route draws.
pub fn use_page() -> Memo<Page> {
    let route = use_address().route;
    Memo::new(move |_| route.with(Route::page))
}

/// The browser's address, or the one a page rendered natively was asked for.
fn current() -> Here {
    if let Some(Requested(address)) = use_context::<Requested>() {
        let without_hash = address.split('#').next().unwrap_or_default();
        let (path, search) = without_hash.split_once('?').unwrap_or((without_hash, ""));
        return Here {
            path: path.to_string(),
            search: search.to_string(),
        };
    }
    let location = window().location();
    Here {
        path: location.pathname().unwrap_or_default(),
        search: location
            .search()
            .unwrap_or_default()
            .trim_start_matches('?')
            .to_string(),
    }
}

/// A plain click on a link to a page of the app moves there without loading it. A link that
/// opens elsewhere (a new tab, a download, `rel="external"`, another site or a path the app has
/// no page for), only moves within the page (`#…`) or is on the pre-rendered copy is left to the
/// browser, and so is a click with a modifier key or another button.
fn follow_link(address: Address, ev: &leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    // the pre-rendered copy's links load their page, which is pre-rendered too, while the app
    // behind the copy is still getting ready
    let on_the_copy = link.closest("#prerendered").ok().flatten().is_some();
    let leaves = on_the_copy
        || !link.target().is_empty()
        || link.has_attribute("download")
        || link.rel().split_ascii_whitespace().any(|r| r == "external");
    if leaves {
        return;
    }
    let Ok(url) = web_sys::Url::new(&link.href()) else {
        return;
    };
    let location = window().location();
    if Some(url.origin()) != location.origin().ok() {
        return;
    }
    let (path, search) = (url.pathname(), url.search());
    let same_page = location.pathname().ok().as_deref() == Some(path.as_str())
        && location.search().ok().as_deref() == Some(search.as_str());
    if same_page && !url.hash().is_empty() {
        return;
    }
    if address.base.with_value(|base| Route::of(&path, base)) == Route::NotFound {
        return;
    }
    ev.prevent_default();
    // a link to the page the reader is on takes them to its top, with no second history entry
    let how = Move {
        replace: same_page,
        scroll: true,
    };
    address.go(&format!("{path}{search}{}", url.hash()), how);
}
