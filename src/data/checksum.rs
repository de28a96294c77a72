//! The sha256 of a file's bytes, as the manifest and the index write it (lower-case hex).
//! The browser's own digest (`crypto.subtle`) where the page has it: the 7 MB index of 10,000
//! events took about 110 ms to hash in WebAssembly. A page served over plain http from another
//! machine has no `crypto.subtle`; there the digest is worked out here.

use js_sys::{ArrayBuffer, Uint8Array};
use sha2::{Digest, Sha256};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The digest of `bytes`, a copy of `buffer`'s.
pub async fn sha256(buffer: &ArrayBuffer, bytes: &[u8]) -> String {
    match browser_digest(buffer).await {
        Some(digest) => hex(&digest),
        None => hex(&Sha256::digest(bytes)),
    }
}

async fn browser_digest(buffer: &ArrayBuffer) -> Option<Vec<u8>> {
    let crypto = leptos::prelude::window().crypto().ok()?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).ok()?;
    let subtle = subtle.dyn_into::<web_sys::SubtleCrypto>().ok()?;
    let promise = subtle
        .digest_with_str_and_buffer_source("SHA-256", buffer)
        .ok()?;
    let digest = JsFuture::from(promise).await.ok()?;
    let digest = digest.dyn_into::<ArrayBuffer>().ok()?;
    Some(Uint8Array::new(&digest).to_vec())
}

fn hex(digest: &[u8]) -> String {
    use std::fmt::Write;
    digest.iter().fold(String::with_capacity(64), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}
