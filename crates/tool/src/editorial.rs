//! The editors' sources: a folder of TOML files, one per event and per statistic, plus one each
//! for the snapshot's own fields, regions, agencies, sources and exchange rates. Read into a
//! snapshot, with the file and line of every record and field kept for messages.

use crate::findings::Finding;
use crate::lines::{line_of, toml_keys, toml_line, PathPart};
use minewatch_core::model::snapshot::{
    Agency, Event, FxRate, Licence, Region, Snapshot, Source, Text, SNAPSHOT_SCHEMA,
};
use minewatch_core::model::statistic::Statistic;
use minewatch_core::model::validate::{is_event_id, Place, Record, Step};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `snapshot.toml`: the new snapshot's own fields, and why records changed.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SnapshotFile {
    pub id: String,
    pub published: String,
    /// One line for the list of snapshots.
    pub summary: String,
    pub changelog: String,
    pub licence: Licence,
    /// Why an event or a statistic was changed or removed, by its id, in kk, ru and en.
    #[serde(default)]
    pub reasons: BTreeMap<String, Text>,
}

/// The editors' folder, read.
pub struct Sources {
    pub snapshot: Snapshot,
    pub file: SnapshotFile,
    texts: BTreeMap<PathBuf, String>,
    places: BTreeMap<Record, (PathBuf, Vec<Step>)>,
}

pub const SNAPSHOT: &str = "snapshot.toml";
pub const REGIONS: &str = "regions.toml";
pub const AGENCIES: &str = "agencies.toml";
pub const SOURCES: &str = "sources.toml";
pub const RATES: &str = "rates.toml";
pub const EVENTS: &str = "events";
pub const STATISTICS: &str = "statistics";

/// Reads the folder. `Err` holds every problem found while reading (syntax, shape, unknown
/// fields); the snapshot's own rules are checked afterwards, on the result.
pub fn read(root: &Path) -> Result<Sources, Vec<Finding>> {
    let mut reader = Reader {
        root: root.to_path_buf(),
        texts: BTreeMap::new(),
        places: BTreeMap::new(),
        findings: Vec::new(),
    };
    let file: Option<SnapshotFile> = reader.one(SNAPSHOT);
    let regions: Vec<Region> = reader.list(REGIONS, "region", |r: &Region| {
        Record::Region(r.code.to_string())
    });
    let agencies: Vec<Agency> = reader.list(AGENCIES, "agency", |a: &Agency| {
        Record::Agency(a.id.to_string())
    });
    let sources: Vec<Source> =
        reader.list(SOURCES, "source", |s: &Source| Record::Source(s.id.clone()));
    let fx: Vec<FxRate> = reader.list_indexed(RATES, "rate", Record::Rate);
    let events: Vec<Event> = reader.folder(EVENTS, Record::Event);
    let statistics: Vec<Statistic> = reader.folder(STATISTICS, Record::Statistic);
    let file = match file {
        Some(file) if reader.findings.is_empty() => file,
        _ => return Err(reader.findings),
    };
    let published = match minewatch_core::model::dates::parse_day(&file.published) {
        Some(day) => day,
        None => {
            reader.finding_at(
                SNAPSHOT,
                &[Step::Key("published")],
                format!(
                    "published \"{}\" is not a day; write the day of publication as YYYY-MM-DD",
                    file.published
                ),
            );
            return Err(reader.findings);
        }
    };
    reader
        .places
        .insert(Record::Snapshot, (PathBuf::from(SNAPSHOT), Vec::new()));
    let snapshot = Snapshot {
        schema: SNAPSHOT_SCHEMA.into(),
        id: file.id.clone(),
        published,
        licence: file.licence.clone(),
        changelog: file.changelog.clone(),
        regions,
        agencies,
        sources,
        events,
        fx,
        statistics,
        unreadable: Vec::new(),
        lookups: Default::default(),
    };
    Ok(Sources {
        snapshot,
        file,
        texts: reader.texts,
        places: reader.places,
    })
}

impl Sources {
    /// The file and line of a place in the data.
    pub fn locate(&self, place: &Place) -> (PathBuf, usize) {
        let Some((file, prefix)) = self.places.get(&place.record) else {
            return (PathBuf::from(SNAPSHOT), 1);
        };
        let mut path = prefix.clone();
        path.extend(place.field.iter().cloned());
        let line = self
            .texts
            .get(file)
            .map_or(1, |text| toml_line(text, &path));
        (file.clone(), line)
    }
}

struct Reader {
    root: PathBuf,
    texts: BTreeMap<PathBuf, String>,
    places: BTreeMap<Record, (PathBuf, Vec<Step>)>,
    findings: Vec<Finding>,
}

impl Reader {
    fn finding_at(&mut self, file: &str, path: &[Step], message: String) {
        let line = self
            .texts
            .get(Path::new(file))
            .map_or(1, |t| toml_line(t, path));
        self.findings.push(Finding::new(file, line, message));
    }

    fn text(&mut self, relative: &Path) -> Option<String> {
        match std::fs::read_to_string(self.root.join(relative)) {
            Ok(text) => {
                self.texts.insert(relative.to_path_buf(), text.clone());
                Some(text)
            }
            Err(err) => {
                let why = if err.kind() == std::io::ErrorKind::NotFound {
                    "the file is missing; every source folder has it (see the README's editors' guide)".to_string()
                } else {
                    format!("the file cannot be read ({err})")
                };
                self.findings
                    .push(Finding::new(&relative.to_string_lossy(), 0, why));
                None
            }
        }
    }

    /// Parses a file as `T`, reporting syntax and shape errors and fields `T` does not have.
    fn parse<T: DeserializeOwned + Serialize>(
        &mut self,
        relative: &Path,
        text: &str,
        skip_lines: usize,
    ) -> Option<T> {
        let name = relative.to_string_lossy().to_string();
        match toml::from_str::<T>(text) {
            Ok(value) => {
                self.unknown_fields(&name, text, &value, skip_lines);
                Some(value)
            }
            Err(err) => {
                let line = err
                    .span()
                    .map_or(1, |s| line_of(text, s.start))
                    .saturating_sub(skip_lines)
                    .max(1);
                self.findings
                    .push(Finding::new(&name, line, plain_toml(err.message())));
                None
            }
        }
    }

    /// Fields in the file that the record does not have: a misspelt name would otherwise be
    /// dropped without a word.
    fn unknown_fields<T: Serialize>(
        &mut self,
        name: &str,
        text: &str,
        value: &T,
        skip_lines: usize,
    ) {
        let Ok(known) = toml::Value::try_from(value) else {
            return;
        };
        for (path, line) in toml_keys(text) {
            if !has_path(&known, &path) {
                if let Some(PathPart::Key(key)) = path.last() {
                    self.findings.push(Finding::new(
                        name,
                        line.saturating_sub(skip_lines).max(1),
                        format!("unknown field `{key}`; check its spelling against the README's editors' guide"),
                    ));
                }
            }
        }
    }

    fn one<T: DeserializeOwned + Serialize>(&mut self, file: &str) -> Option<T> {
        let text = self.text(Path::new(file))?;
        self.parse(Path::new(file), &text, 0)
    }

    fn list<T: DeserializeOwned + Serialize>(
        &mut self,
        file: &str,
        key: &'static str,
        record: impl Fn(&T) -> Record,
    ) -> Vec<T> {
        let items = self.list_file::<T>(file, key);
        for (i, item) in items.iter().enumerate() {
            self.places.insert(
                record(item),
                (PathBuf::from(file), vec![Step::Key(key), Step::Index(i)]),
            );
        }
        items
    }

    fn list_indexed<T: DeserializeOwned + Serialize>(
        &mut self,
        file: &str,
        key: &'static str,
        record: impl Fn(usize) -> Record,
    ) -> Vec<T> {
        let items = self.list_file::<T>(file, key);
        for i in 0..items.len() {
            self.places.insert(
                record(i),
                (PathBuf::from(file), vec![Step::Key(key), Step::Index(i)]),
            );
        }
        items
    }

    fn list_file<T: DeserializeOwned + Serialize>(
        &mut self,
        file: &str,
        key: &'static str,
    ) -> Vec<T> {
        let Some(text) = self.text(Path::new(file)) else {
            return Vec::new();
        };
        let parsed: Option<BTreeMap<String, Vec<T>>> = self.parse(Path::new(file), &text, 0);
        let Some(mut tables) = parsed else {
            return Vec::new();
        };
        let items = tables.remove(key).unwrap_or_default();
        for other in tables.keys() {
            self.finding_at(
                file,
                &[],
                format!("[[{other}]] does not belong in {file}; its entries are [[{key}]]"),
            );
        }
        items
    }

    /// One record per file, named by its id: `events/<id>.toml`.
    fn folder<T: DeserializeOwned + Serialize>(
        &mut self,
        folder: &str,
        record: impl Fn(String) -> Record,
    ) -> Vec<T> {
        let dir = self.root.join(folder);
        let mut names: Vec<String> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| !n.starts_with('.'))
                .collect(),
            Err(_) if folder == STATISTICS => Vec::new(),
            Err(err) => {
                self.findings.push(Finding::new(
                    folder,
                    0,
                    format!("the folder cannot be read ({err})"),
                ));
                return Vec::new();
            }
        };
        names.sort();
        let mut out = Vec::new();
        for name in names {
            let relative = PathBuf::from(folder).join(&name);
            let shown = relative.to_string_lossy().to_string();
            let Some(id) = name.strip_suffix(".toml") else {
                self.findings.push(Finding::new(&shown, 0, format!("only .toml files belong in {folder}/; rename it to end in .toml, or move it out")));
                continue;
            };
            if !is_event_id(id) {
                self.findings.push(Finding::new(&shown, 0, "the file's name is the record's id, and may hold only lower-case letters, digits and hyphens; rename the file".to_string()));
                continue;
            }
            let Some(text) = self.text(&relative) else {
                continue;
            };
            if text
                .lines()
                .any(|l| l.trim_start().starts_with("id ") || l.trim_start().starts_with("id="))
            {
                let line = text
                    .lines()
                    .position(|l| {
                        l.trim_start().starts_with("id ") || l.trim_start().starts_with("id=")
                    })
                    .map_or(1, |i| i + 1);
                self.findings.push(Finding::new(
                    &shown,
                    line,
                    format!("the id is the file's name (\"{id}\"); remove this line"),
                ));
                continue;
            }
            // The id comes from the file name; it is put before the text, one line up.
            let with_id = format!("id = \"{id}\"\n{text}");
            if let Some(item) = self.parse::<T>(&relative, &with_id, 1) {
                // Lines are found in the file as the editor wrote it.
                self.texts.insert(relative.clone(), text);
                self.places
                    .insert(record(id.to_string()), (relative, Vec::new()));
                out.push(item);
            }
        }
        out
    }
}

/// Whether a parsed value has the key path of the file.
fn has_path(value: &toml::Value, path: &[PathPart]) -> bool {
    let mut at = value;
    for part in path {
        let next = match (part, at) {
            (PathPart::Key(k), toml::Value::Table(t)) => t.get(k),
            (PathPart::Index(i), toml::Value::Array(a)) => a.get(*i),
            // A date written without quotes is a value, not a table of its own.
            (_, toml::Value::String(_)) => return true,
            _ => None,
        };
        match next {
            Some(v) => at = v,
            None => return false,
        }
    }
    true
}

/// TOML's messages name Rust types; editors know numbers, text and dates.
fn plain_toml(message: &str) -> String {
    let m = message
        .trim()
        .replace("expected f64", "expected a number")
        .replace("expected u64", "expected a whole number")
        .replace("expected a boolean", "expected true or false");
    if m.contains("duplicate key") {
        format!("{m}; each field is written once (a second figure is a new [[measures]] table)")
    } else {
        m
    }
}
