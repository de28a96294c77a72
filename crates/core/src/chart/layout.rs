//! Fitting a chart to the screen: the width a chart is drawn at, text wrapped or shortened to a
//! width in pixels, and the chart's heading block. Text widths are estimated from the font size
//! (an average letter is about 0.6 em in the sans-serif fonts the page uses, Cyrillic included;
//! 0.7 em bold), which errs on the wide side so that nothing is cut.

/// The narrowest and widest a chart is drawn.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_WIDTH: f64 = 640.0;

/// Screens at or below this many CSS pixels get the phone layout (the stylesheet's `40rem`).
pub const PHONE: f64 = 640.0;

/// The width a chart is drawn at for a screen `screen` CSS pixels wide, so that it is drawn at
/// its real size rather than scaled: the page's margins (`main` 1 rem a side; on wider screens the
/// chart's own frame, .75 rem and a border) or the embed's (.75 rem a side) are taken off.
pub fn chart_width(screen: f64, embedded: bool) -> f64 {
    if !screen.is_finite() || screen <= 0.0 {
        return MAX_WIDTH;
    }
    let margins = if embedded {
        24.0
    } else if screen > PHONE {
        32.0 + 26.0
    } else {
        32.0
    };
    (screen - margins).floor().clamp(MIN_WIDTH, MAX_WIDTH)
}

fn em(bold: bool) -> f64 {
    if bold {
        0.7
    } else {
        0.6
    }
}

/// About how wide `text` is at `font` pixels.
pub fn text_width(text: &str, font: f64, bold: bool) -> f64 {
    text.chars().count() as f64 * font * em(bold)
}

/// How many letters fit in `width` pixels at `font` pixels.
pub fn letters_in(width: f64, font: f64, bold: bool) -> usize {
    if !(width > 0.0 && font > 0.0) {
        return 1;
    }
    ((width / (font * em(bold))).floor() as usize).max(1)
}

/// `text` in lines of at most `letters` letters, broken between words; a word longer than a
/// line is broken after a hyphen where it has one, else shortened with a full stop.
pub fn wrap(text: &str, letters: usize) -> Vec<String> {
    let letters = letters.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        for piece in word_pieces(word, letters) {
            let needed =
                line.chars().count() + usize::from(!line.is_empty()) + piece.chars().count();
            if !line.is_empty() && needed > letters {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() && !line.ends_with('-') {
                line.push(' ');
            }
            line.push_str(&piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word cut into pieces that fit a line: after its hyphens, and a piece still too long
/// shortened with "." ("Карагандинская" in 8 letters: "Карагаi.").
fn word_pieces(word: &str, letters: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = word;
    while let Some(i) = rest.find('-').filter(|i| *i + 1 < rest.len()) {
        pieces.push(rest[..=i].to_string());
        rest = &rest[i + 1..];
    }
    pieces.push(rest.to_string());
    pieces.into_iter().map(|p| shortened(&p, letters)).collect()
}

/// `text` cut to `letters` letters, the last being a full stop, when it is longer.
pub fn shortened(text: &str, letters: usize) -> String {
    if text.chars().count() <= letters {
        return text.to_string();
    }
    let keep = letters.saturating_sub(1).max(1);
    let cut: String = text.chars().take(keep).collect();
    format!("{}.", cut.trim_end_matches(['-', ' ']))
}

/// The font size (at most `font`, at least `min`) at which `text` fits `width` pixels.
pub fn fitted_font(text: &str, width: f64, font: f64, min: f64, bold: bool) -> f64 {
    let wide = text_width(text, font, bold);
    if wide <= width || wide <= 0.0 {
        font
    } else {
        (font * width / wide).max(min)
    }
}

/// The title and filter line at the top of a chart's image, wrapped to its width.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// (baseline y, text) of each title line.
    pub title: Vec<(f64, String)>,
    /// (baseline y, text) of each filter line.
    pub subtitle: Vec<(f64, String)>,
    /// Where the chart itself starts.
    pub height: f64,
}

pub const TITLE_FONT: f64 = 15.0;
pub const SUB_FONT: f64 = 11.0;

/// Lays out a title (15 px bold) and a subtitle (11 px) in `width` pixels.
pub fn heading(title: &str, subtitle: &str, width: f64) -> Heading {
    let mut y = 0.0;
    let mut placed = |lines: Vec<String>, line_height: f64| {
        lines
            .into_iter()
            .map(|l| {
                y += line_height;
                (y, l)
            })
            .collect::<Vec<_>>()
    };
    let title = placed(wrap(title, letters_in(width, TITLE_FONT, true)), 19.0);
    let subtitle = placed(wrap(subtitle, letters_in(width, SUB_FONT, false)), 14.0);
    Heading {
        title,
        subtitle,
        height: y + 10.0,
    }
}

/// The credit line(s) at the foot of a chart's image: (offset of each baseline, text), and the
/// height they take.
pub fn footer(credit: &str, width: f64) -> (Vec<(f64, String)>, f64) {
    let lines = wrap(credit, letters_in(width, SUB_FONT, false));
    let n = lines.len() as f64;
    let placed = lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| (14.0 * (i as f64 + 1.0), l))
        .collect();
    (placed, 14.0 * n + 6.0)
}

/// A legend's entries of `widths` pixels, placed left to right in rows `width` pixels wide, each
/// in a slot at least `slot` wide (so that short entries line up in columns); an entry that does
/// not fit where it would go starts the next row. Gives each entry's (x, row), and the number of
/// rows. An entry wider than a row has a row of its own.
pub fn legend_flow(widths: &[f64], width: f64, slot: f64) -> (Vec<(f64, usize)>, usize) {
    let mut placed = Vec::with_capacity(widths.len());
    let (mut x, mut row) = (0.0, 0);
    for w in widths {
        let w = if w.is_finite() { w.max(0.0) } else { 0.0 };
        if x > 0.0 && x + w > width {
            x = 0.0;
            row += 1;
        }
        placed.push((x, row));
        // whole slots, so that the entries after a long one stay in the columns
        x += if slot > 0.0 {
            (w.max(slot) / slot).ceil() * slot
        } else {
            w
        };
    }
    let rows = if placed.is_empty() { 0 } else { row + 1 };
    (placed, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_legend_keeps_its_columns_and_wraps_an_entry_that_would_be_cut() {
        // three short entries in one row at 0, 100 and 200 px
        assert_eq!(
            legend_flow(&[35.0, 35.0, 90.0], 380.0, 100.0),
            (vec![(0.0, 0), (100.0, 0), (200.0, 0)], 1)
        );
        // at a phone's width the long third ("цифра не названа") would end past the edge
        let long = 28.0 + text_width("цифра не названа", 12.0, false);
        assert_eq!(
            legend_flow(&[35.0, 35.0, long], 328.0, 100.0),
            (vec![(0.0, 0), (100.0, 0), (0.0, 1)], 2)
        );
        // an entry wider than its slot takes whole slots; the next one stays in a column
        assert_eq!(
            legend_flow(&[143.0, 35.0], 400.0, 100.0),
            (vec![(0.0, 0), (200.0, 0)], 1)
        );
        // wider than a row: a row of its own, and nothing breaks
        assert_eq!(
            legend_flow(&[500.0, 35.0], 300.0, 100.0),
            (vec![(0.0, 0), (0.0, 1)], 2)
        );
        assert_eq!(legend_flow(&[], 300.0, 100.0), (vec![], 0));
        assert_eq!(
            legend_flow(&[f64::NAN, f64::INFINITY], 300.0, 100.0),
            (vec![(0.0, 0), (100.0, 0)], 1)
        );
    }

    #[test]
    fn a_chart_is_drawn_at_the_width_the_screen_leaves() {
        assert_eq!(chart_width(320.0, false), 288.0);
        assert_eq!(chart_width(390.0, false), 358.0);
        assert_eq!(chart_width(320.0, true), 296.0);
        assert_eq!(chart_width(1280.0, false), MAX_WIDTH);
        assert_eq!(chart_width(100.0, false), MIN_WIDTH);
        assert_eq!(chart_width(f64::NAN, false), MAX_WIDTH);
    }

    #[test]
    fn text_wraps_between_words_and_long_words_are_shortened() {
        assert_eq!(
            wrap("East Kazakhstan Region", 10),
            ["East", "Kazakhstan", "Region"]
        );
        assert_eq!(
            wrap("Mining farms shut down by year", 16),
            ["Mining farms", "shut down by", "year"]
        );
        assert_eq!(
            wrap("Западно-Казахстанская", 10),
            ["Западно-", "Казахстан."]
        );
        assert_eq!(shortened("Карагандинская", 8), "Караган.");
        assert_eq!(shortened("Abai", 8), "Abai");
        assert!(wrap("", 10).is_empty());
        for line in wrap(
            "Восточно-Казахстанская область · с 1 января 2024 · данные 2026-11-22",
            20,
        ) {
            assert!(line.chars().count() <= 20, "{line}");
        }
    }

    #[test]
    fn a_long_heading_takes_more_lines_on_a_phone() {
        let title = "Value of mining equipment (KZT): all regions compared";
        let wide = heading(
            title,
            "All of Kazakhstan · all dates · data 2026-11-22",
            640.0,
        );
        let narrow = heading(
            title,
            "All of Kazakhstan · all dates · data 2026-11-22",
            288.0,
        );
        assert_eq!(wide.title.len(), 1);
        assert!(narrow.title.len() >= 2);
        assert!(narrow.height > wide.height);
        for (_, line) in &narrow.title {
            assert!(text_width(line, TITLE_FONT, true) <= 288.0, "{line}");
        }
    }

    #[test]
    fn fonts_shrink_to_fit_but_not_below_the_minimum() {
        assert_eq!(fitted_font("Abai", 60.0, 10.0, 7.0, false), 10.0);
        let f = fitted_font("Карагандинская", 60.0, 10.0, 7.0, false);
        assert!(f < 10.0 && text_width("Карагандинская", f, false) <= 60.5);
        assert_eq!(
            fitted_font("a very long label indeed", 20.0, 10.0, 7.0, false),
            7.0
        );
    }
}
