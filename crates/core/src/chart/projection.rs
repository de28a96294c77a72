//! Where a value lands on the screen: a plot area, and a linear scale laid along one of its
//! sides. Columns rise from the area's bottom (the y-flip is here, once); bars grow from its left.

use super::scale::{nice_ticks, LinearScale};

/// A rectangle in a chart's pixels, from its top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Area {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Area {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    pub fn centre_x(&self) -> f64 {
        self.x + self.width / 2.0
    }

    pub fn centre_y(&self) -> f64 {
        self.y + self.height / 2.0
    }
}

/// Which way the values grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Columns: from the area's bottom up.
    Up,
    /// Bars: from the area's left to the right.
    Right,
}

/// A round tick on the value axis, and where it lies along that axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub at: f64,
}

/// Values `0..=max` projected onto an area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    pub area: Area,
    pub scale: LinearScale,
    pub direction: Direction,
}

impl Projection {
    /// The projection whose top is the round tick at or above `max` (not finite: 0).
    pub fn new(area: Area, max: f64, direction: Direction) -> Self {
        let length = match direction {
            Direction::Up => area.height,
            Direction::Right => area.width,
        };
        let max = if max.is_finite() { max } else { 0.0 };
        Projection {
            area,
            scale: LinearScale::for_max(max, length),
            direction,
        }
    }

    /// How long the bar of `value` is, in pixels (0 for a value that is not finite or below 0).
    pub fn length(&self, value: f64) -> f64 {
        self.scale.map(value)
    }

    /// Where `value` lies along the value axis: a y for columns, an x for bars.
    pub fn position(&self, value: f64) -> f64 {
        match self.direction {
            Direction::Up => self.area.bottom() - self.length(value),
            Direction::Right => self.area.x + self.length(value),
        }
    }

    /// About four round ticks from 0 to the top; whole numbers only when every value is whole.
    pub fn ticks(&self, whole: bool) -> Vec<Tick> {
        nice_ticks(self.scale.max, 4)
            .into_iter()
            .filter(|t| !whole || t.fract() == 0.0)
            .map(|value| Tick {
                value,
                at: self.position(value),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: Area = Area {
        x: 60.0,
        y: 8.0,
        width: 400.0,
        height: 200.0,
    };

    #[test]
    fn columns_rise_from_the_bottom_and_bars_grow_from_the_left() {
        let up = Projection::new(AREA, 154.0, Direction::Up);
        assert_eq!(up.scale.max, 200.0);
        assert_eq!(up.position(0.0), 208.0);
        assert_eq!(up.position(200.0), 8.0);
        assert_eq!(up.length(100.0), 100.0);
        let right = Projection::new(AREA, 154.0, Direction::Right);
        assert_eq!(right.position(0.0), 60.0);
        assert_eq!(right.position(100.0), 260.0);
    }

    #[test]
    fn ticks_are_round_and_whole_for_counts() {
        let up = Projection::new(AREA, 3.0, Direction::Up);
        let values: Vec<f64> = up.ticks(true).iter().map(|t| t.value).collect();
        assert_eq!(values, [0.0, 1.0, 2.0, 3.0]);
        let one = Projection::new(AREA, 1.0, Direction::Up);
        let halves: Vec<f64> = one.ticks(false).iter().map(|t| t.value).collect();
        assert_eq!(halves, [0.0, 0.5, 1.0]);
        let whole: Vec<f64> = one.ticks(true).iter().map(|t| t.value).collect();
        assert_eq!(whole, [0.0, 1.0], "no half events");
        assert_eq!(up.ticks(true)[0].at, AREA.bottom());
    }

    #[test]
    fn no_data_and_values_that_are_not_finite_stay_on_the_area() {
        for max in [0.0, f64::NAN, f64::INFINITY, -5.0] {
            let p = Projection::new(AREA, max, Direction::Up);
            for v in [0.0, 1.0, f64::NAN, -1.0, f64::MAX] {
                let at = p.position(v);
                assert!((AREA.y..=AREA.bottom()).contains(&at), "{max} {v}: {at}");
            }
        }
    }
}
