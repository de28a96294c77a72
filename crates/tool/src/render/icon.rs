//! The site's icon as a PNG (`favicon.png`), drawn from its SVG (`favicon.svg`, which Trunk
//! copies in from `public/`). Chromium fetches and decodes a page's icon again on every change
//! of address, and the app changes the address on every filter: an SVG icon is a document of its
//! own to parse and lay out each time (about 14 ms of main-thread work per change at 4x CPU, in
//! the trace of docs/performance.md), a PNG is a small decode.

use std::path::Path;

/// The icon's side in pixels: a 16 px tab icon on a screen of up to 4 device pixels per pixel.
pub const SIDE: u32 = 64;
pub const SVG_NAME: &str = "favicon.svg";
pub const PNG_NAME: &str = "favicon.png";

/// The PNG of the site's `favicon.svg`, `SIDE` pixels square.
pub fn png_of(site: &Path) -> Result<Vec<u8>, String> {
    let path = site.join(SVG_NAME);
    let svg = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: cannot be read ({e}); Trunk copies it from public/{SVG_NAME} (index.html)",
            path.display()
        )
    })?;
    png(&svg).map_err(|why| format!("{}: {why}", path.display()))
}

/// `svg` drawn into a square of `SIDE` pixels, its proportions kept and centred.
fn png(svg: &str) -> Result<Vec<u8>, String> {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default())
        .map_err(|e| format!("not an SVG image ({e})"))?;
    let size = tree.size();
    let (w, h) = (size.width(), size.height());
    let side = SIDE as f32;
    let scale = (side / w).min(side / h);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(SIDE, SIDE).ok_or("no room for the icon")?;
    let transform = resvg::tiny_skia::Transform::from_scale(scale, scale)
        .post_translate((side - w * scale) / 2.0, (side - h * scale) / 2.0);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot be made a PNG ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_is_drawn_edge_to_edge_in_its_own_colours() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#08519c"/></svg>"##;
        let bytes = png(svg).expect("a PNG");
        let image = resvg::tiny_skia::Pixmap::decode_png(&bytes).expect("decodes");
        assert_eq!((image.width(), image.height()), (SIDE, SIDE));
        for (x, y) in [(0, 0), (SIDE - 1, SIDE - 1), (SIDE / 2, SIDE / 2)] {
            let p = image.pixel(x, y).expect("inside");
            assert_eq!(
                (p.red(), p.green(), p.blue(), p.alpha()),
                (0x08, 0x51, 0x9c, 255)
            );
        }
    }

    #[test]
    fn a_file_that_is_not_an_svg_is_named_in_plain_words() {
        let why = png("<html>").expect_err("refused");
        assert!(why.contains("not an SVG image"), "{why}");
    }
}
