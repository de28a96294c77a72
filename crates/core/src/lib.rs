//! Minewatch's domain, shared by the readers' web app and the editors' tool: the data model,
//! validation, filters, totals, money, export, chart geometry, URL state and embed codes.
//!
//! Plain Rust: this crate depends on nothing of the browser (no leptos, web-sys, js-sys or gloo),
//! so the compiler keeps the rule, and everything here is tested natively.

pub mod chart;
pub mod controls;
pub mod embed_code;
pub mod lang_path;
pub mod model;
pub mod order;
pub mod recent;
pub mod route;
pub mod url_state;
