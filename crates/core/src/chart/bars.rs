//! Bars: ranked horizontal bars (regions compared) and vertical columns (timeline).

use super::scale::LinearScale;

/// One bar, in pixels, with the datum it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub key: String,
    pub label: String,
    pub value: f64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Horizontal bars, largest first (ties by label), `row` pixels apart, `length` pixels at most.
pub fn ranked_bars(
    items: &[(String, String, f64)],
    length: f64,
    row: f64,
) -> (Vec<Bar>, LinearScale) {
    ranked_bars_up_to(items, length, row, 0.0)
}

/// Ranked bars on a scale that reaches at least `also` (a value drawn apart on the same scale).
pub fn ranked_bars_up_to(
    items: &[(String, String, f64)],
    length: f64,
    row: f64,
    also: f64,
) -> (Vec<Bar>, LinearScale) {
    let mut sorted: Vec<&(String, String, f64)> =
        items.iter().filter(|(_, _, v)| v.is_finite()).collect();
    sorted.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    let also = if also.is_finite() { also } else { 0.0 };
    let max = sorted.first().map_or(0.0, |(_, _, v)| *v).max(also);
    let scale = LinearScale::for_max(max, length);
    let bars = sorted
        .into_iter()
        .enumerate()
        .map(|(i, (key, label, value))| Bar {
            key: key.clone(),
            label: label.clone(),
            value: *value,
            x: 0.0,
            y: i as f64 * row,
            width: scale.map(*value),
            height: row * 0.7,
        })
        .collect();
    (bars, scale)
}

/// Vertical columns in the given order, filling `width`, rising from the baseline at `height`.
pub fn columns(
    items: &[(String, String, f64)],
    width: f64,
    height: f64,
) -> (Vec<Bar>, LinearScale) {
    let max = items
        .iter()
        .map(|(_, _, v)| *v)
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let scale = LinearScale::for_max(max, height);
    let slot = if items.is_empty() {
        width
    } else {
        width / items.len() as f64
    };
    let bars = items
        .iter()
        .enumerate()
        .map(|(i, (key, label, value))| {
            let h = scale.map(*value);
            Bar {
                key: key.clone(),
                label: label.clone(),
                value: *value,
                x: i as f64 * slot + slot * 0.1,
                y: height - h,
                width: slot * 0.8,
                height: h,
            }
        })
        .collect();
    (bars, scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(k: &str, v: f64) -> (String, String, f64) {
        (k.to_string(), k.to_uppercase(), v)
    }

    #[test]
    fn bars_are_ranked_and_proportional() {
        let (bars, scale) = ranked_bars(
            &[item("a", 10.0), item("b", 40.0), item("c", 20.0)],
            500.0,
            30.0,
        );
        assert_eq!(
            bars.iter().map(|b| b.key.as_str()).collect::<Vec<_>>(),
            ["b", "c", "a"]
        );
        assert_eq!(scale.max, 40.0);
        assert_eq!(bars[0].width, 500.0);
        assert_eq!(bars[2].width, 125.0);
        assert_eq!(bars[1].y, 30.0);
    }

    #[test]
    fn a_value_drawn_apart_shares_the_scale() {
        let (bars, scale) = ranked_bars_up_to(&[item("a", 1.0)], 400.0, 30.0, 153.0);
        assert_eq!(scale.max, 200.0);
        assert_eq!(bars[0].width, 2.0);
        assert_eq!(scale.map(153.0), 306.0);
    }

    #[test]
    fn empty_single_and_all_zero_series_draw_without_dividing_by_zero() {
        assert!(ranked_bars(&[], 100.0, 20.0).0.is_empty());
        let (one, _) = columns(&[item("2022", 5.0)], 100.0, 50.0);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].height, 50.0);
        assert_eq!(one[0].width, 80.0);
        let (zeros, scale) = columns(&[item("a", 0.0), item("b", 0.0)], 100.0, 50.0);
        assert!(zeros.iter().all(|b| b.height == 0.0 && b.y == 50.0));
        assert_eq!(scale.max, 1.0);
    }
}

/// The bar under a pointer at (`x`, `y`) in chart coordinates: nearest by column for vertical bars,
/// by row for horizontal ones.
pub fn nearest(bars: &[Bar], x: f64, y: f64, vertical: bool) -> Option<usize> {
    let distance = |b: &Bar| {
        if vertical {
            (b.x + b.width / 2.0 - x).abs()
        } else {
            (b.y + b.height / 2.0 - y).abs()
        }
    };
    bars.iter()
        .enumerate()
        .min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod hit_tests {
    use super::*;

    #[test]
    fn the_pointer_picks_the_nearest_bar() {
        let items: Vec<(String, String, f64)> = (0..4)
            .map(|i| (i.to_string(), i.to_string(), 1.0))
            .collect();
        let (cols, _) = columns(&items, 400.0, 100.0);
        assert_eq!(nearest(&cols, 10.0, 50.0, true), Some(0));
        assert_eq!(nearest(&cols, 390.0, 0.0, true), Some(3));
        assert_eq!(nearest(&cols, 160.0, 0.0, true), Some(1));
        let (rows, _) = ranked_bars(&items, 400.0, 30.0);
        assert_eq!(nearest(&rows, 0.0, 65.0, false), Some(2));
        assert_eq!(nearest(&[], 0.0, 0.0, true), None);
    }
}
