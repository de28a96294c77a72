//! One file per route.

pub mod about;
pub mod dashboard;
pub mod data_page;
pub mod embed;
pub mod event;
pub mod events;
pub mod not_found;
pub mod region;
