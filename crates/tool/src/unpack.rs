//! `minewatch unpack SNAPSHOT DIR`: starts an editors' source folder from a published snapshot
//! (for a migration, or to begin again from what readers see). It never writes into a folder that
//! has files.

use crate::editorial::{
    SnapshotFile, AGENCIES, EVENTS, RATES, REGIONS, SNAPSHOT, SOURCES, STATISTICS,
};
use minewatch_core::model::snapshot::Snapshot;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

pub fn run(snapshot: &Snapshot, summary: &str, dir: &Path) -> Result<usize, String> {
    if std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some()) {
        return Err(format!(
            "{} already has files; unpack into a new folder",
            dir.display()
        ));
    }
    let mut files: Vec<(String, String)> = Vec::new();
    let head = SnapshotFile {
        id: snapshot.id.clone(),
        published: snapshot.published.format("%Y-%m-%d").to_string(),
        summary: summary.to_string(),
        changelog: snapshot.changelog.clone(),
        licence: snapshot.licence.clone(),
        reasons: BTreeMap::new(),
    };
    files.push((SNAPSHOT.into(), toml_text(&head)?));
    files.push((REGIONS.into(), list("region", &snapshot.regions)?));
    files.push((AGENCIES.into(), list("agency", &snapshot.agencies)?));
    files.push((SOURCES.into(), list("source", &snapshot.sources)?));
    files.push((RATES.into(), list("rate", &snapshot.fx)?));
    for e in &snapshot.events {
        files.push((format!("{EVENTS}/{}.toml", e.id), without_id(e)?));
    }
    for s in &snapshot.statistics {
        files.push((format!("{STATISTICS}/{}.toml", s.id), without_id(s)?));
    }
    for (path, text) in &files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&target, text).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(files.len())
}

fn toml_text<T: Serialize>(value: &T) -> Result<String, String> {
    toml::to_string_pretty(value).map_err(|e| e.to_string())
}

fn list<T: Serialize>(key: &str, items: &[T]) -> Result<String, String> {
    let mut table = BTreeMap::new();
    table.insert(key, items);
    toml_text(&table)
}

/// A record's file: its fields in the record's order, without the id (the file's name).
fn without_id<T: Serialize>(record: &T) -> Result<String, String> {
    let text = toml_text(record)?;
    Ok(text
        .lines()
        .filter(|line| !line.starts_with("id = "))
        .map(whole_numbers)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n")
}

/// `value = 3000.0` reads better as `value = 3000`; TOML reads both as the same number.
fn whole_numbers(line: &str) -> String {
    match line.split_once(" = ") {
        Some((key, number))
            if number.ends_with(".0")
                && number
                    .trim_end_matches(".0")
                    .bytes()
                    .all(|b| b.is_ascii_digit()) =>
        {
            format!("{key} = {}", number.trim_end_matches(".0"))
        }
        _ => line.to_string(),
    }
}
