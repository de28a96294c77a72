//! Minewatch: open data on enforcement against illegal cryptocurrency mining.
//!
//! `model`, `chart`, `url_state` and `embed_code` are the domain crate `minewatch-core`, plain Rust
//! with no browser imports, tested natively.
//! `data`, `state`, `components` and `pages` are the thin browser layer.

pub use minewatch_core::{
    chart, controls, embed_code, lang_path, model, order, recent, route, url_state,
};

pub mod address;
pub mod app;
pub mod components;
pub mod data;
pub mod i18n;
pub mod page_model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod state;
#[cfg(feature = "csr")]
pub mod takeover;

pub use app::App;
