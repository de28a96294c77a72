//! `minewatch publish`: a new immutable snapshot with its manifest entry, CSV, data package and
//! change list. Nothing already published is ever altered: publishing sources that are already
//! published checks that they reproduce it exactly, and otherwise refuses.

use crate::derived::{derive, to_write};
use crate::findings::Finding;
use crate::output::{write_all, Planned};
use minewatch_core::model::changes::{diff, Change, Changes};
use minewatch_core::model::export::{csv, datapackage, rows};
use minewatch_core::model::manifest::{Manifest, SnapshotEntry, MANIFEST_SCHEMA};
use minewatch_core::model::parse::parse_versioned;
use minewatch_core::model::snapshot::{Snapshot, Text, SNAPSHOT_SCHEMA};
use minewatch_core::model::validate;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// A snapshot ready to publish, with what the manifest and change list need.
pub struct Candidate {
    pub snapshot: Snapshot,
    /// One line for the list of snapshots.
    pub summary: String,
    /// Why records changed, by id; `None` when the snapshot came assembled (`--snapshot`),
    /// so no reason is asked for.
    pub reasons: Option<BTreeMap<String, Text>>,
}

pub enum Outcome {
    Published(Vec<String>),
    AlreadyPublished(String),
    Refused(Vec<Finding>),
}

/// The files a snapshot publishes, as bytes.
struct Files {
    snapshot: String,
    csv: String,
    changes: Option<String>,
    package: String,
}

fn render(s: &Snapshot, changes: Option<&Changes>) -> Files {
    let all: Vec<_> = s.events.iter().collect();
    let csv_path = format!("snapshots/{}.csv", s.id);
    Files {
        snapshot: pretty(s),
        csv: csv(&rows(s, &all)),
        changes: changes.map(pretty),
        package: pretty(&datapackage(s, &csv_path)),
    }
}

fn pretty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

pub fn sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn refuse(data: &Path, file: &str, message: impl Into<String>) -> Outcome {
    Outcome::Refused(vec![Finding::new(
        &data.join(file).to_string_lossy(),
        0,
        message,
    )])
}

pub fn run(data: &Path, c: Candidate) -> Outcome {
    let s = &c.snapshot;
    if !validate::is_event_id(&s.id) {
        return refuse(data, "manifest.json", format!("the snapshot id \"{}\" may hold only lower-case letters, digits and hyphens (it is a file name)", s.id));
    }
    let problems = match validate::check(s.clone()) {
        Err(fatal) => fatal,
        Ok(checked) => checked.problems,
    };
    if !problems.is_empty() {
        return Outcome::Refused(
            problems
                .iter()
                .map(|p| Finding::new(&format!("snapshot {}", s.id), 0, p.to_string()))
                .collect(),
        );
    }
    if !data.is_dir() {
        return Outcome::Refused(vec![Finding::new(
            &data.to_string_lossy(),
            0,
            "is not a folder; publish from the repository's top folder (the site's data is public/data), or name an existing folder with --data",
        )]);
    }
    let manifest_path = data.join("manifest.json");
    let manifest = match std::fs::read_to_string(&manifest_path) {
        Ok(text) => match parse_versioned::<Manifest>(&text, MANIFEST_SCHEMA) {
            Ok(m) => Some(m),
            Err(err) => {
                return refuse(
                    data,
                    "manifest.json",
                    format!("the list of snapshots cannot be read: {err}"),
                )
            }
        },
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return refuse(data, "manifest.json", format!("cannot be read ({err})")),
    };
    let previous = match manifest.as_ref().and_then(|m| m.entry(None)) {
        Some(entry) if entry.id != s.id => match read_published(data, entry) {
            Ok(prev) => Some(prev),
            Err(outcome) => return outcome,
        },
        _ => None,
    };
    if let Some(entry) = manifest
        .as_ref()
        .and_then(|m| m.snapshots.iter().find(|e| e.id == s.id))
    {
        return already(data, entry, manifest.as_ref(), &c);
    }
    let changes = previous
        .as_ref()
        .map(|prev| diff(prev, s, c.reasons.as_ref().unwrap_or(&BTreeMap::new())));
    if let (Some(prev), Some(changes)) = (&previous, &changes) {
        if s.published < prev.published {
            return refuse(data, "manifest.json", format!("the snapshot is dated {}, before the latest published one ({} of {}); date it today", s.published, prev.id, prev.published));
        }
        if let Some(missing) = missing_reasons(changes, c.reasons.as_ref()) {
            return Outcome::Refused(missing);
        }
    }
    let files = render(s, changes.as_ref());
    let entry = SnapshotEntry {
        id: s.id.clone(),
        path: format!("snapshots/{}.json", s.id),
        published: s.published.format("%Y-%m-%d").to_string(),
        sha256: sha256(&files.snapshot),
        events: s.events.len(),
        bytes: Some(files.snapshot.len() as u64),
        summary: c.summary.clone(),
        changes: changes.as_ref().map(|_| format!("changes/{}.json", s.id)),
        parts: None,
    };
    let mut manifest = manifest.unwrap_or(Manifest {
        schema: MANIFEST_SCHEMA.into(),
        latest: s.id.clone(),
        snapshots: Vec::new(),
    });
    let derived_files = match refresh_derived(data, &mut manifest) {
        Ok(files) => files,
        Err(outcome) => return outcome,
    };
    let mut entry = entry;
    let derived = match derive(s) {
        Ok(derived) => derived,
        Err(e) => return refuse(data, &e.path, e.to_string()),
    };
    entry.parts = Some(derived.parts.clone());
    manifest.latest = s.id.clone();
    manifest.snapshots.insert(0, entry);
    let mut planned = vec![
        Planned::new_file(format!("snapshots/{}.json", s.id), files.snapshot),
        Planned::new_file(format!("snapshots/{}.csv", s.id), files.csv),
    ];
    if let Some(text) = files.changes {
        planned.push(Planned::new_file(format!("changes/{}.json", s.id), text));
    }
    planned.extend(derived_files);
    planned.extend(to_write(data, &derived));
    planned.push(Planned::replace("manifest.json", pretty(&manifest)));
    planned.push(Planned::replace("datapackage.json", files.package));
    match write_all(data, &planned) {
        Ok(written) => Outcome::Published(written),
        Err(findings) => Outcome::Refused(findings),
    }
}

fn read_published(data: &Path, entry: &SnapshotEntry) -> Result<Snapshot, Outcome> {
    if !Manifest::is_safe_path(&entry.path) {
        return Err(refuse(
            data,
            "manifest.json",
            format!("it points to \"{}\", outside the data folder", entry.path),
        ));
    }
    let text = std::fs::read_to_string(data.join(&entry.path)).map_err(|err| {
        refuse(
            data,
            &entry.path,
            format!("the latest published snapshot cannot be read ({err})"),
        )
    })?;
    parse_versioned::<Snapshot>(&text, SNAPSHOT_SCHEMA).map_err(|err| {
        refuse(
            data,
            &entry.path,
            format!("the latest published snapshot cannot be read: {err}"),
        )
    })
}

/// The sources name a snapshot that is published: they must reproduce it to the byte.
fn already(
    data: &Path,
    entry: &SnapshotEntry,
    manifest: Option<&Manifest>,
    c: &Candidate,
) -> Outcome {
    let s = &c.snapshot;
    let before = manifest.and_then(|m| {
        let at = m.snapshots.iter().position(|e| e.id == s.id)?;
        m.snapshots.get(at + 1)
    });
    let previous = match before {
        Some(e) => match read_published(data, e) {
            Ok(p) => Some(p),
            Err(outcome) => return outcome,
        },
        None => None,
    };
    let changes = previous
        .as_ref()
        .map(|prev| diff(prev, s, c.reasons.as_ref().unwrap_or(&BTreeMap::new())));
    let files = render(s, changes.as_ref());
    let mut differ = Vec::new();
    let mut compare = |path: String, expected: &str| match std::fs::read_to_string(data.join(&path))
    {
        Ok(found) if found == expected => {}
        _ => differ.push(path),
    };
    compare(entry.path.clone(), &files.snapshot);
    compare(format!("snapshots/{}.csv", s.id), &files.csv);
    if let (Some(path), Some(text)) = (&entry.changes, &files.changes) {
        compare(path.clone(), text);
    }
    if entry.sha256 != sha256(&files.snapshot) || entry.events != s.events.len() {
        differ.push("manifest.json (its sha256 or event count)".into());
    }
    if differ.is_empty() {
        let said = format!(
            "snapshot {} is already published, and the sources reproduce it exactly ({} events; snapshot, CSV{})",
            s.id,
            s.events.len(),
            if entry.changes.is_some() { ", change list" } else { "" }
        );
        let Some(mut manifest) = manifest.cloned() else {
            return Outcome::AlreadyPublished(format!("{said}; nothing to do"));
        };
        let before = manifest.clone();
        let mut planned = match refresh_derived(data, &mut manifest) {
            Ok(files) => files,
            Err(outcome) => return outcome,
        };
        if planned.is_empty() && manifest == before {
            return Outcome::AlreadyPublished(format!("{said}; nothing to do"));
        }
        planned.push(Planned::replace("manifest.json", pretty(&manifest)));
        match write_all(data, &planned) {
            Ok(written) => Outcome::AlreadyPublished(format!(
                "{said}; the app's files derived from the published snapshots were brought up to date ({} files)",
                written.len()
            )),
            Err(findings) => Outcome::Refused(findings),
        }
    } else {
        refuse(
            data,
            &entry.path,
            format!(
                "snapshot {} is already published and the sources no longer reproduce it ({} differ); a published snapshot is never changed: give the sources a new id and date in snapshot.toml, and publish again",
                s.id,
                differ.join(", ")
            ),
        )
    }
}

/// The app's files of every snapshot the manifest lists, derived afresh from the published
/// snapshot files (whose checksums must still match); sets each entry's `parts`.
fn refresh_derived(data: &Path, manifest: &mut Manifest) -> Result<Vec<Planned>, Outcome> {
    let mut planned = Vec::new();
    for entry in &mut manifest.snapshots {
        let published = read_published(data, entry)?;
        let text = std::fs::read_to_string(data.join(&entry.path)).unwrap_or_default();
        if sha256(&text) != entry.sha256 {
            return Err(refuse(
                data,
                &entry.path,
                format!("does not match the sha256 the manifest gives for snapshot {}; a published file was changed by hand: restore it from git", entry.id),
            ));
        }
        let derived = derive(&published).map_err(|e| refuse(data, &e.path, e.to_string()))?;
        planned.extend(to_write(data, &derived));
        entry.parts = Some(derived.parts);
    }
    Ok(planned)
}

/// Every changed or removed record must say why.
fn missing_reasons(
    changes: &Changes,
    reasons: Option<&BTreeMap<String, Text>>,
) -> Option<Vec<Finding>> {
    let reasons = reasons?;
    let missing: Vec<Finding> = changes
        .events
        .iter()
        .chain(changes.statistics.iter())
        .filter(|r| r.change != Change::Added && !reasons.contains_key(&r.id))
        .map(|r| {
            let what = if r.change == Change::Removed { "is removed" } else { "changed" };
            Finding::new(
                crate::editorial::SNAPSHOT,
                0,
                format!(
                    "\"{}\" {what} since {}, but no reason is given; add [reasons.{}] with en, ru and kk saying why",
                    r.id, changes.from, r.id
                ),
            )
        })
        .collect();
    let changed: Vec<&str> = changes
        .events
        .iter()
        .chain(changes.statistics.iter())
        .map(|r| r.id.as_str())
        .collect();
    let stale = reasons
        .keys()
        .filter(|id| !changed.contains(&id.as_str()))
        .map(|id| {
            Finding::new(
                crate::editorial::SNAPSHOT,
                0,
                format!(
                    "[reasons.{id}] is given, but \"{id}\" did not change since {}; remove it (a reason belongs to the snapshot that makes the change)",
                    changes.from
                ),
            )
        });
    let all: Vec<Finding> = missing.into_iter().chain(stale).collect();
    (!all.is_empty()).then_some(all)
}
