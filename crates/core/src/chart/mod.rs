//! Plain-Rust chart geometry: scales, ticks, bars, columns, map tiles, colour classes.
//! Knows nothing of the browser; components turn its output into SVG.

pub mod bars;
pub mod colour;
pub mod layout;
pub mod map_markup;
pub mod projection;
pub mod region_plot;
pub mod scale;
pub mod standalone;
pub mod svg;
pub mod table_markup;
pub mod tiles;
pub mod timeline_plot;
