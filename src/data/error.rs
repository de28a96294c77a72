//! Why data could not be loaded, in words for the reader.

use crate::model::parse::ParseError;
use crate::model::validate::Problem;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("{what} could not be reached ({url}). Check your connection and reload the page.")]
    Network { what: String, url: String },
    #[error("{what} is missing on the server ({url}, HTTP 404).")]
    NotFound { what: String, url: String },
    #[error("The server could not deliver {what} ({url}, HTTP {status}). Try again in a moment.")]
    Http {
        what: String,
        url: String,
        status: u16,
    },
    #[error("{what} ({url}) could not be read: {error}.")]
    Parse {
        what: String,
        url: String,
        error: ParseError,
    },
    #[error(
        "{what} ({url}) breaks the data rules, so it is not shown: {}.",
        join(problems)
    )]
    Invalid {
        what: String,
        url: String,
        problems: Vec<Problem>,
    },
    #[error("The data snapshot \"{id}\" named in the address is not published. The latest is \"{latest}\".")]
    UnknownSnapshot { id: String, latest: String },
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
