//! Fetches `data/manifest.json` and what a page shows of one snapshot, relative to the page's
//! `<base href>`: the index in the reader's language (or, for a snapshot published before indexes
//! existed, the snapshot itself), and on demand a details shard or the search lines. Every file
//! the manifest or the index names with a checksum is checked against it.

use super::error::{Fetched, LoadError};
use crate::model::changes::{Changes, CHANGES_SCHEMA};
use crate::model::choices::Lang;
use crate::model::compact::{
    Details, Index, Part, Search, DETAILS_SCHEMA, INDEX_SCHEMA, SEARCH_SCHEMA,
};
use crate::model::manifest::{Manifest, SnapshotEntry, MANIFEST_SCHEMA};
use crate::model::parse::parse_versioned;
use crate::model::snapshot::{Snapshot, SNAPSHOT_SCHEMA};
use crate::model::validate::{check, Checked};
use web_sys::RequestCache;

pub const MANIFEST_URL: &str = "data/manifest.json";

/// A snapshot smaller than this is loaded whole, in one request, even where an index is
/// published: its long text costs less than the extra requests for details and search lines.
/// The head script of index.html makes the same choice to ask for the file early (524288 there);
/// the browser tests in prerender.test.mjs and scale.test.mjs fail if the two choose differently.
pub const WHOLE_BELOW: u64 = 512 * 1024;

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
    /// Where the long text is when the snapshot came as an index: its details shards, in order
    /// (empty when the whole snapshot was loaded and the events carry their text).
    pub details: Vec<Part>,
    /// The search lines in the reader's language, when published.
    pub search: Option<Part>,
    /// Whether the events lack their long text (loaded from an index).
    pub compact: bool,
    /// What the events add up to beside each official statistic, worked out once when a page
    /// first shows statistics.
    pub beside: crate::model::statistics_view::BesideTotals,
}

impl Loaded {
    pub fn snapshot(&self) -> &Snapshot {
        &self.checked.snapshot
    }

    /// The latest snapshot as a file on disk gives it, whole (the pre-rendered pages).
    pub fn whole(manifest: Manifest, entry: SnapshotEntry, checked: Checked) -> Self {
        Loaded {
            manifest,
            entry,
            checked,
            pinned: false,
            newer: Vec::new(),
            details: Vec::new(),
            search: None,
            compact: false,
            beside: Default::default(),
        }
    }

    /// The place of an event in the snapshot's list (and so in the index and its shards).
    pub fn place_of(&self, id: &str) -> Option<crate::model::EventPlace> {
        self.snapshot().place_of(id)
    }
}

/// Some events with their long text (the sources' words, summaries, notes): as they are when
/// the whole snapshot was loaded, else completed from their details shards, each shard loaded
/// once.
pub async fn with_long_text(
    loaded: &Loaded,
    events: &[&crate::model::snapshot::Event],
) -> Result<Vec<crate::model::snapshot::Event>, LoadError> {
    if !loaded.compact {
        return Ok(events.iter().map(|e| (*e).clone()).collect());
    }
    let mut shards: std::collections::BTreeMap<usize, Details> = Default::default();
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        let place = loaded.place_of(&e.id).map_or(usize::MAX, |p| p.index());
        let shard = crate::model::compact::shard_of(place);
        if let std::collections::btree_map::Entry::Vacant(slot) = shards.entry(shard) {
            slot.insert(load_details(loaded, place).await?);
        }
        let full = shards
            .get(&shard)
            .and_then(|d| d.events.iter().find(|d| d.id == e.id))
            .and_then(|d| crate::model::compact::with_details(e, d))
            .ok_or_else(|| LoadError::Parse {
                what: Fetched::Part(format!("details of {}", e.id)),
                url: String::new(),
                error: crate::model::parse::ParseError::Malformed {
                    detail: format!("no shard holds event \"{}\" with its figures", e.id),
                },
            })?;
        out.push(full);
    }
    Ok(out)
}

/// Loads the manifest, then the pinned snapshot or the latest one: its index in `lang` where the
/// manifest lists one and the snapshot is not small (see [`WHOLE_BELOW`]), else the whole
/// snapshot.
pub async fn load(pinned: Option<String>, lang: Lang) -> Result<Loaded, LoadError> {
    // the app's start and the data's parsing in tasks of their own (see `early::next_task`)
    super::early::next_task().await;
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
    let small = entry.bytes.is_some_and(|b| b < WHOLE_BELOW);
    let parts = entry.parts.as_ref().filter(|_| !small);
    let index_part = parts.and_then(|p| p.index.get(lang.code()));
    let search = parts.and_then(|p| p.search.get(lang.code())).cloned();
    let (snapshot, details, what, url) = match index_part {
        Some(part) => {
            let what = Fetched::Snapshot(entry.id.clone());
            let index: Index = fetch_part(part, &what, INDEX_SCHEMA).await?;
            let url = format!("data/{}", part.path);
            let details = index.details.clone();
            let snapshot = index.into_snapshot().map_err(|e| LoadError::Parse {
                what: what.clone(),
                url: url.clone(),
                error: crate::model::parse::ParseError::Malformed {
                    detail: e.to_string(),
                },
            })?;
            (snapshot, details, what, url)
        }
        None => {
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
            (snapshot, Vec::new(), what, url)
        }
    };
    let compact = index_part.is_some();
    // reading the file and checking its rules in tasks of their own (on a slow phone they were
    // one long task)
    super::early::next_task().await;
    let checked = check(snapshot).map_err(|problems| LoadError::Invalid {
        what,
        url,
        problems,
    })?;
    // the first screen, drawn when this returns, in a task of its own
    super::early::next_task().await;
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
        details,
        search,
        compact,
        beside: Default::default(),
    })
}

/// A file the manifest or an index names, read as `schema` and checked against its size and
/// sha256. It is read as bytes, copied into the app at once (reading it as text had the browser
/// decode it and the app encode it again), and read while the browser works out its digest:
/// what was read is kept only when the digest matches.
async fn fetch_part<T: serde::de::DeserializeOwned>(
    part: &Part,
    what: &Fetched,
    schema: &'static str,
) -> Result<T, LoadError> {
    if !Manifest::is_safe_path(&part.path) {
        return Err(LoadError::UnsafePath {
            path: part.path.clone(),
        });
    }
    let url = format!("data/{}", part.path);
    let response = fetch_response(&url, what, RequestCache::Default).await?;
    let network = || LoadError::Network {
        what: what.clone(),
        url: url.clone(),
    };
    let buffer = response.array_buffer().map_err(|_| network())?;
    let buffer = wasm_bindgen_futures::JsFuture::from(buffer)
        .await
        .ok()
        .and_then(|b| wasm_bindgen::JsCast::dyn_into::<js_sys::ArrayBuffer>(b).ok())
        .ok_or_else(network)?;
    if u64::from(buffer.byte_length()) != part.bytes {
        return Err(LoadError::Checksum {
            what: what.clone(),
            url,
        });
    }
    let digest = super::checksum::start(&buffer);
    let parse_error = |error| LoadError::Parse {
        what: what.clone(),
        url: url.clone(),
        error,
    };
    let (read, bytes) = match String::from_utf8(js_sys::Uint8Array::new(&buffer).to_vec()) {
        Ok(text) => {
            let read = parse_versioned(&text, schema).map_err(parse_error);
            (read, text.into_bytes())
        }
        Err(not_text) => (
            Err(parse_error(crate::model::parse::ParseError::NotJson {
                detail: "it is not UTF-8 text".into(),
            })),
            not_text.into_bytes(),
        ),
    };
    if digest.finish(&bytes).await != part.sha256 {
        return Err(LoadError::Checksum {
            what: what.clone(),
            url,
        });
    }
    read
}

/// The details shard that holds the event at `place` in the index.
pub async fn load_details(loaded: &Loaded, place: usize) -> Result<Details, LoadError> {
    let shard = crate::model::compact::shard_of(place);
    let part = loaded
        .details
        .get(shard)
        .ok_or_else(|| LoadError::NotFound {
            what: Fetched::Part(format!("details {shard}")),
            url: format!("data/details/{}/{shard}.json", loaded.entry.id),
        })?;
    fetch_part(part, &Fetched::Part(part.path.clone()), DETAILS_SCHEMA).await
}

/// The search lines in the reader's language.
pub async fn load_search(part: &Part) -> Result<Search, LoadError> {
    fetch_part(part, &Fetched::Part(part.path.clone()), SEARCH_SCHEMA).await
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
    let response = fetch_response(url, what, cache).await?;
    let text = match response.text() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    text.and_then(|t| t.as_string())
        .ok_or_else(|| LoadError::Network {
            what: what.clone(),
            url: url.to_string(),
        })
}

/// Asks the network for `url` with the browser's `fetch`, under the `cache` rule given.
async fn fetch_from_network(url: &str, cache: RequestCache) -> Option<web_sys::Response> {
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_cache(cache);
    let promise = leptos::prelude::window().fetch_with_str_and_init(url, &init);
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    wasm_bindgen::JsCast::dyn_into::<web_sys::Response>(answer).ok()
}

/// The answer for `url` when it is a success, else what went wrong.
async fn fetch_response(
    url: &str,
    what: &Fetched,
    cache: RequestCache,
) -> Result<web_sys::Response, LoadError> {
    let network = || LoadError::Network {
        what: what.clone(),
        url: url.to_string(),
    };
    let response = match super::early::take(url).await {
        Some(response) => response,
        None => fetch_from_network(url, cache).await.ok_or_else(network)?,
    };
    match response.status() {
        200..=299 => Ok(response),
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
