//! The sha256 of a file's text, as the manifest and the index write it (lower-case hex).

use sha2::{Digest, Sha256};

pub fn sha256(text: &str) -> String {
    use std::fmt::Write;
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::with_capacity(64), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}
