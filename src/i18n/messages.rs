//! Messages about the address and the data files, in the reader's language. Technical detail
//! from a broken file (a JSON parser's words, a data rule's) is quoted as it is, in English.

use super::{td_string, Locale};
use crate::data::{Fetched, LoadError};
use crate::model::parse::ParseError;
use crate::url_state::Why;

/// Why an address parameter was ignored.
pub fn why(l: Locale, why: Why) -> &'static str {
    match why {
        Why::UnknownParameter => td_string!(l, ignored.unknown_parameter),
        Why::NotARegionCode => td_string!(l, ignored.not_a_region_code),
        Why::NotAnAgencyId => td_string!(l, ignored.not_an_agency_id),
        Why::Repeated => td_string!(l, ignored.repeated),
        Why::NotADate => td_string!(l, ignored.not_a_date),
        Why::NotAMetric => td_string!(l, ignored.not_a_metric),
        Why::NotACurrency => td_string!(l, ignored.not_a_currency),
        Why::NotAStep => td_string!(l, ignored.not_a_step),
        Why::NotASortOrder => td_string!(l, ignored.not_a_sort_order),
        Why::NotAPage => td_string!(l, ignored.not_a_page),
        Why::NotALanguage => td_string!(l, ignored.not_a_language),
        Why::NotATheme => td_string!(l, ignored.not_a_theme),
        Why::NotASnapshotId => td_string!(l, ignored.not_a_snapshot_id),
        Why::EndBeforeStart => td_string!(l, ignored.end_before_start),
        Why::NoSuchRegion => td_string!(l, ignored.no_such_region),
        Why::NoSuchAgency => td_string!(l, ignored.no_such_agency),
    }
}

fn fetched(l: Locale, what: &Fetched) -> String {
    match what {
        Fetched::Manifest => td_string!(l, load.manifest).to_string(),
        Fetched::Snapshot(id) => td_string!(l, load.snapshot, id = id).to_string(),
        Fetched::Changes(path) => td_string!(l, load.changes, path = path).to_string(),
        Fetched::Part(path) => td_string!(l, load.part, path = path).to_string(),
    }
}

/// Why a data file could not be read.
pub fn parse_error(l: Locale, e: &ParseError) -> String {
    match e {
        ParseError::Empty => td_string!(l, load.empty).to_string(),
        ParseError::HtmlInsteadOfJson => td_string!(l, load.html).to_string(),
        ParseError::Truncated { line } => td_string!(l, load.truncated, line = line).to_string(),
        ParseError::NotJson { detail } => td_string!(l, load.not_json, detail = detail).to_string(),
        ParseError::UnsupportedSchema { found, expected } => {
            td_string!(l, load.unsupported, found = found, expected = expected).to_string()
        }
        ParseError::MissingSchema => td_string!(l, load.missing_schema).to_string(),
        ParseError::Malformed { detail } => {
            td_string!(l, load.malformed, detail = detail).to_string()
        }
    }
}

/// Why the data could not be loaded, in plain words.
pub fn load_error(l: Locale, e: &LoadError) -> String {
    match e {
        LoadError::Network { what, url } => {
            td_string!(l, load.network, what = fetched(l, what), url = url).to_string()
        }
        LoadError::NotFound { what, url } => {
            td_string!(l, load.not_found, what = fetched(l, what), url = url).to_string()
        }
        LoadError::Http { what, url, status } => td_string!(
            l,
            load.http,
            what = fetched(l, what),
            url = url,
            status = status
        )
        .to_string(),
        LoadError::Parse { what, url, error } => td_string!(
            l,
            load.parse,
            what = fetched(l, what),
            url = url,
            error = parse_error(l, error)
        )
        .to_string(),
        LoadError::Invalid {
            what,
            url,
            problems,
        } => {
            let list = problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ");
            td_string!(
                l,
                load.invalid,
                what = fetched(l, what),
                url = url,
                problems = list
            )
            .to_string()
        }
        LoadError::UnknownSnapshot { id, latest } => {
            td_string!(l, load.unknown_snapshot, id = id, latest = latest).to_string()
        }
        LoadError::LatestMissing { latest } => {
            td_string!(l, load.latest_missing, latest = latest).to_string()
        }
        LoadError::UnsafePath { path } => td_string!(l, load.unsafe_path, path = path).to_string(),
        LoadError::Checksum { what, url } => {
            td_string!(l, load.checksum, what = fetched(l, what), url = url).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_errors_are_said_in_each_language() {
        let e = LoadError::NotFound {
            what: Fetched::Manifest,
            url: "data/manifest.json".into(),
        };
        assert_eq!(
            load_error(Locale::en, &e),
            e.to_string(),
            "English matches the log text"
        );
        assert!(load_error(Locale::ru, &e).starts_with("Список снимков данных"));
        assert!(load_error(Locale::kk, &e).contains("data/manifest.json"));
        let unknown = LoadError::UnknownSnapshot {
            id: "1999-01-01".into(),
            latest: "2026-11-22".into(),
        };
        assert_eq!(load_error(Locale::en, &unknown), unknown.to_string());
        let latest = LoadError::LatestMissing {
            latest: "2026-12-01".into(),
        };
        assert_eq!(load_error(Locale::en, &latest), latest.to_string());
        assert!(!load_error(Locale::ru, &latest).contains("адрес"));
        assert!(load_error(Locale::ru, &unknown).contains("«1999-01-01»"));
        assert_eq!(
            why(Locale::ru, Why::NotADate),
            "не дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)"
        );
    }
}
