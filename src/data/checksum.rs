//! The sha256 of a file's bytes, as the manifest and the index write it (lower-case hex).
//! The browser's own digest (`crypto.subtle`) where the page has it: the 7 MB index of 10,000
//! events took about 110 ms to hash in WebAssembly. A page served over plain http from another
//! machine has no `crypto.subtle`; there the digest is worked out here.

use js_sys::{ArrayBuffer, Uint8Array};
use sha2::{Digest, Sha256};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A digest under way: the browser's, worked out beside the app (the app reads the file
/// meanwhile), or none where the page has no `crypto.subtle`.
pub struct Pending(Option<JsFuture>);

/// Starts the browser's digest of `buffer` (it copies the bytes at once).
pub fn start(buffer: &ArrayBuffer) -> Pending {
    Pending(browser_digest(buffer).map(JsFuture::from))
}

impl Pending {
    /// The digest, lower-case hex: the browser's, or worked out here from `bytes` (a copy of the
    /// buffer's) where the browser gave none.
    pub async fn finish(self, bytes: &[u8]) -> String {
        if let Some(digest) = self.0 {
            if let Some(digest) = digest
                .await
                .ok()
                .and_then(|d| d.dyn_into::<ArrayBuffer>().ok())
            {
                return hex(&Uint8Array::new(&digest).to_vec());
            }
        }
        hex(&Sha256::digest(bytes))
    }
}

fn browser_digest(buffer: &ArrayBuffer) -> Option<js_sys::Promise> {
    let crypto = leptos::prelude::window().crypto().ok()?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).ok()?;
    let subtle = subtle.dyn_into::<web_sys::SubtleCrypto>().ok()?;
    subtle
        .digest_with_str_and_buffer_source("SHA-256", buffer)
        .ok()
}

fn hex(digest: &[u8]) -> String {
    use std::fmt::Write;
    digest.iter().fold(String::with_capacity(64), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}
