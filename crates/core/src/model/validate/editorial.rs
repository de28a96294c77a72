//! What an editor must get right before publishing, beyond what the reader's app needs to show
//! the data: Minewatch's own words in all three languages, overlaps named both ways, every figure
//! quoted. `minewatch check` and `minewatch publish` apply these with the reader's rules.

use super::{Place, Problem, Record};
use crate::model::snapshot::{Snapshot, Text};
use std::collections::{HashMap, HashSet};

/// Every editorial problem of a snapshot (the reader's rules are `check`'s).
pub fn problems(s: &Snapshot) -> Vec<Problem> {
    let mut out = Vec::new();
    for agency in &s.agencies {
        let place = Place::of(Record::Agency(agency.id.to_string()));
        for (lang, name) in [
            ("kk", &agency.names.kk),
            ("ru", &agency.names.ru),
            ("en", &agency.names.en),
        ] {
            if name.trim().is_empty() {
                out.push(Problem::at(
                    place.key("names"),
                    format!("it has no name in {lang}; write its name in kk, ru and en"),
                ));
            }
        }
    }
    for event in &s.events {
        let place = Place::of(Record::Event(event.id.to_string()));
        three_languages(&event.title, &place.key("title"), "title", &mut out);
        three_languages(&event.summary, &place.key("summary"), "summary", &mut out);
        quoted(&event.measures, &place, &mut out);
    }
    for stat in &s.statistics {
        let place = Place::of(Record::Statistic(stat.id.clone()));
        three_languages(&stat.title, &place.key("title"), "title", &mut out);
        three_languages(&stat.summary, &place.key("summary"), "summary", &mut out);
        quoted(&stat.measures, &place, &mut out);
        let events: HashSet<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
        for (i, id) in stat.may_include.iter().enumerate() {
            if !events.contains(id.as_str()) {
                out.push(Problem::at(
                    place.key("may_include").index(i),
                    format!("it names event \"{id}\", which is not in the data; use an event's id"),
                ));
            }
        }
    }
    overlaps_both_ways(s, &mut out);
    for source in &s.sources {
        if source.title.trim().is_empty() {
            out.push(Problem::at(
                Place::of(Record::Source(source.id.clone())).key("title"),
                "it has no title; write the headline, or [a description in brackets] when none was recorded",
            ));
        }
    }
    out
}

fn three_languages(text: &Text, place: &Place, what: &str, out: &mut Vec<Problem>) {
    let missing: Vec<&str> = [("kk", &text.kk), ("ru", &text.ru), ("en", &text.en)]
        .into_iter()
        .filter(|(_, t)| t.as_deref().is_none_or(|t| t.trim().is_empty()))
        .map(|(lang, _)| lang)
        .collect();
    if !missing.is_empty() {
        out.push(Problem::at(
            place.clone(),
            format!(
                "the {what} is missing in {}; write it in kk, ru and en (Minewatch's own words)",
                missing.join(", ")
            ),
        ));
    }
}

fn quoted(measures: &[crate::model::Measure], place: &Place, out: &mut Vec<Problem>) {
    for (i, m) in measures.iter().enumerate() {
        if m.value.is_some() && m.as_stated.trim().is_empty() {
            out.push(Problem::at(
                place.key("measures").index(i).key("as_stated"),
                format!(
                    "figure {} ({}) has no as_stated; quote the source's own words, in its language",
                    i + 1,
                    m.metric
                ),
            ));
        }
    }
}

/// `may_overlap` names events that exist, and each names the other back.
fn overlaps_both_ways(s: &Snapshot, out: &mut Vec<Problem>) {
    let named: HashMap<&str, &[crate::model::EventId]> = s
        .events
        .iter()
        .map(|e| (e.id.as_str(), e.may_overlap.as_slice()))
        .collect();
    for event in &s.events {
        for (i, other) in event.may_overlap.iter().enumerate() {
            let place = Place::of(Record::Event(event.id.to_string()))
                .key("may_overlap")
                .index(i);
            match named.get(other.as_str()) {
                None => out.push(Problem::at(
                    place,
                    format!("it may overlap \"{other}\", which is not in the data; use an event's id"),
                )),
                Some(back) if !back.iter().any(|b| b == &event.id) => out.push(Problem::at(
                    place,
                    format!(
                        "it may overlap \"{other}\", but \"{other}\" does not name it back; add \"{}\" to that event's may_overlap",
                        event.id
                    ),
                )),
                Some(_) => {}
            }
        }
    }
}
