//! Link-preview images: 1200×630 PNGs drawn natively, with the page's title, its key figure,
//! the credit (with the snapshot) and a chart from the same geometry the page draws: the
//! page's timeline for the dashboard and a region, the tile map with the event's regions for an
//! event. Text is set in DejaVu Sans, loaded from a file named here, never whatever fonts a
//! machine happens to have.

use minewatch::chart::colour::ink;
use minewatch::chart::layout::{letters_in, shortened, wrap};
use minewatch::chart::tiles;
use minewatch::components::charts::frame::Picture as ChartPicture;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

const FONT_FILES: [&str; 2] = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];
const FONT: &str = "DejaVu Sans";
const INK: &str = ink::TEXT;
const MUTED: &str = ink::MUTED;
const ACCENT: &str = ink::CHOSEN;
const PAPER: &str = ink::PAPER;

/// Where the font files are: `MINEWATCH_FONT_DIR`, else Debian's `fonts-dejavu-core`.
pub fn font_dir() -> PathBuf {
    std::env::var_os("MINEWATCH_FONT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/fonts/truetype/dejavu"))
}

/// The fonts the images are drawn with.
pub fn fonts(dir: &Path) -> Result<Arc<resvg::usvg::fontdb::Database>, String> {
    let mut db = resvg::usvg::fontdb::Database::new();
    for name in FONT_FILES {
        let path = dir.join(name);
        let data = std::fs::read(&path).map_err(|e| {
            format!(
                "{}: cannot be read ({e}); preview images are set in DejaVu Sans: install Debian's fonts-dejavu-core, or set MINEWATCH_FONT_DIR to a folder with {}",
                path.display(),
                FONT_FILES.join(" and ")
            )
        })?;
        db.load_font_data(data);
    }
    db.set_sans_serif_family(FONT);
    Ok(Arc::new(db))
}

/// What one image shows.
pub struct Card<'a> {
    pub title: &'a str,
    pub figure: Option<&'a (String, String)>,
    pub credit: &'a str,
    pub picture: Picture<'a>,
}

/// The graphic on the image's right.
pub enum Picture<'a> {
    /// A chart as the page draws it.
    Chart(ChartPicture),
    /// The tile map with these regions marked, and their names under it.
    Tiles(&'a [minewatch::model::RegionCode], String),
}

/// The image as SVG.
pub fn svg(card: &Card) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FONT}\">\
<rect width=\"100%\" height=\"100%\" fill=\"{PAPER}\"/><rect width=\"100%\" height=\"12\" fill=\"{ACCENT}\"/>\
<text x=\"60\" y=\"82\" font-size=\"30\" font-weight=\"700\" fill=\"{ACCENT}\">Minewatch</text>"
    );
    // the left column; the picture takes the right
    let column = 560.0;
    let mut y = 150.0;
    let title = heading_of(card.title);
    for line in lines(&title, column, 36.0, true, 4) {
        out.push_str(&text(60.0, y, 36.0, true, INK, &line));
        y += 46.0;
    }
    if let Some((label, value)) = card.figure {
        y += 40.0;
        let size = if value.chars().count() > 14 {
            48.0
        } else {
            64.0
        };
        // a figure is never shortened: it takes the lines it needs
        for line in wrap(value, letters_in(column, size, true)) {
            y += size;
            out.push_str(&text(60.0, y, size, true, ACCENT, &line));
        }
        y += 12.0;
        for line in lines(label, column, 28.0, false, 2) {
            y += 36.0;
            out.push_str(&text(60.0, y, 28.0, false, MUTED, &line));
        }
    }
    for (i, line) in lines(card.credit, 1080.0, 22.0, false, 2)
        .iter()
        .rev()
        .enumerate()
    {
        out.push_str(&text(
            60.0,
            598.0 - i as f64 * 28.0,
            22.0,
            false,
            MUTED,
            line,
        ));
    }
    match &card.picture {
        Picture::Chart(chart) => out.push_str(&chart_in_box(chart)),
        Picture::Tiles(marked, names) => {
            out.push_str(&tile_map(marked));
            for (i, line) in lines(names, 480.0, 22.0, false, 2).iter().enumerate() {
                out.push_str(&text(
                    660.0,
                    560.0 + i as f64 * 28.0,
                    22.0,
                    false,
                    MUTED,
                    line,
                ));
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// The PNG of an image's SVG.
pub fn png(svg: &str, fonts: &Arc<resvg::usvg::fontdb::Database>) -> Result<Vec<u8>, String> {
    let options = resvg::usvg::Options {
        fontdb: fonts.clone(),
        font_family: FONT.to_string(),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("the preview's SVG: {e}"))?;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no room for the preview image")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("the preview's PNG: {e}"))
}

/// The chart scaled into the right-hand box (x 660…1140, y 110…560), keeping its proportions,
/// with the page's chart styles (`minewatch::chart::standalone::style`).
fn chart_in_box(chart: &ChartPicture) -> String {
    let inside = chart.inside();
    let (w, h) = (chart.width, inside.height);
    if !(w > 0.0 && h > 0.0) {
        return String::new();
    }
    let scale = (480.0 / w).min(450.0 / h);
    let (dw, dh) = (w * scale, h * scale);
    let (x, y) = (660.0 + (480.0 - dw) / 2.0, 110.0 + (450.0 - dh) / 2.0);
    format!(
        "<svg x=\"{x:.1}\" y=\"{y:.1}\" width=\"{dw:.1}\" height=\"{dh:.1}\" viewBox=\"0 0 {w} {h}\" style=\"color:{INK}\"><style>{}</style>{}</svg>",
        minewatch::chart::standalone::style(),
        inside.markup
    )
}

/// Kazakhstan's tiles, the event's regions filled.
fn tile_map(marked: &[minewatch::model::RegionCode]) -> String {
    let (size, gap) = (68.0, 8.0);
    let (w, h) = tiles::extent(size, gap);
    let (x0, y0) = (660.0 + (480.0 - w) / 2.0, 110.0 + (410.0 - h) / 2.0);
    tiles::layout(size, gap)
        .iter()
        .map(|t| {
            let on = marked.iter().any(|m| m == t.code);
            let (fill, stroke) = if on { (ACCENT, ACCENT) } else { (ink::TILE_EMPTY, ink::TILE_LINE) };
            format!(
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{size}\" height=\"{size}\" rx=\"6\" fill=\"{fill}\" stroke=\"{stroke}\"/>",
                x0 + t.x,
                y0 + t.y
            )
        })
        .collect()
}

/// `text` in at most `max` lines that fit `width` pixels at `size`.
fn lines(text: &str, width: f64, size: f64, bold: bool, max: usize) -> Vec<String> {
    let letters = letters_in(width, size, bold);
    let mut lines = wrap(text, letters);
    let max = max.max(1);
    if lines.len() > max {
        let rest = lines.split_off(max - 1).join(" ");
        lines.push(shortened(&rest, letters));
    }
    lines
}

fn text(x: f64, y: f64, size: f64, bold: bool, fill: &str, content: &str) -> String {
    let weight = if bold { " font-weight=\"700\"" } else { "" };
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\"{weight} fill=\"{fill}\">{}</text>",
        super::page::text(content)
    )
}

/// A page's title as the image's heading: without "Minewatch: " (the image names it above), and
/// starting with a capital, as a heading does ("Minewatch: борьба с …" → "Борьба с …").
fn heading_of(title: &str) -> String {
    let rest = title.trim_start_matches("Minewatch: ");
    let mut letters = rest.chars();
    match letters.next() {
        Some(first) => first.to_uppercase().chain(letters).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::heading_of;

    #[test]
    fn an_image_heading_starts_with_a_capital_in_every_language() {
        assert_eq!(
            heading_of("Minewatch: борьба с незаконным криптомайнингом в Казахстане"),
            "Борьба с незаконным криптомайнингом в Казахстане"
        );
        assert_eq!(heading_of("Minewatch: әкімдік"), "Әкімдік");
        assert_eq!(heading_of("Events · Minewatch"), "Events · Minewatch");
        assert_eq!(heading_of(""), "");
    }
}
