//! Minewatch: open data on enforcement against illegal cryptocurrency mining.
//!
//! `model`, `chart` and `url_state` are plain Rust with no browser imports, tested natively.
//! `data`, `state`, `components` and `pages` are the thin browser layer.

pub mod chart;
pub mod embed_code;
pub mod model;
pub mod url_state;

pub mod app;
pub mod components;
pub mod data;
pub mod i18n;
pub mod pages;
pub mod state;

pub use app::App;
