//! Embeds, in plain Rust: which charts can be embedded, the embed's id, and the iframe code the
//! portal hands out (pinned to a snapshot by default, or live).

use crate::model::choices::Theme;
use crate::url_state::{to_query, UrlState};
use std::fmt;
use std::str::FromStr;

/// What `/embed/:chart` can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedChart {
    Totals,
    Timeline,
    Regions,
    Map,
    Events,
}

impl EmbedChart {
    pub const ALL: [EmbedChart; 5] = [
        EmbedChart::Totals,
        EmbedChart::Timeline,
        EmbedChart::Regions,
        EmbedChart::Map,
        EmbedChart::Events,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EmbedChart::Totals => "totals",
            EmbedChart::Timeline => "timeline",
            EmbedChart::Regions => "regions",
            EmbedChart::Map => "map",
            EmbedChart::Events => "events",
        }
    }

    /// A starting height in pixels, before the frame reports its own.
    pub fn start_height(self) -> u32 {
        match self {
            EmbedChart::Totals => 520,
            EmbedChart::Timeline => 480,
            EmbedChart::Regions => 720,
            EmbedChart::Map => 640,
            EmbedChart::Events => 640,
        }
    }
}

impl fmt::Display for EmbedChart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EmbedChart {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        EmbedChart::ALL
            .into_iter()
            .find(|c| c.as_str() == text)
            .ok_or(())
    }
}

/// A short id for an embed, the same wherever it is computed: the chart and an FNV-1a hash of
/// its query (without the theme, which does not change what is shown).
pub fn embed_id(chart: EmbedChart, state: &UrlState) -> String {
    let mut shown = state.clone();
    shown.theme = None;
    let mut hash: u32 = 0x811c_9dc5;
    for byte in to_query(&shown).bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{}-{hash:08x}", chart.as_str())
}

/// How the embed code should behave.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedOptions {
    /// `Some(id)`: pinned to that snapshot; `None`: always the latest data.
    pub snapshot: Option<String>,
    /// `light`, `dark` or `auto`.
    pub theme: Theme,
}

/// The address of an embed: `site` is the origin and base path (`https://host/minewatch`); the
/// state's language, when it names one, is the address's path (`/kk/embed/map`).
pub fn embed_url(
    site: &str,
    chart: EmbedChart,
    state: &UrlState,
    options: &EmbedOptions,
) -> String {
    let mut s = state.clone();
    s.snapshot = options.snapshot.clone();
    s.theme = Some(options.theme);
    let lang = s.lang.take().unwrap_or(crate::model::choices::Lang::En);
    crate::lang_path::address(
        site,
        lang,
        &format!("/embed/{}", chart.as_str()),
        &to_query(&s),
    )
}

/// The code to paste: an iframe with a title, lazy loading, full width and a starting height,
/// and the small script that resizes it.
pub fn iframe_code(
    site: &str,
    chart: EmbedChart,
    state: &UrlState,
    options: &EmbedOptions,
    title: &str,
) -> String {
    let url = embed_url(site, chart, state, options);
    let id = embed_id(chart, state);
    format!(
        "<iframe title=\"{}\" src=\"{}\" id=\"minewatch-{id}\" loading=\"lazy\" scrolling=\"no\" style=\"width: 100%; min-width: 100%; border: none;\" height=\"{}\"></iframe>\n<script async src=\"{}/embed.js\"></script>",
        attribute(title),
        attribute(&url),
        chart.start_height(),
        site.trim_end_matches('/')
    )
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::{decode_query, parse};

    fn state(q: &str) -> UrlState {
        parse(decode_query(q)).0
    }

    #[test]
    fn chart_names_round_trip() {
        for c in EmbedChart::ALL {
            assert_eq!(c.as_str().parse::<EmbedChart>(), Ok(c));
        }
        assert!("pie".parse::<EmbedChart>().is_err());
    }

    #[test]
    fn the_id_depends_on_what_is_shown_not_on_the_theme() {
        let a = embed_id(EmbedChart::Timeline, &state("region=KZ-35&theme=dark"));
        let b = embed_id(EmbedChart::Timeline, &state("region=KZ-35&theme=light"));
        let c = embed_id(EmbedChart::Timeline, &state("region=KZ-63"));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(a.starts_with("timeline-"));
        assert_eq!(a.len(), "timeline-".len() + 8);
    }

    #[test]
    fn pinned_code_names_the_snapshot_and_live_code_does_not() {
        let s = state("region=KZ-35&from=2022&snapshot=old");
        let pinned = EmbedOptions {
            snapshot: Some("2026-11-22".into()),
            theme: Theme::Auto,
        };
        let code = iframe_code(
            "https://example.org/minewatch/",
            EmbedChart::Map,
            &s,
            &pinned,
            "Map \"A\" & B",
        );
        assert!(code.contains("src=\"https://example.org/minewatch/embed/map?region=KZ-35&amp;from=2022&amp;snapshot=2026-11-22&amp;theme=auto\""), "{code}");
        assert!(code.contains("title=\"Map &quot;A&quot; &amp; B\""));
        assert!(code.contains("loading=\"lazy\""));
        assert!(code.contains("width: 100%"));
        assert!(code.contains("height=\"640\""));
        assert!(
            code.contains("<script async src=\"https://example.org/minewatch/embed.js\"></script>")
        );
        let live = EmbedOptions {
            snapshot: None,
            theme: Theme::Dark,
        };
        assert!(!embed_url("https://x", EmbedChart::Map, &s, &live).contains("snapshot="));
    }

    #[test]
    fn an_embed_in_another_language_is_that_language_s_path() {
        let live = EmbedOptions {
            snapshot: None,
            theme: Theme::Light,
        };
        let kk = embed_url(
            "https://example.org/minewatch",
            EmbedChart::Map,
            &state("region=KZ-35&lang=kk"),
            &live,
        );
        assert_eq!(
            kk,
            "https://example.org/minewatch/kk/embed/map?region=KZ-35&theme=light"
        );
        let en = embed_url(
            "https://example.org/minewatch/",
            EmbedChart::Map,
            &state("lang=en"),
            &live,
        );
        assert_eq!(en, "https://example.org/minewatch/embed/map?theme=light");
    }
}
