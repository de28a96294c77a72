//! The tile map's markup: each region's tile as a link (its name, figure and colour class), and
//! the legend. Written as one string, so a change of view sets it in one step instead of patching
//! some 140 elements one attribute at a time.

use super::svg::escape;
use std::fmt::Write;

/// How a tile's box looks: coloured by its class, a stated zero, or no figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TileShade {
    /// One of the colour classes: `fill` and the text colour `ink` readable on it.
    Class {
        fill: &'static str,
        ink: &'static str,
    },
    /// A figure of zero: outlined, unfilled.
    Zero,
    /// No source gives a figure: a dashed outline.
    NoFigure,
}

impl TileShade {
    fn fill(self) -> &'static str {
        match self {
            TileShade::Class { fill, .. } => fill,
            _ => "none",
        }
    }

    fn ink(self) -> &'static str {
        match self {
            TileShade::Class { ink, .. } => ink,
            _ => "currentColor",
        }
    }

    fn box_class(self) -> &'static str {
        match self {
            TileShade::Class { .. } => "tile-box",
            TileShade::Zero => "tile-box zero",
            TileShade::NoFigure => "tile-box empty",
        }
    }
}

/// A region's tile as drawn, in the map's pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnTile {
    pub code: &'static str,
    /// The region's page for the reader's view.
    pub href: String,
    /// `target` of the link (an embed opens the portal in a new tab).
    pub target: Option<&'static str>,
    /// What a screen reader and the tooltip say: "Abai Region: 3".
    pub label: String,
    /// The reader chose this region in the filter.
    pub chosen: bool,
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub shade: TileShade,
    /// The name on two lines (the second may be empty), and its font size.
    pub lines: (String, String),
    pub name_font: f64,
    /// The figure, short ("1.2 bn"), and its font size.
    pub value: String,
    pub value_font: f64,
}

/// A legend entry: its swatch at (x, y) and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub x: f64,
    pub y: f64,
    pub shade: TileShade,
    pub text: String,
}

/// Where a legend entry's words begin, right of its swatch (24 px) and a gap.
pub const LEGEND_WORDS_AT: f64 = 28.0;

/// The tiles, in the order given (the keyboard's), then the legend.
pub fn map_markup(tiles: &[DrawnTile], legend: &[LegendEntry]) -> String {
    let mut out = String::with_capacity(tiles.len() * 600 + legend.len() * 120);
    for t in tiles {
        tile(&mut out, t);
    }
    for e in legend {
        let class = match e.shade {
            TileShade::Class { .. } => String::new(),
            other => format!(r#" class="{}""#, other.box_class()),
        };
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="24" height="14"{class} fill="{}"/><text x="{}" y="{}" class="tick">{}</text>"#,
            e.x,
            e.y,
            e.shade.fill(),
            e.x + LEGEND_WORDS_AT,
            e.y + 11.0,
            escape(&e.text)
        );
    }
    out
}

fn tile(out: &mut String, t: &DrawnTile) {
    let target = t
        .target
        .map(|v| format!(r#" target="{}""#, escape(v)))
        .unwrap_or_default();
    let chosen = if t.chosen { " chosen" } else { "" };
    // the texts' colour and anchor are the link's, which they inherit (the box has its own fill)
    let _ = write!(
        out,
        r#"<g class="tile-wrap"><a href="{}"{target} aria-label="{}" class="tile{chosen}" data-code="{}" fill="{}" text-anchor="middle">"#,
        escape(&t.href),
        escape(&t.label),
        escape(t.code),
        t.shade.ink()
    );
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="4" fill="{}" class="{}"/>"#,
        t.x,
        t.y,
        t.size,
        t.size,
        t.shade.fill(),
        t.shade.box_class()
    );
    let centre = t.x + t.size / 2.0;
    let first = t.y + t.name_font + 4.0;
    for (y, text, class, font) in [
        (first, &t.lines.0, "tile-name", t.name_font),
        (
            first + t.name_font * 1.15,
            &t.lines.1,
            "tile-name",
            t.name_font,
        ),
        (t.y + t.size - 5.0, &t.value, "tile-value", t.value_font),
    ] {
        // a name on one line has no second
        if text.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            r#"<text x="{centre}" y="{y}" class="{class}" font-size="{font}">{}</text>"#,
            escape(text)
        );
    }
    out.push_str("</a></g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a_tile(label: &str, shade: TileShade) -> DrawnTile {
        DrawnTile {
            code: "KZ-10",
            href: "/regions/KZ-10?year=2024&x=\"1\"".into(),
            target: None,
            label: label.into(),
            chosen: false,
            x: 0.0,
            y: 10.0,
            size: 76.0,
            shade,
            lines: ("Abai".into(), String::new()),
            name_font: 10.0,
            value: "3".into(),
            value_font: 12.0,
        }
    }

    #[test]
    fn a_tile_is_a_named_link_to_its_region_and_data_cannot_break_it() {
        let shade = TileShade::Class {
            fill: "#c6dbef",
            ink: "#0b1f33",
        };
        let m = map_markup(&[a_tile("Abai <b>\"x\"</b>: 3", shade)], &[]);
        assert!(
            m.contains(r#"<a href="/regions/KZ-10?year=2024&amp;x=&quot;1&quot;""#),
            "{m}"
        );
        assert!(
            m.contains(r#"aria-label="Abai &lt;b&gt;&quot;x&quot;&lt;/b&gt;: 3""#),
            "{m}"
        );
        assert!(
            m.contains(r##"class="tile" data-code="KZ-10" fill="#0b1f33" text-anchor="middle">"##),
            "the texts take the ink readable on the tile's colour from the link: {m}"
        );
        assert!(m.contains(r##"fill="#c6dbef" class="tile-box""##), "{m}");
        assert_eq!(
            m.matches("<text").count(),
            2,
            "a name on one line and the figure, no empty second line: {m}"
        );
        assert!(m.contains(r#"font-size="10">Abai</text>"#), "{m}");
        assert!(m.contains(r#"font-size="12">3</text>"#), "{m}");
        let mut two_lines = a_tile("Abai: 3", shade);
        two_lines.lines = ("North".into(), "Kazakhstan".into());
        let m = map_markup(&[two_lines], &[]);
        assert_eq!(m.matches("<text").count(), 3, "both name lines: {m}");
        assert!(m.contains(">Kazakhstan</text>"), "{m}");
        assert_eq!(m.matches("<a ").count(), m.matches("</a>").count());
    }

    #[test]
    fn no_figure_and_zero_look_apart_from_a_coloured_class() {
        let m = map_markup(
            &[
                a_tile("none", TileShade::NoFigure),
                a_tile("zero", TileShade::Zero),
            ],
            &[LegendEntry {
                x: 5.0,
                y: 7.0,
                shade: TileShade::NoFigure,
                text: "no figure".into(),
            }],
        );
        assert!(m.contains(r#"fill="none" class="tile-box empty""#), "{m}");
        assert!(
            m.contains(r#"data-code="KZ-10" fill="currentColor" text-anchor="middle">"#),
            "an uncoloured tile's texts are in the page's own colour: {m}"
        );
        assert!(m.contains(r#"fill="none" class="tile-box zero""#), "{m}");
        assert!(m.contains(
            r#"<rect x="5" y="7" width="24" height="14" class="tile-box empty" fill="none"/><text x="33" y="18" class="tick">no figure</text>"#
        ));
    }

    #[test]
    fn a_chosen_tile_is_marked_and_an_embed_opens_the_portal_apart() {
        let mut t = a_tile("Abai: 3", TileShade::Zero);
        t.chosen = true;
        t.target = Some("_blank");
        let m = map_markup(&[t], &[]);
        assert!(
            m.contains(r#" target="_blank" aria-label="Abai: 3" class="tile chosen""#),
            "{m}"
        );
    }
}
