//! Colour classes for the map: a sequential blue scale that colour-blind readers can order, with
//! text colour chosen for contrast on each fill, and a separate look for "no figure".

/// Five blues, light to dark (ColorBrewer "Blues", readable with every common colour-vision deficiency).
pub const FILLS: [&str; 5] = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
/// Text on each fill: dark on the light ones, white on the dark ones (contrast at least 4.5:1).
pub const TEXT: [&str; 5] = ["#0b1f33", "#0b1f33", "#0b1f33", "#ffffff", "#ffffff"];

/// The class (0–4) of a value on a scale from 0 to `max`; `None` when there is no figure.
pub fn class_of(value: Option<f64>, max: f64) -> Option<usize> {
    let v = value?;
    if !v.is_finite() || max <= 0.0 {
        return Some(0);
    }
    let share = (v / max).clamp(0.0, 1.0);
    Some(((share * FILLS.len() as f64).ceil() as usize).clamp(1, FILLS.len()) - 1)
}

/// The upper bound of each class, for the legend.
pub fn class_bounds(max: f64) -> Vec<f64> {
    (1..=FILLS.len())
        .map(|i| max * i as f64 / FILLS.len() as f64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_fall_into_five_ordered_classes() {
        assert_eq!(class_of(None, 100.0), None);
        assert_eq!(class_of(Some(0.0), 100.0), Some(0));
        assert_eq!(class_of(Some(20.0), 100.0), Some(0));
        assert_eq!(class_of(Some(21.0), 100.0), Some(1));
        assert_eq!(class_of(Some(100.0), 100.0), Some(4));
        assert_eq!(class_of(Some(5.0), 0.0), Some(0));
        assert_eq!(class_bounds(100.0), [20.0, 40.0, 60.0, 80.0, 100.0]);
    }
}
