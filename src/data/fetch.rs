//! Fetches `data/manifest.json` and one snapshot, relative to the page's `<base href>`.

use super::error::{Fetched, LoadError};
use crate::model::manifest::{Manifest, SnapshotEntry, MANIFEST_SCHEMA};
use crate::model::parse::parse_versioned;
use crate::model::snapshot::{Snapshot, SNAPSHOT_SCHEMA};
use crate::model::validate::{check, Checked};
use gloo_net::http::Request;
use web_sys::RequestCache;

pub const MANIFEST_URL: &str = "data/manifest.json";

/// A manifest and the snapshot chosen from it, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub manifest: Manifest,
    pub entry: SnapshotEntry,
    pub checked: Checked,
    /// Whether the snapshot was pinned by the address (`snapshot=`) rather than the latest.
    pub pinned: bool,
}

impl Loaded {
    pub fn snapshot(&self) -> &Snapshot {
        &self.checked.snapshot
    }
}

/// Loads the manifest, then the pinned snapshot or the latest one.
pub async fn load(pinned: Option<String>) -> Result<Loaded, LoadError> {
    let what = Fetched::Manifest;
    let text = fetch_text(MANIFEST_URL, &what, RequestCache::NoCache).await?;
    let manifest: Manifest =
        parse_versioned(&text, MANIFEST_SCHEMA).map_err(|error| LoadError::Parse {
            what,
            url: MANIFEST_URL.into(),
            error,
        })?;
    let entry = manifest
        .entry(pinned.as_deref())
        .cloned()
        .ok_or_else(|| match &pinned {
            Some(id) => LoadError::UnknownSnapshot {
                id: id.clone(),
                latest: manifest.latest.clone(),
            },
            None => LoadError::LatestMissing {
                latest: manifest.latest.clone(),
            },
        })?;
    if !Manifest::is_safe_path(&entry.path) {
        return Err(LoadError::UnsafePath { path: entry.path });
    }
    let url = format!("data/{}", entry.path);
    let what = Fetched::Snapshot(entry.id.clone());
    let text = fetch_text(&url, &what, RequestCache::Default).await?;
    let snapshot: Snapshot =
        parse_versioned(&text, SNAPSHOT_SCHEMA).map_err(|error| LoadError::Parse {
            what: what.clone(),
            url: url.clone(),
            error,
        })?;
    let checked = check(snapshot).map_err(|problems| LoadError::Invalid {
        what,
        url,
        problems,
    })?;
    Ok(Loaded {
        manifest,
        entry,
        checked,
        pinned: pinned.is_some(),
    })
}

async fn fetch_text(url: &str, what: &Fetched, cache: RequestCache) -> Result<String, LoadError> {
    let network = || LoadError::Network {
        what: what.clone(),
        url: url.to_string(),
    };
    let response = Request::get(url)
        .cache(cache)
        .send()
        .await
        .map_err(|_| network())?;
    match response.status() {
        200..=299 => response.text().await.map_err(|_| network()),
        404 => Err(LoadError::NotFound {
            what: what.clone(),
            url: url.to_string(),
        }),
        status => Err(LoadError::Http {
            what: what.clone(),
            url: url.to_string(),
            status,
        }),
    }
}
