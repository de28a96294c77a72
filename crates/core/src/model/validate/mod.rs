//! Checks a parsed snapshot against the rules the data format promises.
//!
//! A problem with the snapshot as a whole (its regions or sources) rejects it. A problem with one
//! event or statistic sets that record aside: the rest is shown, and the reader is told what was
//! left out. `editorial` adds the rules an editor must meet before publishing (every title in three
//! languages, overlaps named both ways); the reader's app does not need them to show the data.

pub mod editorial;
mod figures;
pub mod place;

use super::dates::DatePrecision;
use super::snapshot::{Event, Measure, Region, Snapshot, Text};
use super::statistic::Statistic;
pub use place::{Place, Record, Step};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;

use figures::{check_measure, check_preferred};
pub use figures::{figure_problem, MAX_FIGURE, MIN_FIGURE};

/// One thing wrong with the data, in words a reader can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub message: String,
}

impl Problem {
    pub fn at(place: Place, message: impl Into<String>) -> Self {
        Problem {
            place,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place.record {
            Record::Snapshot => f.write_str(&self.message),
            ref record => write!(f, "{record}: {}", self.message),
        }
    }
}

/// A snapshot that passed the checks, with the records that did not.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub snapshot: Snapshot,
    /// Problems with records that were set aside (and any other non-fatal problem).
    pub problems: Vec<Problem>,
}

/// Checks a snapshot. `Err` when it cannot be used at all.
pub fn check(mut snapshot: Snapshot) -> Result<Checked, Vec<Problem>> {
    let fatal = check_reference_tables(&snapshot);
    if !fatal.is_empty() {
        return Err(fatal);
    }
    let mut problems: Vec<Problem> = snapshot
        .unreadable
        .iter()
        .map(|u| {
            let record = match (u.list, &u.id) {
                ("statistics", Some(id)) => Record::Statistic(id.clone()),
                ("statistics", None) => Record::Statistic(format!("number {}", u.index + 1)),
                (_, Some(id)) => Record::Event(id.clone()),
                (_, None) => Record::Event(format!("number {}", u.index + 1)),
            };
            Problem::at(
                Place::of(record),
                format!("it cannot be read: {}", u.message),
            )
        })
        .collect();
    let known = Known::of(&snapshot);
    let (bad_events, found) = check_list(&snapshot.events, |e| {
        let place = Place::of(Record::Event(e.id.to_string()));
        let mut out = check_event(&known, e, &place);
        check_common(&known, &common_of_event(e), &place, &mut out);
        out
    });
    problems.extend(found);
    let (bad_statistics, found) = check_list(&snapshot.statistics, |s| {
        let place = Place::of(Record::Statistic(s.id.clone()));
        let mut out = check_statistic(s, &place);
        check_common(&known, &common_of_statistic(s), &place, &mut out);
        out
    });
    problems.extend(found);
    drop(known);
    retain_indices(&mut snapshot.events, &bad_events);
    retain_indices(&mut snapshot.statistics, &bad_statistics);
    let fx_problems = check_fx(&snapshot);
    snapshot
        .fx
        .retain(|r| usable_rate(r.rate) && snapshot_has_source(&snapshot.sources, &r.source));
    problems.extend(fx_problems);
    Ok(Checked { snapshot, problems })
}

/// Something with an id in a list: an event or a statistic.
trait HasId {
    fn id(&self) -> &str;
    fn record(id: String) -> Record;
}

impl HasId for Event {
    fn id(&self) -> &str {
        &self.id
    }
    fn record(id: String) -> Record {
        Record::Event(id)
    }
}

impl HasId for Statistic {
    fn id(&self) -> &str {
        &self.id
    }
    fn record(id: String) -> Record {
        Record::Statistic(id)
    }
}

/// Checks each record of a list; returns the positions to set aside and the problems found.
fn check_list<T: HasId>(
    items: &[T],
    check_one: impl Fn(&T) -> Vec<Problem>,
) -> (HashSet<usize>, Vec<Problem>) {
    let mut seen = HashMap::<&str, usize>::default();
    seen.reserve(items.len());
    for item in items {
        *seen.entry(item.id()).or_default() += 1;
    }
    let mut shared: Vec<&str> = seen
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(id, _)| *id)
        .collect();
    crate::order::sort(&mut shared);
    let mut problems: Vec<Problem> = shared
        .into_iter()
        .map(|id| {
            Problem::at(
                Place::of(T::record(id.to_string())).key("id"),
                "two or more records share this id, so none of them can be linked to; give each its own",
            )
        })
        .collect();
    let mut bad = HashSet::default();
    for (index, item) in items.iter().enumerate() {
        let found = check_one(item);
        if seen.get(item.id()).is_some_and(|n| *n > 1) || !found.is_empty() {
            bad.insert(index);
        }
        problems.extend(found);
    }
    (bad, problems)
}

fn retain_indices<T>(items: &mut Vec<T>, bad: &HashSet<usize>) {
    let mut index = 0;
    items.retain(|_| {
        let keep = !bad.contains(&index);
        index += 1;
        keep
    });
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
    let mut codes = HashSet::default();
    for region in &s.regions {
        let place = Place::of(Record::Region(region.code.to_string()));
        if !is_region_code(&region.code) {
            out.push(Problem::at(
                place.key("code"),
                "the code is not an ISO 3166-2:KZ code; write KZ- and two digits, such as KZ-35",
            ));
        }
        if !codes.insert(region.code.as_str()) {
            out.push(Problem::at(
                place.key("code"),
                "it is listed twice; keep one",
            ));
        }
        if let (Some(from), Some(to)) = (region.valid_from, region.valid_to) {
            if from > to {
                out.push(Problem::at(
                    place.key("valid_to"),
                    format!("it ends ({to}) before it begins ({from}); check the two dates"),
                ));
            }
        }
    }
    let mut ids = HashSet::default();
    for source in &s.sources {
        let place = Place::of(Record::Source(source.id.clone()));
        if !ids.insert(source.id.as_str()) {
            out.push(Problem::at(place.key("id"), "it is listed twice; keep one"));
        }
        if let Some(url) = &source.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                out.push(Problem::at(
                    place.key("url"),
                    format!("\"{url}\" is not a web address; write the address that opens it, from https://, or leave it out"),
                ));
            }
        }
    }
    let mut agencies = HashSet::default();
    for agency in &s.agencies {
        if !agencies.insert(agency.id.as_str()) {
            out.push(Problem::at(
                Place::of(Record::Agency(agency.id.to_string())).key("id"),
                "it is listed twice; keep one",
            ));
        }
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

/// What events and statistics share: an id, a title, places, agencies and figures.
struct Common<'a> {
    id: &'a str,
    title: &'a Text,
    regions: &'a [crate::model::RegionCode],
    agencies: &'a [crate::model::AgencyId],
    measures: &'a [Measure],
    span: Option<super::dates::DateSpan>,
}

fn common_of_event(e: &Event) -> Common<'_> {
    Common {
        id: &e.id,
        title: &e.title,
        regions: &e.regions,
        agencies: &e.agencies,
        measures: &e.measures,
        span: e.date_span(),
    }
}

fn common_of_statistic(s: &Statistic) -> Common<'_> {
    Common {
        id: &s.id,
        title: &s.title,
        regions: &s.regions,
        agencies: &s.agencies,
        measures: &s.measures,
        span: Some(s.span()),
    }
}

fn check_common(s: &Known<'_>, c: &Common<'_>, place: &Place, out: &mut Vec<Problem>) {
    if !is_event_id(c.id) {
        out.push(Problem::at(
            place.key("id"),
            "the id may hold only lower-case letters, digits and hyphens (it is part of a web address)",
        ));
    }
    if c.title.any().trim().is_empty() {
        out.push(Problem::at(
            place.key("title"),
            "it has no title; write one in kk, ru and en",
        ));
    }
    for (i, code) in c.regions.iter().enumerate() {
        let at = || place.key("regions").index(i);
        match s.regions.get(code.as_str()) {
            None => out.push(Problem::at(
                at(),
                format!("region \"{code}\" is not a known region code; use a code from the regions list"),
            )),
            Some(region) => {
                if let Some(span) = c.span {
                    let before = region.valid_from.is_some_and(|f| span.last < f);
                    let after = region.valid_to.is_some_and(|t| span.first > t);
                    if before || after {
                        out.push(Problem::at(
                            at(),
                            format!(
                                "region \"{code}\" did not exist at the date ({}–{}); use the region as it was then",
                                span.first, span.last
                            ),
                        ));
                    }
                }
            }
        }
    }
    for (i, agency) in c.agencies.iter().enumerate() {
        if !s.agencies.contains(agency.as_str()) {
            out.push(Problem::at(
                place.key("agencies").index(i),
                format!("agency \"{agency}\" is not in the list of agencies; add it there, or use an id from it"),
            ));
        }
    }
    for (i, m) in c.measures.iter().enumerate() {
        let at = figures::FigureAt {
            record: place,
            index: i,
        };
        check_measure(s, m, at, out);
    }
    check_preferred(c.measures, place, out);
}

fn check_event(_s: &Known<'_>, e: &Event, place: &Place) -> Vec<Problem> {
    let mut out = Vec::new();
    match (&e.announced, e.date_precision) {
        (None, DatePrecision::Unknown) => {}
        (None, p) => out.push(Problem::at(
            place.key("date_precision"),
            format!("announced is empty but date_precision says {}; write the date, or date_precision = \"unknown\"", precision_word(p)),
        )),
        (Some(d), p) if d.precision() != p => out.push(Problem::at(
            place.key("date_precision"),
            format!("announced \"{d}\" does not match date_precision \"{}\"; it should be \"{}\"", precision_word(p), precision_word(d.precision())),
        )),
        (Some(_), _) => {}
    }
    if let Some(period) = &e.period {
        if period.from.first_day() > period.to.last_day() {
            out.push(Problem::at(
                place.key("period").key("to"),
                format!(
                    "the period runs backwards ({} to {}); swap the two dates",
                    period.from, period.to
                ),
            ));
        }
    }
    out
}

fn check_statistic(s: &Statistic, place: &Place) -> Vec<Problem> {
    let mut out = Vec::new();
    if s.period.from.first_day() > s.period.to.last_day() {
        out.push(Problem::at(
            place.key("period").key("to"),
            format!(
                "the period runs backwards ({} to {}); swap the two dates",
                s.period.from, s.period.to
            ),
        ));
    }
    if s.measures.is_empty() {
        out.push(Problem::at(
            place.key("measures"),
            "it states no figure; add one (value = null where the source gives none)",
        ));
    }
    out
}

fn precision_word(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
        DatePrecision::Unknown => "unknown",
    }
}

fn check_fx(s: &Snapshot) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, rate) in s.fx.iter().enumerate() {
        let place = Place::of(Record::Rate(i));
        if !usable_rate(rate.rate) {
            out.push(Problem::at(
                place.key("rate"),
                format!(
                    "the {}/{} rate {} is not a usable rate, so it is not used; write how many {} one {} bought",
                    rate.base, rate.quote, rate.rate, rate.quote, rate.base
                ),
            ));
        } else if !snapshot_has_source(&s.sources, &rate.source) {
            out.push(Problem::at(
                place.key("source"),
                format!(
                    "the {}/{} rate cites source \"{}\", which is not in the list, so it is not used",
                    rate.base, rate.quote, rate.source
                ),
            ));
        }
    }
    out
}
