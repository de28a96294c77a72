//! The files the app loads instead of a snapshot, derived from it (never edited by hand): an
//! index and a search file per language, and the details shards the index lists. They are
//! rewritten from the published snapshots whenever `publish` runs, so they always match them.

use crate::output::Planned;
use minewatch_core::model::choices::Lang;
use minewatch_core::model::compact::{details_of, index_of, search_of, Part};
use minewatch_core::model::manifest::Parts;
use minewatch_core::model::snapshot::Snapshot;
use std::collections::BTreeMap;
use std::path::Path;

pub struct Derived {
    pub parts: Parts,
    pub files: Vec<(String, String)>,
}

/// A file derived from a snapshot that could not be written as JSON: nothing is published.
#[derive(Debug, thiserror::Error)]
#[error("{path} could not be written as JSON ({source}); nothing was published")]
pub struct DeriveError {
    /// The file, relative to the data folder.
    pub path: String,
    #[source]
    pub source: serde_json::Error,
}

fn compact<T: serde::Serialize>(path: &str, value: &T) -> Result<String, DeriveError> {
    serde_json::to_string(value)
        .map(|text| text + "\n")
        .map_err(|source| DeriveError {
            path: path.to_string(),
            source,
        })
}

fn part(path: String, text: &str) -> Part {
    Part {
        sha256: crate::publish::sha256(text),
        bytes: text.len() as u64,
        path,
    }
}

pub fn derive(s: &Snapshot) -> Result<Derived, DeriveError> {
    let mut files = Vec::new();
    let mut shards = Vec::new();
    for (n, shard) in details_of(s).iter().enumerate() {
        let path = format!("details/{}/{n}.json", s.id);
        let text = compact(&path, shard)?;
        shards.push(part(path.clone(), &text));
        files.push((path, text));
    }
    let mut index = BTreeMap::new();
    let mut search = BTreeMap::new();
    for lang in Lang::ALL {
        let code = lang.code();
        let path = format!("index/{}/{code}.json", s.id);
        let text = compact(&path, &index_of(s, lang, shards.clone()))?;
        index.insert(code.to_string(), part(path.clone(), &text));
        files.push((path, text));
        let path = format!("search/{}/{code}.json", s.id);
        let text = compact(&path, &search_of(s, lang))?;
        search.insert(code.to_string(), part(path.clone(), &text));
        files.push((path, text));
    }
    Ok(Derived {
        parts: Parts { index, search },
        files,
    })
}

/// The derived files that are missing or differ from what `derived` holds, to be written.
pub fn to_write(data: &Path, derived: &Derived) -> Vec<Planned> {
    derived
        .files
        .iter()
        .filter(|(path, text)| {
            std::fs::read_to_string(data.join(path)).ok().as_deref() != Some(text.as_str())
        })
        .map(|(path, text)| Planned::replace(path, text.clone()))
        .collect()
}
