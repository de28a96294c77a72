//! Checks a parsed snapshot against the rules the data format promises.
//!
//! A problem with the snapshot as a whole (its regions or sources) rejects it. A problem with one
//! event sets that event aside: the rest is shown, and the reader is told what was left out.

use super::dates::{parse_day, DatePrecision, PartialDate};
use super::snapshot::{Event, Measure, Region, Snapshot};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;

/// One thing wrong with the data, in words a reader can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The event it concerns, when it concerns one.
    pub event: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.event {
            Some(id) => write!(f, "event \"{id}\": {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// A snapshot that passed the checks, with the events that did not.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub snapshot: Snapshot,
    /// Problems with events that were set aside (and any other non-fatal problem).
    pub problems: Vec<Problem>,
}

/// Checks a snapshot. `Err` when it cannot be used at all.
pub fn check(mut snapshot: Snapshot) -> Result<Checked, Vec<Problem>> {
    let fatal = check_reference_tables(&snapshot);
    if !fatal.is_empty() {
        return Err(fatal);
    }
    let mut problems = Vec::new();
    let mut seen = BTreeMap::<&str, usize>::new();
    for event in &snapshot.events {
        *seen.entry(event.id.as_str()).or_default() += 1;
    }
    let duplicated: BTreeSet<String> = seen
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(id, _)| id.to_string())
        .collect();
    for id in &duplicated {
        problems.push(Problem {
            event: Some(id.clone()),
            message: "two or more events share this id, so none of them can be linked to".into(),
        });
    }
    let mut bad: HashSet<usize> = HashSet::new();
    let known = Known::of(&snapshot);
    for (index, event) in snapshot.events.iter().enumerate() {
        let found = check_event(&known, event);
        if duplicated.contains(&event.id) || !found.is_empty() {
            bad.insert(index);
        }
        problems.extend(found.into_iter().map(|message| Problem {
            event: Some(event.id.clone()),
            message,
        }));
    }
    let mut index = 0;
    snapshot.events.retain(|_| {
        let keep = !bad.contains(&index);
        index += 1;
        keep
    });
    let fx_problems = check_fx(&snapshot);
    snapshot
        .fx
        .retain(|r| usable_rate(r.rate) && snapshot_has_source(&snapshot.sources, &r.source));
    problems.extend(fx_problems);
    Ok(Checked { snapshot, problems })
}

/// An exchange rate a source could give: positive and within the figures' range.
fn usable_rate(rate: f64) -> bool {
    (MIN_FIGURE..=MAX_FIGURE).contains(&rate)
}

fn snapshot_has_source(sources: &[super::snapshot::Source], id: &str) -> bool {
    sources.iter().any(|s| s.id == id)
}

fn check_reference_tables(s: &Snapshot) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut fatal = |message: String| {
        out.push(Problem {
            event: None,
            message,
        })
    };
    let mut codes = HashSet::new();
    for region in &s.regions {
        if !is_region_code(&region.code) {
            fatal(format!(
                "region code \"{}\" is not an ISO 3166-2:KZ code",
                region.code
            ));
        }
        if !codes.insert(region.code.as_str()) {
            fatal(format!("region \"{}\" is listed twice", region.code));
        }
        for (field, value) in [
            ("valid_from", &region.valid_from),
            ("valid_to", &region.valid_to),
        ] {
            if let Some(v) = value {
                if parse_day(v).is_none() {
                    fatal(format!(
                        "region \"{}\": {field} \"{v}\" is not a date",
                        region.code
                    ));
                }
            }
        }
    }
    let mut ids = HashSet::new();
    for source in &s.sources {
        if !ids.insert(source.id.as_str()) {
            fatal(format!("source \"{}\" is listed twice", source.id));
        }
        if let Some(p) = &source.published {
            if PartialDate::parse(p).is_none() {
                fatal(format!(
                    "source \"{}\": published \"{p}\" is not a date",
                    source.id
                ));
            }
        }
        if let Some(url) = &source.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                fatal(format!(
                    "source \"{}\": \"{url}\" is not a web address",
                    source.id
                ));
            }
        }
    }
    let mut agencies = HashSet::new();
    for agency in &s.agencies {
        if !agencies.insert(agency.id.as_str()) {
            fatal(format!("agency \"{}\" is listed twice", agency.id));
        }
    }
    if parse_day(&s.published).is_none() {
        fatal(format!(
            "the snapshot's publication date \"{}\" is not a date",
            s.published
        ));
    }
    out
}

/// `KZ-` followed by two digits.
pub fn is_region_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 5 && code.starts_with("KZ-") && b[3].is_ascii_digit() && b[4].is_ascii_digit()
}

/// Event ids appear in URLs: lower-case letters, digits and hyphens.
pub fn is_event_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The snapshot's reference tables, indexed once so that checking n figures takes n look-ups.
struct Known<'a> {
    sources: HashSet<&'a str>,
    agencies: HashSet<&'a str>,
    regions: HashMap<&'a str, &'a Region>,
}

impl<'a> Known<'a> {
    fn of(s: &'a Snapshot) -> Self {
        Known {
            sources: s.sources.iter().map(|x| x.id.as_str()).collect(),
            agencies: s.agencies.iter().map(|x| x.id.as_str()).collect(),
            regions: s.regions.iter().map(|r| (r.code.as_str(), r)).collect(),
        }
    }
}

fn check_event(s: &Known<'_>, e: &Event) -> Vec<String> {
    let mut out = Vec::new();
    if !is_event_id(&e.id) {
        out.push("the id may hold only lower-case letters, digits and hyphens".into());
    }
    if e.title.any().is_empty() {
        out.push("it has no title".into());
    }
    check_event_dates(e, &mut out);
    let span = e.date_span();
    for code in &e.regions {
        match s.regions.get(code.as_str()) {
            None => out.push(format!("region \"{code}\" is not a known region code")),
            Some(region) => {
                if let Some(span) = span {
                    let from = region.valid_from.as_deref().and_then(parse_day);
                    let to = region.valid_to.as_deref().and_then(parse_day);
                    if from.is_some_and(|f| span.last < f) || to.is_some_and(|t| span.first > t) {
                        out.push(format!(
                            "region \"{code}\" did not exist at the event's date ({}–{})",
                            span.first, span.last
                        ));
                    }
                }
            }
        }
    }
    for agency in &e.agencies {
        if !s.agencies.contains(agency.as_str()) {
            out.push(format!(
                "agency \"{agency}\" is not in the list of agencies"
            ));
        }
    }
    for (i, m) in e.measures.iter().enumerate() {
        check_measure(s, m, i + 1, &mut out);
    }
    check_preferred(e, &mut out);
    out
}

fn check_event_dates(e: &Event, out: &mut Vec<String>) {
    match (&e.announced, e.date_precision) {
        (None, DatePrecision::Unknown) => {}
        (None, p) => out.push(format!("announced is empty but date_precision says {p:?}")),
        (Some(text), p) => match PartialDate::parse(text) {
            None => out.push(format!("announced \"{text}\" is not a date")),
            Some(d) if d.precision() != p => out.push(format!(
                "announced \"{text}\" does not match date_precision {p:?}"
            )),
            Some(_) => {}
        },
    }
    if let Some(period) = &e.period {
        match (
            PartialDate::parse(&period.from),
            PartialDate::parse(&period.to),
        ) {
            (Some(f), Some(t)) if f.first_day() > t.last_day() => out.push(format!(
                "the period runs backwards ({} to {})",
                period.from, period.to
            )),
            (Some(_), Some(_)) => {}
            _ => out.push(format!(
                "the period \"{}\" to \"{}\" is not a pair of dates",
                period.from, period.to
            )),
        }
    }
}

fn check_measure(s: &Known<'_>, m: &Measure, n: usize, out: &mut Vec<String>) {
    let what = format!("figure {n} ({})", m.metric);
    if let Some(v) = m.value {
        if let Some(why) = figure_problem(v) {
            out.push(format!("{what} {why}"));
        }
    }
    if m.sources.is_empty() {
        out.push(format!("{what} names no source"));
    }
    for id in &m.sources {
        if !s.sources.contains(id.as_str()) {
            out.push(format!(
                "{what} cites source \"{id}\", which is not in the list of sources"
            ));
        }
    }
    if m.metric.is_money() && m.currency.is_none() {
        out.push(format!(
            "{what} is an amount of money but names no currency"
        ));
    }
    if !m.metric.may_be_money() && m.currency.is_some() {
        out.push(format!("{what} is not money but names a currency"));
    }
    if let Some(code) = &m.region {
        if !s.regions.contains_key(code.as_str()) {
            out.push(format!(
                "{what} is for region \"{code}\", which is not a known region code"
            ));
        }
    }
}

/// The largest figure a source could state: 10^15 (a thousand trillion tenge is several times
/// Kazakhstan's yearly output). Anything larger is a typing error, and would break sums and scales.
pub const MAX_FIGURE: f64 = 1e15;

/// The smallest non-zero figure a source could state: one millionth (MW to the watt).
pub const MIN_FIGURE: f64 = 1e-6;

/// Why a value cannot be a figure any source states, or `None` when it can be.
pub fn figure_problem(v: f64) -> Option<String> {
    if !v.is_finite() || v < 0.0 {
        Some(format!(
            "has the value {v}, which cannot be a count or an amount; write a number of 0 or more, or null when no source states it"
        ))
    } else if v > MAX_FIGURE {
        Some(format!(
            "has the value {v:e}, larger than any count or amount a source states (at most 1e15); check the number of digits"
        ))
    } else if v != 0.0 && v < MIN_FIGURE {
        Some(format!(
            "has the value {v:e}, smaller than any figure a source states (at least 0.000001); check the decimal point"
        ))
    } else {
        None
    }
}

/// Among the figures that state the same thing (metric, region, breakdown), exactly one is preferred.
fn check_preferred(e: &Event, out: &mut Vec<String>) {
    // (metric, region, breakdown) -> (figures, of which preferred)
    type Group<'a> = (String, Option<&'a str>, Option<&'a str>);
    let mut groups: BTreeMap<Group, (usize, usize)> = BTreeMap::new();
    for m in &e.measures {
        let key = (m.metric.to_string(), m.region.as_deref(), m.kind.as_deref());
        let entry = groups.entry(key).or_default();
        entry.0 += 1;
        entry.1 += usize::from(m.preferred);
    }
    for ((metric, region, kind), (_, preferred)) in groups {
        if preferred != 1 {
            let place = region.map(|r| format!(" in {r}")).unwrap_or_default();
            let part = kind.map(|k| format!(" ({k})")).unwrap_or_default();
            out.push(format!(
                "{preferred} of its {metric}{part}{place} figures are marked preferred; exactly one must be"
            ));
        }
    }
}

fn check_fx(s: &Snapshot) -> Vec<Problem> {
    let mut out = Vec::new();
    for rate in &s.fx {
        if !usable_rate(rate.rate) {
            out.push(Problem {
                event: None,
                message: format!(
                    "the {}/{} rate {} is not a usable rate; it is not used",
                    rate.base, rate.quote, rate.rate
                ),
            });
        } else if !snapshot_has_source(&s.sources, &rate.source) {
            out.push(Problem {
                event: None,
                message: format!(
                    "the {}/{} rate cites source \"{}\", which is not in the list; it is not used",
                    rate.base, rate.quote, rate.source
                ),
            });
        }
    }
    out
}
