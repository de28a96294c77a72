//! Colour classes for the map: a sequential blue scale that colour-blind readers can order, on
//! round class limits (1, 2, 5 × 10ⁿ), with text colour chosen for contrast on each fill, and a
//! separate look for "no figure".

use super::scale::nice_ticks;

/// Five blues, light to dark (ColorBrewer "Blues", readable with every common colour-vision deficiency).
pub const FILLS: [&str; 5] = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
/// The charts' colours, as the stylesheet (`style/main.css`) draws them in the light theme: the
/// page, a chart's download and the link-preview images use this one table (a test holds the
/// stylesheet to it).
pub mod ink {
    /// Text, ticks and grid lines.
    pub const TEXT: &str = "#1b1f24";
    /// Subtitles and credits in an image.
    pub const MUTED: &str = "#3d444d";
    pub const PAPER: &str = "#ffffff";
    /// A bar; a bar of a region the reader chose; the figures not split by region.
    pub const BAR: &str = super::FILLS[3];
    pub const CHOSEN: &str = super::FILLS[4];
    pub const APART: &str = "#969696";
    /// The bar the pointer or the keyboard is on.
    pub const HIGHLIGHT: &str = "#fd8d3c";
    /// The outline of a map tile without a figure, and the fill of one not marked in an image.
    pub const TILE_LINE: &str = "#8c959f";
    pub const TILE_EMPTY: &str = "#eef2f6";
}

/// Text on each fill: dark on the light ones, white on the dark ones (contrast at least 4.5:1).
pub const TEXT: [&str; 5] = ["#0b1f33", "#0b1f33", "#0b1f33", "#ffffff", "#ffffff"];

/// Upper limits of the classes for data up to `max`: at most five, round numbers; whole numbers
/// for counts.
pub fn class_limits(max: f64, whole: bool) -> Vec<f64> {
    if whole && max > 0.0 && max <= 5.0 {
        return (1..=max.ceil() as u32).map(f64::from).collect();
    }
    nice_ticks(max, 5).into_iter().skip(1).collect()
}

/// The class of a value (index into `limits`); `None` when there is no figure.
pub fn class_of(value: Option<f64>, limits: &[f64]) -> Option<usize> {
    let v = value?;
    Some(
        limits
            .iter()
            .position(|l| v <= *l)
            .unwrap_or(limits.len().saturating_sub(1)),
    )
}

/// The fill for class `class` of `count`, spread over the five blues from light to dark.
pub fn fill_index(class: usize, count: usize) -> usize {
    if count <= 1 {
        return FILLS.len() - 1;
    }
    (class * (FILLS.len() - 1) + (count - 1) / 2) / (count - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_get_whole_number_classes() {
        assert_eq!(class_limits(3.0, true), [1.0, 2.0, 3.0]);
        assert_eq!(class_limits(1.0, true), [1.0]);
        assert_eq!(
            class_limits(1.0, false),
            [0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
        );
        assert_eq!(class_limits(154.0, true), [50.0, 100.0, 150.0, 200.0]);
        assert!(class_limits(0.0, true).is_empty());
    }

    #[test]
    fn values_fall_into_ordered_classes_and_spread_over_the_blues() {
        let limits = class_limits(3.0, true);
        assert_eq!(class_of(None, &limits), None);
        assert_eq!(class_of(Some(1.0), &limits), Some(0));
        assert_eq!(class_of(Some(2.0), &limits), Some(1));
        assert_eq!(class_of(Some(3.0), &limits), Some(2));
        assert_eq!(
            (fill_index(0, 3), fill_index(1, 3), fill_index(2, 3)),
            (0, 2, 4)
        );
        assert_eq!(fill_index(0, 1), 4);
        assert_eq!(class_of(Some(9.0), &[]), Some(0));
    }
}

#[cfg(test)]
mod stylesheet_tests {
    use super::ink;

    /// The declarations of `rule` in the page's stylesheet.
    fn declared(rule: &str) -> String {
        let css = include_str!("../../../../style/main.css");
        css.split(&format!("{rule} {{"))
            .nth(1)
            .and_then(|rest| rest.split('}').next())
            .unwrap_or_default()
            .to_string()
    }

    #[test]
    fn the_page_draws_its_charts_in_the_colours_of_the_images() {
        for (rule, colour) in [
            (".chart-svg .bar", ink::BAR),
            (".chart-svg .bar.apart", ink::APART),
            (".chart-svg .bar.chosen", ink::CHOSEN),
            (".chart-svg .highlight", ink::HIGHLIGHT),
        ] {
            assert!(
                declared(rule).contains(&format!("fill: {colour}")),
                "style/main.css: {rule} should be filled with {colour}"
            );
        }
    }
}
