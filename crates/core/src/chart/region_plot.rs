//! The regions-compared chart's layout: a ranked bar per region with its name and value, the
//! figures not split by region apart on the same scale, round ticks above; from the rows and the
//! width it is drawn at. On a phone the names go above their bars and give way to the values.

use super::bars::PlacedBar;
use super::layout::{fitted_font, letters_in, shortened, text_width};
use super::projection::{Area, Direction, Projection, Tick};
use crate::model::series::PointKey;

/// Room above the bars for the axis' figures.
const TOP: f64 = 24.0;
/// A row with its name beside the bar, and (on a phone) with its name above it.
const ROW: f64 = 26.0;
const STACKED_ROW: f64 = 38.0;
/// How much wider than `text_width`'s 0.6 em a letter a label may run: Kazakh and Russian region
/// names set in a browser's sans-serif come to about 0.63 em ("Шығыс Қазақстан облысы", 166 px
/// at 12 px against 158 estimated), which cut their first letter at the picture's left edge.
const LABEL_SLACK: f64 = 1.1;
pub const TICK_FONT: f64 = 12.0;
const SMALLEST_VALUE_FONT: f64 = 8.0;

/// A row as the chart is asked to draw it.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionRow {
    pub key: PointKey,
    /// The region's name (or "Not split by region").
    pub label: String,
    /// `None`: no figure reported.
    pub value: Option<f64>,
    /// The value in words, as drawn at the bar's end.
    pub value_text: String,
    /// Marked by the reader's region filter.
    pub chosen: bool,
}

impl RegionRow {
    /// Drawn as a bar: a figure above 0.
    pub fn drawn(&self) -> bool {
        self.value.is_some_and(|v| v.is_finite() && v > 0.0)
    }
}

/// Which end of its text a position gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// As SVG's `text-anchor` writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A line of text placed on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedText {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    /// `None`: the chart's tick font.
    pub font: Option<f64>,
    pub text: String,
}

/// A bar with its name and value.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedRow {
    pub bar: PlacedBar,
    pub label: PlacedText,
    pub value: PlacedText,
    /// The figures not split by region.
    pub apart: bool,
    pub chosen: bool,
}

/// A tick with the line under it and its figure above the bars.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedTick {
    pub tick: Tick,
    pub anchor: Anchor,
    /// The tick's figure's baseline, and the grid line's top and bottom.
    pub text_y: f64,
    pub line: (f64, f64),
}

/// Everything the chart draws, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionPlot {
    pub width: f64,
    pub height: f64,
    pub projection: Projection,
    /// Largest first (ties by name), then the figures not split by region.
    pub rows: Vec<PlacedRow>,
    pub ticks: Vec<PlacedTick>,
    /// Names above their bars (a phone) rather than beside them.
    pub stacked: bool,
}

/// Where the bars of a chart `width` wide go: beside their names when the longest fits in a
/// third of the width, else under them.
struct Rows {
    left: f64,
    row: f64,
    bar_height: f64,
    /// Offset of a bar below its row's top, and of its name's baseline.
    bar_dy: f64,
    label_dy: f64,
    plot_width: f64,
}

impl Rows {
    fn for_width(width: f64, longest_label: f64, longest_value: f64) -> Rows {
        let value_room = (longest_value + 8.0).min(width * 0.45);
        if longest_label + 8.0 <= width / 3.0 {
            let left = longest_label + 8.0;
            Rows {
                left,
                row: ROW,
                bar_height: ROW * 0.7,
                bar_dy: 2.0,
                label_dy: ROW * 0.5,
                plot_width: (width - left - value_room).max(40.0),
            }
        } else {
            Rows {
                left: 0.0,
                row: STACKED_ROW,
                bar_height: 12.0,
                bar_dy: 16.0,
                label_dy: 12.0,
                plot_width: (width - value_room).max(40.0),
            }
        }
    }
}

/// Lays out `regions` (those with a figure above 0 are drawn) and `not_split` (drawn apart when
/// it has one) at `width` pixels.
pub fn region_plot(regions: &[RegionRow], not_split: &RegionRow, width: f64) -> RegionPlot {
    let width = if width.is_finite() {
        width.max(0.0)
    } else {
        0.0
    };
    let mut ranked: Vec<&RegionRow> = regions.iter().filter(|r| r.drawn()).collect();
    crate::order::sort_by(&mut ranked, |a, b| {
        let (a_value, b_value) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
        b_value
            .total_cmp(&a_value)
            .then_with(|| a.label.cmp(&b.label))
    });
    // the labels end 8 px left of the bars: room for the longest, estimated with LABEL_SLACK
    let longest_label = ranked
        .iter()
        .chain([&not_split])
        .map(|r| text_width(&r.label, TICK_FONT, false) * LABEL_SLACK)
        .fold(0.0, f64::max);
    let longest_value = ranked
        .iter()
        .chain([&not_split])
        .map(|r| text_width(&r.value_text, TICK_FONT, false))
        .fold(0.0, f64::max);
    let rows_at = Rows::for_width(width, longest_label, longest_value);
    let stacked = rows_at.left == 0.0;
    let apart = not_split.drawn().then_some(not_split);
    let count = ranked.len() + usize::from(apart.is_some());
    let height = TOP + (count as f64 + 1.0) * rows_at.row;
    let max = ranked
        .iter()
        .chain(apart.iter())
        .filter_map(|r| r.value)
        .fold(0.0, f64::max);
    let projection = Projection::new(
        Area {
            x: rows_at.left,
            y: TOP,
            width: rows_at.plot_width,
            height: height - TOP,
        },
        max,
        Direction::Right,
    );
    let tops = (0..ranked.len())
        .map(|i| TOP + i as f64 * rows_at.row)
        .chain(apart.map(|_| TOP + (ranked.len() as f64 + 0.6) * rows_at.row));
    let rows = ranked
        .iter()
        .chain(apart.iter())
        .zip(tops)
        .map(|(r, top)| place_row(r, top, &rows_at, &projection, width, stacked))
        .map(|mut row| {
            row.apart = row.bar.key == PointKey::NotSplit;
            row
        })
        .collect();
    let whole = ranked
        .iter()
        .chain(apart.iter())
        .filter_map(|r| r.value)
        .all(|v| v.fract() == 0.0);
    let ticks = projection
        .ticks(whole)
        .into_iter()
        .enumerate()
        .map(|(i, tick)| PlacedTick {
            tick,
            anchor: if i == 0 && stacked {
                Anchor::Start
            } else {
                Anchor::Middle
            },
            text_y: TOP - 10.0,
            line: (TOP - 6.0, height),
        })
        .collect();
    RegionPlot {
        width,
        height,
        projection,
        rows,
        ticks,
        stacked,
    }
}

/// A row whose top is at `top`: its bar, its name (marked when chosen), and its value beside the
/// bar when there is room; on a phone, at the end of the name's line, the name shortened (never
/// the value) so that both fit.
fn place_row(
    r: &RegionRow,
    top: f64,
    rows_at: &Rows,
    projection: &Projection,
    width: f64,
    stacked: bool,
) -> PlacedRow {
    let bar = Area {
        x: rows_at.left,
        y: top + rows_at.bar_dy,
        width: projection.length(r.value.unwrap_or(0.0)).max(1.0),
        height: rows_at.bar_height,
    };
    let label_y = top + rows_at.label_dy;
    let name = if r.chosen {
        format!("▶ {}", r.label)
    } else {
        r.label.clone()
    };
    let (label, value) = if stacked {
        let font = fitted_font(
            &r.value_text,
            width * 0.6,
            TICK_FONT,
            SMALLEST_VALUE_FONT,
            false,
        );
        let room = width - text_width(&r.value_text, font, false) - 10.0;
        let label = PlacedText {
            x: 0.0,
            y: label_y,
            anchor: Anchor::Start,
            font: None,
            text: shortened(&name, letters_in(room, TICK_FONT, false)),
        };
        let value = PlacedText {
            x: width,
            y: label_y,
            anchor: Anchor::End,
            font: Some(font),
            text: r.value_text.clone(),
        };
        (label, value)
    } else {
        let label = PlacedText {
            x: rows_at.left - 8.0,
            y: label_y,
            anchor: Anchor::End,
            font: None,
            text: name,
        };
        let value = PlacedText {
            x: bar.right() + 6.0,
            y: bar.centre_y() + 4.0,
            anchor: Anchor::Start,
            font: Some(TICK_FONT),
            text: r.value_text.clone(),
        };
        (label, value)
    };
    PlacedRow {
        bar: PlacedBar {
            key: r.key.clone(),
            value: r.value,
            area: bar,
        },
        label,
        value,
        apart: false,
        chosen: r.chosen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: &str, label: &str, value: Option<f64>) -> RegionRow {
        RegionRow {
            key: PointKey::Region(code.into()),
            label: label.to_string(),
            value,
            value_text: value.map_or("no figure reported".to_string(), |v| format!("{v} farms")),
            chosen: false,
        }
    }

    fn not_split(value: Option<f64>) -> RegionRow {
        RegionRow {
            key: PointKey::NotSplit,
            ..row("", "Not split by region", value)
        }
    }

    fn keys(plot: &RegionPlot) -> Vec<String> {
        plot.rows.iter().map(|r| r.bar.key.to_string()).collect()
    }

    #[test]
    fn bars_are_ranked_on_one_scale_with_the_figures_not_split_apart() {
        let regions = [
            row("KZ-10", "Abai", Some(10.0)),
            row("KZ-19", "Almaty", Some(40.0)),
            row("KZ-35", "Karaganda", Some(20.0)),
            row("KZ-39", "Kostanay", None),
            row("KZ-43", "Kyzylorda", Some(0.0)),
        ];
        let plot = region_plot(&regions, &not_split(Some(153.0)), 640.0);
        assert_eq!(keys(&plot), ["KZ-19", "KZ-35", "KZ-10", "not-split"]);
        assert_eq!(
            plot.projection.scale.max, 200.0,
            "the scale reaches the figure apart"
        );
        let width = |k: &str| {
            plot.rows
                .iter()
                .find(|r| r.bar.key.to_string() == k)
                .map(|r| r.bar.area.width)
        };
        assert_eq!(width("KZ-19"), Some(2.0 * width("KZ-35").unwrap_or(0.0)));
        assert!(plot.rows[3].apart && !plot.rows[2].apart);
        assert!(
            plot.rows[3].bar.area.y - plot.rows[2].bar.area.y > ROW,
            "apart by a gap"
        );
        assert!(!plot.stacked);
        let ticks: Vec<f64> = plot.ticks.iter().map(|t| t.tick.value).collect();
        assert_eq!(ticks, [0.0, 50.0, 100.0, 150.0, 200.0]);
    }

    #[test]
    fn on_a_phone_names_go_above_their_bars_and_values_are_never_shortened() {
        let mut chosen = row(
            "KZ-63",
            "East Kazakhstan Region of the Republic",
            Some(12_345.0),
        );
        chosen.chosen = true;
        let plot = region_plot(
            &[chosen, row("KZ-19", "Almaty", Some(3.0))],
            &not_split(None),
            288.0,
        );
        assert!(plot.stacked);
        assert_eq!(
            keys(&plot),
            ["KZ-63", "KZ-19"],
            "no figure apart: no bar apart"
        );
        let top = &plot.rows[0];
        assert_eq!(top.value.text, "12345 farms");
        assert!(top.label.text.starts_with("▶ East"));
        assert!(top.chosen);
        let label_end = text_width(&top.label.text, TICK_FONT, false);
        let value_start =
            plot.width - text_width(&top.value.text, top.value.font.unwrap_or(TICK_FONT), false);
        assert!(label_end < value_start, "{label_end} < {value_start}");
        assert_eq!(plot.ticks[0].anchor, Anchor::Start);
        for r in &plot.rows {
            assert!(r.bar.area.right() <= plot.width);
        }
    }

    #[test]
    fn nothing_to_draw_and_unusable_widths_still_lay_out() {
        for width in [0.0, -1.0, f64::NAN] {
            let plot = region_plot(
                &[row("KZ-10", "Abai", None)],
                &not_split(Some(f64::NAN)),
                width,
            );
            assert!(plot.rows.is_empty());
            assert!(plot.height.is_finite());
        }
    }
}
