//! The view's state in the query string, both ways. Shared by every route:
//! `region=KZ-63,KZ-10&from=2022&to=2024-12-31&agency=afm&metric=…&currency=KZT&lang=ru&snapshot=ID&theme=dark`.
//! Whatever cannot be understood is dropped and reported, never fatal.

use crate::model::choices::{Currency, Lang, Theme};
use crate::model::dates::PartialDate;
use crate::model::filter::Filter;
use crate::model::metric::Metric;
use crate::model::series::Step;
use crate::model::snapshot::Snapshot;
use crate::model::sort::SortKey;
use crate::model::validate::is_region_code;

/// Everything the address bar can say about the view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UrlState {
    pub filter: Filter,
    pub currency: Option<Currency>,
    /// The timeline's step (`step=year|month`); absent: chosen from the span shown.
    pub step: Option<Step>,
    /// The events list's order (`sort=newest|oldest|region|<metric>`); absent: newest first.
    pub sort: Option<SortKey>,
    /// Words to search the events list for (`q=`), as the reader typed them.
    pub q: Option<String>,
    /// The page of the events list (`page=2`); absent: the first.
    pub page: Option<u32>,
    pub lang: Option<Lang>,
    /// A pinned snapshot id; `None` means the latest.
    pub snapshot: Option<String>,
    pub theme: Option<Theme>,
}

/// A parameter that was not understood and so is not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub param: String,
    pub value: String,
    pub reason: Why,
}

/// Why a parameter was ignored; the interface says it in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Why {
    UnknownParameter,
    NotARegionCode,
    NotAnAgencyId,
    Repeated,
    NotADate,
    NotAMetric,
    NotACurrency,
    NotAStep,
    NotASortOrder,
    NotAPage,
    NotALanguage,
    NotATheme,
    NotASnapshotId,
    EndBeforeStart,
    NoSuchRegion,
    NoSuchAgency,
}

const ORDER: [&str; 13] = [
    "region", "from", "to", "agency", "metric", "currency", "step", "sort", "q", "page", "lang",
    "snapshot", "theme",
];

/// The longest search a link keeps, in characters.
pub const MAX_QUERY: usize = 200;

/// Reads decoded query pairs. Unknown parameters and unreadable values are returned as `Ignored`.
pub fn parse<I, K, V>(pairs: I) -> (UrlState, Vec<Ignored>)
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut state = UrlState::default();
    let mut ignored = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in pairs {
        let (key, value) = (key.as_ref(), value.as_ref().trim());
        let mut ignore = |reason: Why| {
            ignored.push(Ignored {
                param: key.to_string(),
                value: value.to_string(),
                reason,
            })
        };
        if is_tracking(key) {
            continue;
        }
        if !ORDER.contains(&key) {
            ignore(Why::UnknownParameter);
            continue;
        }
        let repeated = seen.iter().any(|k| k == key);
        seen.push(key.to_string());
        if value.is_empty() {
            continue;
        }
        match key {
            "region" => {
                for code in value.split(',').map(|c| c.trim().to_ascii_uppercase()) {
                    if code.is_empty() {
                        continue;
                    }
                    if !is_region_code(&code) {
                        ignored.push(Ignored {
                            param: "region".into(),
                            value: code,
                            reason: Why::NotARegionCode,
                        });
                    } else if !state.filter.regions.iter().any(|c| *c == code) {
                        state.filter.regions.push(code.into());
                    }
                }
            }
            "agency" => {
                for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if is_simple_id(id) && !state.filter.agencies.iter().any(|a| a == id) {
                        state.filter.agencies.push(id.into());
                    } else if !is_simple_id(id) {
                        ignored.push(Ignored {
                            param: "agency".into(),
                            value: id.to_string(),
                            reason: Why::NotAnAgencyId,
                        });
                    }
                }
            }
            _ if repeated => ignore(Why::Repeated),
            "from" | "to" => match PartialDate::parse(value) {
                Some(date) if key == "from" => state.filter.from = Some(date),
                Some(date) => state.filter.to = Some(date),
                None => ignore(Why::NotADate),
            },
            "metric" => match value.parse::<Metric>() {
                Ok(metric) => state.filter.metric = Some(metric),
                Err(()) => ignore(Why::NotAMetric),
            },
            "currency" => match value.parse() {
                Ok(currency) => state.currency = Some(currency),
                Err(()) => ignore(Why::NotACurrency),
            },
            "step" => match value {
                "year" => state.step = Some(Step::Year),
                "month" => state.step = Some(Step::Month),
                _ => ignore(Why::NotAStep),
            },
            "sort" => match value.parse::<SortKey>() {
                Ok(key) => state.sort = Some(key),
                Err(()) => ignore(Why::NotASortOrder),
            },
            // Any text is a search; control characters are dropped and it is cut to MAX_QUERY.
            "q" => {
                let q: String = value
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(MAX_QUERY)
                    .collect();
                state.q = Some(q).filter(|q| !q.trim().is_empty());
            }
            "page" => match value.parse::<u32>() {
                Ok(1) => {}
                Ok(n) if n > 1 => state.page = Some(n),
                _ => ignore(Why::NotAPage),
            },
            // Lower case only: `lang=EN` is not a language code a link would carry.
            "lang" => match value.parse() {
                Ok(lang) if value == value.to_ascii_lowercase() => state.lang = Some(lang),
                _ => ignore(Why::NotALanguage),
            },
            "theme" => match value.parse() {
                Ok(theme) if value == value.to_ascii_lowercase() => state.theme = Some(theme),
                _ => ignore(Why::NotATheme),
            },
            "snapshot" if is_simple_id(value) => state.snapshot = Some(value.to_string()),
            _ => ignore(Why::NotASnapshotId),
        }
    }
    let mut seen_ignored = std::collections::HashSet::new();
    ignored.retain(|i| seen_ignored.insert((i.param.clone(), i.value.clone(), i.reason)));
    if let (Some(from), Some(to)) = (state.filter.from, state.filter.to) {
        if from.first_day() > to.last_day() {
            ignored.push(Ignored {
                param: "to".into(),
                value: to.to_string(),
                reason: Why::EndBeforeStart,
            });
            state.filter.to = None;
        }
    }
    (state, ignored)
}

/// How many ignored parameters a notice names; the rest are counted.
pub const IGNORED_SHOWN: usize = 8;

/// How an ignored value is shown: at most 40 characters, the rest cut with "…".
pub fn shown_value(value: &str) -> String {
    if value.chars().count() <= 40 {
        value.to_string()
    } else {
        let cut: String = value.chars().take(39).collect();
        format!("{cut}…")
    }
}

/// Drops region codes and agencies the snapshot does not know, and says so.
pub fn resolve_against(state: &mut UrlState, snapshot: &Snapshot) -> Vec<Ignored> {
    let mut ignored = Vec::new();
    state.filter.regions.retain(|code| {
        let known = snapshot.region(code).is_some();
        if !known {
            ignored.push(Ignored {
                param: "region".into(),
                value: code.to_string(),
                reason: Why::NoSuchRegion,
            });
        }
        known
    });
    state.filter.agencies.retain(|id| {
        let known = snapshot.agency(id).is_some();
        if !known {
            ignored.push(Ignored {
                param: "agency".into(),
                value: id.to_string(),
                reason: Why::NoSuchAgency,
            });
        }
        known
    });
    ignored
}

/// The query string for a state, without `?`; empty when nothing is set.
pub fn to_query(state: &UrlState) -> String {
    let f = &state.filter;
    let values = [
        (!f.regions.is_empty()).then(|| f.regions.join(",")),
        f.from.map(|d| d.to_string()),
        f.to.map(|d| d.to_string()),
        (!f.agencies.is_empty()).then(|| f.agencies.join(",")),
        f.metric.map(|m| m.to_string()),
        state.currency.map(|c| c.to_string()),
        state.step.map(|s| {
            match s {
                Step::Year => "year",
                Step::Month => "month",
            }
            .to_string()
        }),
        state.sort.map(|k| k.to_string()),
        state.q.clone(),
        state.page.map(|p| p.to_string()),
        state.lang.map(|l| l.to_string()),
        state.snapshot.clone(),
        state.theme.map(|t| t.to_string()),
    ];
    ORDER
        .iter()
        .zip(values)
        .filter_map(|(key, value)| value.map(|v| format!("{key}={}", encode(&v))))
        .collect::<Vec<_>>()
        .join("&")
}

/// `base` + `path` + `?query`: the one way the app builds its own links. `base` is the sub-path
/// the site is served under (`""` or `/minewatch`), `path` starts with `/`.
pub fn href(base: &str, path: &str, state: &UrlState) -> String {
    let query = to_query(state);
    let base = base.trim_end_matches('/');
    if query.is_empty() {
        format!("{base}{path}")
    } else {
        format!("{base}{path}?{query}")
    }
}

/// Splits and decodes a raw query string (`a=1&b=x%2Cy`), for tests and non-router callers.
pub fn decode_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(text: &str) -> String {
    percent_decode(text, true)
}

/// `text` with its `%XX` escapes decoded, and `+` as a space when `plus_is_space` (a query's
/// way; in a path a `+` is a `+`). An escape that is not two hex digits stays as it is; bytes
/// that do not make UTF-8 become the replacement character.
pub fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let hex = |j: usize| bytes.get(j).and_then(|c| (*c as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A query value as the app writes it: letters, digits and `-_.,~` as they are, the rest escaped.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.,~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn is_simple_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

fn is_tracking(key: &str) -> bool {
    key.starts_with("utm_") || matches!(key, "fbclid" | "gclid" | "yclid" | "mc_cid" | "mc_eid")
}

/// The path of an absolute URL (`https://host/minewatch/x?y` → `/minewatch/x`), or `/`.
pub fn path_of(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let end = path.find(['?', '#']).unwrap_or(path.len());
    &path[..end]
}
