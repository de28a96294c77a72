//! `minewatch check PATH`: the reader's rules (and, for a source folder, the editors' rules) on an
//! editors' source folder or a snapshot file, each problem as `FILE:LINE: message`.

use crate::editorial;
use crate::findings::Finding;
use crate::lines::json_line;
use minewatch_core::model::parse::{parse_versioned, ParseError};
use minewatch_core::model::snapshot::{Snapshot, SNAPSHOT_SCHEMA};
use minewatch_core::model::validate::{self, editorial as rules, Problem, Record, Step};
use std::path::Path;

/// What a check found: nothing, problems, or a path that cannot be read at all.
pub enum Outcome {
    Clean(String),
    Problems(Vec<Finding>),
    Unreadable(String),
}

pub fn run(path: &Path) -> Outcome {
    match std::fs::metadata(path) {
        Err(err) => Outcome::Unreadable(format!("{}: cannot be read ({err})", path.display())),
        Ok(meta) if meta.is_dir() => check_folder(path),
        Ok(_) => check_file(path),
    }
}

/// Every problem of an editors' folder, located in its files.
pub fn folder_problems(root: &Path) -> Result<editorial::Sources, Vec<Finding>> {
    let sources = editorial::read(root)
        .map_err(|found| found.into_iter().map(|f| f.under(root)).collect::<Vec<_>>())?;
    let mut problems = match validate::check(sources.snapshot.clone()) {
        Err(fatal) => fatal,
        Ok(checked) => checked.problems,
    };
    problems.extend(rules::problems(&sources.snapshot));
    if problems.is_empty() {
        return Ok(sources);
    }
    let mut found: Vec<Finding> = problems
        .iter()
        .map(|p| {
            let (file, line) = sources.locate(&p.place);
            Finding::new(&file.to_string_lossy(), line, p.to_string()).under(root)
        })
        .collect();
    found.sort();
    found.dedup();
    Err(found)
}

fn check_folder(root: &Path) -> Outcome {
    match folder_problems(root) {
        Ok(sources) => Outcome::Clean(format!(
            "{}: clean: snapshot {}, {} events, {} statistics, {} sources",
            root.display(),
            sources.snapshot.id,
            sources.snapshot.events.len(),
            sources.snapshot.statistics.len(),
            sources.snapshot.sources.len()
        )),
        Err(found) => Outcome::Problems(found),
    }
}

/// Reads a snapshot file: its text and the snapshot, or what is wrong with it.
pub fn read_snapshot(path: &Path) -> Result<(String, Snapshot), Outcome> {
    let text = std::fs::read_to_string(path).map_err(|err| {
        Outcome::Unreadable(format!("{}: cannot be read ({err})", path.display()))
    })?;
    match parse_versioned::<Snapshot>(&text, SNAPSHOT_SCHEMA) {
        Ok(snapshot) => Ok((text, snapshot)),
        Err(err) => {
            let line = match &err {
                ParseError::Truncated { line } => *line,
                ParseError::NotJson { detail } | ParseError::Malformed { detail } => {
                    line_in_detail(detail)
                }
                _ => 0,
            };
            let shown = path.display().to_string();
            Err(Outcome::Problems(vec![Finding::new(
                &shown,
                line,
                err.to_string(),
            )]))
        }
    }
}

fn check_file(path: &Path) -> Outcome {
    let (text, snapshot) = match read_snapshot(path) {
        Ok(read) => read,
        Err(outcome) => return outcome,
    };
    let (id, events) = (snapshot.id.clone(), snapshot.events.len());
    let problems = match validate::check(snapshot) {
        Err(fatal) => fatal,
        Ok(checked) => checked.problems,
    };
    if problems.is_empty() {
        return Outcome::Clean(format!(
            "{}: clean: snapshot {id}, {events} events",
            path.display()
        ));
    }
    let shown = path.display().to_string();
    // Parsed once, to find each problem's record by its id.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    Outcome::Problems(
        problems
            .iter()
            .map(|p| {
                Finding::new(
                    &shown,
                    json_line(&text, &json_path(&value, p)),
                    p.to_string(),
                )
            })
            .collect(),
    )
}

/// Where a problem's record sits in the snapshot's JSON.
fn json_path(value: &serde_json::Value, p: &Problem) -> Vec<Step> {
    let find = |list: &'static str, key: &str, id: &str| -> Vec<Step> {
        let index = value
            .get(list)
            .and_then(|v| v.as_array())
            .and_then(|items| {
                items
                    .iter()
                    .position(|i| i.get(key).and_then(|v| v.as_str()) == Some(id))
            });
        match index {
            Some(i) => vec![Step::Key(list), Step::Index(i)],
            None => vec![Step::Key(list)],
        }
    };
    let mut path = match &p.place.record {
        Record::Snapshot => Vec::new(),
        Record::Region(code) => find("regions", "code", code),
        Record::Agency(id) => find("agencies", "id", id),
        Record::Source(id) => find("sources", "id", id),
        Record::Rate(i) => vec![Step::Key("fx"), Step::Index(*i)],
        Record::Event(id) => find("events", "id", id),
        Record::Statistic(id) => find("statistics", "id", id),
    };
    path.extend(p.place.field.iter().cloned());
    path
}

/// serde_json ends its messages with "at line N column M".
fn line_in_detail(detail: &str) -> usize {
    detail
        .rsplit("at line ")
        .next()
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
