//! The tile map: Kazakhstan's 20 current regions as equal squares, placed roughly where they lie.

/// Column and row of each region's tile, west to east and north to south.
pub const TILE_GRID: [(&str, u8, u8); 20] = [
    ("KZ-39", 2, 0), // Kostanay
    ("KZ-59", 3, 0), // North Kazakhstan
    ("KZ-55", 4, 0), // Pavlodar
    ("KZ-27", 0, 1), // West Kazakhstan
    ("KZ-15", 1, 1), // Aktobe
    ("KZ-11", 3, 1), // Akmola
    ("KZ-71", 4, 1), // Astana
    ("KZ-63", 5, 1), // East Kazakhstan
    ("KZ-23", 0, 2), // Atyrau
    ("KZ-43", 1, 2), // Kyzylorda
    ("KZ-62", 2, 2), // Ulytau
    ("KZ-35", 3, 2), // Karaganda
    ("KZ-10", 5, 2), // Abai
    ("KZ-47", 0, 3), // Mangystau
    ("KZ-61", 2, 3), // Turkistan
    ("KZ-31", 3, 3), // Zhambyl
    ("KZ-19", 4, 3), // Almaty region
    ("KZ-33", 5, 3), // Jetisu
    ("KZ-79", 2, 4), // Shymkent
    ("KZ-75", 4, 4), // Almaty (city)
];

/// A tile in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    pub code: &'static str,
    pub x: f64,
    pub y: f64,
    pub size: f64,
}

/// Lays the tiles out with `size` pixels a side and `gap` between them.
pub fn layout(size: f64, gap: f64) -> Vec<Tile> {
    TILE_GRID
        .iter()
        .map(|(code, col, row)| Tile {
            code,
            x: f64::from(*col) * (size + gap),
            y: f64::from(*row) * (size + gap),
            size,
        })
        .collect()
}

/// Width and height of the whole map.
pub fn extent(size: f64, gap: f64) -> (f64, f64) {
    let cols = TILE_GRID.iter().map(|t| t.1).max().unwrap_or(0) as f64 + 1.0;
    let rows = TILE_GRID.iter().map(|t| t.2).max().unwrap_or(0) as f64 + 1.0;
    (cols * (size + gap) - gap, rows * (size + gap) - gap)
}

/// Tiles in reading order (top row first, then west to east): the keyboard's tab order.
pub fn reading_order() -> Vec<&'static str> {
    let mut grid = TILE_GRID.to_vec();
    crate::order::sort_by_key(&mut grid, |(_, col, row)| (*row, *col));
    grid.into_iter().map(|(code, _, _)| code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn twenty_distinct_regions_on_twenty_distinct_cells() {
        let codes: HashSet<&str> = TILE_GRID.iter().map(|t| t.0).collect();
        let cells: HashSet<(u8, u8)> = TILE_GRID.iter().map(|t| (t.1, t.2)).collect();
        assert_eq!(codes.len(), 20);
        assert_eq!(cells.len(), 20);
    }

    #[test]
    fn tiles_do_not_overlap_and_fit_the_extent() {
        let tiles = layout(40.0, 4.0);
        let (w, h) = extent(40.0, 4.0);
        assert_eq!((w, h), (260.0, 216.0));
        for (i, a) in tiles.iter().enumerate() {
            assert!(a.x + a.size <= w && a.y + a.size <= h);
            for b in tiles.iter().skip(i + 1) {
                let apart = a.x + a.size <= b.x
                    || b.x + b.size <= a.x
                    || a.y + a.size <= b.y
                    || b.y + b.size <= a.y;
                assert!(apart, "{} overlaps {}", a.code, b.code);
            }
        }
    }

    #[test]
    fn the_west_is_left_of_the_east_and_the_north_above_the_south() {
        let at = |code: &str| {
            layout(10.0, 0.0)
                .into_iter()
                .find(|t| t.code == code)
                .map(|t| (t.x, t.y))
                .unwrap()
        };
        assert!(
            at("KZ-27").0 < at("KZ-63").0,
            "West Kazakhstan left of East Kazakhstan"
        );
        assert!(
            at("KZ-59").1 < at("KZ-79").1,
            "North Kazakhstan above Shymkent"
        );
        assert_eq!(reading_order().first(), Some(&"KZ-39"));
        assert_eq!(reading_order().len(), 20);
    }
}
