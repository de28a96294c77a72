//! Fetches `data/manifest.json` and one snapshot, relative to the page's `<base href>`.

use super::error::{Fetched, LoadError};
use crate::model::changes::{Changes, CHANGES_SCHEMA};
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
    /// For a pinned snapshot older than the latest: each newer one, oldest first, with its list
    /// of changes (`None` when that list could not be loaded).
    pub newer: Vec<(SnapshotEntry, Option<Changes>)>,
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
    let mut newer = Vec::new();
    for later in manifest.newer_than(&entry.id) {
        let changes = match &later.changes {
            Some(path) => load_changes(path).await.ok(),
            None => None,
        };
        newer.push((later.clone(), changes));
    }
    Ok(Loaded {
        manifest,
        entry,
        checked,
        pinned: pinned.is_some(),
        newer,
    })
}

/// Loads one list of changes (`changes/ID.json`), named by the manifest.
pub async fn load_changes(path: &str) -> Result<Changes, LoadError> {
    if !Manifest::is_safe_path(path) {
        return Err(LoadError::UnsafePath { path: path.into() });
    }
    let url = format!("data/{path}");
    let what = Fetched::Changes(path.to_string());
    let text = fetch_text(&url, &what, RequestCache::Default).await?;
    parse_versioned(&text, CHANGES_SCHEMA).map_err(|error| LoadError::Parse { what, url, error })
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
