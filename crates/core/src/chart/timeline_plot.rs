//! The timeline's layout: a column per period on one projection, round ticks, and period labels
//! that fit under the axis; from the series and the width it is drawn at.

use super::bars::PlacedBar;
use super::projection::{Area, Direction, Projection, Tick};
use crate::model::series::{Point, Step};

/// Room for the axis' figures at the left, above the plot, at the right and below it (two lines
/// of labels).
pub const LEFT: f64 = 64.0;
const TOP: f64 = 8.0;
const RIGHT: f64 = 12.0;
const PLOT_HEIGHT: f64 = 200.0;
/// The timeline's height below its heading and above its credit.
pub const HEIGHT: f64 = TOP + PLOT_HEIGHT + 40.0;
/// The narrowest a period's label may be given: "Feb" or "2022" at 12 px, with a gap.
const LABEL_WIDTH: f64 = 38.0;
/// The baselines of the labels' first and second lines, below the plot.
const FIRST_LINE: f64 = 16.0;
const SECOND_LINE: f64 = 31.0;

/// A period's label under its column: the month (or year), and the year under the first month
/// label and wherever the year changes.
#[derive(Debug, Clone, PartialEq)]
pub struct AxisLabel {
    pub x: f64,
    pub first: (f64, String),
    pub second: Option<(f64, String)>,
}

/// Everything the timeline draws, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelinePlot {
    pub width: f64,
    pub height: f64,
    pub projection: Projection,
    /// One per point, in the series' order.
    pub columns: Vec<PlacedBar>,
    pub ticks: Vec<Tick>,
    pub labels: Vec<AxisLabel>,
}

/// Lays out `points` (periods in order) at `width` pixels; `short_months` names January first.
pub fn timeline_plot(
    points: &[Point],
    step: Step,
    width: f64,
    short_months: &[&str],
) -> TimelinePlot {
    let width = if width.is_finite() { width } else { 0.0 };
    let area = Area {
        x: LEFT,
        y: TOP,
        width: (width - LEFT - RIGHT).max(0.0),
        height: PLOT_HEIGHT,
    };
    let max = points
        .iter()
        .filter_map(|p| p.value)
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let projection = Projection::new(area, max, Direction::Up);
    let slot = area.width / points.len().max(1) as f64;
    let columns: Vec<PlacedBar> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let height = projection.length(p.value.unwrap_or(0.0));
            PlacedBar {
                key: p.key.clone(),
                value: p.value,
                area: Area {
                    x: area.x + i as f64 * slot + slot * 0.1,
                    y: area.bottom() - height,
                    width: slot * 0.8,
                    height,
                },
            }
        })
        .collect();
    let whole = points
        .iter()
        .filter_map(|p| p.value)
        .all(|v| v.fract() == 0.0);
    let every = label_every(points.len(), area.width);
    let labels = axis_labels(points, step, every, short_months)
        .into_iter()
        .zip(&columns)
        .filter_map(|(label, column)| {
            let (first, second) = label?;
            Some(AxisLabel {
                x: column.area.centre_x(),
                first: (area.bottom() + FIRST_LINE, first),
                second: second.map(|year| (area.bottom() + SECOND_LINE, year)),
            })
        })
        .collect();
    TimelinePlot {
        width,
        height: HEIGHT,
        projection,
        ticks: projection.ticks(whole),
        columns,
        labels,
    }
}

/// Every how many periods a label fits under the axis.
fn label_every(periods: usize, plot_width: f64) -> usize {
    if periods == 0 {
        return 1;
    }
    let slot = plot_width / periods as f64;
    let every = (LABEL_WIDTH / slot).ceil();
    if every.is_finite() && slot > 0.0 {
        (every as usize).clamp(1, periods)
    } else {
        // no room: the first period alone is labelled
        periods
    }
}

/// The axis labels: (first line, second line) for every `every`-th period. Years are written
/// once each; months get their short name, with the year on a second line under the first label
/// and wherever the year changes from the label before.
fn axis_labels(
    points: &[Point],
    step: Step,
    every: usize,
    short_months: &[&str],
) -> Vec<Option<(String, Option<String>)>> {
    let mut last_year: Option<i32> = None;
    points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i % every.max(1) != 0 {
                return None;
            }
            if step == Step::Year {
                return Some((p.key.to_string(), None));
            }
            let period = p.key.period()?;
            let (year, month) = (period.year, period.month?);
            let name = usize::try_from(month)
                .ok()
                .and_then(|m| short_months.get(m.checked_sub(1)?))
                .map_or(month.to_string(), |m| m.to_string());
            let second = (last_year != Some(year)).then(|| year.to_string());
            last_year = Some(year);
            Some((name, second))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dates::PartialDate;
    use crate::model::metric::Qualifier;
    use crate::model::series::PointKey;

    fn point(year: i32, month: Option<u32>, value: Option<f64>) -> Point {
        Point {
            key: PointKey::Period(PartialDate {
                year,
                month,
                day: None,
            }),
            value,
            qualifier: Qualifier::Exact,
            events: Vec::new(),
        }
    }

    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    #[test]
    fn columns_are_proportional_and_stand_on_the_axis() {
        let points = [
            point(2022, None, Some(5.0)),
            point(2023, None, Some(10.0)),
            point(2024, None, None),
        ];
        let plot = timeline_plot(&points, Step::Year, 376.0, &MONTHS);
        assert_eq!(plot.columns.len(), 3);
        let bottom = plot.projection.area.bottom();
        for c in &plot.columns {
            assert_eq!(c.area.bottom(), bottom, "{}", c.key);
        }
        assert_eq!(
            plot.columns[1].area.height,
            2.0 * plot.columns[0].area.height
        );
        assert_eq!(plot.columns[2].area.height, 0.0, "no figure: no column");
        assert_eq!(plot.columns[2].value, None);
        assert!(plot.columns.iter().all(|c| c.area.right() <= plot.width));
        let ticks: Vec<f64> = plot.ticks.iter().map(|t| t.value).collect();
        assert_eq!(ticks, [0.0, 5.0, 10.0]);
        assert_eq!(
            plot.labels
                .iter()
                .map(|l| l.first.1.as_str())
                .collect::<Vec<_>>(),
            ["2022", "2023", "2024"]
        );
    }

    #[test]
    fn month_labels_thin_out_on_a_phone_and_name_each_year_once() {
        let points: Vec<Point> = (0..24)
            .map(|i| point(2022 + i / 12, Some((i % 12 + 1) as u32), Some(1.0)))
            .collect();
        let wide = timeline_plot(&points, Step::Month, 640.0, &MONTHS);
        let narrow = timeline_plot(&points, Step::Month, 288.0, &MONTHS);
        assert!(narrow.labels.len() < wide.labels.len());
        for plot in [&wide, &narrow] {
            let years: Vec<&str> = plot
                .labels
                .iter()
                .filter_map(|l| l.second.as_ref())
                .map(|s| s.1.as_str())
                .collect();
            assert_eq!(years, ["2022", "2023"]);
            for pair in plot.labels.windows(2) {
                assert!(
                    pair[1].x - pair[0].x >= LABEL_WIDTH - 0.001,
                    "labels do not overlap"
                );
            }
        }
        assert_eq!(wide.labels[0].first.1, "Jan");
    }

    #[test]
    fn no_points_or_an_unusable_width_still_lay_out() {
        for width in [0.0, -5.0, f64::NAN, f64::INFINITY] {
            let plot = timeline_plot(&[], Step::Year, width, &[]);
            assert!(plot.columns.is_empty() && plot.labels.is_empty());
            let plot = timeline_plot(
                &[point(2022, Some(13), Some(f64::MAX))],
                Step::Month,
                width,
                &[],
            );
            assert_eq!(
                plot.labels[0].first.1, "13",
                "a month without a name keeps its number"
            );
        }
    }
}
