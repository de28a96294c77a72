//! Reactive glue: the URL as the single source of the view's state, and the loaded data.

use crate::address::{use_address, Move};
use crate::data::{load, LoadError, Loaded};
use crate::i18n::{self, Locale};
use crate::model::choices::Theme;
use crate::url_state::{self, Ignored, UrlState};
use leptos::prelude::*;
use std::sync::Arc;

pub type DataResult = Result<Arc<Loaded>, LoadError>;

/// Shared by every page: the site's base path, the view state and the data.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The routes' base: the site's base and the language's path (`/minewatch/kk`).
    base: StoredValue<String>,
    /// The site's base (`""` or `/minewatch`), where every language's path starts.
    site_base: StoredValue<String>,
    /// The view state as the address gives it, with what was ignored (including unknown codes).
    pub view: Memo<(UrlState, Vec<Ignored>)>,
    /// `None` while loading.
    pub data: Signal<Option<DataResult>>,
    /// The reader's language: the one the address's path names (`/kk/…`, `/ru/…`, else English).
    pub locale: Memo<Locale>,
    /// The page's width in CSS pixels (without a scroll bar); charts are drawn for it.
    pub screen: RwSignal<f64>,
}

impl AppState {
    /// The routes' base: the sub-path the site is served under and the language's path
    /// (`""`, `/minewatch`, `/minewatch/kk`).
    pub fn base(&self) -> String {
        self.base.get_value()
    }

    /// The sub-path the site is served under, without a language: `""` or `/minewatch`.
    pub fn site_base(&self) -> String {
        self.site_base.get_value()
    }

    /// The address of `route` (`/events`) in another language, with the current view state.
    pub fn link_in(&self, lang: crate::model::choices::Lang, route: &str) -> String {
        let mut state = self.url_state();
        state.lang = None;
        crate::lang_path::address(&self.site_base(), lang, route, &url_state::to_query(&state))
    }

    /// A link within the app that keeps the current view state (filter, language, snapshot).
    pub fn link(&self, path: &str) -> String {
        let state = self.view.with(|(s, _)| s.clone());
        url_state::href(&self.base(), path, &state)
    }

    /// A link within the app with a given state.
    pub fn link_with(&self, path: &str, state: &UrlState) -> String {
        url_state::href(&self.base(), path, state)
    }

    pub fn url_state(&self) -> UrlState {
        self.view.with(|(s, _)| s.clone())
    }

    /// The loaded data, if it has loaded without error.
    pub fn loaded(&self) -> Option<Arc<Loaded>> {
        self.data.get().and_then(Result::ok)
    }
}

/// What the browser would tell the app, given instead when a page is rendered natively to HTML
/// (`minewatch render`): the base path, the loaded data, the reader's language and the screen.
#[derive(Clone)]
pub struct Given {
    pub base: String,
    pub loaded: Arc<Loaded>,
    pub locale: Locale,
    pub screen: f64,
    /// The published lists of changes, by their path under `data/`.
    pub changes: Arc<std::collections::BTreeMap<String, crate::model::changes::Changes>>,
}

/// The list of changes at `path`, when the page is rendered natively and was given it.
pub fn given_changes(path: &str) -> Option<crate::model::changes::Changes> {
    use_context::<Given>().and_then(|g| g.changes.get(path).cloned())
}

/// Whether the page is being rendered natively to HTML, with no browser to ask.
pub fn rendered_natively() -> bool {
    use_context::<Given>().is_some()
}

/// Listens to `event` on the window for as long as the calling component lives (in the browser
/// only: a page rendered natively has no window).
pub fn on_window<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: leptos::tachys::html::event::EventDescriptor + 'static,
    E::EventType: wasm_bindgen::JsCast,
{
    if rendered_natively() {
        return;
    }
    let listener = window_event_listener(event, handler);
    on_cleanup(move || listener.remove());
}

/// The base path from the page's `<base href>` (set by Trunk's `--public-url`).
pub fn page_base() -> String {
    if let Some(given) = use_context::<Given>() {
        return given.base;
    }
    let uri = leptos::prelude::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    url_state::path_of(&uri).trim_end_matches('/').to_string()
}

/// Creates the app state; call once, after [`crate::address::provide_address`]. `base` is the
/// routes' base (the site's and the language's path), `site_base` the site's base path, `locale`
/// the language the path names.
pub fn provide_app_state(base: String, site_base: String, locale: Locale) -> AppState {
    let location = use_address();
    let parsed = Memo::new(move |_| {
        let (mut state, ignored) =
            url_state::parse(url_state::decode_query(&location.search.get()));
        // the language is the path's; an old link's `lang=` was moved there before the app ran
        state.lang = None;
        (state, ignored)
    });
    let given = use_context::<Given>();
    let locale = Memo::new(move |_| locale);
    let data = match &given {
        Some(given) => Signal::stored(Some(Ok(given.loaded.clone()))),
        None => load_as_the_address_says(parsed, locale),
    };
    let view = Memo::new(move |_| {
        let (mut state, mut ignored) = parsed.get();
        if let Some(Ok(loaded)) = data.get() {
            ignored.extend(url_state::resolve_against(&mut state, loaded.snapshot()));
        }
        (state, ignored)
    });
    let screen = match &given {
        Some(given) => RwSignal::new(given.screen),
        None => follow_screen_width(),
    };
    let state = AppState {
        base: StoredValue::new(base),
        site_base: StoredValue::new(site_base),
        view,
        data,
        locale,
        screen,
    };
    provide_context(state);
    state
}

/// The data the address names (`snapshot=`), with titles in the reader's language (the index is
/// per language).
fn load_as_the_address_says(
    parsed: Memo<(UrlState, Vec<Ignored>)>,
    locale: Memo<Locale>,
) -> Signal<Option<DataResult>> {
    let pinned = Memo::new(move |_| parsed.with(|(s, _)| s.snapshot.clone()));
    let lang = Memo::new(move |_| i18n::lang_of(locale.get()));
    let data = LocalResource::new(move || {
        let (pinned, lang) = (pinned.get(), lang.get());
        async move { load(pinned, lang).await.map(Arc::new) }
    });
    Signal::derive(move || data.get())
}

/// The page's width, kept up to date when the window is resized or the screen turns.
fn follow_screen_width() -> RwSignal<f64> {
    let screen = RwSignal::new(screen_width());
    let listener = window_event_listener(leptos::ev::resize, move |_| {
        let now = screen_width();
        if (now - screen.get_untracked()).abs() >= 1.0 {
            screen.set(now);
        }
    });
    // removed with the app's owner (a test or an embed that unmounts leaves nothing behind)
    on_cleanup(move || listener.remove());
    screen
}

/// The width of the page's layout box: the root element's, which leaves out a scroll bar.
fn screen_width() -> f64 {
    leptos::prelude::document()
        .document_element()
        .map(|e| f64::from(e.client_width()))
        .filter(|w| *w > 0.0)
        .unwrap_or_else(|| {
            leptos::prelude::window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .unwrap_or(crate::chart::layout::MAX_WIDTH)
        })
}

/// The width charts are drawn at on this page; read inside a view, it redraws them when the
/// screen turns or the window is resized.
pub fn use_chart_width() -> f64 {
    let state = use_app_state();
    let embedded = use_context::<Embedded>().is_some_and(|e| e.0);
    crate::chart::layout::chart_width(state.screen.get(), embedded)
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

/// The reader's language. The page is drawn afresh when it changes, so a component reads it once.
pub fn use_locale() -> Locale {
    use_app_state().locale.get_untracked()
}

/// The language the page's address names: the given one when rendered natively, else the
/// path's (`/minewatch/kk/events` under the base `/minewatch`: Kazakh).
pub fn path_locale(site_base: &str) -> Locale {
    if let Some(given) = use_context::<Given>() {
        return given.locale;
    }
    let path = leptos::prelude::window()
        .location()
        .pathname()
        .unwrap_or_default();
    let in_site = path.strip_prefix(site_base).unwrap_or(&path);
    i18n::locale_of(crate::lang_path::split(in_site).0)
}

/// An old link names its language with `lang=` (`/events?lang=kk`): the page's inline script
/// moves it to that language's path before anything is drawn; should it not have, the app does.
/// Returns whether the page is being moved.
pub fn move_an_old_link(site_base: &str) -> bool {
    if rendered_natively() {
        return false;
    }
    let location = leptos::prelude::window().location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    let in_site = path.strip_prefix(site_base).unwrap_or(&path);
    match crate::lang_path::moved(site_base, in_site, &url_state::decode_query(&query)) {
        Some(target) => location.replace(&target).is_ok(),
        None => false,
    }
}

/// Keeps `<html lang>` in step with the reader's language.
pub fn follow_locale(state: AppState) {
    Effect::new(move |_| {
        let code = i18n::code_of(state.locale.get());
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });
}

/// Returns a function that replaces the view state in the address: no reload, no scroll, no new
/// history entry.
pub fn use_set_url_state() -> impl Fn(UrlState) + Clone + 'static {
    let location = use_address();
    move |mut state: UrlState| {
        // a list narrowed or reordered starts again at its first page
        let (current, _) =
            url_state::parse(url_state::decode_query(&location.search.get_untracked()));
        if state.filter != current.filter || state.q != current.q || state.sort != current.sort {
            state.page = None;
        }
        let path = location.pathname.get_untracked();
        let query = url_state::to_query(&state);
        let target = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        location.go(&target, Move::IN_PLACE);
    }
}

/// The parts of a page drawn one per task when the app takes a page over (the dashboard's filter
/// bar; below the first screen, the charts, official statistics and sources): the rest of the
/// first screen in one task, then each part in a task of its own, so that none holds the browser
/// long and a tap is answered between them. The app is out of sight until every part is drawn.
/// After the takeover, and in a page rendered natively, every part is drawn at once.
#[derive(Clone, Copy)]
pub struct Later {
    /// How many parts are drawn (`usize::MAX`: all, from now on).
    drawn: RwSignal<usize>,
    /// How many parts have asked to be drawn, in the order they asked.
    asked: StoredValue<usize>,
}

impl Later {
    /// Draws the next part in a task of its own; once every part is drawn, calls `done`.
    pub fn draw_in_turn(self, done: impl FnOnce() + 'static) {
        set_timeout(
            move || {
                let drawn = self.drawn.get_untracked();
                if drawn < self.asked.get_value() {
                    self.drawn.set(drawn + 1);
                    self.draw_in_turn(done);
                } else {
                    self.drawn.set(usize::MAX);
                    done();
                }
            },
            std::time::Duration::ZERO,
        );
    }
}

/// Provides [`Later`]: nothing drawn below the first screen yet (everything, when rendered
/// natively).
pub fn provide_later() -> Later {
    let later = Later {
        drawn: RwSignal::new(if rendered_natively() { usize::MAX } else { 0 }),
        asked: StoredValue::new(0),
    };
    provide_context(later);
    later
}

/// Draws `part` in its turn while the app takes a page over (at once after the takeover). One
/// function for every part (boxed, not generic), so that each use adds no code of its own.
pub fn in_its_turn(part: Box<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    let later = use_context::<Later>();
    let turn = later.map(|l| {
        let turn = l.asked.get_value();
        l.asked.set_value(turn.saturating_add(1));
        turn
    });
    // a memo, so that the part is drawn once when its turn comes, not again at every later turn
    // (which would ask for its own parts' turns anew, without end)
    let ready = Memo::new(move |_| match (later, turn) {
        (Some(l), Some(turn)) => l.drawn.get() > turn,
        _ => true,
    });
    crate::components::live::redrawn_or_none(move || ready.get().then(|| untrack(&part))).into_any()
}

/// Whether the page is an embed (`/embed/…`): links then open the full site in a new tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Embedded(pub bool);

/// `Some("_blank")` inside an embed, so a link leaves the frame for a new tab.
pub fn link_target() -> Option<&'static str> {
    use_context::<Embedded>().filter(|e| e.0).map(|_| "_blank")
}

/// Keeps `<html data-theme>` in step with `theme=` (light, dark or auto).
pub fn follow_theme(state: AppState) {
    Effect::new(move |_| {
        let theme = state.view.with(|(s, _)| s.theme).unwrap_or(Theme::Auto);
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("data-theme", theme.code());
        }
    });
}
