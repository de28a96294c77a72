//! A bar or column as a chart places it, keyed by the point it draws, and the one a pointer is on.

use super::projection::{Area, Direction};
use crate::model::series::PointKey;

/// One bar or column, in the chart's pixels (below its heading), with the point it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedBar {
    pub key: PointKey,
    /// `None`: no figure reported (drawn as nothing).
    pub value: Option<f64>,
    pub area: Area,
}

/// The bar under a pointer at (`x`, `y`): nearest by column for columns, by row for bars.
pub fn nearest(bars: &[PlacedBar], x: f64, y: f64, direction: Direction) -> Option<usize> {
    let distance = |b: &PlacedBar| match direction {
        Direction::Up => (b.area.centre_x() - x).abs(),
        Direction::Right => (b.area.centre_y() - y).abs(),
    };
    bars.iter()
        .enumerate()
        .min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(i: usize, area: Area) -> PlacedBar {
        PlacedBar {
            key: PointKey::Region(format!("KZ-{i}").into()),
            value: Some(1.0),
            area,
        }
    }

    #[test]
    fn the_pointer_picks_the_nearest_bar() {
        let columns: Vec<PlacedBar> = (0..4)
            .map(|i| {
                let x = i as f64 * 100.0 + 10.0;
                bar(
                    i,
                    Area {
                        x,
                        y: 0.0,
                        width: 80.0,
                        height: 100.0,
                    },
                )
            })
            .collect();
        assert_eq!(nearest(&columns, 10.0, 50.0, Direction::Up), Some(0));
        assert_eq!(nearest(&columns, 390.0, 0.0, Direction::Up), Some(3));
        assert_eq!(nearest(&columns, 160.0, 0.0, Direction::Up), Some(1));
        let rows: Vec<PlacedBar> = (0..4)
            .map(|i| {
                let y = i as f64 * 30.0;
                bar(
                    i,
                    Area {
                        x: 0.0,
                        y,
                        width: 100.0,
                        height: 21.0,
                    },
                )
            })
            .collect();
        assert_eq!(nearest(&rows, 0.0, 70.0, Direction::Right), Some(2));
        assert_eq!(nearest(&[], 0.0, 0.0, Direction::Up), None);
        assert!(
            nearest(&rows, f64::NAN, f64::NAN, Direction::Right).is_some(),
            "a pointer off the chart still picks one"
        );
    }
}
