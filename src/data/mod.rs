//! The only I/O: fetching the manifest and a snapshot over HTTP.

mod checksum;
pub mod download;
mod early;
pub mod embed_height;
mod error;
mod fetch;

pub use error::{Fetched, LoadError};
pub use fetch::{load, load_changes, load_details, load_search, with_long_text, Loaded};
