//! Charts drawn as SVG over the plain-Rust geometry in `crate::chart`.

pub mod controls;
pub mod frame;
pub mod labels;
pub mod notes;
pub mod region_bars;
pub mod tile_map;
pub mod timeline;
