//! Which page an address shows. The routes sit under the app's base, the site's path and the
//! language's (`/minewatch/kk`): `/minewatch/kk/events/ID` is the event `ID`, in Kazakh.

/// A page of the app and what its address names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Dashboard,
    Events,
    /// An event, by its id as the address gives it (decoded).
    Event(String),
    /// A region, by its code as the address gives it (decoded; the page reads it in capitals).
    Region(String),
    Data,
    About,
    /// A chart for embedding, by its name as the address gives it.
    Embed(String),
    NotFound,
}

/// Which page a route draws, whatever it names: moving from one event to another keeps the page
/// and changes what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Dashboard,
    Events,
    Event,
    Region,
    Data,
    About,
    Embed,
    NotFound,
}

impl Route {
    /// The route of `pathname` (the address's path, as the browser gives it) under `base`
    /// (`""`, `/minewatch` or `/minewatch/kk`). A path outside the base, or one no page has, is
    /// [`Route::NotFound`]. One slash at the end is allowed (`/events/` is `/events`).
    pub fn of(pathname: &str, base: &str) -> Route {
        let base = base.trim_end_matches('/');
        let Some(inside) = pathname.strip_prefix(base) else {
            return Route::NotFound;
        };
        if !(inside.is_empty() || inside.starts_with('/')) {
            return Route::NotFound;
        }
        let inside = inside.strip_prefix('/').unwrap_or(inside);
        let inside = inside.strip_suffix('/').unwrap_or(inside);
        let segments: Vec<&str> = if inside.is_empty() {
            Vec::new()
        } else {
            inside.split('/').collect()
        };
        let named = |name: &str| {
            let name = crate::url_state::percent_decode(name, false);
            if name.is_empty() {
                None
            } else {
                Some(name)
            }
        };
        let found = match segments.as_slice() {
            [] => Some(Route::Dashboard),
            ["events"] => Some(Route::Events),
            ["events", id] => named(id).map(Route::Event),
            ["regions", code] => named(code).map(Route::Region),
            ["data"] => Some(Route::Data),
            ["about"] => Some(Route::About),
            ["embed", chart] => named(chart).map(Route::Embed),
            _ => None,
        };
        found.unwrap_or(Route::NotFound)
    }

    pub fn page(&self) -> Page {
        match self {
            Route::Dashboard => Page::Dashboard,
            Route::Events => Page::Events,
            Route::Event(_) => Page::Event,
            Route::Region(_) => Page::Region,
            Route::Data => Page::Data,
            Route::About => Page::About,
            Route::Embed(_) => Page::Embed,
            Route::NotFound => Page::NotFound,
        }
    }

    /// What the address names on its page: the event's id, the region's code or the chart's
    /// name; `""` for a page that names nothing.
    pub fn named(&self) -> &str {
        match self {
            Route::Event(s) | Route::Region(s) | Route::Embed(s) => s,
            _ => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_has_its_path_under_the_base() {
        let base = "/minewatch/kk";
        assert_eq!(Route::of("/minewatch/kk", base), Route::Dashboard);
        assert_eq!(Route::of("/minewatch/kk/", base), Route::Dashboard);
        assert_eq!(Route::of("/minewatch/kk/events", base), Route::Events);
        assert_eq!(Route::of("/minewatch/kk/events/", base), Route::Events);
        assert_eq!(
            Route::of("/minewatch/kk/events/kz-2024-017", base),
            Route::Event("kz-2024-017".into())
        );
        assert_eq!(
            Route::of("/minewatch/kk/regions/kz-ab", base),
            Route::Region("kz-ab".into())
        );
        assert_eq!(Route::of("/minewatch/kk/data", base), Route::Data);
        assert_eq!(Route::of("/minewatch/kk/about", base), Route::About);
        assert_eq!(
            Route::of("/minewatch/kk/embed/timeline", base),
            Route::Embed("timeline".into())
        );
        assert_eq!(Route::of("/", ""), Route::Dashboard);
        assert_eq!(Route::of("", ""), Route::Dashboard);
        assert_eq!(Route::of("/events", "/"), Route::Events);
    }

    #[test]
    fn a_path_no_page_has_is_not_found() {
        let base = "/minewatch";
        for path in [
            "/minewatch/event",
            "/minewatch/events/a/b",
            "/minewatch/events//",
            "/minewatch/regions",
            "/minewatch/regions/",
            "/minewatch/kk/events",
            "/minewatchx/events",
            "/other/events",
            "/minewatch/embed/",
            "/minewatch/about/x",
        ] {
            assert_eq!(Route::of(path, base), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn what_a_path_names_is_decoded_and_a_bad_escape_kept() {
        let base = "";
        assert_eq!(
            Route::of("/events/a%20b+c", base),
            Route::Event("a b+c".into())
        );
        assert_eq!(
            Route::of("/regions/%D0%90%zz", base),
            Route::Region("А%zz".into())
        );
        assert_eq!(
            Route::of("/events/%FF", base).named(),
            "\u{FFFD}",
            "bytes that are not UTF-8 do not stop the page"
        );
        assert_eq!(Route::of("/events/%", base), Route::Event("%".into()));
    }

    #[test]
    fn the_page_stays_when_only_what_it_names_changes() {
        let a = Route::of("/events/a", "");
        let b = Route::of("/events/b", "");
        assert_ne!(a, b);
        assert_eq!(a.page(), b.page());
        assert_eq!(a.named(), "a");
        assert_eq!(Route::Events.named(), "");
    }
}
