//! A linear scale from data values to pixels, and "nice" axis ticks (1, 2, 5 × 10ⁿ).

/// Maps `[0, max]` of the data onto `[0, length]` pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub max: f64,
    pub length: f64,
}

impl LinearScale {
    /// A scale whose top is the nice tick at or above `max`; an empty or all-zero series gets 0..1.
    pub fn for_max(max: f64, length: f64) -> Self {
        let top = nice_ticks(max, 5).last().copied().unwrap_or(1.0);
        LinearScale {
            max: if top > 0.0 && top.is_finite() {
                top
            } else {
                1.0
            },
            length: if length.is_finite() {
                length.max(0.0)
            } else {
                0.0
            },
        }
    }

    pub fn map(&self, value: f64) -> f64 {
        if !value.is_finite() || self.max <= 0.0 {
            return 0.0;
        }
        let mapped = (value.clamp(0.0, self.max) / self.max) * self.length;
        if mapped.is_finite() {
            mapped
        } else {
            0.0
        }
    }
}

/// Ticks from 0 to a nice value at or above `max`, about `count` of them (at most 20). `[0]` for
/// no data. Total on every input: a value too small or too large for round steps gets `[0, max]`.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    if !max.is_finite() || max <= 0.0 || count == 0 {
        return vec![0.0];
    }
    let count = count.min(20);
    let step = nice_step(max / count as f64);
    let steps = max / step;
    if !(step.is_normal() && steps.is_finite() && steps <= 2.0 * count as f64 + 1.0) {
        return vec![0.0, max];
    }
    let steps = steps.ceil().max(1.0) as usize;
    let ticks: Vec<f64> = (0..=steps).map(|i| i as f64 * step).collect();
    match ticks.last() {
        Some(top) if top.is_finite() && *top >= max => ticks,
        _ => vec![0.0, max],
    }
}

fn nice_step(raw: f64) -> f64 {
    if !raw.is_normal() {
        return 0.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        assert_eq!(nice_ticks(154.0, 5), [0.0, 50.0, 100.0, 150.0, 200.0]);
        assert_eq!(
            nice_ticks(1.0, 5),
            [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
        );
        assert_eq!(
            nice_ticks(67_130.0, 4),
            [0.0, 20_000.0, 40_000.0, 60_000.0, 80_000.0]
        );
        assert_eq!(nice_ticks(3.0, 5), [0.0, 1.0, 2.0, 3.0]);
    }

    #[test]
    fn empty_or_zero_data_gives_a_single_zero_tick_and_a_usable_scale() {
        assert_eq!(nice_ticks(0.0, 5), [0.0]);
        assert_eq!(nice_ticks(f64::NAN, 5), [0.0]);
        let scale = LinearScale::for_max(0.0, 100.0);
        assert_eq!(scale.map(0.0), 0.0);
        assert_eq!(scale.max, 1.0);
    }

    #[test]
    fn the_scale_maps_proportionally_and_clamps() {
        let scale = LinearScale::for_max(154.0, 400.0);
        assert_eq!(scale.max, 200.0);
        assert_eq!(scale.map(100.0), 200.0);
        assert_eq!(scale.map(-5.0), 0.0);
        assert_eq!(scale.map(1e9), 400.0);
    }
}
