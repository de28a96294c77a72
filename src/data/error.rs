//! Why data could not be loaded, in words for the reader.

use crate::model::parse::ParseError;
use crate::model::validate::Problem;
use std::fmt;
use thiserror::Error;

/// What was being fetched when loading failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// `data/manifest.json`, the list of snapshots.
    Manifest,
    /// A snapshot, by its id.
    Snapshot(String),
    /// A list of changes, by its path.
    Changes(String),
    /// One of the files derived from a snapshot (details, search), by its path.
    Part(String),
}

impl fmt::Display for Fetched {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fetched::Manifest => f.write_str("The list of data snapshots"),
            Fetched::Snapshot(id) => write!(f, "The data snapshot \"{id}\""),
            Fetched::Changes(path) => write!(f, "The list of changes \"{path}\""),
            Fetched::Part(path) => write!(f, "The data file \"{path}\""),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("{what} could not be reached ({url}). Check your connection and reload the page.")]
    Network { what: Fetched, url: String },
    #[error("{what} is missing on the server ({url}, HTTP 404).")]
    NotFound { what: Fetched, url: String },
    #[error("The server could not deliver {what} ({url}, HTTP {status}). Try again in a moment.")]
    Http {
        what: Fetched,
        url: String,
        status: u16,
    },
    #[error("{what} ({url}) could not be read: {error}.")]
    Parse {
        what: Fetched,
        url: String,
        error: ParseError,
    },
    #[error(
        "{what} ({url}) breaks the data rules, so it is not shown: {}.",
        join(problems)
    )]
    Invalid {
        what: Fetched,
        url: String,
        problems: Vec<Problem>,
    },
    #[error("The data snapshot \"{id}\" named in the address is not published. The latest is \"{latest}\".")]
    UnknownSnapshot { id: String, latest: String },
    #[error("The list of snapshots names \"{latest}\" as the latest, but does not list it. The data on this site needs to be republished.")]
    LatestMissing { latest: String },
    #[error("{what} ({url}) is not the file the list of snapshots names: its checksum differs.")]
    Checksum { what: Fetched, url: String },
    #[error("The list of snapshots points to \"{path}\", which is outside the data folder.")]
    UnsafePath { path: String },
}

fn join(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}
