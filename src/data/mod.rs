//! The only I/O: fetching the manifest and a snapshot over HTTP.

pub mod download;
mod error;
mod fetch;

pub use error::LoadError;
pub use fetch::{load, Loaded};
