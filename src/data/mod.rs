//! The only I/O: fetching the manifest and a snapshot over HTTP.

pub mod download;
pub mod embed_height;
mod error;
mod fetch;

pub use error::{Fetched, LoadError};
pub use fetch::{load, load_changes, Loaded};
